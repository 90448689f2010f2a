//! Fuzz target: bytes → scenario loader + validator + static lints + a short
//! seeded playthrough. A rejection must name a place inside the text; an
//! accepted scenario must play with every value in range.
#![no_main]

use hotline::scenario::Scenario;
use hotline::sim::{Decision, Exercise, Policy, PolicyName, Score};
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Scenario::from_str(text, "fuzz.ron") {
        Err(err) => {
            let lines = text.lines().count().max(1);
            for d in &err.0 {
                assert!(d.line >= 1 && d.line <= lines + 1 && d.col >= 1, "{d} outside the text");
                assert!(!d.hint.is_empty(), "{d}");
            }
        }
        Ok(s) => {
            let s = Arc::new(s);
            let _ = hotline::scenario::lint::lint(&s);
            let seed = hotline::hash::fnv1a(data);
            let mut ex = Exercise::new(s.clone(), seed);
            let all: Vec<usize> = (0..s.nations()).collect();
            for _ in 0..4 {
                if ex.state().is_over() {
                    break;
                }
                Policy::new(PolicyName::Random, seed ^ ex.state().turn as u64).play_turn(&mut ex, &all);
                ex.submit(Decision::EndTurn).expect("ending a turn of a running exercise");
                in_range(&ex);
            }
        }
    }
});

fn in_range(ex: &Exercise) {
    let st = ex.state();
    let pct = 0.0..=100.0;
    assert!(pct.contains(&st.escalation) && pct.contains(&st.alarm));
    assert!(st.trust.iter().all(|t| pct.contains(t)));
    assert!(
        st.assets
            .iter()
            .all(|a| pct.contains(&a.own) && pct.contains(&a.service) && pct.contains(&a.hardening))
    );
    assert!(st.actors.iter().all(|a| pct.contains(&a.capability)));
    assert!(pct.contains(&Score::of(ex).total));
}
