//! The target table of issue 12 (src/targets.rs, docs/dilemmas.md): every
//! built-in policy and the planner on a scenario at standard difficulty, then
//! the planner's variant rows, then the targets it misses. For the closing
//! note and for tuning:
//!
//! ```sh
//! cargo run --release --no-default-features --example dilemma_table -- 2000 [SCENARIO]
//! ```
//!
//! Planner rows play the runs asked, heuristic rows at least 2,000.

use hotline::scenario::Scenario;
use std::sync::Arc;

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let heuristic_runs = runs.max(2000);
    let path = args.next().unwrap_or_else(|| "scenarios/us-rok-hotline.ron".into());
    let s = Arc::new(Scenario::load(&path).unwrap_or_else(|d| panic!("{d}")));
    println!("{path}: {runs} runs a planner row, {heuristic_runs} a heuristic's, from seed 1");
    let t0 = std::time::Instant::now();
    let table = hotline::targets::measure(&s, heuristic_runs, runs, hotline::batch::all_cores(), &|r| {
        eprintln!(
            "{:<40} {:>6.1} {:>6.1} %  at {:.1} s",
            r.label,
            r.mean,
            r.win_rate * 100.0,
            t0.elapsed().as_secs_f64()
        )
    });
    print!("{}", table.text());
    let misses = table.misses();
    println!("{} target(s) missed", misses.len());
    for m in misses {
        println!("  MISS {m}");
    }
}
