//! Each inject's choices, measured as `validate`'s choice lint measures them:
//! every built-in policy's mean final score with each choice forced, over the
//! same seeded runs (`cargo run --release --example choice_table -- FILE [RUNS]`).
//! A row whose first column is the largest for every policy is what the lint
//! reports as no dilemma.

use hotline::scenario::{Scenario, lint};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: choice_table SCENARIO.ron [RUNS]");
        std::process::exit(2);
    };
    let runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(lint::CHOICE_RUNS);
    let s = match Scenario::load(&path) {
        Ok(s) => s,
        Err(d) => {
            eprintln!("{d}");
            std::process::exit(1);
        }
    };
    let started = std::time::Instant::now();
    for (k, inj) in s.def.injects.iter().enumerate() {
        let Some(scores) = lint::choice_scores(&s, k, runs) else { continue };
        let dilemma = scores.iter().any(|p| p.better_than_default().is_some());
        // A trade-off both ways: some policy also prefers the default by more than a tie.
        let both = scores.iter().any(|p| p.means.iter().skip(1).all(|&m| p.means[0] > m + lint::CHOICE_TIE));
        let verdict = match (dilemma, both) {
            (false, _) => "  NO DILEMMA",
            (true, true) => "  trade-off",
            (true, false) => "  (an alternative wins or ties everywhere)",
        };
        println!("{} ({} runs){verdict}", inj.id, runs);
        for p in &scores {
            let means: Vec<String> = p.means.iter().map(|m| format!("{m:6.2}")).collect();
            println!("  {:12} {}", p.policy.label(), means.join(" "));
        }
    }
    eprintln!("{:.2} s", started.elapsed().as_secs_f64());
}
