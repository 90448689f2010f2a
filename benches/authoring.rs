//! Speed of what authors and facilitators wait on: validating a scenario (the
//! flagship, target < 5 ms; the stress scenario, target < 50 ms) and resolving
//! one turn of the stress scenario mid-game (target < 1 ms).
//!
//! Run core-only: `cargo bench --no-default-features --bench authoring`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use hotline::scenario::Scenario;
use hotline::sim::{Decision, Exercise, Policy, PolicyName};
use std::hint::black_box;
use std::sync::Arc;

const FLAGSHIP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
const STRESS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/stress.ron");

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
    assert!(!mid.state.is_over(), "the stress exercise should still run after four turns");
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

criterion_group!(benches, validate, stress_turn);
criterion_main!(benches);
