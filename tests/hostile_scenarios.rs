//! Issue 14, item 1 and 5: hostile scenario files are refused with a located
//! diagnostic instead of overflowing, hanging or panicking. Each test is one
//! repro from the issue (they panicked, ran for hours or pointed at the wrong
//! place before the limits of `scenario::limits`).

mod common;

use hotline::scenario::limits::*;
use hotline::scenario::{Diagnostics, Scenario, Severity};
use std::process::{Command, Stdio};

/// The small test scenario with one extra inject (its text is `inject`).
fn with_inject(inject: &str) -> String {
    common::SMALL.replace("injects: [],", &format!("injects: [{inject}],"))
}

fn errors(src: &str) -> Diagnostics {
    let err = Scenario::from_str(src, "hostile.ron").expect_err("the file must be refused");
    assert!(err.has_errors());
    for d in &err.0 {
        assert!(d.line >= 1 && d.col >= 1 && d.file == "hostile.ron", "{d}");
        assert!(!d.hint.is_empty(), "{d}");
    }
    err
}

fn has(err: &Diagnostics, words: &str) -> (usize, usize) {
    let d =
        err.0.iter().find(|d| d.message.contains(words)).unwrap_or_else(|| panic!("no `{words}` in:\n{err}"));
    assert_eq!(d.severity, Severity::Error);
    (d.line, d.col)
}

#[test]
fn huge_effect_values_are_errors_at_their_place_not_overflows() {
    for effect in [
        "Trust(1073741824)",
        "Escalation(-2147483648)",
        "Alarm(2147483647)",
        "Service(asset: \"b-grid\", delta: -2147483648)",
        "Hardening(asset: \"b-grid\", delta: 101)",
        "ActorCapability(actor: \"x\", delta: -101)",
        "Capacity(nation: \"a\", delta: 11)",
    ] {
        let src = with_inject(&format!(
            "(id: \"i\", title: \"T\", text: \"t\", trigger: AtTurn(2),\n choices: [(label: \"c\", effects: [{effect}])])"
        ));
        let err = errors(&src);
        let (line, _) = has(&err, "outside");
        assert!(line > 30, "{effect}: located in the inject, not at the top: {err}");
    }
}

#[test]
fn choice_effects_whose_sum_overflowed_are_refused() {
    let many = ["Trust(2000000000)"; 4].join(", ");
    let src = with_inject(&format!(
        "(id: \"i\", title: \"T\", text: \"t\", trigger: AtTurn(2), choices: [(label: \"c\", effects: [{many}])])"
    ));
    has(&errors(&src), "outside -100..=100");
}

#[test]
fn in_range_effects_of_every_size_play_without_overflow() {
    let max = ["Trust(100)", "Escalation(-100)", "Service(asset: \"b-grid\", delta: -100)"].join(", ");
    let effects = std::iter::repeat_n(max.as_str(), 5).collect::<Vec<_>>().join(", ");
    let src = with_inject(&format!(
        "(id: \"i\", title: \"T\", text: \"t\", trigger: Chance(p: 1.0, from_turn: 1, to_turn: 10), once: false,\n effects: [{effects}], choices: [(label: \"c\", effects: [{effects}])])"
    ));
    let s = common::scenario(&src);
    for d in hotline::scenario::lint::lint(&s) {
        assert_eq!(d.severity, Severity::Warning);
    }
    for policy in hotline::sim::PolicyName::ALL {
        let r = hotline::batch::run_one(&s, 7, policy);
        assert!((0.0..=100.0).contains(&r.score.total), "{policy:?}: {}", r.score.total);
    }
}

#[test]
fn stage_numbers_the_reference_bounds_are_enforced() {
    let src = common::SMALL
        .replace("effects: (service_loss: 60, alarm: 20)", "effects: (service_loss: 255, alarm: 20)");
    let err = errors(&src);
    assert_eq!(has(&err, "service_loss of stage \"Impact\""), (27, 53));
    let src =
        common::SMALL.replace("population: 100, monitoring: 100", "population: 4000000000, monitoring: 100");
    has(&errors(&src), "population of `a-net`");
}

/// 300 third states × 300 actors made `validate` run for hours (90,000
/// request-assistance pairs per options() call); now it is a size error.
#[test]
fn too_many_elements_are_refused_by_the_size_limits() {
    let thirds: Vec<String> =
        (0..300).map(|i| format!("(id: \"t{i}\", name: \"T\", cooperation: 50)")).collect();
    let actors: Vec<String> = (0..300)
        .map(|i| {
            format!("(id: \"x{i}\", name: \"X\", kind: Criminal, capability: 50, stealth: 50, objective: Extort, origin: \"t{i}\")")
        })
        .collect();
    let src = common::SMALL
        .replace(
            r#"third_states: [(id: "t", name: "Thirdland", cooperation: 90), (id: "u", name: "Otherland", cooperation: 90)]"#,
            &format!("third_states: [(id: \"t\", name: \"T\", cooperation: 9), {}]", thirds.join(",\n")),
        )
        .replace("objective: Disrupt, origin: \"t\")]", &format!("objective: Disrupt, origin: \"t\"), {}]", actors.join(",\n")));
    let err = errors(&src);
    has(&err, &format!("301 third states defined; a scenario may have at most {MAX_THIRD_STATES}"));
    has(&err, &format!("301 actors defined; a scenario may have at most {MAX_ACTORS}"));
}

