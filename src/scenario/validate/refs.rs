//! Effects and triggers: ids resolved to indices, and triggers that can never fire.

use super::*;

pub(super) struct Ids<'a> {
    pub(super) nation: &'a BTreeMap<String, usize>,
    pub(super) asset: &'a BTreeMap<String, usize>,
    pub(super) actor: &'a BTreeMap<String, usize>,
    pub(super) incident: &'a BTreeMap<String, usize>,
}

pub(super) fn check_techniques(c: &mut Check, section: &str, id: &str, techniques: &[String]) {
    for t in techniques {
        if crate::attack::technique_name(t).is_none() {
            c.error(
                section,
                Some(id),
                Some(&format!("\"{t}\"")),
                format!("unknown MITRE ATT&CK technique id `{t}`"),
                "use an ICS id (T08xx) or an Enterprise v15 id (T1xxx or T1xxx.yyy) from the table in src/attack.rs",
            );
        }
    }
}

pub(super) fn resolve_effects(
    c: &mut Check,
    ids: &Ids,
    def: &ScenarioDef,
    section: &str,
    owner: &str,
    effects: &[Effect],
    started: &mut BTreeSet<usize>,
) -> Vec<EffectIx> {
    let mut out = Vec::new();
    // The index of a named id, or an error naming the unknown one.
    let find = |c: &mut Check, what: &str, id: &str, map: &BTreeMap<String, usize>| {
        let found = known(map, id);
        if found.is_none() {
            c.error(
                section,
                Some(owner),
                Some(&format!("\"{id}\"")),
                format!("effect in `{owner}` names unknown {what} `{id}`"),
                suggest(c.lang, map, what),
            );
        }
        found
    };
    for e in effects {
        if let Some((v, max)) = sizes::effect_range(e) {
            c.error(
                section,
                Some(owner),
                Some(&format!("{v}")),
                format!("effect in `{owner}` changes a value by {v}, outside -{max}..={max}"),
                format!("an effect moves a value by at most {max} points, the whole range of the value"),
            );
            continue;
        }
        let r = match e {
            Effect::Escalation(d) => Some(EffectIx::Escalation(*d)),
            Effect::Trust(d) => Some(EffectIx::Trust(*d)),
            Effect::Alarm(d) => Some(EffectIx::Alarm(*d)),
            Effect::HotlineCall => Some(EffectIx::HotlineCall),
            Effect::Service { asset, delta } => {
                find(c, "asset", asset, ids.asset).map(|a| EffectIx::Service { asset: a, delta: *delta })
            }
            Effect::Hardening { asset, delta } => {
                find(c, "asset", asset, ids.asset).map(|a| EffectIx::Hardening { asset: a, delta: *delta })
            }
            Effect::Capacity { nation, delta } => {
                find(c, "nation", nation, ids.nation).map(|n| EffectIx::Capacity { nation: n, delta: *delta })
            }
            Effect::ActorCapability { actor, delta } => find(c, "actor", actor, ids.actor)
                .map(|a| EffectIx::ActorCapability { actor: a, delta: *delta }),
            Effect::StartIncident(inc) => match find(c, "incident", inc, ids.incident) {
                Some(i) => {
                    if def.incidents[i].start_turn.is_some() {
                        c.error(section, Some(owner), Some(&format!("\"{inc}\"")), format!("`{owner}` starts incident `{inc}`, which already starts on its own at turn {}", def.incidents[i].start_turn.unwrap_or(0)), "remove its start_turn, or remove this StartIncident");
                    }
                    started.insert(i);
                    Some(EffectIx::StartIncident(i))
                }
                None => None,
            },
        };
        out.extend(r);
    }
    out
}

