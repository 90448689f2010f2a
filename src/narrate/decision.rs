//! Decisions in words, for the debrief, the key decisions and the reports'
//! decision table. A decision holds scenario ids (it may come from a file), so
//! every lookup falls back to the id itself.

use super::{explanation, labels};
use crate::i18n::{Arg, Lang};
use crate::scenario::{Scenario, Text};
use crate::sim::{ActionKind, AdjudicationTarget, Decision};
use crate::tr;

/// A decision in words, with the nation it concerns ("" for facilitator and
/// room decisions).
pub fn decision(lang: Lang, s: &Scenario, d: &Decision) -> (String, String) {
    let l = lang;
    // A name in the scenario's prose of `l`, or the id when the scenario lacks it.
    let name = |ix: Option<&usize>, text: fn(usize) -> Text, id: &str| {
        ix.map_or(id.to_string(), |&i| s.text(l, text(i)).to_string())
    };
    let incident = |id: &str| name(s.incident_ix.get(id), Text::Incident, id);
    let asset = |id: &str| name(s.asset_ix.get(id), Text::Asset, id);
    let nation = |id: &str| name(s.nation_ix.get(id), Text::NationShort, id);
    let inject = |id: &str| name(s.inject_ix.get(id), Text::InjectTitle, id);
    match d {
        Decision::Act { action, .. } => {
            let agency = s
                .nation_ix
                .get(&action.nation)
                .and_then(|&n| {
                    let g = s.def.nations[n].agencies.iter().position(|g| g.id == action.agency)?;
                    Some(s.text(l, Text::Agency { nation: n, agency: g }).to_string())
                })
                .unwrap_or_else(|| action.agency.clone());
            let what = match &action.kind {
                ActionKind::ShareIntel { incident: i, with } => {
                    tr!(l, "decision-share", incident = incident(i), nation = nation(with))
                }
                ActionKind::Investigate(i) => tr!(l, "decision-investigate", incident = incident(i)),
                ActionKind::JointInvestigation(i) => {
                    tr!(l, "decision-joint-investigation", incident = incident(i))
                }
                ActionKind::MilitaryCooperation(a) => tr!(l, "decision-military", asset = asset(a)),
                ActionKind::Hotline => tr!(l, "decision-hotline", channel = s.hotline_name(l)),
                ActionKind::Harden(a) => tr!(l, "decision-harden", asset = asset(a)),
                ActionKind::Isolate(a) => tr!(l, "decision-isolate", asset = asset(a)),
                ActionKind::Restore(a) => tr!(l, "decision-restore", asset = asset(a)),
                ActionKind::RequestAssistance { third_state, actor } => tr!(
                    l,
                    "decision-request-assistance",
                    third = name(s.third_ix.get(third_state), Text::ThirdState, third_state),
                    actor = name(s.actor_ix.get(actor), Text::Actor, actor)
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
            let label =
                s.inject_ix.get(i).filter(|&&k| *choice < s.def.injects[k].choices.len()).map_or_else(
                    || tr!(l, "decision-option", number = choice + 1),
                    |&k| s.text(l, Text::Choice { inject: k, choice: *choice }).to_string(),
                );
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
        Decision::HotlineMessage { nation: n, text } => {
            (nation(n), tr!(l, "decision-hotline-message", text = text))
        }
        Decision::Explain { nation: n, why } => {
            let ix = s.nation_ix.get(n).copied();
            (nation(n), ix.map_or_else(|| format!("{why:?}"), |k| explanation(l, s, Some(k), why)))
        }
    }
}
