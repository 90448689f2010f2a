//! Fuzz target: bytes → a Korean overlay (`NAME.ko.ron`) of the flagship →
//! its lint, and every text of the scenario in Korean. Nothing may panic; a
//! problem must name a place inside the overlay or the scenario.
#![no_main]

use hotline::i18n::Lang;
use hotline::scenario::Scenario;
use hotline::scenario::translation::lint;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const FLAGSHIP: &str = include_str!("../../scenarios/us-rok-hotline.ron");

fn flagship() -> &'static Scenario {
    static S: OnceLock<Scenario> = OnceLock::new();
    S.get_or_init(|| Scenario::from_str(FLAGSHIP, "us-rok-hotline.ron").expect("the flagship loads"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut s = flagship().clone();
    s.attach_translation(Lang::Ko, Lang::Ko, text, "fuzz.ko.ron");
    let lines = |file: &str| if file == "fuzz.ko.ron" { text.lines().count() } else { FLAGSHIP.lines().count() };
    for d in lint(Lang::En, &s) {
        assert!(d.line >= 1 && d.line <= lines(&d.file).max(1) + 1 && d.col >= 1, "{d} outside the text");
        assert!(!d.hint.is_empty(), "{d}");
    }
    for t in s.texts() {
        let _ = s.text(Lang::Ko, t);
    }
});
