//! Teaching aids: glossary, the one-line why, the decisions that mattered.

mod common;
use common::*;
use hotline::sim::{ActionKind, Decision, Exercise, Policy, PolicyName, play_out};
use hotline::teach::{GLOSSARY, define, key_decisions, why_line};

#[test]
fn the_glossary_covers_the_terms_the_game_uses() {
    for term in ["IOC", "ISAC", "attribution", "hotline", "mil-to-mil", "norm 1", "norm 2", "norm 3"] {
        assert!(define(term).is_some_and(|d| d.len() > 40), "{term} is not explained");
    }
    let mut terms: Vec<&str> = GLOSSARY.iter().map(|(t, _)| *t).collect();
    terms.sort();
    terms.dedup();
    assert_eq!(terms.len(), GLOSSARY.len(), "no duplicate entries");
}

#[test]
fn each_turn_has_a_why_from_its_own_events() {
    let mut ex = Exercise::new(small(), 1);
    end_turn(&mut ex);
    let why = why_line(&ex).expect("turn 1 has a detection");
    assert!(why.starts_with("Why: ") && why.contains("detects Intrusion on A"), "{why}");
    // Nothing secret leaks: a hidden intrusion's progress never explains a turn.
    let secret: Vec<String> = ex
        .last_turn_log()
        .iter()
        .filter(|e| e.secret())
        .map(|e| hotline::narrate::entry(&ex.scenario, e))
        .collect();
    assert!(secret.iter().all(|t| !why.contains(t.as_str())));
}

#[test]
fn the_decision_that_saved_the_grid_is_named_first() {
    // B isolates its grid on turn 1: the intrusion can never reach impact.
    let mut ex = Exercise::new(small(), 3);
    act(&mut ex, "b", ActionKind::Isolate("b-grid".into()));
    act(&mut ex, "a", ActionKind::Invest(hotline::sim::InvestArea::Education));
    while !ex.state.is_over() {
        ex.submit(Decision::EndTurn).unwrap();
    }
    let keys = key_decisions(&ex, 2);
    assert_eq!(keys.len(), 2);
    assert!(keys[0].text.contains("Isolate"), "{:?}", keys);
    assert!(keys[0].score_delta.abs() >= keys[1].score_delta.abs());
    assert_eq!(keys[0].turn, 1);
}

#[test]
fn key_decisions_of_a_policy_game_are_ranked_and_bounded() {
    let mut ex = Exercise::new(flagship(), 8);
    play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, 8));
    let keys = key_decisions(&ex, 3);
    assert_eq!(keys.len(), 3);
    assert!(keys.windows(2).all(|w| w[0].score_delta.abs() >= w[1].score_delta.abs()));
    assert!(keys.iter().all(|k| k.score_delta.abs() <= 100.0 && k.turn >= 1 && k.turn <= 16));
}

#[test]
fn an_attribution_explains_a_turn_better_than_routine_trust_news() {
    let mut ex = Exercise::new(small(), 2);
    act(&mut ex, "a", ActionKind::Invest(hotline::sim::InvestArea::PolicyConsultations));
    end_turn(&mut ex);
    act(&mut ex, "a", ActionKind::ShareIntel { incident: "on-a".into(), with: "b".into() });
    act(&mut ex, "a", ActionKind::JointInvestigation("on-a".into()));
    act(&mut ex, "b", ActionKind::JointInvestigation("on-a".into()));
    end_turn(&mut ex);
    // Turn 3 begins with the consultations concluding; turn 2's resolution attributed on-a.
    let why = why_line(&ex).unwrap();
    assert!(why.contains("attributed") || why.contains("Escalation"), "{why}");
}
