//! Cascades follow dependencies; triggers fire exactly when they should; the
//! exercise ends when it should; policies rank as the design teaches.

mod common;
use common::*;
use hotline::batch::{PolicySummary, run_many};
use hotline::sim::{ActionKind, AdjudicationTarget, Decision, Exercise, PolicyName};

#[test]
fn cascades_follow_dependencies_with_slack() {
    let mut ex = Exercise::new(small(), 1);
    let (g, w, h, a) =
        (asset(&ex, "b-grid"), asset(&ex, "b-water"), asset(&ex, "b-hosp"), asset(&ex, "a-net"));
    ex.submit(Decision::Adjudicate {
        target: AdjudicationTarget::Service("b-grid".into()),
        value: 10.0,
        reason: "t".into(),
    })
    .unwrap();
    let sv = |ex: &Exercise, i: usize| ex.state().assets[i].service;
    assert_eq!(sv(&ex, g), 10.0);
    assert_eq!(sv(&ex, w), 30.0, "water = grid + slack 20");
    assert_eq!(sv(&ex, h), 50.0, "hospital = water + slack 20");
    assert_eq!(sv(&ex, a), 100.0, "an asset outside the chain is untouched");
    // Restoring the grid lifts everything downstream.
    ex.submit(Decision::Adjudicate {
        target: AdjudicationTarget::Service("b-grid".into()),
        value: 90.0,
        reason: "t".into(),
    })
    .unwrap();
    assert_eq!((sv(&ex, w), sv(&ex, h)), (100.0, 100.0));
    assert_eq!(ex.state().assets[h].min_service, 50.0, "the low point is remembered");
}

fn with_injects(injects: &str) -> std::sync::Arc<hotline::scenario::Scenario> {
    scenario(&SMALL.replace("injects: [],", &format!("injects: [{injects}],")))
}

fn fired_turn(ex: &Exercise, id: &str) -> Option<u32> {
    ex.state().injects[ex.scenario().inject_ix[id]].fired_turn
}

#[test]
fn timed_and_chance_triggers_fire_on_their_turn() {
    let s = with_injects(
        r#"
        (id: "t3", title: "T3", text: "x", trigger: AtTurn(3)),
        (id: "sure", title: "Sure", text: "x", trigger: Chance(p: 1.0, from_turn: 2, to_turn: 4)),
    "#,
    );
    let mut ex = Exercise::new(s, 1);
    assert_eq!(fired_turn(&ex, "t3"), None);
    end_turn(&mut ex);
    assert_eq!(fired_turn(&ex, "sure"), Some(2));
    assert_eq!(fired_turn(&ex, "t3"), None);
    end_turn(&mut ex);
    assert_eq!(fired_turn(&ex, "t3"), Some(3));
    end_turn(&mut ex);
    assert_eq!(ex.state().injects[ex.scenario().inject_ix["sure"]].times_fired, 1, "once by default");
}

#[test]
fn state_triggers_fire_when_their_condition_first_holds() {
    let s = with_injects(
        r#"
        (id: "stage", title: "S", text: "x", trigger: StageReached(incident: "on-b", stage: "Lateral")),
        (id: "esc", title: "E", text: "x", trigger: EscalationAtLeast(3)),
        (id: "svc", title: "V", text: "x", trigger: ServiceBelow(asset: "b-water", level: 60)),
        (id: "det", title: "D", text: "x", trigger: Detected("on-a")),
        (id: "act", title: "A", text: "x", trigger: ActionTaken(action: Harden, nation: "b")),
    "#,
    );
    let mut ex = Exercise::new(s, 1);
    for id in ["stage", "esc", "svc", "det", "act"] {
        assert_eq!(fired_turn(&ex, id), None, "{id} fired too early");
    }
    act(&mut ex, "a", ActionKind::Invest(hotline::sim::InvestArea::Education));
    act(&mut ex, "a", ActionKind::Harden("a-net".into()));
    assert_eq!(fired_turn(&ex, "act"), None, "harden by the wrong nation");
    act(&mut ex, "b", ActionKind::Harden("b-grid".into()));
    assert_eq!(fired_turn(&ex, "act"), Some(1), "action triggers fire at once");
    ex.submit(Decision::Adjudicate {
        target: AdjudicationTarget::Escalation,
        value: 45.0,
        reason: "t".into(),
    })
    .unwrap();
    ex.submit(Decision::Adjudicate {
        target: AdjudicationTarget::Stage("on-b".into()),
        value: 1.0,
        reason: "t".into(),
    })
    .unwrap();
    ex.submit(Decision::Adjudicate {
        target: AdjudicationTarget::Service("b-grid".into()),
        value: 30.0,
        reason: "t".into(),
    })
    .unwrap();
    assert_eq!(fired_turn(&ex, "esc"), None, "state triggers are checked at turn boundaries");
    end_turn(&mut ex);
    for id in ["stage", "esc", "svc", "det"] {
        assert_eq!(fired_turn(&ex, id), Some(2), "{id}");
    }
}

