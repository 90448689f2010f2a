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
use hotline::sim::{ActionKind, Exercise, PolicyName, Status};
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
/// note's 200 (`examples/dilemma_table`), enough for the margins to hold.
/// Heuristic rows are cheap and play 2,000 (a win rate near 90 % needs
/// them). The check is seeded: it passes or fails the same way every time.
const TARGET_RUNS: usize = 80;

#[test]
fn the_target_table_holds_on_the_flagship() {
    let threads = hotline::batch::all_cores();
    let table = hotline::targets::measure(&flagship(), 2000, TARGET_RUNS, threads, &|_| {});
    let missed = table.misses();
    assert!(missed.is_empty(), "{}missed: {missed:?}", table.text());
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

/// SMALL with a base in A that depends on A's network: that network is
/// military-linked (third balance).
fn with_a_base() -> Arc<hotline::scenario::Scenario> {
    let hosp = r#"depends_on: ["b-water"]),"#;
    let base = r#"
        (id: "a-base", name: "A base", nation: "a", sector: Defense, population: 10, depends_on: ["a-net"]),"#;
    scenario(&SMALL.replace(hosp, &format!("{hosp}{base}")))
}

/// Plays A investigating its own intrusion (and B's, once shared) for ten
/// turns, with a combined hunt on A's network from turn `hunt` if given.
fn investigate_on_a(rules: u32, hunt: Option<u32>) -> Exercise {
    let mut ex = Exercise::with_rules(with_a_base(), 3, hotline::sim::Difficulty::Standard, rules);
    let i = incident(&ex, "on-a");
    for _ in 0..10 {
        let turn = ex.state().turn;
        if ex.state().incidents[i].known_by[0] && ex.state().incidents[i].status.is_active() {
            act(&mut ex, "a", ActionKind::Investigate("on-a".into()));
        }
        if hunt == Some(turn) {
            act(&mut ex, "a", ActionKind::MilitaryCooperation("a-net".into()));
        }
        end_turn(&mut ex);
    }
    ex
}

#[test]
fn only_a_combined_hunt_drives_an_intruder_out_of_a_military_linked_asset() {
    use hotline::sim::state::{DILEMMA_RULES_2, DILEMMA_RULES_3};
    let third = investigate_on_a(DILEMMA_RULES_3, None);
    let i = incident(&third, "on-a");
    let inc = &third.state().incidents[i];
    assert_eq!((inc.investigation, inc.status), (90.0, Status::Attributed), "investigators alone stop at 90");
    let second = investigate_on_a(DILEMMA_RULES_2, None);
    assert!(
        matches!(second.state().incidents[i].status, Status::Contained | Status::Resolved),
        "before: 100"
    );
    let hunted = investigate_on_a(DILEMMA_RULES_3, Some(7));
    assert!(
        matches!(hunted.state().incidents[i].status, Status::Contained | Status::Resolved),
        "a hunt drives it out: {:?}",
        hunted.state().incidents[i]
    );
    // Civilian monitoring sees half as much of it; B's grid is not linked.
    let fresh = |rules| Exercise::with_rules(with_a_base(), 3, hotline::sim::Difficulty::Standard, rules);
    let (now, before) = (fresh(DILEMMA_RULES_3), fresh(DILEMMA_RULES_2));
    assert_eq!(now.detection_chance(i), 0.5 * before.detection_chance(i));
    let b = incident(&now, "on-b");
    assert_eq!(now.detection_chance(b), before.detection_chance(b));
}

/// A investigates its own intrusion "on-a" each turn it knows of it and it
/// runs, until the investigation reaches `until`.
fn investigate_on_a_until(ex: &mut Exercise, until: f64) {
    let i = incident(ex, "on-a");
    while ex.state().incidents[i].investigation < until {
        if ex.state().incidents[i].known_by[0] && ex.state().incidents[i].status.is_active() {
            act(ex, "a", ActionKind::Investigate("on-a".into()));
        }
        end_turn(ex);
    }
}

/// A public naming on a complete investigation (or a joint one) makes the
/// actor lie low that turn and the next; a naming alone on thin evidence,
/// or under the second balance, does not.
#[test]
fn an_actor_named_on_sound_evidence_lies_low() {
    use hotline::sim::state::{DILEMMA_RULES_2, DILEMMA_RULES_3};
    let named = |rules, until: f64| {
        // B's intrusion creeps, so it is still under way when A names the actor.
        let slow = SMALL.replace(
            r#"(name: "Access", advance: 0.5, detect: 0.15),"#,
            r#"(name: "Access", advance: 0.05, detect: 0.15),"#,
        );
        let mut ex = Exercise::with_rules(scenario(&slow), 4, hotline::sim::Difficulty::Exercise, rules);
        investigate_on_a_until(&mut ex, until);
        let b = incident(&ex, "on-b");
        act(&mut ex, "a", ActionKind::AttributePublicly { incident: "on-a".into(), joint: false });
        (ex, b)
    };
    // The same game under the second balance differs only in the lying low.
    let (ex, b) = named(DILEMMA_RULES_3, 100.0);
    let (before, _) = named(DILEMMA_RULES_2, 100.0);
    assert!(before.advance_chance(b) > 0.0, "B's intrusion is under way");
    assert!(ex.state().lies_low(0) && !before.state().lies_low(0));
    let low = before.advance_chance(b) * hotline::sim::dilemmas::LIE_LOW_PACE;
    assert!((ex.advance_chance(b) - low).abs() < 1e-12, "{} vs {low}", ex.advance_chance(b));
    let mut later = ex.clone();
    end_turn(&mut later);
    assert!(later.state().lies_low(0), "the next turn too");
    end_turn(&mut later);
    assert!(!later.state().lies_low(0), "then it is back at work");
    let (ex, _) = named(DILEMMA_RULES_3, 60.0);
    assert!(ex.state().incidents[incident(&ex, "on-a")].investigation < 100.0);
    assert!(!ex.state().lies_low(0), "named alone on a judgement, it does not lie low");
}

/// Fourth balance: an intruder holding a stage that steals takes a quarter
/// of its haul again every later turn, until the asset is isolated; under
/// the third balance the haul is taken once.
#[test]
fn an_exfiltration_under_way_goes_on_until_the_asset_is_isolated() {
    use hotline::sim::state::{DILEMMA_RULES_3, DILEMMA_RULES_4};
    let stealing = SMALL.replace(
        r#"(name: "Access", advance: 0.0, detect: 1.0),"#,
        r#"(name: "Access", advance: 0.0, detect: 1.0, effects: (ip_stolen: 100)),"#,
    );
    let per_turn = |rules, isolate: bool| {
        let mut ex = Exercise::with_rules(scenario(&stealing), 1, hotline::sim::Difficulty::Standard, rules);
        end_turn(&mut ex);
        if isolate {
            act(&mut ex, "a", ActionKind::Isolate("a-net".into()));
        }
        let before = ex.state().ip_stolen;
        end_turn(&mut ex);
        ex.state().ip_stolen - before
    };
    assert_eq!(per_turn(DILEMMA_RULES_4, false), 25, "a quarter of the stage's haul a turn");
    assert_eq!(per_turn(DILEMMA_RULES_4, true), 0, "isolation cuts the channel");
    assert_eq!(per_turn(DILEMMA_RULES_3, false), 0, "the third balance takes the haul once");
}

/// Fourth balance: a third state whose law bars it (cooperation under 30)
/// answers that it cannot act, and the actor it shelters learns what the
/// allies know: it rotates its infrastructure (evasive) for two turns.
#[test]
fn a_safe_haven_asked_for_help_tips_the_actor_off() {
    use hotline::sim::event::Answer;
    let (ex, answers) = ask_the_third_state(10);
    let turn = ex.state().turn;
    assert!(matches!(answers[..], [Answer::Shelters { until, .. }] if until == turn + 1), "{answers:?}");
    assert!(ex.state().evasive(0), "the actor is evasive");
    assert!(hotline::sim::dilemmas::safe_haven(ex.scenario(), 0));
}

/// Fourth balance: a sound public naming comes with a joint advisory (every
/// ally's defenders get the actor's indicators) and costs the actor the
/// tooling it exposes.
#[test]
fn a_sound_naming_arms_every_ally_and_exposes_the_tooling() {
    use hotline::sim::dilemmas::{ADVISORY, EXPOSURE};
    let mut ex = Exercise::new(small(), 4);
    investigate_on_a_until(&mut ex, 100.0);
    let capability = ex.state().actors[0].capability;
    act(&mut ex, "a", ActionKind::AttributePublicly { incident: "on-a".into(), joint: false });
    assert!(ex.state().lies_low(0), "named on a complete investigation");
    for n in &ex.state().nations {
        assert!(n.intel[0] >= ADVISORY, "every ally's defenders have the indicators: {}", n.intel[0]);
    }
    assert_eq!(ex.state().actors[0].capability, capability * EXPOSURE);
}

/// Fifth balance: an actor whose host state is a safe haven (cooperation
/// under 30) works with impunity: it presses 1.2× harder from the start,
/// and a public naming does not deter it (under the fourth balance a naming
/// alone slowed it to 0.75×); a willing host state's actor is unchanged.
#[test]
fn an_actor_in_a_safe_haven_presses_on_when_named() {
    use hotline::sim::dilemmas::SAFE_HAVEN_BOLDNESS;
    use hotline::sim::state::{DILEMMA_RULES_4 as R4, DILEMMA_RULES_5 as R5};
    let game = |cooperation: u32, rules| {
        // B's intrusion creeps, so it is still under way when A names the actor.
        let src = SMALL.replacen("cooperation: 90)", &format!("cooperation: {cooperation})"), 1).replace(
            r#"(name: "Access", advance: 0.5, detect: 0.15),"#,
            r#"(name: "Access", advance: 0.05, detect: 0.15),"#,
        );
        Exercise::with_rules(scenario(&src), 4, hotline::sim::Difficulty::Standard, rules)
    };
    let b = incident(&game(10, R5), "on-b");
    let ratio =
        |cooperation| game(cooperation, R5).advance_chance(b) / game(cooperation, R4).advance_chance(b);
    assert!((ratio(10) - SAFE_HAVEN_BOLDNESS).abs() < 1e-12, "a safe haven's actor presses: {}", ratio(10));
    assert!((ratio(90) - 1.0).abs() < 1e-12, "a willing state's actor does not: {}", ratio(90));
    // Named alone after a complete investigation: what the naming does to B's pace.
    let named = |rules| {
        let mut ex = game(10, rules);
        let a = incident(&ex, "on-a");
        investigate_on_a_until(&mut ex, 100.0);
        let (chance, capability) = (ex.advance_chance(b), ex.state().actors[0].capability);
        act(&mut ex, "a", ActionKind::AttributePublicly { incident: "on-a".into(), joint: false });
        assert!(ex.state().incidents[a].publicly_attributed, "the naming holds");
        // The exposed tooling slows it either way (the capability term of the pace).
        let pace = |c: f64| 0.6 + c / 125.0;
        let exposure = pace(ex.state().actors[0].capability) / pace(capability);
        (ex.advance_chance(b) / chance / exposure, ex)
    };
    let (after, ex) = named(R5);
    assert!(ex.advance_chance(b) > 0.0, "B's intrusion is under way");
    assert!((after - 1.0).abs() < 1e-9, "named from a safe haven, it is not deterred: {after}");
    let (before, _) = named(R4);
    assert!((before - 0.75).abs() < 1e-9, "the fourth balance deterred it: {before}");
}

/// Fifth balance: while harm the public saw stays unnamed, the crisis rises
/// by a further `UNNAMED_PRESSURE` each turn (and public alarm does not
/// fade); the same game under the fourth balance does not.
#[test]
fn harm_left_unnamed_pushes_the_crisis_up() {
    use hotline::sim::dilemmas::UNNAMED_PRESSURE;
    use hotline::sim::state::{DILEMMA_RULES_4 as R4, DILEMMA_RULES_5 as R5};
    // A's intrusion strikes on turn 1; B's never starts.
    let src = SMALL
        .replace(
            r#"(name: "Access", advance: 0.0, detect: 1.0),"#,
            r#"(name: "Access", advance: 1.0, detect: 1.0),"#,
        )
        .replace(r#"target: "b-grid", start_turn: 1,"#, r#"target: "b-grid","#);
    let s = scenario(&src);
    let play = |rules| {
        let mut ex = Exercise::with_rules(s.clone(), 2, hotline::sim::Difficulty::Standard, rules);
        let mut escalation = Vec::new();
        for _ in 0..4 {
            end_turn(&mut ex);
            escalation.push(ex.state().escalation);
        }
        (escalation, ex)
    };
    let ((now, ex), (before, _)) = (play(R5), play(R4));
    assert!(ex.unnamed_harm(), "A's loss of service is harm nobody has named");
    // Everyone is told once, when the pressure starts.
    let told: Vec<u32> = ex
        .log()
        .iter()
        .filter(|e| matches!(e.event, hotline::sim::Event::PublicAsks { .. }))
        .map(|e| e.turn)
        .collect();
    assert_eq!(told.len(), 1, "told once: {told:?}");
    let extra: Vec<f64> = now.iter().zip(&before).map(|(n, b)| n - b).collect();
    let harmed = extra.iter().filter(|&&e| e > 0.0).count();
    assert!(harmed >= 3, "the pressure builds once the harm is seen: {extra:?}");
    for (k, e) in extra.iter().enumerate().skip(4 - harmed) {
        let turns = (k + 1 - (4 - harmed)) as f64;
        assert!((e - UNNAMED_PRESSURE * turns).abs() < 1e-9, "turn {}: {e} more, {extra:?}", k + 1);
    }
}
