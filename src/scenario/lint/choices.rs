//! The lint for an inject whose default choice is no dilemma (issue 12,
//! part 5; docs/dilemmas.md): each inject with choices is played with each of
//! its choices forced, by every built-in policy over the same seeds, and when
//! the default (the first choice, taken when the room does not choose) scores
//! best or ties for every policy, the room has nothing to weigh.
//!
//! It is a measured comparison, not a reading of the effects: whatever the
//! rules make of a choice's effects is what counts. A choice is forced by
//! playing a copy of the scenario whose inject offers only that choice, so
//! every policy takes it, and up to the moment the inject fires the copies play
//! the same game (same seeds, same draws): the difference between two choices
//! is the choices', not luck's (common random numbers). An inject that fired
//! in no run is left out (no evidence; `lint-sim-inject` reports it).

use super::*;
use std::sync::Arc;

/// Runs per policy per forced choice (seeds `SIMULATION_SEED..`), at most:
/// fewer when the caller asks for fewer runs, or when [`CHOICE_WORK`] does
/// not cover them.
pub const CHOICE_RUNS: usize = 48;

/// Work the choice lint may spend on one file, in element-turns (see
/// [`work_per_turn`]): every shipped scenario gets its [`CHOICE_RUNS`]; a file
/// at the size limits gets fewer or none. Counted, not timed: the findings are
/// the same on every machine.
pub const CHOICE_WORK: u64 = 6_000_000;

/// Fewer runs than this per policy and choice are no evidence either way: a
/// file so large that its budget covers fewer gets no verdict on its choices.
pub const CHOICE_MIN_RUNS: usize = 16;

/// Points of mean final score within which another choice only ties the
/// default (less than a tenth of what one objective is worth on the
/// flagship's weights).
pub const CHOICE_TIE: f64 = 0.25;

/// What one policy scored with each choice of one inject forced.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceScores {
    pub policy: PolicyName,
    /// Mean final score per choice, in the inject's order.
    pub means: Vec<f64>,
}

impl ChoiceScores {
    /// The best other choice and its mean, when it beats the default by more than a tie.
    pub fn better_than_default(&self) -> Option<(usize, f64)> {
        let default = *self.means.first()?;
        let (c, &m) =
            self.means.iter().enumerate().skip(1).max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))?;
        (m > default + CHOICE_TIE).then_some((c, m))
    }
}

/// The runs per policy per choice the lint plays for `s` within `work`.
pub fn choice_runs(s: &Scenario, runs: usize, work: Option<u64>) -> usize {
    let variants: usize =
        s.def.injects.iter().map(|i| if i.choices.len() > 1 { i.choices.len() } else { 0 }).sum();
    let longest = work_per_turn(s).saturating_mul(s.def.turns as u64).max(1);
    let per_run = longest.saturating_mul((variants * PolicyName::ALL.len()) as u64).max(1);
    let fits = work.map_or(usize::MAX, |w| (w / per_run) as usize);
    match runs.min(CHOICE_RUNS).min(fits) {
        n if n < CHOICE_MIN_RUNS.min(runs) => 0,
        n => n,
    }
}

/// `s` with inject `k` offering only its choice `c`.
fn forced(s: &Scenario, k: usize, c: usize) -> Arc<Scenario> {
    let mut v = s.clone();
    v.def.injects[k].choices = vec![s.def.injects[k].choices[c].clone()];
    v.choice_effects[k] = vec![s.choice_effects[k][c].clone()];
    Arc::new(v)
}

/// Every built-in policy's mean score with each choice of inject `k` forced,
/// over `runs` seeded runs; None when the inject fired in no run.
pub fn choice_scores(s: &Scenario, k: usize, runs: usize) -> Option<Vec<ChoiceScores>> {
    let n = s.def.injects.get(k)?.choices.len();
    if n < 2 || runs == 0 {
        return None;
    }
    let threads = crate::batch::all_cores();
    let mut fired = false;
    let mut out = Vec::new();
    for policy in PolicyName::ALL {
        let mut means = Vec::with_capacity(n);
        for c in 0..n {
            let v = forced(s, k, c);
            let results = crate::batch::run_many(&v, policy, runs, SIMULATION_SEED, threads, &|_| {});
            fired |= results.iter().any(|r| r.inject_turns[k].is_some());
            means.push(results.iter().map(|r| r.score.total).sum::<f64>() / results.len().max(1) as f64);
        }
        out.push(ChoiceScores { policy, means });
    }
    fired.then_some(out)
}

/// Warns at each inject whose default choice scores best or ties for every
/// built-in policy, over `runs` (see [`choice_runs`]) runs a policy and choice.
pub(super) fn dominant_defaults(l: Lang, s: &Scenario, w: &mut Warn, runs: usize) {
    if runs == 0 {
        return;
    }
    let policies: Vec<&str> = PolicyName::ALL.iter().map(|p| p.label()).collect();
    let evidence = tr!(l, "lint-choice-evidence", runs = runs, policies = policies.join(", "));
    for (k, inj) in s.def.injects.iter().enumerate() {
        let Some(scores) = choice_scores(s, k, runs) else { continue };
        if scores.iter().any(|p| p.better_than_default().is_some()) {
            continue;
        }
        let measured: Vec<String> = scores
            .iter()
            .map(|p| {
                let (c, best) = (1..p.means.len())
                    .map(|c| (c, p.means[c]))
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                    .unwrap_or((0, p.means[0]));
                tr!(
                    l,
                    "lint-choice-measured",
                    policy = p.policy.label(),
                    default = Arg::num(p.means[0], 1),
                    other = Arg::num(best, 1),
                    choice = c + 1
                )
            })
            .collect();
        let message = tr!(
            l,
            "lint-choice-no-dilemma",
            id = &inj.id,
            choice = s.text(l, Text::Choice { inject: k, choice: 0 }),
            evidence = &evidence,
            measured = measured.join("; ")
        );
        w.at_element("injects", &inj.id, Some("choices:"), message, tr!(l, "lint-choice-no-dilemma.hint"));
    }
}
