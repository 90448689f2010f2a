//! The shipped scenarios' Korean overlays: the flagship, the tutorial and the
//! trilateral exercise are complete and none is stale, every other scenario
//! has at least its title and summary, `validate`'s translation lint finds nothing, and a Korean log of
//! the flagship carries none of the scenario's English prose.

use hotline::i18n::Lang;
use hotline::scenario::translation::{self, overlay_lang, overlay_path, scenario_of_overlay};
use hotline::scenario::{Scenario, Text};
use hotline::sim::{Exercise, Policy, PolicyName, play_out};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn load(name: &str) -> Scenario {
    Scenario::load(shipped().join(name)).unwrap_or_else(|d| panic!("{d}"))
}

#[test]
fn the_flagship_the_tutorial_and_the_trilateral_are_complete_in_korean_and_not_stale() {
    for name in ["us-rok-hotline.ron", "tutorial.ron", "us-rok-japan.ron"] {
        let s = load(name);
        let ko = s.translation(Lang::Ko).unwrap_or_else(|| panic!("{name}: no Korean overlay"));
        assert!(ko.diagnostics.is_empty(), "{name}: {:#?}", ko.diagnostics);
        let missing: Vec<String> = ko.missing(&s).iter().map(|t| format!("{t:?}")).collect();
        assert!(missing.is_empty(), "{name}: no Korean for {missing:?}");
        assert_eq!(ko.stale(&s), [], "{name}: stale Korean");
        // Translated, not copied: most texts read differently from their English.
        let same = ko.texts.iter().filter(|(_, t)| t.text == t.en).count();
        assert!(same * 20 < ko.texts.len(), "{name}: {same} of {} texts are the English", ko.texts.len());
    }
}

#[test]
fn every_shipped_scenario_has_a_clean_korean_title_and_summary() {
    let files = hotline::scenario::files::ron_files(&shipped());
    assert!(files.len() >= 6, "{files:?}");
    for path in files {
        let s = Scenario::load(&path).unwrap_or_else(|d| panic!("{d}"));
        assert!(
            s.translation(Lang::Ko).is_some(),
            "{}: no {}",
            path.display(),
            overlay_path(&path, Lang::Ko).display()
        );
        for t in [Text::Title, Text::Summary] {
            assert_ne!(s.text(Lang::Ko, t), s.text(Lang::En, t), "{}: {t:?}", path.display());
        }
        let found = translation::lint(Lang::En, &s);
        let text: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert!(found.is_empty(), "{}:\n{}", path.display(), text.join("\n"));
    }
    // And every overlay belongs to a scenario beside it.
    for entry in std::fs::read_dir(shipped()).unwrap() {
        let p = entry.unwrap().path();
        if overlay_lang(&p).is_some() {
            assert!(
                scenario_of_overlay(&p).is_some_and(|s| s.is_file()),
                "{} translates nothing",
                p.display()
            );
        }
    }
}

#[test]
fn a_korean_log_of_the_flagship_has_no_english_scenario_prose() {
    let s = Arc::new(load("us-rok-hotline.ron"));
    // The English of every text whose Korean differs (CISA and KISA stay CISA and KISA).
    let english: Vec<&str> = s
        .texts()
        .into_iter()
        .filter(|&t| s.text(Lang::Ko, t) != s.text(Lang::En, t))
        .map(|t| s.text(Lang::En, t))
        .filter(|e| e.len() > 3)
        .collect();
    for seed in 1..=4 {
        let mut ex = Exercise::new(s.clone(), seed);
        play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, seed));
        for (_, line) in hotline::narrate::log(Lang::Ko, &s, ex.log()) {
            if let Some(e) = english.iter().find(|e| line.contains(**e)) {
                panic!("seed {seed}: \"{e}\" in the Korean line: {line}");
            }
        }
    }
}

#[test]
fn validate_speaks_korean_at_the_same_places() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut korean = 0;
    for path in files.iter().filter(|p| p.extension().is_some_and(|x| x == "ron")) {
        let src = std::fs::read_to_string(path).unwrap();
        let (Err(en), Err(ko)) =
            (Scenario::from_str_in(Lang::En, &src, "x.ron"), Scenario::from_str_in(Lang::Ko, &src, "x.ron"))
        else {
            panic!("{} loads", path.display());
        };
        let at = |d: &hotline::scenario::Diagnostics| {
            d.0.iter().map(|d| (d.line, d.col, d.severity)).collect::<Vec<_>>()
        };
        assert_eq!(at(&en), at(&ko), "{}", path.display());
        for (e, k) in en.0.iter().zip(&ko.0) {
            // Every hint is ours, so every hint is Korean.
            assert!(k.hint.chars().any(|c| ('가'..='힣').contains(&c)), "{}: {k}", path.display());
            // RON's own syntax messages stay as RON writes them; every check of ours is in Korean.
            if e.message != k.message {
                assert!(k.message.chars().any(|c| ('가'..='힣').contains(&c)), "{}: {k}", path.display());
                korean += 1;
            }
        }
    }
    assert!(korean >= 8, "only {korean} Korean diagnostics");
}
