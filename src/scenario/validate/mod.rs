//! Semantic checks: ids, ranges, cycles, triggers that can never fire,
//! objectives that reference nothing. Collects every problem, not just the first.

use super::*;
use crate::i18n::Lang;
use crate::tr;
use std::collections::BTreeSet;

mod conditions;
mod refs;
mod sizes;

use conditions::{resolve_condition, topo_order};
use refs::{Ids, check_techniques, resolve_effects, resolve_trigger};

struct Check<'a> {
    /// The language of the messages.
    lang: Lang,
    loc: Locator<'a>,
    file: &'a str,
    out: Vec<Diagnostic>,
    /// Problems past `MAX_DIAGNOSTICS`: counted, not located (locating costs a scan).
    dropped: usize,
}

impl Check<'_> {
    fn full(&mut self) -> bool {
        let full = self.out.len() >= crate::scenario::limits::MAX_DIAGNOSTICS;
        self.dropped += full as usize;
        full
    }
    fn push(&mut self, sev: Severity, at: (usize, usize), message: String, hint: impl Into<String>) {
        if self.full() {
            return;
        }
        self.out.push(Diagnostic {
            file: self.file.to_string(),
            line: at.0,
            col: at.1,
            severity: sev,
            message,
            hint: hint.into(),
        });
    }
    fn error(
        &mut self,
        section: &str,
        id: Option<&str>,
        needle: Option<&str>,
        message: String,
        hint: impl Into<String>,
    ) {
        if self.full() {
            return;
        }
        let at = self.loc.locate(section, id, needle);
        self.push(Severity::Error, at, message, hint);
    }
    fn warn(
        &mut self,
        section: &str,
        id: Option<&str>,
        needle: Option<&str>,
        message: String,
        hint: impl Into<String>,
    ) {
        if self.full() {
            return;
        }
        let at = self.loc.locate(section, id, needle);
        self.push(Severity::Warning, at, message, hint);
    }
    fn range(&mut self, section: &str, id: &str, field: &str, value: f64, lo: f64, hi: f64) {
        if !(lo..=hi).contains(&value) || value.is_nan() {
            let l = self.lang;
            let (value, lo, hi) = (value.to_string(), lo.to_string(), hi.to_string());
            self.error(
                section,
                Some(id),
                Some(&format!("{field}:")),
                tr!(l, "validate-range", field = field, id = id, value = &value, lo = &lo, hi = &hi),
                tr!(l, "validate-range.hint", field = field, lo = &lo, hi = &hi),
            );
        }
    }
    /// An error at `field:` of a stage (stages have names, not ids).
    fn stage_error(&mut self, incident: &str, stage: &str, field: &str, message: String, hint: String) {
        let at = self.loc.element("incidents", incident, 0).unwrap_or(0);
        let at = self.loc.after(self.loc.after(at, &format!("\"{stage}\"")), &format!("{field}:"));
        let pos = self.loc.position(at);
        self.push(Severity::Error, pos, message, hint);
    }
    /// Builds id → index and reports duplicates at their second occurrence.
    fn ids<'i>(&mut self, section: &str, ids: impl Iterator<Item = &'i str>) -> BTreeMap<String, usize> {
        let mut map = BTreeMap::new();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, id) in ids.enumerate() {
            let n = seen.entry(id).or_insert(0);
            if map.contains_key(id) {
                let at = self.loc.element(section, id, *n).map(|o| self.loc.position(o)).unwrap_or((1, 1));
                let l = self.lang;
                self.push(
                    Severity::Error,
                    at,
                    tr!(l, "validate-duplicate-id", id = id, section = section),
                    tr!(l, "validate-duplicate-id.hint"),
                );
            } else {
                map.insert(id.to_string(), i);
            }
            *n += 1;
            if id.trim().is_empty() {
                let l = self.lang;
                self.error(
                    section,
                    None,
                    None,
                    tr!(l, "validate-empty-id", section = section),
                    tr!(l, "validate-empty-id.hint"),
                );
            }
        }
        map
    }
}