pub(super) fn resolve_trigger(
    c: &mut Check,
    ids: &Ids,
    def: &ScenarioDef,
    inject: &str,
    t: &Trigger,
    incident_can_start: &[bool],
) -> Option<TriggerIx> {
    let never = |c: &mut Check, why: String, hint: &str| {
        c.error(
            "injects",
            Some(inject),
            Some("trigger:"),
            format!("inject `{inject}` can never fire: {why}"),
            hint.to_string(),
        );
    };
    match t {
        Trigger::AtTurn(n) => {
            if *n == 0 || *n > def.turns {
                never(c, format!("turn {n} is outside 1..={}", def.turns), "pick a turn within the exercise");
                return None;
            }
            Some(TriggerIx::AtTurn(*n))
        }
        Trigger::StageReached { incident, stage } => {
            let Some(i) = known(ids.incident, incident) else {
                never(
                    c,
                    format!("unknown incident `{incident}`"),
                    &suggest(c.lang, ids.incident, "incident"),
                );
                return None;
            };
            let Some(s) = def.incidents[i].stages.iter().position(|x| &x.name == stage) else {
                let names: Vec<&str> = def.incidents[i].stages.iter().map(|s| s.name.as_str()).collect();
                never(
                    c,
                    format!("incident `{incident}` has no stage \"{stage}\""),
                    &format!("use one of its stages: {}", names.join(", ")),
                );
                return None;
            };
            if !incident_can_start[i] {
                never(
                    c,
                    format!("incident `{incident}` never starts"),
                    "give the incident a start_turn or start it from another inject",
                );
                return None;
            }
            Some(TriggerIx::StageReached { incident: i, stage: s })
        }
        Trigger::Detected(incident) => {
            let Some(i) = known(ids.incident, incident) else {
                never(
                    c,
                    format!("unknown incident `{incident}`"),
                    &suggest(c.lang, ids.incident, "incident"),
                );
                return None;
            };
            if !incident_can_start[i] {
                never(
                    c,
                    format!("incident `{incident}` never starts"),
                    "give the incident a start_turn or start it from another inject",
                );
                return None;
            }
            if def.incidents[i].stages.iter().all(|s| s.detect <= 0.0) {
                c.warn("injects", Some(inject), Some("trigger:"), format!("inject `{inject}` waits for detection of `{incident}`, whose stages all have detect 0"), "only a mil-to-mil hunt can find it then; give a stage a detect chance");
            }
            Some(TriggerIx::Detected(i))
        }
        Trigger::EscalationAtLeast(l) => {
            if !(1..=5).contains(l) {
                never(
                    c,
                    format!("escalation level {l} is outside 1..=5"),
                    "escalation levels run from 1 (routine) to 5 (crisis)",
                );
                return None;
            }
            Some(TriggerIx::EscalationAtLeast(*l))
        }
        Trigger::ServiceBelow { asset, level } => {
            let Some(a) = known(ids.asset, asset) else {
                never(c, format!("unknown asset `{asset}`"), &suggest(c.lang, ids.asset, "asset"));
                return None;
            };
            if *level == 0 || *level > 100 {
                never(c, format!("service can never be below {level}"), "use a level from 1 to 100");
                return None;
            }
            Some(TriggerIx::ServiceBelow { asset: a, level: *level })
        }
        Trigger::ActionTaken { action, nation } => {
            let n = match nation {
                Some(n) => match known(ids.nation, n) {
                    Some(i) => Some(i),
                    None => {
                        never(c, format!("unknown nation `{n}`"), &suggest(c.lang, ids.nation, "nation"));
                        return None;
                    }
                },
                None => None,
            };
            Some(TriggerIx::ActionTaken { action: *action, nation: n })
        }
        Trigger::Chance { p, from_turn, to_turn } => {
            if !(*p > 0.0 && *p <= 1.0) {
                never(
                    c,
                    format!("chance {p} is outside (0, 1]"),
                    "write the chance per turn as a fraction above 0, such as 0.2",
                );
                return None;
            }
            if *from_turn == 0 || from_turn > to_turn || *from_turn > def.turns {
                never(
                    c,
                    format!("window turns {from_turn}..={to_turn} is empty or outside 1..={}", def.turns),
                    "pick from_turn <= to_turn within the exercise",
                );
                return None;
            }
            Some(TriggerIx::Chance { p: *p, from_turn: *from_turn, to_turn: *to_turn })
        }
    }
}
