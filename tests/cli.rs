//! The command line, as authors and facilitators use it.

use std::process::Command;

const FLAGSHIP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken");

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

#[test]
fn validate_passes_good_files_and_fails_broken_ones_with_locations() {
    let (code, out, _) = hotline(&["validate", FLAGSHIP]);
    assert_eq!(code, 0, "{out}");
    let broken = format!("{BROKEN}/unknown_id.ron");
    let (code, out, _) = hotline(&["validate", &broken]);
    assert_eq!(code, 1);
    assert!(out.contains("unknown_id.ron:17:103: error:"), "{out}");
    let (code, out, _) = hotline(&["validate", "--json", &broken, FLAGSHIP]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["ok"], false);
    assert_eq!(v[0]["diagnostics"][0]["line"], 17);
    assert_eq!(v[1]["ok"], true);
}

#[test]
fn simulate_is_reproducible_and_ranks_policies() {
    let args = ["simulate", FLAGSHIP, "--runs", "200", "--seed", "7", "--json"];
    let (code, a, err) = hotline(&args);
    assert_eq!(code, 0, "{err}");
    let (_, b, _) =
        hotline(&["simulate", FLAGSHIP, "--runs", "200", "--seed", "7", "--json", "--threads", "1"]);
    assert_eq!(a, b, "same seed, same output, whatever the threads");
    let v: serde_json::Value = serde_json::from_str(&a).unwrap();
    let mean = |name: &str| {
        v["policies"].as_array().unwrap().iter().find(|p| p["policy"] == name).unwrap()["mean_score"]
            .as_f64()
            .unwrap()
    };
    assert!(mean("cooperative") > mean("unilateral") && mean("unilateral") > mean("passive"));
    for p in v["policies"].as_array().unwrap() {
        assert!(p["win_rate"].as_f64().unwrap() >= 0.0);
        assert!(p["score"]["p10"].as_f64().unwrap() <= p["score"]["p90"].as_f64().unwrap());
    }
}