fn known(map: &BTreeMap<String, usize>, id: &str) -> Option<usize> {
    map.get(id).copied()
}

/// The hint for an unknown id: the ids of that kind there are. `what` is the
/// kind as the English messages name it ("nation", "asset"…).
fn suggest(l: Lang, map: &BTreeMap<String, usize>, what: &str) -> String {
    let what = match what {
        "nation" => tr!(l, "validate-element-nation"),
        "asset" => tr!(l, "validate-element-asset"),
        "actor" => tr!(l, "validate-element-actor"),
        "incident" => tr!(l, "validate-element-incident"),
        "objective" => tr!(l, "validate-element-objective"),
        "third-state or nation" => tr!(l, "validate-element-state"),
        other => other.to_string(),
    };
    let names: Vec<&str> = map.keys().map(String::as_str).take(8).collect();
    if names.is_empty() {
        tr!(l, "validate-suggest-none", what = what)
    } else {
        tr!(l, "validate-suggest", what = what, ids = names.join(", "))
    }
}

pub(super) fn validate(lang: Lang, def: ScenarioDef, src: &str, file: &str) -> Result<Scenario, Diagnostics> {
    let l = lang;
    let mut c = Check { lang, loc: Locator::new(src), file, out: Vec::new(), dropped: 0 };
    sizes::check_sizes(&mut c, &def);
    sizes::check_numbers(&mut c, &def);

    // --- top level -----------------------------------------------------------
    for (field, value, ok, range, help) in [
        ("turns", def.turns as f64, (1..=200).contains(&def.turns), "1..=200", tr!(l, "validate-turns-hint")),
        (
            "hours_per_turn",
            def.hours_per_turn as f64,
            (1..=168).contains(&def.hours_per_turn),
            "1..=168",
            tr!(l, "validate-hours-hint"),
        ),
        (
            "win_score",
            def.win_score,
            (0.0..=100.0).contains(&def.win_score),
            "0..=100",
            tr!(l, "validate-win-score-hint"),
        ),
    ] {
        if !ok {
            let message =
                tr!(l, "validate-top-range", field = field, value = value.to_string(), range = range);
            c.error(field, None, None, message, help);
        }
    }
    let r = &def.rules;
    for (field, v, hi) in [
        ("start_trust", r.start_trust as f64, 100.0),
        ("start_escalation", r.start_escalation as f64, 100.0),
        ("hotline_calls", r.hotline_calls as f64, 20.0),
        ("hotline_cooldown", r.hotline_cooldown as f64, 20.0),
        ("cascade_slack", r.cascade_slack as f64, 100.0),
    ] {
        if v > hi {
            c.error(
                "rules",
                None,
                Some(&format!("{field}:")),
                tr!(
                    l,
                    "validate-top-range",
                    field = field,
                    value = v.to_string(),
                    range = format!("0..={hi}")
                ),
                tr!(l, "validate-rules-hint", field = field, hi = hi.to_string()),
            );
        }
    }
    if def.nations.len() < 2 {
        c.error(
            "nations",
            None,
            None,
            tr!(l, "validate-too-few-nations", count = def.nations.len()),
            tr!(l, "validate-too-few-nations.hint"),
        );
    }

    // --- ids -------------------------------------------------------------------
    let nation_ix = c.ids("nations", def.nations.iter().map(|n| n.id.as_str()));
    let third_ix = c.ids("third_states", def.third_states.iter().map(|n| n.id.as_str()));
    let asset_ix = c.ids("assets", def.assets.iter().map(|n| n.id.as_str()));
    let actor_ix = c.ids("actors", def.actors.iter().map(|n| n.id.as_str()));
    let incident_ix = c.ids("incidents", def.incidents.iter().map(|n| n.id.as_str()));
    let inject_ix = c.ids("injects", def.injects.iter().map(|n| n.id.as_str()));
    let objective_ix = c.ids("objectives", def.objectives.iter().map(|n| n.id.as_str()));
    for (id, _) in third_ix.iter() {
        if nation_ix.contains_key(id) {
            c.error(
                "third_states",
                Some(id),
                None,
                tr!(l, "validate-third-is-nation", id = id),
                tr!(l, "validate-third-is-nation.hint"),
            );
        }
    }

    // --- nations -----------------------------------------------------------------
    for n in &def.nations {
        if n.agencies.is_empty() {
            c.error(
                "nations",
                Some(&n.id),
                Some("agencies"),
                tr!(l, "validate-no-agencies", id = &n.id),
                tr!(l, "validate-no-agencies.hint"),
            );
        }
        let mut agency_ids = BTreeSet::new();
        for a in &n.agencies {
            if !agency_ids.insert(a.id.as_str()) {
                // Point at this (second) element: the nth `id: "x"` after the nation's own.
                let nation_at = c.loc.element("nations", &n.id, 0).unwrap_or(0);
                let at = c.loc.element_from(nation_at, &a.id, 1).unwrap_or(nation_at);
                let pos = c.loc.position(at);
                c.push(
                    Severity::Error,
                    pos,
                    tr!(l, "validate-duplicate-agency", id = &a.id, nation = &n.id),
                    tr!(l, "validate-duplicate-agency.hint"),
                );
            }
            c.range("nations", &a.id, "capacity", a.capacity as f64, 0.0, 10.0);
            for (skill, level) in &a.skills {
                if *level > 100 {
                    c.error(
                        "nations",
                        Some(&a.id),
                        Some(skill.label()),
                        tr!(l, "validate-skill-range", skill = skill.label(), id = &a.id, level = *level),
                        tr!(l, "validate-skill-range.hint"),
                    );
                }
            }
        }
    }
    for t in &def.third_states {
        c.range("third_states", &t.id, "cooperation", t.cooperation as f64, 0.0, 100.0);
    }

    // --- assets ----------------------------------------------------------------------
    let mut asset_nation = Vec::with_capacity(def.assets.len());
    let mut asset_deps = Vec::with_capacity(def.assets.len());
    for a in &def.assets {
        let n = known(&nation_ix, &a.nation);
        if n.is_none() {
            c.error(
                "assets",
                Some(&a.id),
                Some("nation:"),
                tr!(l, "validate-unknown-asset-nation", id = &a.id, nation = &a.nation),
                suggest(l, &nation_ix, "nation"),
            );
        }
        asset_nation.push(n.unwrap_or(0));
        c.range("assets", &a.id, "service", a.service as f64, 0.0, 100.0);
        c.range("assets", &a.id, "hardening", a.hardening as f64, 0.0, 100.0);
        c.range("assets", &a.id, "monitoring", a.monitoring as f64, 0.0, 100.0);
        let mut deps = Vec::new();
        for d in &a.depends_on {
            match known(&asset_ix, d) {
                Some(i) if d == &a.id => {
                    let _ = i;
                    c.error(
                        "assets",
                        Some(&a.id),
                        Some(&format!("\"{d}\"")),
                        tr!(l, "validate-self-dependency", id = d),
                        tr!(l, "validate-self-dependency.hint"),
                    );
                }
                Some(i) => deps.push(i),
                None => c.error(
                    "assets",
                    Some(&a.id),
                    Some(&format!("\"{d}\"")),
                    tr!(l, "validate-unknown-dependency", id = &a.id, dep = d),
                    suggest(l, &asset_ix, "asset"),
                ),
            }
        }
        asset_deps.push(deps);
    }
    let topo = match topo_order(&asset_deps) {
        Ok(t) => t,
        Err(cycle) => {
            let names: Vec<&str> = cycle.iter().map(|&i| def.assets[i].id.as_str()).collect();
            c.error(
                "assets",
                Some(names[0]),
                Some("depends_on"),
                tr!(l, "validate-cycle", cycle = format!("{} → {}", names.join(" → "), names[0])),
                tr!(l, "validate-cycle.hint"),
            );
            (0..def.assets.len()).collect()
        }
    };

    // --- actors ------------------------------------------------------------------------
    let mut actor_third_state = Vec::new();
    for a in &def.actors {
        c.range("actors", &a.id, "capability", a.capability as f64, 0.0, 100.0);
        c.range("actors", &a.id, "stealth", a.stealth as f64, 0.0, 100.0);
        let third = known(&third_ix, &a.origin);
        if third.is_none() && !nation_ix.contains_key(&a.origin) {
            let mut all = third_ix.clone();
            all.extend(nation_ix.clone());
            c.error(
                "actors",
                Some(&a.id),
                Some("origin:"),
                tr!(l, "validate-unknown-origin", id = &a.id, origin = &a.origin),
                suggest(l, &all, "third-state or nation"),
            );
        }
        actor_third_state.push(third);
        check_techniques(&mut c, "actors", &a.id, &a.techniques);
    }

    // --- incidents -------------------------------------------------------------------------
    let mut incident_actor = Vec::new();
    let mut incident_target = Vec::new();
    for inc in &def.incidents {
        let actor = known(&actor_ix, &inc.actor);
        if actor.is_none() {
            c.error(
                "incidents",
                Some(&inc.id),
                Some("actor:"),
                tr!(l, "validate-unknown-actor", id = &inc.id, actor = &inc.actor),
                suggest(l, &actor_ix, "actor"),
            );
        }
        let target = known(&asset_ix, &inc.target);
        if target.is_none() {
            c.error(
                "incidents",
                Some(&inc.id),
                Some("target:"),
                tr!(l, "validate-unknown-target", id = &inc.id, target = &inc.target),
                suggest(l, &asset_ix, "asset"),
            );
        }
        incident_actor.push(actor.unwrap_or(0));
        incident_target.push(target.unwrap_or(0));
        if inc.stages.is_empty() {
            c.error(
                "incidents",
                Some(&inc.id),
                Some("stages"),
                tr!(l, "validate-no-stages", id = &inc.id),
                tr!(l, "validate-no-stages.hint"),
            );
        }
        if let Some(t) = inc.start_turn
            && (t == 0 || t > def.turns)
        {
            c.error(
                "incidents",
                Some(&inc.id),
                Some("start_turn"),
                tr!(l, "validate-start-turn", id = &inc.id, turn = t, turns = def.turns),
                tr!(l, "validate-start-turn.hint"),
            );
        }
        for s in &inc.stages {
            for (field, v) in [("advance", s.advance), ("detect", s.detect)] {
                if !(0.0..=1.0).contains(&v) {
                    c.stage_error(
                        &inc.id,
                        &s.name,
                        field,
                        tr!(
                            l,
                            "validate-stage-chance",
                            field = field,
                            stage = &s.name,
                            id = &inc.id,
                            value = v.to_string()
                        ),
                        tr!(l, "validate-stage-chance.hint", field = field),
                    );
                }
            }
            check_techniques(&mut c, "incidents", &inc.id, &s.techniques);
        }
        let names: BTreeSet<&str> = inc.stages.iter().map(|s| s.name.as_str()).collect();
        if names.len() != inc.stages.len() {
            c.error(
                "incidents",
                Some(&inc.id),
                Some("stages"),
                tr!(l, "validate-same-stage-names", id = &inc.id),
                tr!(l, "validate-same-stage-names.hint"),
            );
        }
    }

    // --- effects (resolved) --------------------------------------------------------------------
    let ids = Ids { nation: &nation_ix, asset: &asset_ix, actor: &actor_ix, incident: &incident_ix };
    let mut inject_effects = Vec::new();
    let mut choice_effects = Vec::new();
    let mut started_by_inject = BTreeSet::new();
    for inj in &def.injects {
        inject_effects.push(resolve_effects(
            &mut c,
            &ids,
            &def,
            "injects",
            &inj.id,
            &inj.effects,
            &mut started_by_inject,
        ));
        let mut per_choice = Vec::new();
        for ch in &inj.choices {
            per_choice.push(resolve_effects(
                &mut c,
                &ids,
                &def,
                "injects",
                &inj.id,
                &ch.effects,
                &mut started_by_inject,
            ));
        }
        choice_effects.push(per_choice);
        if let Some(o) = &inj.objective
            && !objective_ix.contains_key(o)
        {
            c.error(
                "injects",
                Some(&inj.id),
                Some("objective:"),
                tr!(l, "validate-unknown-objective", id = &inj.id, objective = o),
                suggest(l, &objective_ix, "objective"),
            );
        }
        if !inj.expects.is_empty() && inj.kind != InjectKind::Directive {
            c.error(
                "injects",
                Some(&inj.id),
                Some("expects:"),
                tr!(l, "validate-expects-not-directive", id = &inj.id),
                tr!(l, "validate-expects-not-directive.hint"),
            );
        }
        if let Some(k) =
            inj.expects.iter().enumerate().find_map(|(i, k)| inj.expects[..i].contains(k).then_some(k))
        {
            c.error(
                "injects",
                Some(&inj.id),
                Some("expects:"),
                tr!(l, "validate-expects-twice", id = &inj.id, family = format!("{k:?}")),
                tr!(l, "validate-expects-twice.hint"),
            );
        }
        match &inj.audience {
            Audience::Nation(n) if !nation_ix.contains_key(n) => {
                c.error(
                    "injects",
                    Some(&inj.id),
                    Some("audience:"),
                    tr!(l, "validate-unknown-audience", id = &inj.id, nation = n),
                    suggest(l, &nation_ix, "nation"),
                );
            }
            _ => {}
        }
    }
    let incident_can_start: Vec<bool> = def
        .incidents
        .iter()
        .enumerate()
        .map(|(i, inc)| inc.start_turn.is_some() || started_by_inject.contains(&i))
        .collect();
    for (i, inc) in def.incidents.iter().enumerate() {
        if !incident_can_start[i] {
            c.warn(
                "incidents",
                Some(&inc.id),
                None,
                tr!(l, "validate-never-starts", id = &inc.id),
                tr!(l, "validate-never-starts.hint"),
            );
        }
    }

    // --- triggers ----------------------------------------------------------------------------------
    let mut inject_triggers = Vec::new();
    for inj in &def.injects {
        let t = resolve_trigger(&mut c, &ids, &def, &inj.id, &inj.trigger, &incident_can_start);
        inject_triggers.push(t.unwrap_or(TriggerIx::AtTurn(u32::MAX)));
        if inj.text.trim().is_empty() {
            c.warn(
                "injects",
                Some(&inj.id),
                Some("text:"),
                tr!(l, "validate-no-text", id = &inj.id),
                tr!(l, "validate-no-text.hint"),
            );
        }
    }

    // --- objectives and defeat -----------------------------------------------------------------------
    let mut objective_conditions = Vec::new();
    for o in &def.objectives {
        let cond = resolve_condition(&mut c, &ids, &def, "objectives", Some(&o.id), &o.condition);
        objective_conditions.push(cond.unwrap_or(ConditionIx::TrustAtEnd(255)));
    }
    let mut defeat_conditions = Vec::new();
    for d in &def.defeat {
        if let Some(cond) = resolve_condition(&mut c, &ids, &def, "defeat", None, d) {
            defeat_conditions.push(cond);
        }
    }

    let errors = c.out.iter().any(|d| d.severity == Severity::Error);
    let mut out = c.out;
    out.sort_by_key(|d| (d.line, d.col));
    if c.dropped > 0 {
        out.push(Diagnostic {
            file: file.to_string(),
            line: 1,
            col: 1,
            severity: if errors { Severity::Error } else { Severity::Warning },
            message: tr!(l, "validate-more-problems", count = c.dropped),
            hint: tr!(l, "validate-more-problems.hint"),
        });
    }
    if errors {
        return Err(Diagnostics(out));
    }
    Ok(Scenario {
        path: file.to_string(),
        source: src.to_string(),
        asset_nation,
        asset_deps,
        topo,
        incident_actor,
        incident_target,
        actor_third_state,
        inject_triggers,
        inject_effects,
        choice_effects,
        objective_conditions,
        defeat_conditions,
        nation_ix,
        asset_ix,
        actor_ix,
        incident_ix,
        inject_ix,
        third_ix,
        warnings: out,
        translations: BTreeMap::new(),
        def,
    })
}
