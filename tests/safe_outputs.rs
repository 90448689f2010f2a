//! Issue 14, item 4: outputs cannot hurt their reader. CSV cells that a
//! spreadsheet would run are neutralised; every file goes through
//! `save::write_file`, which refuses links, devices, FIFOs and folders as
//! targets, cleans up after killed writers and replaces only with --force;
//! `new` takes a name, not a path.

mod common;

use hotline::report::csv_field;
use hotline::save::{Overwrite, write_file};
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

#[test]
fn csv_cells_a_spreadsheet_would_run_are_neutralised() {
    assert_eq!(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    assert_eq!(csv_field("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
    assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_field("-2+3"), "'-2+3");
    assert_eq!(csv_field("\tx"), "'\tx");
    assert_eq!(csv_field("\rx"), "\"'\rx\"");
    // Numbers stay numbers.
    for n in ["-5", "+3", "-12.5", "0", "42"] {
        assert_eq!(csv_field(n), n);
    }
}

#[test]
fn the_msel_of_a_hostile_scenario_is_safe_to_open() {
    let src = common::SMALL.replace(
        "injects: [],",
        r#"injects: [(id: "i", title: "=HYPERLINK(\"http://evil\",\"x\")", from: "@cmd", text: "t", trigger: AtTurn(2), expected_action: "+1+cmd|' /C calc'!A0")],"#,
    );
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("hostile.ron");
    std::fs::write(&scenario, src).unwrap();
    let csv = dir.path().join("msel.csv");
    let (code, _, err) = hotline(&["msel", scenario.to_str().unwrap(), "--out", csv.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    for cell in text.lines().nth(1).unwrap().split(',') {
        let cell = cell.trim_start_matches('"');
        assert!(!cell.starts_with(['=', '+', '@']), "live cell {cell:?} in {text}");
    }
}

#[cfg(unix)]
#[test]
fn links_fifos_and_folders_are_never_written_through_or_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, "precious").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let err = write_file(&link, b"x", Overwrite::Yes).unwrap_err();
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "precious");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());

    let fifo = dir.path().join("fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let err = write_file(&fifo, b"x", Overwrite::Yes).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    assert!(write_file(&sub, b"x", Overwrite::Yes).is_err());
    assert!(sub.is_dir());
    // Nothing is left behind by the refusals.
    assert_eq!(temporaries(dir.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_report_folder_with_a_planted_link_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("game.ron");
    let mut ex = hotline::sim::Exercise::new(common::flagship(), 3);
    hotline::sim::play_out(&mut ex, &mut hotline::sim::Policy::new(hotline::sim::PolicyName::Passive, 3));
    hotline::save::SaveFile::of(&ex).write(&save).unwrap();
    let out = dir.path().join("report");
    std::fs::create_dir(&out).unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    std::os::unix::fs::symlink(&victim, out.join("report.html")).unwrap();
    for force in [false, true] {
        let mut args = vec!["report", save.to_str().unwrap(), "--out", out.to_str().unwrap()];
        if force {
            args.push("--force");
        }
        let (code, _, err) = hotline(&args);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    }
}

fn temporaries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    names.sort();
    names
}

#[test]
fn stale_temporaries_of_killed_writers_are_cleaned_up() {
    let dir = tempfile::tempdir().unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for name in [".auto.ron.4242.tmp", ".auto.ron.0123456789abcdef.hotline-tmp", ".other.ron.1.tmp"] {
        let f = std::fs::File::create(dir.path().join(name)).unwrap();
        f.set_modified(old).unwrap();
    }
    // A writer's temporary of a moment ago may still be in use: it stays.
    std::fs::write(dir.path().join(".auto.ron.fedcba9876543210.hotline-tmp"), "").unwrap();
    write_file(&dir.path().join("auto.ron"), b"new", Overwrite::Yes).unwrap();
    assert_eq!(
        temporaries(dir.path()),
        vec![".auto.ron.fedcba9876543210.hotline-tmp".to_string(), ".other.ron.1.tmp".to_string()]
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("auto.ron")).unwrap(), "new");
}

#[test]
fn outputs_are_replaced_only_with_force_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let (csv, save, report) = (dir.path().join("m.csv"), dir.path().join("g.ron"), dir.path().join("r"));
    let (csv, save, report) = (csv.to_str().unwrap(), save.to_str().unwrap(), report.to_str().unwrap());
    let commands: Vec<Vec<&str>> = vec![
        vec!["new", "starter", "--out", d],
        vec!["msel", common::FLAGSHIP, "--out", csv],
        vec!["play", common::FLAGSHIP, "--headless", "--policy", "passive", "--save", save],
        vec!["report", save, "--out", report],
    ];
    for args in &commands {
        let (code, _, err) = hotline(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let (code, _, err) = hotline(args);
        assert_eq!(code, 1, "{args:?} replaced an output without --force");
        assert!(err.contains("exists already: add --force"), "{args:?}: {err}");
        let (code, _, err) = hotline(&[&args[..], &["--force"]].concat());
        assert_eq!(code, 0, "{args:?} --force: {err}");
    }
}

#[test]
fn new_takes_a_name_not_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("a/b");
    std::fs::create_dir_all(&inner).unwrap();
    for name in ["../../x", "/tmp/x", "a/b", ".hidden", ""] {
        let (code, _, err) = hotline(&["new", name, "--out", inner.to_str().unwrap()]);
        assert_eq!(code, 2, "{name:?}: {err}");
        assert!(err.contains("not a scenario name"), "{err}");
    }
    assert!(!dir.path().join("x.ron").exists());
    let (code, _, err) = hotline(&["new", "drill", "--out", inner.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(inner.join("drill.ron").is_file());
}
