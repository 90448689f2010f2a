//! Holds `src/attack_techniques.tsv` against MITRE's own data in `../shared/attack/`:
//! every current ATT&CK for ICS 18.1 technique (STIX bundle, neither revoked nor
//! deprecated) and every Enterprise v15 row (CSV) is in the table under the same
//! name and matrix, and nothing else is. Also: every technique a shipped
//! scenario names resolves to a name.
//!
//! The MITRE files are not copied into the project; CI has `shared/` beside the
//! clone. On a plain clone without that folder the comparison with MITRE's data
//! says so on stderr and passes (the table's own checks below still run); a
//! folder that is there but incomplete fails.

mod common;

use hotline::attack::{technique_name, techniques};
use hotline::scenario::Scenario;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/attack");
const ICS_BUNDLE: &str = "ics-attack-18.1.json";
const ENTERPRISE_CSV: &str = "enterprise-techniques-v15.csv";

/// Whether MITRE's data is beside the clone; says what is skipped when it is not.
fn shared_present() -> bool {
    let here = Path::new(SHARED).is_dir();
    if !here {
        eprintln!(
            "SKIPPED: the comparison of src/attack_techniques.tsv with MITRE's data: {SHARED} is absent.\n\
             It needs shared/attack/ ({ICS_BUNDLE}, {ENTERPRISE_CSV}) beside the clone, as CI has it."
        );
    }
    here
}

/// Reads a file of MITRE's data, failing loudly when the folder lacks it.
fn shared_file(name: &str) -> String {
    let path: PathBuf = Path::new(SHARED).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read {}: {e}\nshared/attack/ must hold {ICS_BUNDLE} and {ENTERPRISE_CSV} as MITRE publishes them", path.display())
    })
}

/// id → name of every current ICS technique in the STIX 2.1 bundle.
fn ics_techniques() -> BTreeMap<String, String> {
    let text = shared_file(ICS_BUNDLE);
    let bundle: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{ICS_BUNDLE} is not valid JSON: {e}"));
    assert_eq!(bundle["type"], "bundle", "{ICS_BUNDLE} is not a STIX bundle");
    let objects = bundle["objects"].as_array().unwrap_or_else(|| panic!("{ICS_BUNDLE} has no objects array"));
    let mut out = BTreeMap::new();
    let mut patterns = 0;
    for o in objects {
        if o["type"] != "attack-pattern" {
            continue;
        }
        patterns += 1;
        // STIX: `revoked` is standard; `x_mitre_deprecated` is MITRE's flag. Absent means false.
        let flag = |k: &str| o.get(k).and_then(|v| v.as_bool()).unwrap_or(false);
        if flag("revoked") || flag("x_mitre_deprecated") {
            continue;
        }
        let name = o["name"].as_str().unwrap_or_else(|| panic!("attack-pattern {} has no name", o["id"]));
        // The ATT&CK id is the external reference from MITRE's own source (ICS objects use
        // "mitre-attack" or, in older releases, "mitre-ics-attack"); other references
        // cite papers and may carry urls to other matrices.
        let ids: Vec<&str> = o["external_references"]
            .as_array()
            .map(|refs| {
                refs.iter()
                    .filter(|r| {
                        matches!(r["source_name"].as_str(), Some("mitre-attack" | "mitre-ics-attack"))
                    })
                    .filter_map(|r| r["external_id"].as_str())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(ids.len(), 1, "technique {name:?} should have exactly one ATT&CK id, has {ids:?}");
        let id = ids[0];
        assert!(id.starts_with("T0"), "ICS technique {name:?} has id {id}, expected T0xxx");
        if let Some(prev) = out.insert(id.to_string(), name.to_string()) {
            panic!("{ICS_BUNDLE}: id {id} is used by both {prev:?} and {name:?}");
        }
    }
    assert!(
        patterns > out.len(),
        "the bundle should also hold deprecated techniques (sanity check of the filter)"
    );
    out
}

/// Splits CSV text into records of fields, by RFC 4180: fields separated by
/// commas, records by CRLF or LF; a field in double quotes may hold commas,
/// line breaks and doubled quotes (`""` is one `"`). A leading BOM is dropped.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    let mut quoted = false; // this field started with a quote
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !quoted => {
                in_quotes = true;
                quoted = true;
            }
            '"' => panic!("CSV: stray quote in unquoted field {field:?} (record {})", records.len() + 1),
            ',' => {
                record.push(std::mem::take(&mut field));
                quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                quoted = false;
                records.push(std::mem::take(&mut record));
            }
            _ => {
                assert!(!quoted, "CSV: text after a closing quote in record {}", records.len() + 1);
                field.push(c);
            }
        }
    }
    assert!(!in_quotes, "CSV: a quoted field is not closed at the end of the file");
    if !field.is_empty() || !record.is_empty() || quoted {
        record.push(field);
        records.push(record);
    }
    records
}

