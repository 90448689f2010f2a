//! May this seat make this decision? The host asks before every
//! `Exercise::submit`: a team acts only with its own nation's agencies and
//! answers only the cards it may read; only the facilitator fires, holds,
//! skips or adjudicates; the projector and observers decide nothing.

use super::protocol::Rejection;
use crate::scenario::Scenario;
use crate::sim::{Decision, DecisionError, Seat};

/// `Ok` when `seat` may submit `d` in scenario `s`; otherwise why not (the
/// seat words it). Unknown ids are refused here, never indexed.
pub fn may_submit(s: &Scenario, seat: Seat, d: &Decision) -> Result<(), Rejection> {
    let own = |id: &str| seat.nation().is_some_and(|n| s.nation_ix.get(id) == Some(&n));
    let facilitator = seat == Seat::Facilitator;
    let ok = match d {
        Decision::Act { action, .. } => own(&action.nation),
        Decision::Explain { nation, .. } | Decision::HotlineMessage { nation, .. } => own(nation),
        Decision::Note { nation: Some(id), .. } => own(id) || facilitator,
        Decision::Note { nation: None, .. } => facilitator,
        Decision::Choose { inject, .. } => match s.inject_ix.get(inject) {
            Some(&i) => (facilitator || seat.nation().is_some()) && seat.sees_inject(s, i),
            None => return Err(Rejection::Rules(DecisionError::UnknownInject(inject.clone()))),
        },
        Decision::EndTurn
        | Decision::FireInject(_)
        | Decision::HoldInject { .. }
        | Decision::SkipInject(_)
        | Decision::Adjudicate { .. } => facilitator,
    };
    // Only networked seats and the facilitator decide over the network.
    let networked = matches!(seat, Seat::Remote(_) | Seat::Facilitator);
    if ok && networked {
        return Ok(());
    }
    Err(match seat {
        Seat::Projector | Seat::Observer => Rejection::Watches,
        Seat::Facilitator => Rejection::FacilitatorActs,
        Seat::Remote(n) => {
            Rejection::NotYours { nation: s.def.nations.get(n).map_or(String::new(), |x| x.id.clone()) }
        }
        Seat::Team(_) | Seat::Solo(_) => Rejection::NotNetworked,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Action, ActionKind, AdjudicationTarget, Exercise};
    use std::sync::Arc;

    fn flagship() -> Arc<Scenario> {
        Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"))
    }

    fn act(nation: &str, agency: &str) -> Decision {
        Decision::Act {
            action: Action { nation: nation.into(), agency: agency.into(), kind: ActionKind::Hotline },
            rationale: String::new(),
            motive: None,
        }
    }

    #[test]
    fn a_team_acts_only_for_its_own_nation() {
        let s = flagship();
        let us = s.nation_ix["us"];
        let rok = s.nation_ix["rok"];
        let us_agency = s.def.nations[us].agencies[0].id.clone();
        let rok_agency = s.def.nations[rok].agencies[0].id.clone();
        assert!(may_submit(&s, Seat::Remote(us), &act("us", &us_agency)).is_ok());
        assert!(may_submit(&s, Seat::Remote(rok), &act("us", &us_agency)).is_err());
        assert!(may_submit(&s, Seat::Remote(rok), &act("rok", &rok_agency)).is_ok());
        assert!(may_submit(&s, Seat::Remote(rok), &act("nowhere", "x")).is_err());
        let note = |n: Option<&str>| Decision::Note { nation: n.map(String::from), text: "t".into() };
        assert!(may_submit(&s, Seat::Remote(us), &note(Some("us"))).is_ok());
        assert!(may_submit(&s, Seat::Remote(us), &note(Some("rok"))).is_err());
        assert!(may_submit(&s, Seat::Remote(us), &note(None)).is_err());
    }

    #[test]
    fn only_the_facilitator_runs_the_exercise_and_watchers_decide_nothing() {
        let s = flagship();
        let us = s.nation_ix["us"];
        let inject = s.def.injects[0].id.clone();
        let facilitator_only = [
            Decision::EndTurn,
            Decision::FireInject(inject.clone()),
            Decision::HoldInject { inject: inject.clone(), hold: true },
            Decision::SkipInject(inject.clone()),
            Decision::Adjudicate { target: AdjudicationTarget::Trust, value: 50.0, reason: "r".into() },
        ];
        for d in &facilitator_only {
            assert!(may_submit(&s, Seat::Facilitator, d).is_ok(), "{d:?}");
            assert!(may_submit(&s, Seat::Remote(us), d).is_err(), "{d:?}");
        }
        let agency = s.def.nations[us].agencies[0].id.clone();
        assert!(may_submit(&s, Seat::Facilitator, &act("us", &agency)).is_err());
        for seat in [Seat::Projector, Seat::Observer, Seat::Team(us), Seat::Solo(us)] {
            for d in facilitator_only.iter().chain([&act("us", &agency)]) {
                assert!(may_submit(&s, seat, d).is_err(), "{seat:?} {d:?}");
            }
        }
    }

    #[test]
    fn a_team_answers_only_the_cards_it_may_read() {
        let s = flagship();
        let ex = Exercise::new(s.clone(), 3);
        for (i, inj) in s.def.injects.iter().enumerate() {
            let d = Decision::Choose { inject: inj.id.clone(), choice: 0 };
            for n in 0..s.nations() {
                let seat = Seat::Remote(n);
                assert_eq!(may_submit(&s, seat, &d).is_ok(), seat.sees_inject(&s, i), "{}", inj.id);
            }
            assert!(may_submit(&s, Seat::Facilitator, &d).is_ok());
        }
        let unknown = Decision::Choose { inject: "no-such-card".into(), choice: 0 };
        assert!(may_submit(ex.scenario(), Seat::Remote(0), &unknown).is_err());
    }
}