#[test]
fn held_injects_wait_and_facilitators_can_fire_early() {
    let s = with_injects(
        r#"
        (id: "t2", title: "T2", text: "x", trigger: AtTurn(2)),
        (id: "t5", title: "T5", text: "x", trigger: AtTurn(5), choices: [(label: "one", effects: [Trust(-10)]), (label: "two", effects: [Trust(10)])]),
    "#,
    );
    let mut ex = Exercise::new(s, 1);
    ex.submit(Decision::HoldInject { inject: "t2".into(), hold: true }).unwrap();
    ex.submit(Decision::FireInject("t5".into())).unwrap();
    assert_eq!(fired_turn(&ex, "t5"), Some(1));
    let trust = ex.state().alliance_trust();
    ex.submit(Decision::Choose { inject: "t5".into(), choice: 1 }).unwrap();
    assert_eq!(ex.state().alliance_trust(), trust + 10.0);
    assert!(ex.submit(Decision::Choose { inject: "t5".into(), choice: 0 }).is_err(), "a choice is made once");
    end_turn(&mut ex);
    assert_eq!(fired_turn(&ex, "t2"), None, "held");
    ex.submit(Decision::SkipInject("t2".into())).unwrap();
    ex.submit(Decision::HoldInject { inject: "t2".into(), hold: false }).unwrap();
    end_turn(&mut ex);
    assert_eq!(fired_turn(&ex, "t2"), None, "skipped injects never fire");
    assert!(ex.log().iter().any(|e| matches!(e.event, hotline::sim::Event::FacilitatorSkips { .. })));
}

#[test]
fn unanswered_choices_take_the_default_at_end_of_turn() {
    let s = with_injects(
        r#"(id: "c", title: "C", text: "x", trigger: AtTurn(1), choices: [(label: "default", effects: [Escalation(10)]), (label: "other", effects: [])])"#,
    );
    let mut ex = Exercise::new(s, 1);
    assert!(ex.state().injects[0].awaiting_choice);
    end_turn(&mut ex);
    assert_eq!(ex.state().injects[0].choice, Some(0));
}

#[test]
fn exercise_ends_after_the_last_turn_and_refuses_more_decisions() {
    let mut ex = Exercise::new(small(), 1);
    for _ in 0..10 {
        end_turn(&mut ex);
    }
    assert!(ex.state().is_over());
    assert_eq!(ex.state().turn, 10);
    assert_eq!(ex.history().len(), 11, "start + one record per turn");
    assert!(ex.submit(Decision::EndTurn).is_err());
}

#[test]
fn defeat_conditions_end_the_exercise() {
    let s = scenario(&SMALL.replace("injects: [],", "injects: [], defeat: [EscalationReached(4)],"));
    let mut ex = Exercise::new(s, 1);
    ex.submit(Decision::Adjudicate {
        target: AdjudicationTarget::Escalation,
        value: 90.0,
        reason: "t".into(),
    })
    .unwrap();
    end_turn(&mut ex);
    assert_eq!(ex.state().outcome, Some(hotline::sim::Outcome::Defeat));
}

#[test]
fn cooperative_beats_unilateral_beats_passive_on_the_flagship() {
    let s = flagship();
    let mean = |p| PolicySummary::of(p, &run_many(&s, p, 300, 1, 2, &|_| {})).mean_score;
    let (coop, uni, passive) =
        (mean(PolicyName::Cooperative), mean(PolicyName::Unilateral), mean(PolicyName::Passive));
    assert!(coop > uni + 15.0, "cooperative {coop} vs unilateral {uni}");
    assert!(uni > passive + 5.0, "unilateral {uni} vs passive {passive}");
}

/// `simulate` keeps only each run's measures (issue 14: memory must not grow
/// with --runs); its summary is the one of the whole results.
#[test]
fn a_tally_summarises_as_the_whole_results_do() {
    let s = flagship();
    let setup = hotline::batch::Setup::all(PolicyName::Random);
    let whole =
        PolicySummary::labelled("random", &hotline::batch::run_many_setup(&s, &setup, 60, 3, 2, &|_| {}));
    assert_eq!(hotline::batch::run_many_tally(&s, &setup, 60, 3, 1).summary("random"), whole);
    assert_eq!(hotline::batch::run_many_tally(&s, &setup, 60, 3, 2).summary("random"), whole);
}

#[test]
fn batch_results_do_not_depend_on_thread_count() {
    let s = flagship();
    let one = run_many(&s, PolicyName::Random, 40, 5, 1, &|_| {});
    let two = run_many(&s, PolicyName::Random, 40, 5, 2, &|_| {});
    assert_eq!(one, two);
}