/// 400 nations or 11,000 assets cost `validate` minutes (options() and the
/// lints scale with them); the size limits refuse them at their list.
#[test]
fn too_many_nations_or_assets_are_refused_by_the_size_limits() {
    let nations: Vec<String> = (0..MAX_NATIONS)
        .map(|i| format!("(id: \"n{i}\", name: \"N\", short: \"N\", agencies: [(id: \"g\", name: \"G\", capacity: 1, skills: {{}})])"))
        .collect();
    let assets: Vec<String> = (0..MAX_ASSETS)
        .map(|i| format!("(id: \"s{i}\", name: \"S\", nation: \"a\", sector: Energy, population: 1)"))
        .collect();
    let src = common::SMALL.replace("    assets: [\n", &format!("    assets: [\n{},\n", assets.join(",\n")));
    let src =
        src.replacen("        ]),\n    ],\n", &format!("        ]),\n{},\n    ],\n", nations.join(",\n")), 1);
    let err = errors(&src);
    has(&err, &format!("{} nations defined; a scenario may have at most {MAX_NATIONS}", MAX_NATIONS + 2));
    has(&err, &format!("{} assets defined; a scenario may have at most {MAX_ASSETS}", MAX_ASSETS + 4));
}

#[test]
fn long_texts_and_repeating_injects_are_bounded() {
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let src = with_inject(&format!("(id: \"i\", title: \"T\", text: \"{long}\", trigger: AtTurn(2))"));
    has(&errors(&src), "text of `i` is 4001 characters long");
    let repeating: Vec<String> = (0..=MAX_REPEATING_INJECTS)
        .map(|k| format!("(id: \"r{k}\", title: \"T\", text: \"t\", trigger: AtTurn(2), once: false)"))
        .collect();
    has(&errors(&with_inject(&repeating.join(",\n"))), "injects repeat");
}

/// 15,000 duplicate ids took 15 s to report (each one scanned the file); the
/// report is now capped and every problem located through an index.
#[test]
fn thousands_of_duplicates_are_reported_capped_and_the_duplicate_is_marked() {
    let dups: Vec<String> = (0..15_000)
        .map(|_| "(id: \"d\", title: \"T\", text: \"t\", trigger: AtTurn(2))".to_string())
        .collect();
    let src = with_inject(&dups.join(",\n"));
    assert!(src.len() < MAX_FILE_BYTES);
    let err = errors(&src);
    assert!(err.0.len() <= MAX_DIAGNOSTICS + 1, "{}", err.0.len());
    has(&err, "more problem(s) not shown");
    // The first duplicate reported is the second `d`, on the line after the first.
    let first = err.0.iter().find(|d| d.message.contains("duplicate id `d`")).unwrap();
    let first_d = src.lines().position(|l| l.contains("(id: \"d\"")).unwrap() + 1;
    assert_eq!(first.line, first_d + 1, "{first}");
}

#[test]
fn a_duplicate_agency_is_marked_where_it_is_repeated() {
    let src = common::SMALL.replacen(
        "(id: \"gov\", name: \"Gov A\", capacity: 6,",
        "(id: \"gov\", name: \"Gov A\", capacity: 1, skills: {}),\n            (id: \"gov\", name: \"Gov A\", capacity: 6,",
        1,
    );
    let err = errors(&src);
    assert_eq!(has(&err, "duplicate agency id `gov`"), (6, 14));
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let src = format!("{}//{}", common::SMALL, "x".repeat(MAX_FILE_BYTES));
    has(&errors(&src), "bytes long");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    std::fs::write(&path, &src).unwrap();
    let err = Scenario::load(&path).unwrap_err();
    assert!(err.to_string().contains("longer than"), "{err}");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let src = format!("\u{feff}{}", common::SMALL);
    Scenario::from_str(&src, "bom.ron").unwrap_or_else(|d| panic!("{d}"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    std::fs::write(&path, &src).unwrap();
    Scenario::load(&path).unwrap_or_else(|d| panic!("{d}"));
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let mut bytes = common::SMALL.as_bytes().to_vec();
    let at = common::SMALL.find("Alpha").unwrap();
    bytes[at + 2] = 0xff;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.ron");
    std::fs::write(&path, &bytes).unwrap();
    let err = Scenario::load(&path).unwrap_err();
    let d = &err.0[0];
    assert_eq!((d.line, d.col), (4, 28), "{d}");
    assert!(d.message.contains("not UTF-8") && d.message.contains("0xff"), "{d}");
}

#[test]
fn a_fraction_where_a_whole_number_belongs_is_named_as_such() {
    let src = common::SMALL.replace("turns: 10,", "turns: 12.5,");
    let err = errors(&src);
    let d = &err.0[0];
    assert_eq!(d.message, "expected a whole number for `turns`, found 12.5");
    assert_eq!((d.line, d.col), (2, 58));
}

fn hotline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hotline"))
}

#[test]
fn runs_are_bounded_on_the_command_line() {
    let flagship = common::FLAGSHIP;
    for args in [
        vec!["simulate", flagship, "--runs", "100000000000"],
        vec!["simulate", flagship, "--runs", "18446744073709551615", "--report", "/nonexistent/x"],
        vec!["simulate", flagship, "--runs", "0"],
        vec!["validate", flagship, "--runs", "10001"],
    ] {
        let out = hotline().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--runs"), "{args:?}: {err}");
    }
}

#[test]
fn a_closed_stdout_ends_quietly_with_a_nonzero_code() {
    // The reading end is closed before the program starts, as `| head -1` does by the time it writes.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = hotline()
        .args(["validate", "--runs", "0", common::FLAGSHIP, common::FLAGSHIP])
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(141));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
