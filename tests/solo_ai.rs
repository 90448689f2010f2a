//! Solo play: the adversary adapts, the partner answers by trust, difficulty
//! levels change the game.

mod common;
use common::*;
use hotline::batch::{PolicySummary, Setup, run_many_setup};
use hotline::sim::event::Explanation;
use hotline::sim::{
    AdjudicationTarget, AdversaryMode, Decision, Difficulty, Event, Exercise, Odds, PolicyName, partner_turn,
};

fn set_trust(ex: &mut Exercise, v: f64) {
    ex.submit(Decision::Adjudicate { target: AdjudicationTarget::Trust, value: v, reason: "test".into() })
        .unwrap();
}

#[test]
fn the_adversary_shifts_to_hidden_targets_after_detection() {
    for (difficulty, adapts) in
        [(Difficulty::Standard, true), (Difficulty::Crisis, true), (Difficulty::Exercise, false)]
    {
        let mut ex = Exercise::with_difficulty(small(), 4, difficulty);
        let b = incident(&ex, "on-b");
        let before = ex.advance_chance(b);
        end_turn(&mut ex); // A detects on-a (monitoring 100, detect 1.0)
        assert!(ex.state().incidents[incident(&ex, "on-a")].status.is_known());
        if ex.state().incidents[b].status.is_known() {
            continue; // B found its own too: nothing left hidden to pivot to
        }
        let after = ex.advance_chance(b);
        if adapts {
            // Before: pressing the weaker ally; after: all effort on what is still hidden.
            // (A certainty cannot rise: a crisis may already advance it every turn.)
            assert!(
                after > before * 1.1 || after >= 1.0,
                "{difficulty:?}: hidden intrusion {before} -> {after}"
            );
            // The next resolution runs in the new mode and records it for the debrief.
            end_turn(&mut ex);
            assert_eq!(ex.state().actors[0].mode, AdversaryMode::Pivot);
            assert!(
                ex.log().iter().any(|e| e.secret()
                    && matches!(e.event, Event::AdversaryShifts { mode: AdversaryMode::Pivot, .. })),
                "the pivot is in the debrief log"
            );
        } else {
            assert_eq!(after, before, "a scripted adversary does not adapt");
        }
    }
}

#[test]
fn a_detected_intrusion_slows_while_the_actor_pivots() {
    let ex = Exercise::new(small(), 4);
    // Detect on-b itself by a mil-to-mil hunt while the actor is otherwise unseen.
    let b = incident(&ex, "on-b");
    let hidden = ex.advance_chance(b);
    // A direct probe of the rule, on a copy of the state: the exercise itself only changes by decisions.
    let mut burned = ex.state().clone();
    burned.incidents[b].status = hotline::sim::Status::Detected;
    burned.incidents[b].known_by[1] = true;
    let odds = Odds { state: &burned, ..ex.odds() };
    assert!(odds.advance_chance(b) < hidden * 0.7, "a burned intrusion slows");
}

#[test]
fn the_adversary_goes_quiet_when_attributed_and_presses_the_weaker_ally_otherwise() {
    let mut ex = Exercise::new(small(), 2);
    let b = incident(&ex, "on-b");
    // B's assets are less defended than A's: the unattributed actor presses B.
    assert_eq!(ex.weaker_ally(), 1);
    let pressed = ex.advance_chance(b);
    let script = Exercise::with_difficulty(small(), 2, Difficulty::Exercise);
    let baseline = script.advance_chance(b) / 0.75; // remove the exercise level's slower pace
    assert!(pressed > baseline * 1.15, "pressed {pressed} vs script {baseline}");
    // Attribute the actor (investigate on-a to 60): every intrusion slows.
    end_turn(&mut ex);
    act(&mut ex, "a", hotline::sim::ActionKind::ShareIntel { incident: "on-a".into(), with: "b".into() });
    act(&mut ex, "a", hotline::sim::ActionKind::JointInvestigation("on-a".into()));
    act(&mut ex, "b", hotline::sim::ActionKind::JointInvestigation("on-a".into()));
    end_turn(&mut ex);
    assert!(ex.state().incidents[incident(&ex, "on-a")].attributed_turn.is_some());
    // Attributed in private, the actor cannot know it (the dilemma rules' second balance).
    assert_ne!(ex.state().actors[0].mode, AdversaryMode::Quiet);
    act(&mut ex, "a", hotline::sim::ActionKind::AttributePublicly { incident: "on-a".into(), joint: false });
    end_turn(&mut ex);
    let named = ex.state().incidents[incident(&ex, "on-a")].publicly_attributed;
    if named && ex.state().incidents[b].status == hotline::sim::Status::Hidden {
        assert_eq!(ex.state().actors[0].mode, AdversaryMode::Quiet);
        assert!(ex.advance_chance(b) < pressed, "quiet once named in public");
    }
}

