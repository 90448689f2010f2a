//! What sets off an inject, in a language, as the MSEL and the balance page
//! write it. English reads exactly as [`crate::scenario::describe_trigger`],
//! which the validator and the app's console keep using.

use crate::i18n::Lang;
use crate::scenario::{Scenario, Text, Trigger};
use crate::tr;

/// What fires an inject, as a controller reads it.
pub fn trigger(l: Lang, s: &Scenario, t: &Trigger) -> String {
    let incident = |id: &str| {
        s.incident_ix.get(id).map_or(id.to_string(), |&i| s.text(l, Text::Incident(i)).to_string())
    };
    match t {
        Trigger::AtTurn(n) => tr!(l, "trigger-at-turn", turn = *n),
        Trigger::StageReached { incident: i, stage } => {
            let named = s.incident_ix.get(i).and_then(|&k| {
                let at = s.def.incidents[k].stages.iter().position(|st| &st.name == stage)?;
                Some(s.text(l, Text::Stage { incident: k, stage: at }).to_string())
            });
            tr!(l, "trigger-stage", incident = incident(i), stage = named.unwrap_or_else(|| stage.clone()))
        }
        Trigger::Detected(i) => tr!(l, "trigger-detected", incident = incident(i)),
        Trigger::EscalationAtLeast(level) => tr!(l, "trigger-escalation", level = *level),
        Trigger::ServiceBelow { asset, level } => {
            let name =
                s.asset_ix.get(asset).map_or(asset.clone(), |&a| s.text(l, Text::Asset(a)).to_string());
            tr!(l, "trigger-service-below", asset = name, level = *level)
        }
        Trigger::ActionTaken { action, nation } => {
            let action = action.label_in(l);
            match nation {
                Some(n) => {
                    let who = s
                        .nation_ix
                        .get(n)
                        .map_or(n.clone(), |&i| s.text(l, Text::NationShort(i)).to_string());
                    tr!(l, "trigger-action", who = who, action = action)
                }
                None => tr!(l, "trigger-action-anyone", action = action),
            }
        }
        Trigger::Chance { p, from_turn, to_turn } => {
            let percent = format!("{:.0}", p * 100.0);
            tr!(l, "trigger-chance", percent = percent, from = *from_turn, to = *to_turn)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::describe_trigger;

    /// One wording in two homes: the English here is the validator's.
    #[test]
    fn english_triggers_read_as_the_scenario_describes_them() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
        let mut seen = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "ron") || path.to_string_lossy().ends_with(".ko.ron") {
                continue;
            }
            let Ok(s) = Scenario::load(&path) else { continue };
            for inj in &s.def.injects {
                assert_eq!(trigger(Lang::En, &s, &inj.trigger), describe_trigger(&s, &inj.trigger));
                assert!(!trigger(Lang::Ko, &s, &inj.trigger).contains("When "));
                seen += 1;
            }
        }
        assert!(seen > 20, "{seen} triggers");
    }
}
