//! Lint: every struct field and enum variant of `src/scenario/def.rs` is
//! documented in `docs/scenario-format.md`, backticked, under a `## Type`
//! heading of its type. Fields of struct-like enum variants (e.g. `Trigger`'s
//! `StageReached { incident, stage }`) are checked under the enum's heading.
//!
//! This is a line-based scan of the Rust source, not a parser: it relies on
//! rustfmt layout (items at column 0, fields and variants indented 4 spaces,
//! fields of multi-line variants indented 8).

use std::collections::BTreeMap;

const DEF: &str = include_str!("../src/scenario/def.rs");
const DOC: &str = include_str!("../docs/scenario-format.md");

/// Type name → names (fields or variants, plus variant fields) it must document.
fn items(src: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current: Option<(String, bool)> = None; // (type, is_enum)
    for line in src.lines() {
        if let Some((name, is_enum)) = current.clone() {
            if line.starts_with('}') {
                current = None;
                continue;
            }
            let names = out.entry(name).or_default();
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            if trimmed.starts_with("//") || trimmed.starts_with('#') || trimmed.is_empty() {
                continue;
            }
            if !is_enum {
                if indent == 4
                    && let Some(rest) = trimmed.strip_prefix("pub ")
                    && let Some((field, _)) = rest.split_once(':')
                {
                    names.push(field.trim().to_string());
                }
                continue;
            }
            if indent == 4 && trimmed.starts_with(|c: char| c.is_ascii_uppercase()) {
                let variant: String =
                    trimmed.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                names.push(variant);
                // Inline struct variant: `Name { a: T, b: U },`
                if let Some((_, body)) = trimmed.split_once('{')
                    && let Some((body, _)) = body.rsplit_once('}')
                {
                    for part in body.split(',') {
                        if let Some((field, _)) = part.split_once(':') {
                            let field = field.trim();
                            if !field.is_empty() {
                                names.push(field.to_string());
                            }
                        }
                    }
                }
            } else if indent == 8
                && let Some((field, _)) = trimmed.split_once(':')
                && field.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            {
                // Field of a multi-line struct variant.
                names.push(field.to_string());
            }
            continue;
        }
        for (prefix, is_enum) in [("pub struct ", false), ("pub enum ", true)] {
            if let Some(rest) = line.strip_prefix(prefix)
                && rest.trim_end().ends_with('{')
            {
                let name: String =
                    rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                current = Some((name, is_enum));
            }
        }
    }
    for v in out.values_mut() {
        v.dedup();
    }
    out
}

/// Heading text → section body (up to the next `## ` heading).
fn sections(doc: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut body = String::new();
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            if let Some(c) = current.take() {
                out.insert(c, std::mem::take(&mut body));
            }
            current = Some(h.trim().to_string());
            body.clear();
        } else if current.is_some() {
            body.push_str(line);
            body.push('\n');
        }
    }
    if let Some(c) = current {
        out.insert(c, body);
    }
    out
}

fn missing(def: &str, doc: &str) -> Vec<String> {
    let types = items(def);
    let secs = sections(doc);
    let mut problems = Vec::new();
    for (ty, names) in &types {
        let Some(body) = secs.get(ty) else {
            problems.push(format!("no `## {ty}` section in docs/scenario-format.md"));
            continue;
        };
        for n in names {
            if !body.contains(&format!("`{n}`")) {
                problems
                    .push(format!("`{n}` of {ty} is not documented (backticked) in its `## {ty}` section"));
            }
        }
    }
    problems
}

#[test]
fn scan_finds_the_scenario_types() {
    let types = items(DEF);
    for ty in [
        "ScenarioDef",
        "RulesDef",
        "NationDef",
        "AgencyDef",
        "Skill",
        "ThirdStateDef",
        "AssetDef",
        "Sector",
        "ActorDef",
        "ActorKind",
        "Objective",
        "IncidentDef",
        "StageDef",
        "StageEffects",
        "InjectDef",
        "InjectKind",
        "Audience",
        "ChoiceDef",
        "Trigger",
        "ActionKindName",
        "Effect",
        "ObjectiveDef",
        "Condition",
        "Rating",
    ] {
        assert!(
            types.contains_key(ty),
            "the scan of def.rs did not find {ty}: {:?}",
            types.keys().collect::<Vec<_>>()
        );
    }
    let asset = &types["AssetDef"];
    for f in
        ["id", "name", "nation", "sector", "population", "service", "hardening", "monitoring", "depends_on"]
    {
        assert!(asset.contains(&f.to_string()), "AssetDef field {f} not found: {asset:?}");
    }
    let trigger = &types["Trigger"];
    for f in [
        "AtTurn",
        "StageReached",
        "incident",
        "stage",
        "ActionTaken",
        "action",
        "nation",
        "Chance",
        "p",
        "from_turn",
        "to_turn",
    ] {
        assert!(trigger.contains(&f.to_string()), "Trigger item {f} not found: {trigger:?}");
    }
    assert!(types["ScenarioDef"].contains(&"hotline_name".to_string()), "{:?}", types["ScenarioDef"]);
    let condition = &types["Condition"];
    for f in ["SharedWith", "nation", "AttributedJointly", "incident", "by_turn"] {
        assert!(condition.contains(&f.to_string()), "Condition item {f} not found: {condition:?}");
    }
    assert!(types["Rating"].contains(&"Intermediate".to_string()));
    assert_eq!(types["Skill"].len(), 5, "{:?}", types["Skill"]);
}

#[test]
fn every_field_and_variant_is_documented() {
    let problems = missing(DEF, DOC);
    assert!(problems.is_empty(), "docs/scenario-format.md is out of date:\n{}", problems.join("\n"));
}

#[test]
fn the_lint_fails_when_a_field_is_removed_from_the_doc() {
    // Remove every mention of `monitoring` from the AssetDef section only.
    let secs = sections(DOC);
    let asset = &secs["AssetDef"];
    let stripped = asset.replace("`monitoring`", "monitoring");
    let doc = DOC.replacen(asset.as_str(), &stripped, 1);
    let problems = missing(DEF, &doc);
    assert!(
        problems.iter().any(|p| p.contains("`monitoring` of AssetDef")),
        "removing a field from the doc went unnoticed: {problems:?}"
    );
    // And a whole section.
    let doc = DOC.replace("## Rating\n", "## Ratings\n");
    assert!(missing(DEF, &doc).iter().any(|p| p.contains("## Rating")));
}

/// The format reference's table of action families states the costs and
/// skills of the one catalogue the rules use.
#[test]
fn the_action_family_table_matches_the_catalogue() {
    let table: Vec<&str> = DOC
        .split("## ActionKindName")
        .nth(1)
        .expect("an ActionKindName section")
        .split("\n## ")
        .next()
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("| `"))
        .collect();
    assert_eq!(table.len(), hotline::scenario::FAMILIES.len(), "one row per family");
    for f in hotline::scenario::FAMILIES {
        let row = table
            .iter()
            .find(|l| l.starts_with(&format!("| `{:?}` |", f.kind)))
            .unwrap_or_else(|| panic!("no row for {:?}", f.kind));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        assert_eq!(cells[2], f.cost.to_string(), "{:?} cost", f.kind);
        let skill = f.skill.map_or("none".to_string(), |k| format!("{k:?}"));
        assert_eq!(cells[3], skill, "{:?} skill", f.kind);
    }
}
