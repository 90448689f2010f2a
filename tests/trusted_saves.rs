//! Issue 14, item 3: a save cannot lie. Each tampering the issue found
//! believed (22 of 44 tampered saves gave a report or a resumed game without a
//! word) is refused by `restore`, `report`, `replay` and `play --resume`;
//! `--trust-save` reads one anyway and says so on the report's first page;
//! `--resume` continues a decision list and refuses a conflicting seed,
//! difficulty or scenario.

mod common;

use hotline::save::SaveFile;
use hotline::sim::{Decision, Exercise, Policy, PolicyName, play_out};
use std::path::Path;
use std::process::Command;

/// The program in English whatever the machine's locale or saved language (what these tests read).
fn hotline(args: &[&str]) -> (i32, String, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_hotline")).args(["--lang", "en"]).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn finished(seed: u64) -> Exercise {
    let mut ex = Exercise::new(common::flagship(), seed);
    play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, seed));
    ex
}

/// Every way the issue tampered with a save, as an edit of a good one.
fn tamperings(good: &SaveFile) -> Vec<(&'static str, SaveFile)> {
    let mut out = Vec::new();
    let mut s = good.clone();
    s.decisions.remove(3);
    out.push(("a dropped decision", s));
    let mut s = good.clone();
    let k = s.decisions.iter().position(|d| matches!(d, Decision::Act { .. })).unwrap();
    s.decisions.swap(k, k + 1);
    out.push(("swapped decisions", s));
    let mut s = good.clone();
    s.state_hash ^= 1;
    out.push(("a changed hash", s));
    let mut s = good.clone();
    s.scenario_source = s.scenario_source.replacen("win_score: 70.0", "win_score: 5.0", 1);
    assert_ne!(s.scenario_source, good.scenario_source);
    out.push(("an edited win_score", s));
    let mut s = good.clone();
    s.scenario_source = s.scenario_source.replacen("$1,000M", "$10M", 1);
    assert_ne!(s.scenario_source, good.scenario_source);
    out.push(("an edited objective text", s));
    let mut s = good.clone();
    s.seed += 1;
    out.push(("a changed seed", s));
    out
}

/// The save as a file written by hand: the digest is the one it had.
fn write_as_edited(save: &SaveFile, digest: &str, path: &Path) {
    let text = save.to_ron();
    let fresh = save.compute_digest();
    std::fs::write(path, text.replacen(&fresh, digest, 1)).unwrap();
}

#[test]
fn every_tampered_save_is_refused_by_restore_report_replay_and_resume() {
    let good = SaveFile::of(&finished(11));
    good.restore().expect("the untouched save verifies");
    let dir = tempfile::tempdir().unwrap();
    for (what, bad) in tamperings(&good) {
        let path = dir.path().join("bad.ron");
        write_as_edited(&bad, &good.digest, &path);
        let loaded = SaveFile::load(&path).unwrap();
        let err = loaded.restore().expect_err(what);
        assert!(err.to_string().contains("edited or damaged"), "{what}: {err}");
        assert!(err.0[0].file.ends_with("bad.ron"), "{what}: {err}");
        let p = path.to_str().unwrap();
        let out = dir.path().join("report");
        let (code, _, e) = hotline(&["report", p, "--out", out.to_str().unwrap()]);
        assert_eq!(code, 1, "{what}: report refuses: {e}");
        assert!(!out.join("report.html").exists(), "{what}: no report written");
        let (code, _, e) = hotline(&["replay", p]);
        assert_eq!(code, 1, "{what}: replay refuses: {e}");
        let (code, _, e) = hotline(&["play", "--headless", "--resume", p, "--policy", "passive"]);
        assert_eq!(code, 1, "{what}: resume refuses: {e}");
    }
}

/// Whoever edits a save can recompute its digest; the decisions must still
/// reach the recorded state, so edits of the play itself are caught anyway.
#[test]
fn a_recomputed_digest_does_not_hide_edited_play() {
    let good = SaveFile::of(&finished(12));
    for (what, bad) in tamperings(&good) {
        let resealed = SaveFile::from_str(&bad.to_ron(), "resealed.ron").unwrap();
        let result = resealed.restore();
        match what {
            // Text only: the rules never read it (a checksum cannot stop a forger; see SaveFile::digest).
            "an edited objective text" | "an edited win_score" => {}
            _ => {
                let err = result.expect_err(what);
                assert!(err.to_string().contains("resealed.ron:"), "{what}: {err}");
            }
        }
    }
}

