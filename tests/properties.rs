//! Property tests: random decision sequences never panic and keep every value in range.

mod common;
use common::*;
use hotline::sim::{AdjudicationTarget, Decision, Exercise};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any sequence of picks among the offered actions, choices, turn ends and
    /// wild adjudications keeps the state valid; refused decisions change nothing.
    #[test]
    fn random_decisions_never_panic_and_stay_in_range(seed in 0u64..1000, picks in proptest::collection::vec((0usize..4, 0usize..64, -50.0f64..150.0), 1..120)) {
        let scenario = flagship();
        let mut ex = Exercise::new(scenario.clone(), seed);
        for (what, k, v) in picks {
            if ex.state().is_over() { break; }
            let d = match what {
                0 => {
                    let nation = k % 2;
                    let opts = ex.options(nation);
                    if opts.is_empty() { Decision::EndTurn } else { Decision::Act { action: opts[k % opts.len()].clone(), rationale: "because".into(), motive: None } }
                }
                1 => Decision::EndTurn,
                2 => {
                    let inj = &scenario.def.injects[k % scenario.def.injects.len()];
                    Decision::Choose { inject: inj.id.clone(), choice: k % 3 }
                }
                _ => {
                    let target = match k % 4 {
                        0 => AdjudicationTarget::Escalation,
                        1 => AdjudicationTarget::Trust,
                        2 => AdjudicationTarget::Service(scenario.def.assets[k % scenario.def.assets.len()].id.clone()),
                        _ => AdjudicationTarget::Stage(scenario.def.incidents[k % scenario.def.incidents.len()].id.clone()),
                    };
                    Decision::Adjudicate { target, value: v.round(), reason: "prop".into() }
                }
            };
            let before = ex.state().clone();
            if ex.submit(d).is_err() {
                prop_assert_eq!(ex.state(), &before, "a refused decision changed the state");
            }
            check_ranges(&ex);
        }
        // The log replays.
        let again = Exercise::replay(scenario, seed, ex.decisions()).expect("replays");
        prop_assert_eq!(again.state_hash(), ex.state_hash());
    }

    /// Arbitrary text never panics the scenario or save loaders.
    #[test]
    fn arbitrary_text_never_panics_the_loaders(text in ".{0,400}") {
        let _ = hotline::scenario::Scenario::from_str(&text, "fuzz.ron");
        let _ = hotline::save::SaveFile::from_str(&text, "fuzz.ron");
    }

    /// Cutting the flagship anywhere gives an error with a position inside the text, never a panic.
    #[test]
    fn truncated_scenarios_report_a_position(cut in 0usize..20000) {
        let src = std::fs::read_to_string(FLAGSHIP).unwrap();
        let mut cut = cut.min(src.len() - 1);
        while !src.is_char_boundary(cut) { cut -= 1; }
        let err = hotline::scenario::Scenario::from_str(&src[..cut], "cut.ron").unwrap_err();
        let lines = src[..cut].lines().count().max(1);
        prop_assert!(err.0[0].line >= 1 && err.0[0].line <= lines + 1);
    }
}
