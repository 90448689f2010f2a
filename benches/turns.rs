//! Speed of the rules: one turn, and a whole playthrough of the flagship scenario
//! by each built-in policy; the planner's game and turn.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hotline::scenario::Scenario;
use hotline::sim::{Decision, Exercise, Policy, PolicyName, play_out};
use std::hint::black_box;
use std::sync::Arc;

fn flagship() -> Arc<Scenario> {
    Arc::new(
        Scenario::load(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron")).expect("valid"),
    )
}

fn turns(c: &mut Criterion) {
    let s = flagship();
    // Mid-game state: five cooperative turns in, so incidents are running.
    let mut mid = Exercise::new(s.clone(), 3);
    let mut p = Policy::new(PolicyName::Cooperative, 3);
    for _ in 0..5 {
        p.play_turn(&mut mid, &[0, 1]);
        mid.submit(Decision::EndTurn).unwrap();
    }
    c.bench_function("flagship/one_turn_end", |b| {
        b.iter_batched(
            || mid.clone(),
            |mut ex| {
                ex.submit(Decision::EndTurn).unwrap();
                ex
            },
            criterion::BatchSize::SmallInput,
        )
    });

    let mut g = c.benchmark_group("flagship/playthrough");
    g.throughput(Throughput::Elements(1));
    for policy in [PolicyName::Passive, PolicyName::Cooperative, PolicyName::Random] {
        let mut seed = 0u64;
        g.bench_function(policy.label(), |b| {
            b.iter(|| {
                seed += 1;
                let mut ex = Exercise::new(s.clone(), seed);
                play_out(&mut ex, &mut Policy::new(policy, seed));
                black_box(ex.state().outcome)
            })
        });
    }
    g.finish();

    // As `hotline simulate` plays (events are recorded, never formatted).
    let mut g = c.benchmark_group("flagship/batch_playthrough");
    g.throughput(Throughput::Elements(1));
    for policy in [PolicyName::Passive, PolicyName::Cooperative, PolicyName::Random, PolicyName::Ai] {
        let mut seed = 0u64;
        g.bench_function(policy.label(), |b| {
            b.iter(|| {
                seed += 1;
                let mut ex = Exercise::new(s.clone(), seed);
                play_out(&mut ex, &mut Policy::new(policy, seed));
                black_box(ex.state().outcome)
            })
        });
    }
    g.finish();

    // The planner: 13 candidates × 6 rollouts a turn (issue 12: ≤ 0.25 s a game).
    let mut g = c.benchmark_group("flagship/planner");
    g.sample_size(10);
    g.throughput(Throughput::Elements(1));
    let mut seed = 0u64;
    g.bench_function("game", |b| {
        b.iter(|| {
            seed += 1;
            let mut ex = Exercise::new(s.clone(), seed);
            play_out(&mut ex, &mut Policy::new(PolicyName::Planner, seed));
            black_box(ex.state().outcome)
        })
    });
    g.bench_function("one_turn", |b| {
        b.iter_batched(
            || mid.clone(),
            |mut ex| {
                Policy::new(PolicyName::Planner, 9).play_turn(&mut ex, &[0, 1]);
                ex
            },
            criterion::BatchSize::SmallInput,
        )
    });
    g.finish();

    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron"))
        .unwrap();
    c.bench_function("flagship/validate", |b| {
        b.iter(|| Scenario::from_str(black_box(&src), "f.ron").is_ok())
    });
}

criterion_group!(benches, turns);
criterion_main!(benches);
