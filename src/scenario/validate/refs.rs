//! Effects and triggers: ids resolved to indices, and triggers that can never fire.

use super::*;

/// An element kind as the English messages name it ("asset"…), in `l`.
fn kind(l: Lang, what: &str) -> String {
    match what {
        "nation" => tr!(l, "validate-element-nation"),
        "asset" => tr!(l, "validate-element-asset"),
        "actor" => tr!(l, "validate-element-actor"),
        "incident" => tr!(l, "validate-element-incident"),
        other => other.to_string(),
    }
}

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
                tr!(c.lang, "validate-unknown-technique", id = t),
                tr!(c.lang, "validate-unknown-technique.hint"),
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
                tr!(c.lang, "validate-effect-unknown", owner = owner, what = kind(c.lang, what), id = id),
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
                tr!(c.lang, "validate-effect-range", owner = owner, value = v, max = max),
                tr!(c.lang, "validate-effect-range.hint", max = max),
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
                        let (l, turn) = (c.lang, def.incidents[i].start_turn.unwrap_or(0));
                        let message = tr!(l, "validate-starts-started", owner = owner, id = inc, turn = turn);
                        c.error(
                            section,
                            Some(owner),
                            Some(&format!("\"{inc}\"")),
                            message,
                            tr!(l, "validate-starts-started.hint"),
                        );
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
    let l = c.lang;
    let never = |c: &mut Check, why: String, hint: &str| {
        c.error(
            "injects",
            Some(inject),
            Some("trigger:"),
            tr!(l, "validate-never-fires", id = inject, why = why),
            hint.to_string(),
        );
    };
    let unknown = |what: &str, id: &str| tr!(l, "validate-why-unknown", what = kind(l, what), id = id);
    let never_starts = |c: &mut Check, id: &str| {
        let (why, hint) =
            (tr!(l, "validate-why-never-starts", id = id), tr!(l, "validate-why-never-starts.hint"));
        never(c, why, &hint);
    };
    match t {
        Trigger::AtTurn(n) => {
            if *n == 0 || *n > def.turns {
                never(
                    c,
                    tr!(l, "validate-why-turn", turn = *n, turns = def.turns),
                    &tr!(l, "validate-why-turn.hint"),
                );
                return None;
            }
            Some(TriggerIx::AtTurn(*n))
        }
        Trigger::StageReached { incident, stage } => {
            let Some(i) = known(ids.incident, incident) else {
                never(c, unknown("incident", incident), &suggest(l, ids.incident, "incident"));
                return None;
            };
            let Some(s) = def.incidents[i].stages.iter().position(|x| &x.name == stage) else {
                let names: Vec<&str> = def.incidents[i].stages.iter().map(|s| s.name.as_str()).collect();
                never(
                    c,
                    tr!(l, "validate-why-no-stage", id = incident, stage = stage),
                    &tr!(l, "validate-why-no-stage.hint", stages = names.join(", ")),
                );
                return None;
            };
            if !incident_can_start[i] {
                never_starts(c, incident);
                return None;
            }
            Some(TriggerIx::StageReached { incident: i, stage: s })
        }
        Trigger::Detected(incident) => {
            let Some(i) = known(ids.incident, incident) else {
                never(c, unknown("incident", incident), &suggest(l, ids.incident, "incident"));
                return None;
            };
            if !incident_can_start[i] {
                never_starts(c, incident);
                return None;
            }
            if def.incidents[i].stages.iter().all(|s| s.detect <= 0.0) {
                let message = tr!(l, "validate-detect-zero", id = inject, incident = incident);
                c.warn(
                    "injects",
                    Some(inject),
                    Some("trigger:"),
                    message,
                    tr!(l, "validate-detect-zero.hint"),
                );
            }
            Some(TriggerIx::Detected(i))
        }
        Trigger::EscalationAtLeast(level) => {
            if !(1..=5).contains(level) {
                never(
                    c,
                    tr!(l, "validate-why-escalation", level = *level),
                    &tr!(l, "validate-why-escalation.hint"),
                );
                return None;
            }
            Some(TriggerIx::EscalationAtLeast(*level))
        }
        Trigger::ServiceBelow { asset, level } => {
            let Some(a) = known(ids.asset, asset) else {
                never(c, unknown("asset", asset), &suggest(l, ids.asset, "asset"));
                return None;
            };
            if *level == 0 || *level > 100 {
                never(
                    c,
                    tr!(l, "validate-why-service", level = *level),
                    &tr!(l, "validate-why-service.hint"),
                );
                return None;
            }
            Some(TriggerIx::ServiceBelow { asset: a, level: *level })
        }
        Trigger::ActionTaken { action, nation } => {
            let n = match nation {
                Some(n) => match known(ids.nation, n) {
                    Some(i) => Some(i),
                    None => {
                        never(c, unknown("nation", n), &suggest(l, ids.nation, "nation"));
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
                    tr!(l, "validate-why-chance", p = p.to_string()),
                    &tr!(l, "validate-why-chance.hint"),
                );
                return None;
            }
            if *from_turn == 0 || from_turn > to_turn || *from_turn > def.turns {
                never(
                    c,
                    tr!(l, "validate-why-window", from = *from_turn, to = *to_turn, turns = def.turns),
                    &tr!(l, "validate-why-window.hint"),
                );
                return None;
            }
            Some(TriggerIx::Chance { p: *p, from_turn: *from_turn, to_turn: *to_turn })
        }
    }
}
