//! Teaching aids: glossary, the one-line why, the decisions that mattered.

mod common;
use common::*;
use hotline::sim::{ActionKind, Decision, Exercise, Policy, PolicyName, Seat, play_out};
use hotline::teach::{GLOSSARY, coach_step, define, key_decisions, why_line};

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
    let why = why_line(&ex, Seat::Team(0)).expect("turn 1 has a detection");
    assert!(why.starts_with("Why: ") && why.contains("detects Intrusion on A"), "{why}");
    // Nothing secret leaks: a hidden intrusion's progress never explains a turn.
    let secret: Vec<String> = ex
        .last_turn_log()
        .iter()
        .filter(|e| e.secret())
        .map(|e| hotline::narrate::entry(hotline::i18n::Lang::En, ex.scenario(), e))
        .collect();
    assert!(secret.iter().all(|t| !why.contains(t.as_str())));
}

#[test]
fn a_seat_learns_why_only_from_what_it_may_see() {
    // Every seat, every turn of cooperative games: the why-line is the
    // narration of an entry of the last turn that the seat may read.
    let mut other_nations_news = 0;
    for seed in 1..=6 {
        let mut ex = Exercise::new(flagship(), seed);
        let mut policy = Policy::new(PolicyName::Cooperative, seed);
        let nations: Vec<usize> = (0..ex.scenario().nations()).collect();
        while !ex.state().is_over() {
            policy.play_turn(&mut ex, &nations);
            ex.submit(Decision::EndTurn).unwrap();
            let seats = [Seat::Team(0), Seat::Team(1), Seat::Solo(0), Seat::Projector, Seat::Facilitator];
            for seat in seats {
                let Some(why) = why_line(&ex, seat) else { continue };
                let from = ex.last_turn_log().iter().find(|e| {
                    why == format!(
                        "Why: {}",
                        hotline::narrate::entry(hotline::i18n::Lang::En, ex.scenario(), e)
                    )
                });
                let e = from.expect("the why-line narrates an entry of the last turn");
                assert!(seat.sees_entry(e, false), "{seat:?} may not see {why}");
                other_nations_news +=
                    usize::from(!Seat::Team(1).sees_entry(e, false) && seat == Seat::Team(0));
            }
        }
    }
    assert!(other_nations_news > 0, "some turns are explained by what only one nation knows");
}

#[test]
fn the_decision_that_saved_the_grid_is_named_first() {
    // B isolates its grid on turn 1: the intrusion can never reach impact.
    let mut ex = Exercise::new(small(), 3);
    act(&mut ex, "b", ActionKind::Isolate("b-grid".into()));
    act(&mut ex, "a", ActionKind::Invest(hotline::sim::InvestArea::Education));
    while !ex.state().is_over() {
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
    let why = why_line(&ex, Seat::Team(0)).unwrap();
    assert!(why.contains("attributed") || why.contains("Escalation"), "{why}");
}

fn tutorial() -> Exercise {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron");
    Exercise::new(std::sync::Arc::new(hotline::scenario::Scenario::load(path).expect("tutorial loads")), 3)
}

#[test]
fn the_coach_follows_the_directives_typed_expects_and_ticks_off() {
    use hotline::scenario::ActionKindName as K;
    let mut ex = tutorial();
    let rok = ex.scenario().nation_ix["rok"];
    let step = coach_step(&ex, rok).expect("turn 1 has a directive");
    assert_eq!(step.steps, vec![(K::Harden, false), (K::Invest, false)]);
    assert_eq!(step.next(), Some(K::Harden));
    let asset = (0..ex.scenario().def.assets.len()).find(|&a| ex.scenario().asset_nation[a] == rok).unwrap();
    let id = ex.scenario().def.assets[asset].id.clone();
    let action = ex.agency_for(rok, &ActionKind::Harden(id)).expect("an agency can harden");
    ex.submit(Decision::Act { action, rationale: String::new() }).unwrap();
    let step = coach_step(&ex, rok).unwrap();
    assert_eq!(step.steps[0], (K::Harden, true));
    assert_eq!(step.next(), Some(K::Invest));
    ex.submit(Decision::EndTurn).unwrap();
    let step = coach_step(&ex, rok).expect("turn 2 has a directive");
    assert_eq!(step.steps, vec![(K::ShareIntel, false), (K::Investigate, false)]);
}

#[test]
fn every_tutorial_directive_names_what_it_expects() {
    let ex = tutorial();
    let directives: Vec<_> = ex
        .scenario()
        .def
        .injects
        .iter()
        .filter(|d| d.kind == hotline::scenario::InjectKind::Directive)
        .collect();
    assert_eq!(directives.len(), 6);
    assert!(directives.iter().all(|d| !d.expects.is_empty()), "one step or more per turn");
}

#[test]
fn expects_is_validated() {
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron")).unwrap();
    let twice = src.replacen("expects: [Harden, Invest]", "expects: [Harden, Harden]", 1);
    let err = hotline::scenario::Scenario::from_str(&twice, "twice.ron").unwrap_err().to_string();
    assert!(err.contains("expects Harden twice") && err.contains("twice.ron:"), "{err}");
    let not_directive =
        src.replacen("kind: Directive,\n            expects", "kind: Situation,\n            expects", 1);
    assert_ne!(not_directive, src);
    let err = hotline::scenario::Scenario::from_str(&not_directive, "situ.ron").unwrap_err().to_string();
    assert!(err.contains("is not a Directive"), "{err}");
    let unknown = src.replacen("expects: [Harden, Invest]", "expects: [Harden, Bake]", 1);
    assert!(hotline::scenario::Scenario::from_str(&unknown, "bake.ron").is_err());
}
