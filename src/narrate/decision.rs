//! Decisions in words, for the debrief, the key decisions and the reports'
//! decision table. A decision holds scenario ids (it may come from a file), so
//! every lookup falls back to the id itself.

use super::{explanation, labels};
use crate::i18n::{Arg, Lang};
use crate::scenario::Scenario;
use crate::sim::{ActionKind, AdjudicationTarget, Decision};
use crate::tr;

/// A decision in words, with the nation it concerns ("" for facilitator and
/// room decisions).
pub fn decision(lang: Lang, s: &Scenario, d: &Decision) -> (String, String) {
    let l = lang;
    let incident =
        |id: &str| s.incident_ix.get(id).map_or(id.to_string(), |&i| s.def.incidents[i].name.clone());
    let asset = |id: &str| s.asset_ix.get(id).map_or(id.to_string(), |&i| s.def.assets[i].name.clone());
    let nation = |id: &str| s.nation_ix.get(id).map_or(id.to_string(), |&i| s.def.nations[i].short.clone());
    let inject = |id: &str| s.inject_ix.get(id).map_or(id.to_string(), |&i| s.def.injects[i].title.clone());
    match d {
        Decision::Act { action, .. } => {
            let agency = s
                .nation_ix
                .get(&action.nation)
                .and_then(|&n| s.def.nations[n].agencies.iter().find(|g| g.id == action.agency))
                .map_or(action.agency.clone(), |g| g.name.clone());
            let what = match &action.kind {
                ActionKind::ShareIntel { incident: i, with } => {
                    tr!(l, "decision-share", incident = incident(i), nation = nation(with))
                }
                ActionKind::Investigate(i) => tr!(l, "decision-investigate", incident = incident(i)),
                ActionKind::JointInvestigation(i) => {
                    tr!(l, "decision-joint-investigation", incident = incident(i))
                }
                ActionKind::MilitaryCooperation(a) => tr!(l, "decision-military", asset = asset(a)),
                ActionKind::Hotline => tr!(l, "decision-hotline"),
                ActionKind::Harden(a) => tr!(l, "decision-harden", asset = asset(a)),
                ActionKind::Isolate(a) => tr!(l, "decision-isolate", asset = asset(a)),
                ActionKind::Restore(a) => tr!(l, "decision-restore", asset = asset(a)),
                ActionKind::RequestAssistance { third_state, actor } => tr!(
                    l,
                    "decision-request-assistance",
                    third = s
                        .third_ix
                        .get(third_state)
                        .map_or(third_state.clone(), |&t| s.def.third_states[t].name.clone()),
                    actor = s.actor_ix.get(actor).map_or(actor.clone(), |&a| s.def.actors[a].name.clone())
                ),
                ActionKind::AttributePublicly { incident: i, joint: false } => {
                    tr!(l, "decision-attribute", incident = incident(i))
                }
                ActionKind::AttributePublicly { incident: i, joint: true } => {
                    tr!(l, "decision-attribute-joint", incident = incident(i))
                }
                ActionKind::Invest(area) => tr!(l, "decision-invest", area = labels::invest_area(l, *area)),
            };
            (nation(&action.nation), tr!(l, "decision-act", agency = agency, what = what))
        }
        Decision::Choose { inject: i, choice } => {
            let label = s
                .inject_ix
                .get(i)
                .and_then(|&k| s.def.injects[k].choices.get(*choice))
                .map_or_else(|| tr!(l, "decision-option", number = choice + 1), |c| c.label.clone());
            (String::new(), tr!(l, "decision-choose", inject = inject(i), choice = label))
        }
        Decision::EndTurn => (String::new(), tr!(l, "decision-end-turn")),
        Decision::FireInject(i) => (String::new(), tr!(l, "decision-fire", inject = inject(i))),
        Decision::HoldInject { inject: i, hold: true } => {
            (String::new(), tr!(l, "decision-hold", inject = inject(i)))
        }
        Decision::HoldInject { inject: i, hold: false } => {
            (String::new(), tr!(l, "decision-release", inject = inject(i)))
        }
        Decision::Adjudicate { target, value, reason } => {
            let v = Arg::num(*value, 0);
            let what = match target {
                AdjudicationTarget::Service(a) => {
                    tr!(l, "decision-adjudicate-service", asset = asset(a), value = v)
                }
                AdjudicationTarget::Trust => tr!(l, "decision-adjudicate-trust", value = v),
                AdjudicationTarget::Escalation => tr!(l, "decision-adjudicate-escalation", value = v),
                AdjudicationTarget::Stage(i) => {
                    tr!(l, "decision-adjudicate-stage", incident = incident(i), stage = *value as usize + 1)
                }
            };
            (String::new(), tr!(l, "decision-adjudicate", what = what, reason = reason))
        }
        Decision::SkipInject(i) => (String::new(), tr!(l, "decision-skip", inject = inject(i))),
        Decision::Note { nation: n, text } => {
            (n.as_deref().map_or(String::new(), nation), tr!(l, "decision-note", text = text))
        }
        Decision::Explain { nation: n, why } => {
            let ix = s.nation_ix.get(n).copied();
            (nation(n), ix.map_or_else(|| format!("{why:?}"), |k| explanation(l, s, Some(k), why)))
        }
    }
}
