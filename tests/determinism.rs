//! The same scenario + seed + decisions give the same exercise, byte for byte;
//! a saved decision log replays to the identical state.

mod common;
use common::*;
use hotline::save::SaveFile;
use hotline::sim::{Exercise, Policy, PolicyName, play_out};

fn played(seed: u64, policy: PolicyName) -> Exercise {
    let mut ex = Exercise::new(flagship(), seed);
    play_out(&mut ex, &mut Policy::new(policy, seed));
    ex
}

#[test]
fn same_seed_same_exercise_over_many_seeds() {
    let scenario = flagship();
    for seed in 0..60 {
        for policy in [PolicyName::Random, PolicyName::Cooperative] {
            let mut a = Exercise::new(scenario.clone(), seed);
            let mut b = Exercise::new(scenario.clone(), seed);
            play_out(&mut a, &mut Policy::new(policy, seed));
            play_out(&mut b, &mut Policy::new(policy, seed));
            assert_eq!(a.state_hash(), b.state_hash(), "seed {seed} {policy:?}");
            assert_eq!(a.state(), b.state());
        }
    }
}

#[test]
fn different_seeds_give_different_exercises() {
    let hashes: std::collections::BTreeSet<u64> =
        (0..30).map(|s| played(s, PolicyName::Cooperative).state_hash()).collect();
    assert!(hashes.len() > 25, "only {} distinct outcomes in 30 seeds", hashes.len());
}

#[test]
fn a_decision_log_replays_to_the_same_state() {
    for seed in [1, 7, 99, 12345] {
        let ex = played(seed, PolicyName::Random);
        let again = Exercise::replay(ex.scenario().clone(), seed, ex.decisions()).expect("the log replays");
        assert_eq!(again.state_hash(), ex.state_hash());
        assert_eq!(again.log(), ex.log());
    }
}

#[test]
fn save_round_trips_through_ron_and_restores_exactly() {
    let ex = played(42, PolicyName::Cooperative);
    let save = SaveFile::of(&ex);
    let text = save.to_ron();
    let back = SaveFile::from_str(&text, "mem.ron").expect("the save parses");
    assert_eq!(back, save);
    let restored = back.restore().expect("the save restores");
    assert_eq!(restored.state_hash(), save.state_hash);
    // Saves written before `solo_nation` existed still load.
    let older: String =
        text.lines().filter(|l| !l.trim_start().starts_with("solo_nation:")).collect::<Vec<_>>().join("\n");
    assert_ne!(older, text);
    assert_eq!(SaveFile::from_str(&older, "old.ron").expect("an older save parses").solo_nation, None);

    // Mid-game: resume and finish gives the same end as an uninterrupted run.
    let mut half = Exercise::new(flagship(), 9);
    let mut p = Policy::new(PolicyName::Random, 9);
    for _ in 0..5 {
        p.play_turn(&mut half, &[0, 1]);
        half.submit(hotline::sim::Decision::EndTurn).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("auto.ron");
    SaveFile::of(&half).write(&path).unwrap();
    let mut resumed = SaveFile::load(&path).unwrap().restore().unwrap();
    assert_eq!(resumed.state_hash(), half.state_hash());
    let mut p2 = p.clone();
    play_out(&mut half, &mut p);
    play_out(&mut resumed, &mut p2);
    assert_eq!(resumed.state_hash(), half.state_hash());
}

#[test]
fn broken_or_newer_saves_are_refused_with_a_location() {
    let err = SaveFile::from_str("(format_version: 1, seed: oops)", "bad.ron").unwrap_err();
    let d = &err.0[0];
    assert_eq!((d.file.as_str(), d.line), ("bad.ron", 1));
    assert!(d.col > 1);
    let ex = played(1, PolicyName::Passive);
    let mut save = SaveFile::of(&ex);
    save.format_version = 99;
    let err = SaveFile::from_str(&save.to_ron(), "new.ron").unwrap_err();
    assert!(err.to_string().contains("newer"), "{err}");
}

/// A save written by the format-1 build (before the log became typed events;
/// its partner AI's explanations are notes) still loads, replays and verifies.
#[test]
fn a_format_1_save_still_replays_and_verifies() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/saves/format-1-solo.ron");
    let save = SaveFile::load(path).expect("the format-1 save parses");
    assert_eq!(save.format_version, 1);
    let ex = save.restore().expect("the format-1 save replays");
    assert_eq!(ex.state().turn, save.turn);
    assert!(ex.state().is_over());
    assert_eq!(save.hash_of(&ex), save.state_hash, "replay reaches the recorded state");
    assert_ne!(ex.state_hash(), save.state_hash, "format 1 hashed the English log, not the events");
}