#[test]
fn trust_save_writes_the_report_marked_unverified_on_its_first_page() {
    let good = SaveFile::of(&finished(13));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edited.ron");
    let (_, bad) = tamperings(&good).into_iter().find(|(w, _)| *w == "an edited objective text").unwrap();
    write_as_edited(&bad, &good.digest, &path);
    let out = dir.path().join("r");
    let (code, _, err) =
        hotline(&["report", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--trust-save"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("UNVERIFIED"), "{err}");
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.starts_with("> **UNVERIFIED:"), "{}", &md[..200.min(md.len())]);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    let main = html.find("<main>").unwrap();
    assert!(html[main..].starts_with("<main>\n<p class=\"alarm\"><strong>UNVERIFIED:"), "{html}");
}

#[test]
fn errors_in_the_embedded_scenario_point_at_the_save_file() {
    let mut save = SaveFile::of(&finished(14));
    save.scenario_source = save.scenario_source.replacen("turns: ", "turns: 900, x: ", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken-inside.ron");
    std::fs::write(&path, save.to_ron()).unwrap();
    let err = SaveFile::load(&path).unwrap().restore().unwrap_err();
    let d = &err.0[0];
    assert!(d.file.ends_with("broken-inside.ron"), "{d}");
    let line =
        save.to_ron().lines().position(|l| l.trim_start().starts_with("scenario_source:")).unwrap() + 1;
    assert_eq!(d.line, line, "{d}");
    assert!(d.message.contains("in the scenario embedded in this save"), "{d}");
}

/// `play --resume A --decisions D` after a kill continued by re-submitting D
/// from the start and failed; it now continues where the save stopped.
#[test]
fn resume_with_the_decision_list_continues_where_the_save_stopped() {
    let full = finished(15);
    let decisions = ron::ser::to_string(full.decisions()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("d.ron");
    std::fs::write(&list, &decisions).unwrap();
    // The game as an autosave would have left it, a third of the way through.
    let cut =
        full.decisions().iter().enumerate().filter(|(_, d)| **d == Decision::EndTurn).nth(3).unwrap().0 + 1;
    let part = Exercise::replay(full.scenario().clone(), 15, &full.decisions()[..cut]).unwrap();
    let auto = dir.path().join("auto.ron");
    SaveFile::of(&part).write(&auto).unwrap();

    let (resumed, straight) = (dir.path().join("resumed.ron"), dir.path().join("straight.ron"));
    let (l, a) = (list.to_str().unwrap(), auto.to_str().unwrap());
    let (code, _, err) = hotline(&[
        "play",
        "--headless",
        "--resume",
        a,
        "--decisions",
        l,
        "--save",
        resumed.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = hotline(&[
        "play",
        common::FLAGSHIP,
        "--headless",
        "--seed",
        "15",
        "--decisions",
        l,
        "--save",
        straight.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (r, s) = (SaveFile::load(&resumed).unwrap(), SaveFile::load(&straight).unwrap());
    assert_eq!((r.state_hash, r.decisions.len()), (s.state_hash, s.decisions.len()));

    // A list that is not the one the save began is refused, not replayed over it.
    std::fs::write(&list, "[EndTurn, EndTurn]").unwrap();
    let (code, _, err) = hotline(&["play", "--headless", "--resume", a, "--decisions", l]);
    assert_eq!(code, 1);
    assert!(err.contains("does not continue the save"), "{err}");
}

#[test]
fn resume_refuses_a_seed_difficulty_or_scenario_other_than_the_saves() {
    let dir = tempfile::tempdir().unwrap();
    let auto = dir.path().join("auto.ron");
    let mut ex = Exercise::new(common::flagship(), 16);
    ex.submit(Decision::EndTurn).unwrap();
    SaveFile::of(&ex).write(&auto).unwrap();
    let a = auto.to_str().unwrap();
    let base = ["play", "--headless", "--policy", "passive", "--resume", a];
    let tutorial = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron");
    for (extra, words) in [
        (vec!["--seed", "17"], "--seed 17"),
        (vec!["--difficulty", "crisis"], "--difficulty crisis"),
        (vec![tutorial], "tutorial.ron"),
    ] {
        let (code, _, err) = hotline(&[&base[..], &extra].concat());
        assert_eq!(code, 2, "{extra:?}: {err}");
        assert!(err.contains(words) && err.contains("conflicts"), "{extra:?}: {err}");
    }
    // The save's own values are no conflict.
    let (code, _, err) =
        hotline(&[&base[..], &["--seed", "16", "--difficulty", "standard", common::FLAGSHIP]].concat());
    assert_eq!(code, 0, "{err}");
}
