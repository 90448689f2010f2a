//! Golden files: every shipped scenario × three seeds × three ways of playing
//! → a committed summary (state hash, a rules fingerprint, score parts and the
//! rendered log). A change in the rules or in the log's wording fails here.
//!
//! Regenerating is a deliberate act: `HOTLINE_BLESS=1 cargo test --test golden`
//! rewrites the files and still fails, so a blessed run is never mistaken for
//! a green one; commit the new files with the reason.
//!
//! The seeds are paired with the three difficulties (1 standard, 2 exercise,
//! 3 crisis) so the adversary's adaptation and the partner's trust thresholds
//! are covered too. The ways of playing: `cooperative` (one policy for every
//! nation), `ai` (the partner AI plays every nation, reading its own history)
//! and `solo` (a unilateral learner in the first seat, the partner AI in the
//! others: low trust, so the AI declines and explains). One scripted
//! facilitator run adds every facilitator decision.

mod common;

use hotline::hash::fnv1a;
use hotline::scenario::Scenario;
use hotline::sim::policy::play_out_seats;
use hotline::sim::{AdjudicationTarget, Decision, Difficulty, Exercise, Policy, PolicyName, Score, play_out};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const SEEDS: [(u64, Difficulty); 3] =
    [(1, Difficulty::Standard), (2, Difficulty::Exercise), (3, Difficulty::Crisis)];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> Vec<(String, Arc<Scenario>)> {
    common::repository_scenarios()
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let s = Scenario::load(&p).unwrap_or_else(|d| panic!("{d}"));
            (name, Arc::new(s))
        })
        .collect()
}

/// The summary a golden file holds.
fn summary(label: &str, ex: &Exercise) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "run: {label}");
    let _ = writeln!(out, "state_hash: {:016x}", ex.state_hash());
    // State and history only: stays put when only the log's representation changes.
    let rules = ron::to_string(&(ex.state(), ex.history())).expect("state serializes");
    let _ = writeln!(out, "rules_hash: {:016x}", fnv1a(rules.as_bytes()));
    let _ = writeln!(out, "turn: {}", ex.state().turn);
    let _ = writeln!(out, "outcome: {:?}", ex.state().outcome);
    let _ = writeln!(out, "decisions: {}", ex.decisions().len());
    let sc = Score::of(ex);
    let _ = writeln!(
        out,
        "score: total {:.3} continuity {:.3} loss_avoided {:.3} attribution {:.3} containment {:.3} \
         peak_level {} trust {:.3} objectives {}/{} data_stolen {} ip_stolen {}",
        sc.total,
        sc.continuity,
        sc.loss_avoided,
        sc.attribution,
        sc.containment,
        sc.peak_level,
        sc.trust,
        sc.objectives_met,
        sc.objectives_total,
        sc.data_stolen,
        sc.ip_stolen
    );
    let _ = writeln!(out, "log:");
    for line in log_lines(ex) {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// The rendered log, one line per entry: turn, kind, nation, secrecy, text.
fn log_lines(ex: &Exercise) -> Vec<String> {
    let s = ex.scenario();
    hotline::narrate::log(hotline::i18n::Lang::En, s, ex.log())
        .into_iter()
        .map(|(e, text)| {
            let nation = e.nation.map_or("-".to_string(), |n| s.def.nations[n].short.clone());
            let secret = if e.secret() { " secret" } else { "" };
            format!("[{:>2}] {} {}{}: {}", e.turn, e.kind().label(), nation, secret, text)
        })
        .collect()
}

fn run(scenario: &Arc<Scenario>, seed: u64, difficulty: Difficulty, how: &str) -> Exercise {
    let mut ex = Exercise::with_difficulty(scenario.clone(), seed, difficulty);
    match how {
        "cooperative" => play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, seed)),
        "ai" => play_out(&mut ex, &mut Policy::new(PolicyName::Ai, seed)),
        "solo" => play_out_seats(
            &mut ex,
            &mut Policy::new(PolicyName::Unilateral, seed),
            &mut Policy::new(PolicyName::Ai, seed),
        ),
        other => unreachable!("no way of playing `{other}`"),
    }
    ex
}