/// A (the program) has detected on-a; the player is B.
fn partner_with_trust(trust: f64) -> Exercise {
    let mut ex = Exercise::new(small(), 1);
    end_turn(&mut ex);
    set_trust(&mut ex, trust);
    partner_turn(&mut ex, 0);
    ex
}

#[test]
fn the_partner_shares_when_trust_is_high_and_explains_when_it_declines() {
    let high = partner_with_trust(80.0);
    assert!(high.state().incidents[incident(&high, "on-a")].shared_by[0], "high trust: A shares");
    let low = partner_with_trust(20.0);
    assert!(!low.state().incidents[incident(&low, "on-a")].shared_by[0], "low trust: A keeps it");
    let line = low
        .log()
        .iter()
        .find(|e| matches!(e.event, Event::Explained(Explanation::DeclinesShare { .. })))
        .expect("the refusal is explained");
    let text = hotline::narrate::entry(hotline::i18n::Lang::En, low.scenario(), line);
    assert!(text.contains("declines to share") && text.contains("trust 20"), "{text}");
    // The explanation is a recorded decision: the game replays with it.
    let again = Exercise::replay(low.scenario().clone(), 1, low.decisions()).unwrap();
    assert_eq!(again.state_hash(), low.state_hash());
}

#[test]
fn the_partner_joins_joint_investigations_by_trust() {
    for (trust, joins) in [(80.0, true), (20.0, false)] {
        let mut ex = Exercise::new(small(), 1);
        end_turn(&mut ex);
        // B (the player) learns of on-a through A's hotline pooling, then commits.
        act(&mut ex, "a", hotline::sim::ActionKind::Hotline);
        set_trust(&mut ex, trust);
        act(&mut ex, "b", hotline::sim::ActionKind::JointInvestigation("on-a".into()));
        partner_turn(&mut ex, 0);
        let i = incident(&ex, "on-a");
        assert_eq!(ex.state().incidents[i].joint[0], joins, "trust {trust}");
        if !joins {
            assert!(
                ex.log()
                    .iter()
                    .any(|e| matches!(e.event, Event::Explained(Explanation::DeclinesJoin { .. })))
            );
        }
    }
}

fn mean(setup: Setup) -> f64 {
    let s = flagship();
    PolicySummary::labelled("x", &run_many_setup(&s, &setup, 300, 1, 2, &|_| {})).mean_score
}

#[test]
fn the_same_player_scores_higher_at_lower_difficulty() {
    let at = |difficulty| {
        mean(Setup { partner: Some(PolicyName::Ai), difficulty, ..Setup::all(PolicyName::Cooperative) })
    };
    let (easy, standard, crisis) =
        (at(Difficulty::Exercise), at(Difficulty::Standard), at(Difficulty::Crisis));
    assert!(easy > standard && standard > crisis, "exercise {easy}, standard {standard}, crisis {crisis}");
    assert!(easy > crisis + 2.0);
}

#[test]
fn an_ai_partner_beats_a_random_partner() {
    let with = |partner| mean(Setup { partner: Some(partner), ..Setup::all(PolicyName::Cooperative) });
    let (ai, random) = (with(PolicyName::Ai), with(PolicyName::Random));
    assert!(ai > random + 4.0, "ai partner {ai} vs random partner {random}");
}

/// The partner's explanations are decisions: the reports' decision table
/// words them like the log does.
#[test]
fn the_partners_explanations_read_as_sentences_in_the_decision_table() {
    let low = partner_with_trust(20.0);
    let explained: Vec<String> = low
        .decisions()
        .iter()
        .filter(|d| matches!(d, Decision::Explain { .. }))
        .map(|d| hotline::narrate::decision(hotline::i18n::Lang::En, low.scenario(), d).1)
        .collect();
    assert!(!explained.is_empty(), "the partner explains itself");
    assert!(
        explained.iter().all(|t| t.contains("declines to share") && !t.contains("DeclinesShare")),
        "{explained:?}"
    );
}