/// id → name of every row of the Enterprise v15 CSV (`id,name,tactics`).
fn enterprise_techniques() -> BTreeMap<String, String> {
    let records = parse_csv(&shared_file(ENTERPRISE_CSV));
    let (header, rows) = records.split_first().unwrap_or_else(|| panic!("{ENTERPRISE_CSV} is empty"));
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{ENTERPRISE_CSV}: no `{name}` column in {header:?}"))
    };
    let (id_col, name_col) = (col("id"), col("name"));
    let mut out = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        if r.len() == 1 && r[0].is_empty() {
            continue; // a blank line
        }
        assert_eq!(
            r.len(),
            header.len(),
            "{ENTERPRISE_CSV} line {}: {} fields, header has {}: {r:?}",
            i + 2,
            r.len(),
            header.len()
        );
        let (id, name) = (r[id_col].trim(), &r[name_col]);
        assert!(id.starts_with("T1"), "{ENTERPRISE_CSV} line {}: id {id:?} is not an Enterprise id", i + 2);
        if let Some(prev) = out.insert(id.to_string(), name.clone()) {
            panic!("{ENTERPRISE_CSV}: id {id} appears twice ({prev:?}, {name:?})");
        }
    }
    out
}

#[test]
fn csv_parser_follows_the_quoting_rules() {
    let text = "id,name,tactics\r\nT1,\"Name, with comma\",a;b\r\nT2,\"Say \"\"hi\"\"\",c\nT3,\"Two\nlines\",\r\nT4,Plain,d";
    let r = parse_csv(text);
    assert_eq!(r.len(), 5);
    assert_eq!(r[1], ["T1", "Name, with comma", "a;b"]);
    assert_eq!(r[2], ["T2", "Say \"hi\"", "c"]);
    assert_eq!(r[3], ["T3", "Two\nlines", ""]);
    assert_eq!(r[4], ["T4", "Plain", "d"]);
    assert_eq!(parse_csv("\u{feff}a,b\n"), vec![vec!["a".to_string(), "b".to_string()]]);
}

#[test]
fn table_matches_mitre_exactly() {
    if !shared_present() {
        return;
    }
    let ics = ics_techniques();
    let enterprise = enterprise_techniques();
    // The README of shared/attack states the counts; a wrong filter would change them.
    assert_eq!(ics.len(), 83, "current ICS techniques in ATT&CK for ICS 18.1");
    assert_eq!(enterprise.len(), 637, "rows of the Enterprise v15 CSV");

    let mut want: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for (id, name) in &ics {
        want.insert(id, ("ics", name));
    }
    for (id, name) in &enterprise {
        assert!(want.insert(id, ("enterprise", name)).is_none(), "{id} is in both matrices");
    }

    let mut have: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for t in techniques() {
        assert!(
            have.insert(t.id, (t.matrix, t.name)).is_none(),
            "{} is twice in src/attack_techniques.tsv",
            t.id
        );
    }

    let mut problems = Vec::new();
    for (id, (matrix, name)) in &want {
        match have.get(id) {
            None => problems.push(format!("missing: {id}\t{matrix}\t{name}")),
            Some(h) if h != &(*matrix, *name) => problems
                .push(format!("differs: {id}: table has {}\t{:?}, MITRE has {matrix}\t{name:?}", h.0, h.1)),
            Some(_) => {}
        }
    }
    for (id, (matrix, name)) in &have {
        if !want.contains_key(id) {
            problems.push(format!("not a current MITRE technique: {id}\t{matrix}\t{name}"));
        }
    }
    assert!(
        problems.is_empty(),
        "src/attack_techniques.tsv differs from MITRE's data in {SHARED} ({} problem(s)):\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(techniques().len(), want.len());
}

#[test]
fn table_file_is_well_formed() {
    let text = include_str!("../src/attack_techniques.tsv");
    assert!(
        text.contains("© 2025 The MITRE Corporation"),
        "the table must carry MITRE's copyright designation"
    );
    let mut rows = 0;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            f.len(),
            3,
            "src/attack_techniques.tsv line {}: expected id, matrix, name separated by tabs: {line:?}",
            i + 1
        );
        assert!(matches!(f[1], "ics" | "enterprise"), "line {}: matrix {:?}", i + 1, f[1]);
        assert_eq!(f[2], f[2].trim(), "line {}: name has surrounding spaces", i + 1);
        rows += 1;
    }
    // `technique_name` binary-searches: the rows must be sorted by id, and all parsed.
    assert_eq!(rows, techniques().len());
    assert!(techniques().windows(2).all(|w| w[0].id < w[1].id), "rows must be sorted by id");
}

#[test]
fn every_technique_of_a_shipped_scenario_resolves() {
    let mut used = 0;
    let mut files = 0;
    for path in common::repository_scenarios() {
        files += 1;
        let s = Scenario::load(&path).unwrap_or_else(|d| panic!("{d}"));
        let ids = s
            .def
            .actors
            .iter()
            .flat_map(|a| a.techniques.iter().map(move |t| (format!("actor `{}`", a.id), t)))
            .chain(s.def.incidents.iter().flat_map(|inc| {
                inc.stages.iter().flat_map(move |st| {
                    st.techniques
                        .iter()
                        .map(move |t| (format!("incident `{}` stage \"{}\"", inc.id, st.name), t))
                })
            }));
        for (owner, id) in ids {
            let name = technique_name(id).unwrap_or_else(|| {
                panic!("{}: {owner} names {id}, which is not in the table", path.display())
            });
            assert!(!name.is_empty());
            used += 1;
        }
    }
    assert!(files >= 2, "no scenarios found in scenarios/");
    assert!(used > 0, "the shipped scenarios name no techniques: nothing was checked");
}