/// Every facilitator decision once, on the flagship, then cooperative play.
fn facilitator_run(scenario: &Arc<Scenario>) -> Exercise {
    let mut ex = Exercise::new(scenario.clone(), 1);
    let decisions = [
        Decision::Note { nation: None, text: "Facilitator: the room is ready".into() },
        Decision::Note {
            nation: Some("rok".into()),
            text: "ROK asks for a pause to brief the minister".into(),
        },
        Decision::HoldInject { inject: "journalist-call".into(), hold: true },
        Decision::SkipInject("varland-note".into()),
        Decision::FireInject("ccwg-offer".into()),
        Decision::Adjudicate {
            target: AdjudicationTarget::Service("kr-water-seoul".into()),
            value: 80.0,
            reason: "a pump station fails".into(),
        },
        Decision::Adjudicate { target: AdjudicationTarget::Trust, value: 55.0, reason: "a leak".into() },
        Decision::Adjudicate {
            target: AdjudicationTarget::Escalation,
            value: 30.0,
            reason: "press coverage".into(),
        },
        Decision::Adjudicate {
            target: AdjudicationTarget::Stage("pyeongtaek".into()),
            value: 1.0,
            reason: "the red cell moves early".into(),
        },
        Decision::EndTurn,
        Decision::HoldInject { inject: "journalist-call".into(), hold: false },
    ];
    for d in decisions {
        ex.submit(d.clone()).unwrap_or_else(|e| panic!("{d:?} refused: {e}"));
    }
    play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, 1));
    ex
}

fn check(dir: &Path, name: &str, text: &str, bless: bool, failures: &mut Vec<String>) {
    let path = dir.join(format!("{name}.txt"));
    if bless {
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        failures.push(format!("{name}: blessed"));
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(want) if want == text => {}
        Ok(want) => {
            let first = want
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| want.lines().count().min(text.lines().count()));
            failures.push(format!(
                "{name}: differs from line {}\n  golden: {}\n  now:    {}",
                first + 1,
                want.lines().nth(first).unwrap_or("<end>"),
                text.lines().nth(first).unwrap_or("<end>")
            ));
        }
        Err(e) => failures.push(format!("{name}: {} ({e})", path.display())),
    }
}

#[test]
fn every_scenario_matches_its_golden_files() {
    let dir = root().join("tests/golden");
    let bless = std::env::var_os("HOTLINE_BLESS").is_some_and(|v| v == "1");
    if bless {
        std::fs::create_dir_all(&dir).expect("tests/golden can be created");
    }
    let mut failures = Vec::new();
    let mut names = Vec::new();
    for (name, scenario) in shipped() {
        for (seed, difficulty) in SEEDS {
            for how in ["cooperative", "ai", "solo"] {
                let ex = run(&scenario, seed, difficulty, how);
                let label = format!("{name} seed {seed} {} {how}", difficulty.label());
                let file = format!("{name}-{seed}-{how}");
                check(&dir, &file, &summary(&label, &ex), bless, &mut failures);
                names.push(file);
            }
        }
        if name == "us-rok-hotline" {
            let ex = facilitator_run(&scenario);
            check(
                &dir,
                "us-rok-hotline-facilitator",
                &summary("facilitator script", &ex),
                bless,
                &mut failures,
            );
            names.push("us-rok-hotline-facilitator".into());
        }
    }
    // A golden file nothing produces any more is a stale one.
    if !bless {
        for e in std::fs::read_dir(&dir).expect("tests/golden exists") {
            let p = e.expect("a directory entry").path();
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            if !names.contains(&stem) {
                failures.push(format!("{}: no run produces it", p.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden file(s) differ{}:\n{}",
        failures.len(),
        if bless { " (HOTLINE_BLESS=1: rewritten; commit them with the reason)" } else { "" },
        failures.join("\n")
    );
}
