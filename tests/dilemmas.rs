//! The dilemma rules keep the flagship a game of judgement (docs/dilemmas.md):
//! the built-in styles stay ordered with clear gaps, trust and the hotline
//! matter to a cooperative alliance, the planner looks ahead fairly, and the
//! whole target table of issue 12 (src/targets.rs) holds.

mod common;
use common::*;
use hotline::batch::{PolicySummary, Setup, run_many_setup};
use hotline::scenario::ActionKindName;
use hotline::sim::planner::{Budget, belief, evaluate};
use hotline::sim::policy::Families;
use hotline::sim::visibility::Seat;
use hotline::sim::{Exercise, PolicyName, Status};
use std::sync::Arc;

fn mean(s: &Arc<hotline::scenario::Scenario>, setup: Setup, runs: usize) -> f64 {
    PolicySummary::labelled("x", &run_many_setup(s, &setup, runs, 1, 2, &|_| {})).mean_score
}

fn variant(edit: (&str, &str)) -> Arc<hotline::scenario::Scenario> {
    let src = std::fs::read_to_string(FLAGSHIP).unwrap().replace(edit.0, edit.1);
    Arc::new(hotline::scenario::Scenario::from_str(&src, "variant.ron").unwrap_or_else(|d| panic!("{d}")))
}

#[test]
fn cooperative_beats_unilateral_beats_passive_by_ten_points() {
    let s = flagship();
    let at = |p| mean(&s, Setup::all(p), 300);
    let (coop, uni, passive) =
        (at(PolicyName::Cooperative), at(PolicyName::Unilateral), at(PolicyName::Passive));
    assert!(
        coop > uni + 10.0 && uni > passive + 10.0,
        "cooperative {coop}, unilateral {uni}, passive {passive}"
    );
}

#[test]
fn trust_and_the_hotline_matter_to_a_cooperative_alliance() {
    let coop = |s: &Arc<_>| mean(s, Setup::all(PolicyName::Cooperative), 300);
    let low = coop(&variant(("start_trust: 60", "start_trust: 20")));
    let high = coop(&variant(("start_trust: 60", "start_trust: 80")));
    assert!(high > low + 3.0, "start trust 80: {high}, 20: {low}");
    let shipped = coop(&flagship());
    let no_hotline = coop(&variant(("hotline_calls: 3", "hotline_calls: 0")));
    assert!(shipped > no_hotline + 2.0, "with the hotline {shipped}, without {no_hotline}");
}

#[test]
fn leaving_sharing_or_joint_investigation_alone_costs_the_cooperative_policy() {
    let s = flagship();
    let with = mean(&s, Setup::all(PolicyName::Cooperative), 300);
    for f in [ActionKindName::ShareIntel, ActionKindName::JointInvestigation] {
        let setup = Setup { without: Families::NONE.with(f), ..Setup::all(PolicyName::Cooperative) };
        let without = mean(&s, setup, 300);
        assert!(with > without + 1.5, "{f:?}: with {with}, without {without}");
    }
}

/// The planner's copies hold only what its seat may see: every incident its
/// nation has not seen is back at its first stage, uninvestigated.
#[test]
fn the_planner_sees_only_what_its_seat_may_see() {
    let mut ex = Exercise::new(flagship(), 3);
    for _ in 0..6 {
        let _ = ex.submit(hotline::sim::Decision::EndTurn);
    }
    let copy = belief(&ex, &[0], 99);
    for (i, inc) in copy.state().incidents.iter().enumerate() {
        if Seat::Team(0).sees_incident(ex.state(), i) {
            assert_eq!(inc.stage, ex.state().incidents[i].stage);
        } else {
            assert!(inc.stage == 0 && inc.investigation == 0.0 && !inc.known_by.iter().any(|&k| k));
            assert!(matches!(inc.status, Status::Hidden | Status::Dormant));
        }
    }
    assert!(copy.log().is_empty() && copy.decisions().is_empty(), "a copy carries no history of secrets");
}

#[test]
fn the_planner_is_deterministic_and_scores_every_candidate() {
    let ex = Exercise::new(flagship(), 5);
    let budget = Budget { rollouts: 2 };
    let a = evaluate(&ex, &[0, 1], Families::NONE, 7, &budget);
    assert_eq!(a, evaluate(&ex, &[0, 1], Families::NONE, 7, &budget));
    assert!(a.iter().all(|v| (0.0..=100.0).contains(v)) && a.len() == hotline::sim::planner::PLANS.len());
}

/// Runs a planner row of the target table plays here: fewer than the closing
/// note's 2,000 (`examples/dilemma_table`), enough for the margins to hold.
/// Heuristic rows are cheap and play 2,000 (a win rate near 90 % needs
/// them). The check is seeded: it passes or fails the same way every time.
const TARGET_RUNS: usize = 40;

/// Targets of issue 12 not met yet (docs/dilemmas.md, "The targets"): the
/// check fails on any other miss, and on these once they are met (so the
/// list only shrinks).
const OPEN: [&str; 3] =
    ["no hotline costs", "planner −military-cooperation costs", "planner −attribute-publicly costs"];

#[test]
fn the_target_table_holds_on_the_flagship() {
    let threads = hotline::batch::all_cores();
    let table = hotline::targets::measure(&flagship(), 2000, TARGET_RUNS, threads, &|_| {});
    let misses = table.misses();
    let open = |m: &String| OPEN.iter().any(|o| m.starts_with(o));
    let missed: Vec<&String> = misses.iter().filter(|m| !open(m)).collect();
    assert!(missed.is_empty(), "{}missed: {missed:?}", table.text());
    for o in OPEN {
        assert!(
            misses.iter().any(|m| m.starts_with(o)),
            "`{o}` is met now: take it off OPEN\n{}",
            table.text()
        );
    }
}

/// Every shipped scenario keeps cooperative > unilateral > passive.
#[test]
fn every_shipped_scenario_orders_the_styles() {
    for path in repository_scenarios() {
        let s = Arc::new(hotline::scenario::Scenario::load(&path).unwrap_or_else(|d| panic!("{d}")));
        let at = |p| mean(&s, Setup::all(p), 100);
        let (coop, uni, passive) =
            (at(PolicyName::Cooperative), at(PolicyName::Unilateral), at(PolicyName::Passive));
        assert!(coop > uni && uni > passive, "{}: {coop} > {uni} > {passive}", path.display());
    }
}
