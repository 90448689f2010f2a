//! A scenario's definitions in words, for the MSEL, the reports and the
//! facilitator's console.

use super::{Scenario, Trigger};

/// A trigger in words, e.g. "When escalation reaches level 3".
pub fn describe_trigger(s: &Scenario, t: &Trigger) -> String {
    let incident =
        |id: &str| s.incident_ix.get(id).map_or(id.to_string(), |&i| s.def.incidents[i].name.clone());
    match t {
        Trigger::AtTurn(n) => format!("At turn {n}"),
        Trigger::StageReached { incident: i, stage } => format!("When {} reaches \"{stage}\"", incident(i)),
        Trigger::Detected(i) => format!("When {} is detected", incident(i)),
        Trigger::EscalationAtLeast(l) => format!("When escalation reaches level {l}"),
        Trigger::ServiceBelow { asset, level } => {
            let name = s.asset_ix.get(asset).map_or(asset.clone(), |&a| s.def.assets[a].name.clone());
            format!("When {name} drops below {level}% service")
        }
        Trigger::ActionTaken { action, nation } => {
            let who = match nation {
                Some(n) => s.nation_ix.get(n).map_or(n.clone(), |&i| s.def.nations[i].short.clone()),
                None => "anyone".to_string(),
            };
            format!("When {who} takes: {}", action.label())
        }
        Trigger::Chance { p, from_turn, to_turn } => {
            format!("By chance, {:.0}%/turn, turns {from_turn}–{to_turn}", p * 100.0)
        }
    }
}
