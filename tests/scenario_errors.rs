//! Every class of scenario error is caught, with the right file, line and column
//! and a hint; the shipped scenarios are valid.

mod common;

use hotline::scenario::{Scenario, Severity};

const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken");

/// (fixture, line, column, words the message must contain)
const CASES: &[(&str, usize, usize, &str)] = &[
    ("syntax_missing_comma.ron", 3, 33, "Expected comma"),
    ("unknown_field.ron", 15, 86, "monitorring"),
    ("missing_field.ron", 19, 107, "stealth"),
    ("unknown_id.ron", 17, 103, "unknown asset `b-watr`"),
    ("duplicate_id.ron", 17, 10, "duplicate id `b-grid`"),
    ("dependency_cycle.ron", 15, 102, "dependency cycle"),
    ("out_of_range.ron", 27, 31, "outside 0..=1"),
    ("inject_never_fires.ron", 32, 52, "can never fire: turn 40"),
    ("inject_never_fires.ron", 33, 60, "no stage \"Exfiltration\""),
    ("objective_references_nothing.ron", 33, 91, "unknown asset `b-power`"),
    ("unknown_technique.ron", 26, 71, "T0999"),
    ("unknown_nation.ron", 14, 42, "unknown nation `c`"),
];

#[test]
fn each_broken_fixture_reports_its_error_at_the_right_place() {
    for &(file, line, col, words) in CASES {
        let path = format!("{BROKEN}/{file}");
        let err = Scenario::load(&path).err().unwrap_or_else(|| panic!("{file} should not validate"));
        let found = err
            .0
            .iter()
            .find(|d| d.message.contains(words))
            .unwrap_or_else(|| panic!("{file}: no error mentions {words:?}:\n{err}"));
        assert_eq!((found.line, found.col), (line, col), "{file}: {found}");
        assert_eq!(found.severity, Severity::Error);
        assert!(found.file.ends_with(file));
        assert!(!found.hint.is_empty(), "{file}: every error has a hint");
    }
}

#[test]
fn every_fixture_in_the_folder_is_covered_and_broken() {
    for entry in std::fs::read_dir(BROKEN).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(CASES.iter().any(|c| c.0 == name), "{name} has no expected error in CASES");
    }
}

#[test]
fn all_problems_are_reported_not_just_the_first() {
    let err = Scenario::load(format!("{BROKEN}/inject_never_fires.ron")).unwrap_err();
    assert_eq!(err.errors().count(), 2, "{err}");
}

#[test]
fn shipped_scenarios_validate_without_errors() {
    let paths = common::repository_scenarios();
    for path in &paths {
        let s = Scenario::load(path).unwrap_or_else(|d| panic!("{d}"));
        assert!(s.warnings.is_empty(), "{}: {:?}", path.display(), s.warnings);
    }
    assert!(paths.len() >= 2);
}

#[test]
fn unreadable_files_are_errors_not_panics() {
    let err = Scenario::load("/nonexistent/x.ron").unwrap_err();
    assert!(err.to_string().contains("/nonexistent/x.ron:1:1"));
    let err = Scenario::from_str("", "empty.ron").unwrap_err();
    assert_eq!(err.0[0].line, 1);
}

/// Issue 14: RON stops at the first syntax error. Each other top-level section
/// that does not parse on its own gives its first error too, at its place.
#[test]
fn a_syntax_error_in_each_section_is_reported() {
    let src = common::SMALL
        .replace(r#"short: "A", agencies"#, r#"short: "A" agencies"#)
        .replace(r#"population: 100, monitoring: 20)"#, r#"population: 100 monitoring: 20)"#)
        .replace(r#"(name: "Lateral", advance"#, r#"(name: "Lateral" advance"#);
    let line_of = |words: &str| src.lines().position(|l| l.contains(words)).unwrap() + 1;
    let err = Scenario::from_str(&src, "many.ron").unwrap_err();
    let at: Vec<(usize, usize)> = err.0.iter().map(|d| (d.line, d.col)).collect();
    let lines: Vec<usize> = at.iter().map(|a| a.0).collect();
    assert_eq!(
        lines,
        [line_of(r#""A" agencies"#), line_of("100 monitoring"), line_of(r#""Lateral" advance"#)],
        "{err}"
    );
    for d in &err.0 {
        assert!(d.message.contains("comma") && d.file == "many.ron", "{d}");
        let text = src.lines().nth(d.line - 1).unwrap();
        // Each error points just after the value that lacks its comma.
        assert!(text.chars().take(d.col - 1).collect::<String>().trim_end().ends_with(['"', '0']), "{d}");
    }
    // A section that is fine stays quiet, and an unbalanced file still gets its first error.
    let err =
        Scenario::from_str(&common::SMALL.replace("injects: [],", "injects: [(,"), "open.ron").unwrap_err();
    assert_eq!(err.0.len(), 1, "{err}");
}