/// A save written by the format-2 build (digest, Hotline version; the log
/// still English lines) verifies its digest and its legacy state hash.
#[test]
fn a_format_2_save_still_replays_and_verifies() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/saves/format-2-solo.ron");
    let save = SaveFile::load(path).expect("the format-2 save parses");
    assert_eq!(save.format_version, 2);
    let ex = save.restore().expect("the format-2 save replays and verifies");
    assert!(ex.state().is_over());
    assert_eq!(save.hash_of(&ex), save.state_hash);
    // Written again, it is a format-3 save (the newest format of the rules it
    // was played by) that verifies by the event hash.
    let again = SaveFile::of(&ex);
    assert_eq!(again.format_version, 3);
    let back = SaveFile::from_str(&again.to_ron(), "again.ron").unwrap();
    assert_eq!(back.restore().expect("the rewritten save verifies").state_hash(), ex.state_hash());
}

/// A save of an older format replays by the rules it was played with and
/// verifies, is written again in its own format, and its decisions under
/// today's rules reach another game, so the rules version is what keeps it
/// true. `newer` names the rules that play differently.
fn an_old_save_replays_by_its_rules(file: &str, format: u32, rules: u32, newer: &str) {
    let path = format!("{}/tests/fixtures/saves/{file}", env!("CARGO_MANIFEST_DIR"));
    let save = SaveFile::load(&path).unwrap_or_else(|e| panic!("the format-{format} save parses: {e}"));
    assert_eq!(save.format_version, format);
    let ex = save.restore().unwrap_or_else(|e| panic!("the format-{format} save replays and verifies: {e}"));
    assert_eq!(ex.state().rules, rules);
    assert_eq!(save.hash_of(&ex), save.state_hash);
    assert_eq!(SaveFile::of(&ex).format_version, format, "written again, it keeps the format of its rules");
    let today = Exercise::replay_with(ex.scenario().clone(), save.seed, save.difficulty, &save.decisions);
    // (A decision refused under today's rules differs as much as another state.)
    let differs = match today {
        Ok(t) => t.state_hash() != save.state_hash,
        Err(_) => true,
    };
    assert!(differs, "{newer} play differently");
}

/// A save written by the format-3 build (before the dilemma rules) replays by
/// the legacy rules.
#[test]
fn a_format_3_save_replays_by_the_rules_it_was_played_with() {
    an_old_save_replays_by_its_rules(
        "format-3-solo.ron",
        3,
        hotline::sim::state::LEGACY_RULES,
        "the dilemma rules",
    );
}

/// A save written by the format-4 build (the dilemma rules' first balance,
/// fixture played at crisis with the partner AI) replays by those rules.
#[test]
fn a_format_4_save_replays_by_the_first_dilemma_rules() {
    an_old_save_replays_by_its_rules(
        "format-4-solo.ron",
        4,
        hotline::sim::state::DILEMMA_RULES,
        "the second balance's rules",
    );
}

/// A save written by the format-5 build (the dilemma rules' second balance,
/// fixture played at crisis with the partner AI) replays by those rules.
#[test]
fn a_format_5_save_replays_by_the_second_dilemma_rules() {
    an_old_save_replays_by_its_rules(
        "format-5-solo.ron",
        5,
        hotline::sim::state::DILEMMA_RULES_2,
        "the third balance's rules",
    );
}

/// A save written by the format-6 build (the dilemma rules' third balance,
/// fixture played at crisis, cooperative with the partner AI, seed 7)
/// replays by those rules.
#[test]
fn a_format_6_save_replays_by_the_third_dilemma_rules() {
    an_old_save_replays_by_its_rules(
        "format-6-solo.ron",
        6,
        hotline::sim::state::DILEMMA_RULES_3,
        "the fourth balance's rules",
    );
}

/// A save written by the format-7 build (the dilemma rules' fourth balance,
/// fixture played at crisis, cooperative with the partner AI, seed 7, the
/// learner holding the US) replays by those rules.
#[test]
fn a_format_7_save_replays_by_the_fourth_dilemma_rules() {
    an_old_save_replays_by_its_rules(
        "format-7-solo.ron",
        7,
        hotline::sim::state::DILEMMA_RULES_4,
        "the fifth balance's rules",
    );
}