#[test]
fn play_saves_and_replay_confirms_the_state() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("game.ron");
    let (code, out, err) = hotline(&[
        "play",
        FLAGSHIP,
        "--headless",
        "--seed",
        "11",
        "--policy",
        "cooperative",
        "--save",
        save.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Outcome:") && out.contains("Objectives met:"), "{out}");
    let (code, out, err) = hotline(&["replay", save.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("replay ok"));

    // A tampered save is caught.
    let text = std::fs::read_to_string(&save).unwrap().replacen("seed: 11", "seed: 12", 1);
    std::fs::write(&save, text).unwrap();
    let (code, _, err) = hotline(&["replay", save.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("MISMATCH") || err.contains("refused"), "{err}");
}

#[test]
fn play_from_a_decision_file() {
    let dir = tempfile::tempdir().unwrap();
    let decisions = dir.path().join("d.ron");
    std::fs::write(
        &decisions,
        r#"[
        Act(action: (nation: "rok", agency: "kisa", kind: Harden("kr-grid-seoul")), rationale: "grid first"),
        Act(action: (nation: "us", agency: "nsc", kind: Hotline)),
        EndTurn,
    ]"#,
    )
    .unwrap();
    let (code, out, err) =
        hotline(&["play", FLAGSHIP, "--headless", "--decisions", decisions.to_str().unwrap(), "--log"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("KISA hardens Seoul metro substations"), "{out}");
    assert!(out.contains("rationale: grid first"));

    std::fs::write(&decisions, "[ Act(action: (nation: \"us\", agency: \"nobody\", kind: Hotline)) ]")
        .unwrap();
    let (code, _, err) =
        hotline(&["play", FLAGSHIP, "--headless", "--decisions", decisions.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("decision 1 refused: unknown agency `nobody`"), "{err}");
}

#[test]
fn new_writes_a_starter_that_validates_and_msel_exports_every_inject() {
    let dir = tempfile::tempdir().unwrap();
    let x = dir.path().join("x.ron");
    let (code, _, err) = hotline(&["new", "x", "--out", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = hotline(&["validate", x.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok (0 warning(s))"), "{out}");
    let (code, _, err) = hotline(&["new", "x", "--out", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "never overwrites without --force");
    assert!(err.contains("exists already: add --force"), "{err}");

    let csv = dir.path().join("msel.csv");
    let (code, _, err) = hotline(&["msel", FLAGSHIP, "--out", csv.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a CSV file starts with a byte-order mark");
    assert!(text.starts_with("turn,time,inject,kind,from,to,trigger,expected_action,objective,questions"));
    for id in ["opening-brief", "grid-impact", "final-hours"] {
        assert!(text.contains(&format!("({id})")), "{id} missing from the MSEL");
    }
}

fn saved_hash(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().find(|l| l.trim_start().starts_with("state_hash:")).unwrap().trim().to_string()
}

#[test]
fn a_killed_game_resumes_from_its_autosave_to_the_same_end() {
    let dir = tempfile::tempdir().unwrap();
    let (auto, resumed, straight) =
        (dir.path().join("auto.ron"), dir.path().join("resumed.ron"), dir.path().join("straight.ron"));
    let common = ["--headless", "--seed", "5", "--policy", "cooperative", "--partner", "ai"];

    let mut child = Command::new(env!("CARGO_BIN_EXE_hotline"))
        .args(["play", FLAGSHIP, "--autosave", auto.to_str().unwrap(), "--pace-ms", "150"])
        .args(common)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait for a few turns to be autosaved, then kill it mid-run.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let turn = std::fs::read_to_string(&auto).ok().and_then(|t| {
            t.lines().find(|l| l.trim_start().starts_with("turn:")).and_then(|l| {
                l.trim().trim_start_matches("turn:").trim_end_matches(',').trim().parse::<u32>().ok()
            })
        });
        if turn.is_some_and(|t| t >= 4) || std::time::Instant::now() > deadline {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the game was killed before it finished");
    // The autosave is whole (never half-written) and replays.
    let (code, out, err) = hotline(&["replay", auto.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");

    let (code, _, err) = hotline(
        &[&["play", "--resume", auto.to_str().unwrap(), "--save", resumed.to_str().unwrap()][..], &common]
            .concat(),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) =
        hotline(&[&["play", FLAGSHIP, "--save", straight.to_str().unwrap()][..], &common].concat());
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        saved_hash(&resumed),
        saved_hash(&straight),
        "resumed and uninterrupted games end identically"
    );
}

/// `simulate --vary` plays every row once per value of a scenario field (by
/// its path), with `--without` rows too, on every shipped scenario; the rows
/// appear in the balance report; a wrong field or value is refused by name.
#[test]
fn simulate_varies_a_field_on_every_shipped_scenario() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        // (NAME.ko.ron is a translation overlay, not a scenario.)
        .filter(|p| !p.file_stem().is_some_and(|s| s.to_string_lossy().contains('.')))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    for f in &files {
        let f = f.to_str().unwrap();
        let (code, out, err) = hotline(&[
            "simulate",
            f,
            "--runs",
            "3",
            "--policy",
            "cooperative",
            "--without",
            "hotline",
            "--vary",
            "rules.start_trust=20,80",
            "--json",
        ]);
        assert_eq!(code, 0, "{f}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let labels: Vec<&str> =
            v["policies"].as_array().unwrap().iter().map(|p| p["policy"].as_str().unwrap()).collect();
        assert_eq!(
            labels,
            [
                "cooperative [rules.start_trust=20]",
                "cooperative [rules.start_trust=80]",
                "cooperative −hotline [rules.start_trust=20]",
                "cooperative −hotline [rules.start_trust=80]"
            ],
            "{f}"
        );
        assert_eq!(v["vary"]["field"], "rules.start_trust");
    }
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("balance");
    let (code, out, err) = hotline(&[
        "simulate",
        FLAGSHIP,
        "--runs",
        "2",
        "--policy",
        "passive",
        "--vary",
        "third_states.varland.cooperation=0,100",
        "--report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let summary = std::fs::read_to_string(report.join("summary.csv")).unwrap();
    assert!(summary.contains("passive [third_states.varland.cooperation=100]"), "{summary}");
    let (code, _, err) = hotline(&["simulate", FLAGSHIP, "--runs", "2", "--vary", "rules.trust=20"]);
    assert_eq!(code, 2);
    assert!(err.contains("no field `rules.trust`"), "{err}");
    let (code, _, err) = hotline(&["simulate", FLAGSHIP, "--runs", "2", "--vary", "rules.start_trust=high"]);
    assert_eq!(code, 2);
    assert!(err.contains("`rules.start_trust` cannot be high"), "{err}");
}
