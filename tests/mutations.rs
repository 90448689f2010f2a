//! Issue 14, item 2: the shipped scenarios mutated at the token level (a
//! token dropped, doubled, swapped, or a number replaced by an extreme) never
//! panic the loader; every rejection names file:line:col inside the text; and
//! every accepted mutant plays a few seeded turns with every value in range.
//! 10,000 cases by default (`PROPTEST_CASES` overrides).

mod common;

use hotline::scenario::Scenario;
use hotline::sim::{Decision, Exercise, Policy, PolicyName};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

/// One RON token; whitespace and comments are tokens too, so joining gives the text back.
fn tokens(src: &str) -> Vec<&str> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        i += 1;
        if c.is_ascii_whitespace() {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
        } else if c == b'/' && b.get(i) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'"' {
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
        } else if c.is_ascii_digit() || (c == b'-' && b.get(i).is_some_and(u8::is_ascii_digit)) {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_') {
                i += 1;
            }
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
        } else {
            // One character, whole (text outside strings is ASCII in the shipped files).
            while i < b.len() && !src.is_char_boundary(i) {
                i += 1;
            }
        }
        out.push(&src[start..i]);
    }
    out
}

const EXTREMES: &[&str] = &[
    "0",
    "-1",
    "1",
    "100",
    "101",
    "255",
    "256",
    "65536",
    "2147483647",
    "-2147483648",
    "4294967296",
    "18446744073709551615",
    "-9223372036854775808",
    "12.5",
    "-0.5",
    "1e308",
    "NaN",
    "inf",
];

#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Double(usize),
    Swap(usize, usize),
    Number(usize, usize),
    Punct(usize, usize),
}

fn mutate(toks: &mut Vec<&'static str>, m: &Mutation) {
    let solid: Vec<usize> = (0..toks.len()).filter(|&i| !toks[i].trim().is_empty()).collect();
    let at = |k: usize| solid[k % solid.len()];
    match *m {
        Mutation::Drop(k) => {
            toks.remove(at(k));
        }
        Mutation::Double(k) => {
            let i = at(k);
            toks.insert(i, toks[i]);
        }
        Mutation::Swap(j, k) => {
            let (a, b) = (at(j), at(k));
            toks.swap(a, b);
        }
        Mutation::Number(k, x) => {
            let numbers: Vec<usize> = solid
                .iter()
                .copied()
                .filter(|&i| toks[i].starts_with(|c: char| c.is_ascii_digit() || c == '-'))
                .collect();
            if !numbers.is_empty() {
                toks[numbers[k % numbers.len()]] = EXTREMES[x % EXTREMES.len()];
            }
        }
        Mutation::Punct(k, x) => toks.insert(at(k), ["(", ")", "[", "]", ",", ":", "\"", "{", "}"][x % 9]),
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        any::<usize>().prop_map(Mutation::Double),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Number(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Punct(a, b)),
    ]
}

/// The shipped scenarios, read once, with their tokens.
fn corpus() -> &'static [(String, Vec<&'static str>)] {
    static CORPUS: OnceLock<Vec<(String, Vec<&'static str>)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        common::repository_scenarios()
            .iter()
            .filter(|p| !p.to_string_lossy().contains("bench"))
            .map(|p| {
                let text: &'static str = Box::leak(std::fs::read_to_string(p).unwrap().into_boxed_str());
                (p.file_name().unwrap().to_string_lossy().into_owned(), tokens(text))
            })
            .collect()
    })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
}

#[test]
fn tokens_give_the_text_back() {
    for (name, toks) in corpus() {
        let path = common::repository_scenarios().into_iter().find(|p| p.ends_with(name)).unwrap();
        assert_eq!(toks.concat(), std::fs::read_to_string(path).unwrap(), "{name}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_scenarios_are_refused_with_a_place_or_play_in_range(
        file in any::<usize>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
        seed in 0u64..1000,
    ) {
        let (name, toks) = &corpus()[file % corpus().len()];
        let mut toks = toks.clone();
        for m in &mutations {
            mutate(&mut toks, m);
        }
        let text = toks.concat();
        match Scenario::from_str(&text, name) {
            Err(err) => {
                prop_assert!(err.has_errors());
                let lines = text.lines().count().max(1);
                for d in &err.0 {
                    prop_assert!(d.file == *name, "{}", d);
                    prop_assert!(d.line >= 1 && d.line <= lines + 1 && d.col >= 1, "{} outside the text", d);
                    prop_assert!(!d.message.is_empty() && !d.hint.is_empty(), "{}", d);
                }
            }
            Ok(s) => {
                let s = Arc::new(s);
                let _ = hotline::scenario::lint::lint(&s);
                let mut ex = Exercise::new(s.clone(), seed);
                let all: Vec<usize> = (0..s.nations()).collect();
                for _ in 0..3 {
                    if ex.state().is_over() {
                        break;
                    }
                    Policy::new(PolicyName::Random, seed ^ ex.state().turn as u64).play_turn(&mut ex, &all);
                    ex.submit(Decision::EndTurn).unwrap();
                    common::check_ranges(&ex);
                }
            }
        }
    }
}
