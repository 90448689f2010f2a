//! Why a decision was refused, in the player's language: the rules return a
//! typed [`DecisionError`] (ids, not prose); the app's notice, a network seat
//! and the command line word it here. Names come from the scenario as loaded,
//! so a Korean overlay names them in Korean; an id the scenario lacks is shown
//! as it was given.

use super::labels;
use crate::i18n::Lang;
use crate::scenario::{Scenario, Text};
use crate::sim::{ActionError, DecisionError, IdKind, NotNow};
use crate::tr;

/// The sentence a player reads for a refused decision.
pub fn decision_error(lang: Lang, s: &Scenario, e: &DecisionError) -> String {
    let l = lang;
    let inject =
        |id: &str| s.inject_ix.get(id).map_or(id.to_string(), |&i| s.text(l, Text::InjectTitle(i)).into());
    match e {
        DecisionError::Action(a) => action_error(l, s, a),
        DecisionError::UnknownInject(id) => tr!(l, "refusal-unknown-inject", id = id),
        DecisionError::NoChoicePending(id) => tr!(l, "refusal-no-choice-pending", inject = inject(id)),
        DecisionError::ChoiceOutOfRange { inject: id, choice, count } => tr!(
            l,
            "refusal-choice-out-of-range",
            inject = inject(id),
            choice = *choice as u64,
            count = *count as u64
        ),
        DecisionError::Over => tr!(l, "refusal-over"),
        DecisionError::Unknown { what, id } => unknown(l, *what, id),
        DecisionError::Range(v) => tr!(l, "refusal-range", value = v.to_string()),
        DecisionError::HotlineClosed => tr!(l, "refusal-hotline-closed"),
    }
}

/// The sentence a player reads for a refused action.
pub fn action_error(lang: Lang, s: &Scenario, e: &ActionError) -> String {
    let l = lang;
    match e {
        ActionError::Over => tr!(l, "refusal-over"),
        ActionError::Unknown { what, id } => unknown(l, *what, id),
        ActionError::Skill { agency, skill } => {
            tr!(l, "refusal-skill", agency = agency, skill = labels::skill(l, *skill))
        }
        ActionError::Capacity { agency, left, cost } => {
            tr!(l, "refusal-capacity", agency = agency, left = *left, cost = *cost)
        }
        ActionError::NotNow(n) => not_now(l, s, n),
    }
}

fn unknown(l: Lang, what: IdKind, id: &str) -> String {
    match what {
        IdKind::Nation => tr!(l, "refusal-unknown-nation", id = id),
        IdKind::Agency => tr!(l, "refusal-unknown-agency", id = id),
        IdKind::Incident => tr!(l, "refusal-unknown-incident", id = id),
        IdKind::Asset => tr!(l, "refusal-unknown-asset", id = id),
        IdKind::ThirdState => tr!(l, "refusal-unknown-third-state", id = id),
        IdKind::Actor => tr!(l, "refusal-unknown-actor", id = id),
    }
}

