//! Speed of what authors and facilitators wait on: validating a scenario (the
//! flagship, target < 5 ms; the stress scenario, target < 50 ms) and resolving
//! one turn of the stress scenario mid-game (target < 1 ms). Also the lints
//! `hotline validate` runs on top of validation.
//!
//! Run core-only: `cargo bench --no-default-features --bench authoring`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use hotline::scenario::{Scenario, ScenarioDef, lint};
use hotline::sim::{Decision, Exercise, Policy, PolicyName};
use std::hint::black_box;
use std::sync::Arc;

const FLAGSHIP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
const STRESS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/bench/stress.ron");

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn validate(c: &mut Criterion) {
    let mut g = c.benchmark_group("validate");
    for (name, path) in [("flagship", FLAGSHIP), ("stress", STRESS)] {
        let src = read(path);
        // Parse + semantic checks, as `hotline validate` and the picker do.
        assert!(Scenario::from_str(&src, path).is_ok(), "{path} must validate");
        g.bench_function(name, |b| b.iter(|| Scenario::from_str(black_box(&src), path).is_ok()));
        // The RON parse alone, to see what the semantic checks add.
        g.bench_function(format!("{name}/parse_only"), |b| {
            b.iter(|| hotline::scenario::ron_options().from_str::<ScenarioDef>(black_box(&src)).is_ok())
        });
    }
    g.finish();
}

fn stress_turn(c: &mut Criterion) {
    let s = Arc::new(Scenario::load(STRESS).unwrap_or_else(|d| panic!("{d}")));
    // Mid-game: four cooperative turns in, so campaigns are running, detected,
    // shared, under joint investigation and hunted.
    let mut mid = Exercise::new(s.clone(), 7);
    let mut p = Policy::new(PolicyName::Cooperative, 7);
    let nations: Vec<usize> = (0..s.nations()).collect();
    for _ in 0..4 {
        p.play_turn(&mut mid, &nations);
        mid.submit(Decision::EndTurn).unwrap();
    }
    p.play_turn(&mut mid, &nations);
    assert!(!mid.state().is_over(), "the stress exercise should still run after four turns");
    let active = mid.state().incidents.iter().filter(|i| i.status.is_active()).count();
    let known = mid.state().incidents.iter().filter(|i| i.status.is_active() && i.status.is_known()).count();
    assert!(active >= 10, "mid-game should have many running campaigns, has {active}");
    eprintln!("stress mid-game: turn {}, {active} active incident(s), {known} known", mid.state().turn);
    c.bench_function("stress/one_turn_end", |b| {
        b.iter_batched(
            || mid.clone(),
            |mut ex| {
                ex.submit(Decision::EndTurn).unwrap();
                ex
            },
            BatchSize::SmallInput,
        )
    });
}

fn lints(c: &mut Criterion) {
    let mut g = c.benchmark_group("lint");
    let stress = Arc::new(Scenario::load(STRESS).unwrap_or_else(|d| panic!("{d}")));
    g.bench_function("static/stress", |b| b.iter(|| lint::lint(black_box(&stress))));
    // What `hotline validate` adds when it also simulates (DEFAULT_RUNS per policy;
    // stops early once every objective was met and every inject fired).
    let flagship = Arc::new(Scenario::load(FLAGSHIP).unwrap_or_else(|d| panic!("{d}")));
    g.sample_size(10);
    g.bench_function("simulation/flagship", |b| {
        b.iter(|| lint::lint_by_simulation(black_box(&flagship), lint::DEFAULT_RUNS))
    });
    g.finish();
}

criterion_group!(benches, validate, stress_turn, lints);
criterion_main!(benches);
