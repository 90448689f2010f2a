//! What the planner would have done at a solo learner's key decisions
//! (src/hindsight.rs): a poor learner hears of a better play, a planner-played
//! seat hardly does, the lines are the same every time and worded in English
//! and Korean, and a game without a learner says nothing.

mod common;
use common::*;
use hotline::hindsight::{Budget, THRESHOLD, hindsight};
use hotline::i18n::Lang;
use hotline::report::debrief::{debrief_doc, debrief_doc_with};
use hotline::report::doc;
use hotline::scenario::ActionKindName;
use hotline::sim::policy::{Families, play_out_seats};
use hotline::sim::{Decision, Exercise, Policy, PolicyName};

/// A smaller look-back than the debrief's, so the tests stay quick in debug.
const BUDGET: Budget = Budget { rollouts: 12, turns: 2 };

/// The flagship with `player` in the first seat (the learner) and the partner AI in the others.
fn solo(player: Policy, seed: u64) -> Exercise {
    let mut ex = Exercise::new(flagship(), seed);
    play_out_seats(&mut ex, &mut { player }, &mut Policy::new(PolicyName::Ai, seed.rotate_left(17)));
    ex
}

#[test]
fn a_learner_who_never_shares_hears_of_a_better_play_the_same_every_time() {
    // Cooperative in everything but sharing: never tells the ally what it sees.
    let learner =
        Policy::new(PolicyName::Cooperative, 3).without(Families::NONE.with(ActionKindName::ShareIntel));
    let ex = solo(learner, 3);
    let lines = hindsight(&ex, 0, &BUDGET);
    assert!(!lines.is_empty(), "a learner who never shares got no planner line");
    for h in &lines {
        assert!(h.gain() >= THRESHOLD, "turn {}: {:+.2} is below the threshold", h.turn, h.gain());
        assert!(!h.would.is_empty() || !h.instead_of.is_empty(), "turn {}: no difference named", h.turn);
        assert_eq!(h.rollouts, BUDGET.rollouts);
    }
    // Somewhere the planner's turn names a move the learner did not make, and the
    // learner's own moves are its nation's (the partner's are not the learner's).
    assert!(lines.iter().any(|h| !h.would.is_empty()), "{lines:#?}");
    let us = &ex.scenario().def.nations[0].id;
    for d in lines.iter().flat_map(|h| h.would.iter().chain(&h.instead_of)) {
        if let Decision::Act { action, .. } = d {
            assert_eq!(&action.nation, us, "{d:?}");
        }
    }
    assert_eq!(hindsight(&ex, 0, &BUDGET), lines, "the same game gave other lines");

    let en = doc::text(&debrief_doc_with(Lang::En, &ex, Some(&lines)));
    let ko = doc::text(&debrief_doc_with(Lang::Ko, &ex, Some(&lines)));
    let h = &lines[0];
    let delta = format!("{:+.1}", h.gain());
    assert!(en.contains("What the planner would have done"), "{en}");
    assert!(
        en.contains(&format!(
            "Turn {}: the planner would have played differently: {delta} expected score over {} rollouts",
            h.turn, h.rollouts
        )),
        "{en}"
    );
    assert!(ko.contains("플래너였다면"), "{ko}");
    assert!(
        ko.contains(&format!(
            "{}턴에 플래너였다면 다르게 대응했을 것입니다: {}회 모의 실행 기준 기대 점수 {delta}",
            h.turn, h.rollouts
        )),
        "{ko}"
    );
    assert!(!ko.contains("would have"), "{ko}");
}

#[test]
fn a_seat_the_planner_played_hears_little_and_no_learner_hears_nothing() {
    let poor = solo(Policy::new(PolicyName::Unilateral, 5), 5);
    let expert = solo(Policy::new(PolicyName::Planner, 5), 5);
    let worst = |ex: &Exercise| hindsight(ex, 0, &BUDGET).iter().map(|h| h.gain()).fold(0.0, f64::max);
    let (poor, expert) = (worst(&poor), worst(&expert));
    assert!(poor >= THRESHOLD, "the unilateral learner: best gain {poor:.2}");
    assert!(expert < poor, "the planner's own seat: {expert:.2} against the unilateral learner's {poor:.2}");

    // No learner: the debrief has no planner section; a learner with no line is told so.
    let ex = solo(Policy::new(PolicyName::Planner, 5), 5);
    let plain = doc::text(&debrief_doc(Lang::En, &ex));
    assert!(!plain.contains("planner"), "{plain}");
    let none = doc::text(&debrief_doc_with(Lang::En, &ex, Some(&[])));
    assert!(none.contains("the planner found no play better than yours"), "{none}");
    let none = doc::text(&debrief_doc_with(Lang::Ko, &ex, Some(&[])));
    assert!(none.contains("플래너가 여러분보다"), "{none}");
}

/// The command line: a solo game (`--partner`) prints the planner's section in
/// its debrief and records the learner in its save, and `hotline report` of
/// that save writes the section into the after-action report; a game every
/// nation of which one policy played says nothing of the planner.
#[test]
fn play_and_report_of_a_solo_game_carry_the_planner_section() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("solo.ron");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_hotline")).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let solo = ["play", FLAGSHIP, "--headless", "--seed", "3", "--policy", "unilateral", "--partner", "ai"];
    let out = run(&[&solo[..], &["--save", save.to_str().unwrap()]].concat());
    assert!(out.contains("What the planner would have done"), "{out}");
    assert!(out.contains("expected score over 64 rollouts"), "{out}");
    assert!(std::fs::read_to_string(&save).unwrap().contains("solo_nation: Some(\"us\")"));
    let ko = run(&[&["--lang", "ko"][..], &solo[..]].concat());
    assert!(ko.contains("64회 모의 실행 기준 기대 점수"), "{ko}");
    let table = run(&["play", FLAGSHIP, "--headless", "--seed", "3", "--policy", "unilateral"]);
    assert!(!table.contains("planner"), "{table}");

    let report = dir.path().join("report");
    run(&["report", save.to_str().unwrap(), "--out", report.to_str().unwrap(), "--lang", "both"]);
    let md = std::fs::read_to_string(report.join("report.md")).unwrap();
    assert!(md.contains("What the planner would have done") && md.contains("플래너였다면"), "{md}");
}