fn not_now(l: Lang, s: &Scenario, n: &NotNow) -> String {
    let name = |ix: Option<&usize>, id: &str, text: fn(usize) -> Text| {
        ix.map_or(id.to_string(), |&i| s.text(l, text(i)).into())
    };
    let inc = |id: &str| name(s.incident_ix.get(id), id, Text::Incident);
    let asset = |id: &str| name(s.asset_ix.get(id), id, Text::Asset);
    let actor = |id: &str| name(s.actor_ix.get(id), id, Text::Actor);
    // The error carries a nation's short name (its English wording needs no
    // scenario); the loaded scenario's short name is the same nation's.
    let nation = |short: &str| {
        let n = s.def.nations.iter().position(|x| x.short == short || x.id == short);
        name(n.as_ref(), short, Text::NationShort)
    };
    match n {
        NotNow::ShareWithSelf => tr!(l, "refusal-share-with-self"),
        NotNow::UnknownIncident { nation: who, incident } => {
            tr!(l, "refusal-unknown-to-nation", nation = nation(who), incident = inc(incident))
        }
        NotNow::AlreadyShared(i) => tr!(l, "refusal-already-shared", incident = inc(i)),
        NotNow::NotActive { incident, status } => {
            tr!(l, "refusal-not-active", incident = inc(incident), status = labels::status(l, *status))
        }
        NotNow::JointCommitted => tr!(l, "refusal-joint-committed"),
        NotNow::HuntArranged(a) => tr!(l, "refusal-hunt-arranged", asset = asset(a)),
        NotNow::NoCalls => tr!(l, "refusal-no-calls"),
        NotNow::HotlineCooling(turn) => tr!(l, "refusal-hotline-cooling", turn = *turn),
        NotNow::NotOwner { asset: a, owner } => {
            tr!(l, "refusal-not-owner", asset = asset(a), owner = nation(owner))
        }
        NotNow::FullyHardened(a) => tr!(l, "refusal-fully-hardened", asset = asset(a)),
        NotNow::Isolated(a) => tr!(l, "refusal-isolated", asset = asset(a)),
        NotNow::FullService(a) => tr!(l, "refusal-full-service", asset = asset(a)),
        NotNow::ActorUnseen { nation: who, actor: x } => {
            tr!(l, "refusal-actor-unseen", nation = nation(who), actor = actor(x))
        }
        NotNow::RequestPending => tr!(l, "refusal-request-pending"),
        NotNow::AlreadyAttributed(i) => tr!(l, "refusal-already-attributed", incident = inc(i)),
        NotNow::NotInSync => tr!(l, "refusal-not-in-sync"),
        NotNow::NoPartnerMilitary => tr!(l, "refusal-no-partner-military"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Skill;
    use crate::sim::{Exercise, Status};
    use std::sync::Arc;

    /// Every refusal the rules can give, worded in both languages: the Korean
    /// is Korean, names come from the scenario as loaded (the Korean overlay's
    /// in Korean), and no two refusals read alike.
    #[test]
    fn every_refusal_reads_in_both_languages_with_the_scenarios_names() {
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let d = &s.def;
        let (inc, asset, actor) = (d.incidents[0].id.clone(), d.assets[0].id.clone(), d.actors[0].id.clone());
        let short = d.nations[1].short.clone();
        let not_now = [
            NotNow::ShareWithSelf,
            NotNow::UnknownIncident { nation: short.clone(), incident: inc.clone() },
            NotNow::AlreadyShared(inc.clone()),
            NotNow::NotActive { incident: inc.clone(), status: Status::Contained },
            NotNow::JointCommitted,
            NotNow::HuntArranged(asset.clone()),
            NotNow::NoCalls,
            NotNow::HotlineCooling(4),
            NotNow::NotOwner { asset: asset.clone(), owner: short.clone() },
            NotNow::FullyHardened(asset.clone()),
            NotNow::Isolated(asset.clone()),
            NotNow::FullService(asset.clone()),
            NotNow::ActorUnseen { nation: short.clone(), actor: actor.clone() },
            NotNow::RequestPending,
            NotNow::AlreadyAttributed(inc.clone()),
            NotNow::NotInSync,
            NotNow::NoPartnerMilitary,
        ];
        let mut errors: Vec<DecisionError> =
            not_now.into_iter().map(|n| DecisionError::Action(ActionError::NotNow(n))).collect();
        errors.extend([
            DecisionError::Action(ActionError::Over),
            DecisionError::Action(ActionError::Unknown { what: IdKind::Agency, id: "nsa".into() }),
            DecisionError::Action(ActionError::Skill { agency: "KISA".into(), skill: Skill::Military }),
            DecisionError::Action(ActionError::Capacity { agency: "KISA".into(), left: 1, cost: 2 }),
            DecisionError::UnknownInject("x".into()),
            DecisionError::NoChoicePending(d.injects[0].id.clone()),
            DecisionError::ChoiceOutOfRange { inject: d.injects[0].id.clone(), choice: 5, count: 2 },
            DecisionError::Unknown { what: IdKind::ThirdState, id: "y".into() },
            DecisionError::Range(120.0),
        ]);
        let hangul = |t: &str| t.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
        let mut seen = std::collections::BTreeSet::new();
        for e in &errors {
            let (en, ko) = (decision_error(Lang::En, &s, e), decision_error(Lang::Ko, &s, e));
            assert!(!en.is_empty() && !hangul(&en), "{e:?}: {en}");
            assert!(hangul(&ko) && ko != en, "{e:?}: {ko}");
            assert!(
                seen.insert(en.clone()) && seen.insert(ko.clone()),
                "{e:?} reads like another: {en} / {ko}"
            );
        }
        // Names, not ids, and in the reader's language.
        let shared = DecisionError::Action(ActionError::NotNow(NotNow::AlreadyShared(inc.clone())));
        assert!(decision_error(Lang::En, &s, &shared).contains(&d.incidents[0].name));
        let ko_name = s.text(Lang::Ko, Text::Incident(0));
        assert_ne!(ko_name, d.incidents[0].name, "the flagship's overlay names the incident in Korean");
        assert!(decision_error(Lang::Ko, &s, &shared).contains(ko_name));
    }

    /// A refusal the rules really give is worded, not shown as a Rust value.
    #[test]
    fn a_real_refusal_from_the_rules_is_worded() {
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let mut ex = Exercise::new(s.clone(), 3);
        let e =
            ex.submit(crate::sim::Decision::Choose { inject: "no-such-card".into(), choice: 0 }).unwrap_err();
        assert!(decision_error(Lang::Ko, &s, &e).contains("no-such-card"));
        assert!(!decision_error(Lang::Ko, &s, &e).contains("UnknownInject"));
    }
}
