//! Batch simulation: many seeded playthroughs per policy, over all cores, with
//! summary statistics. Results are gathered in seed order, so the output is the
//! same whatever the number of threads.

use crate::i18n::Lang;
use crate::scenario::{ActionKindName, Scenario};
use crate::sim::policy::{Families, play_out_seats};
use crate::sim::{Difficulty, Exercise, Outcome, Policy, PolicyName, Score, play_out};
use crate::tr;
use serde::Serialize;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What one playthrough produced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunResult {
    pub seed: u64,
    pub score: Score,
    pub outcome: Outcome,
    pub turns_played: u32,
    /// Turn each inject last fired (once-only injects: the turn it fired), by scenario order.
    pub inject_turns: Vec<Option<u32>>,
    pub objectives: Vec<bool>,
    /// Actions taken per family, in `ActionKindName::ALL` order.
    pub action_counts: Vec<u32>,
}

/// Who plays which seat, and how hard the world is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setup {
    /// Plays every nation, or only the first one when `partner` is set.
    pub player: PolicyName,
    /// Plays every nation but the first (the solo learner's partners).
    pub partner: Option<PolicyName>,
    pub difficulty: Difficulty,
    /// Families every program player leaves alone (`simulate --without`).
    pub without: Families,
}

impl Setup {
    pub fn all(policy: PolicyName) -> Setup {
        Setup { player: policy, partner: None, difficulty: Difficulty::Standard, without: Families::NONE }
    }
    /// "cooperative", or "cooperative+ai partner @crisis".
    pub fn label(&self) -> String {
        let mut s = self.player.label().to_string();
        if let Some(p) = self.partner {
            s.push_str(&format!("+{} partner", p.label()));
        }
        if self.difficulty != Difficulty::Standard {
            s.push_str(&format!(" @{}", self.difficulty.label()));
        }
        for f in self.without.names() {
            s.push_str(&format!(" −{}", family_slug(f)));
        }
        s
    }
}

/// An action family's name on the command line: `share-intel`, `hotline`, …
pub fn family_slug(f: ActionKindName) -> String {
    let mut out = String::new();
    for (i, c) in format!("{f:?}").chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The family a command-line name means: its slug (`share-intel`) or its
/// scenario-file name (`ShareIntel`), in any case.
pub fn family_named(name: &str) -> Result<ActionKindName, String> {
    let bare = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    ActionKindName::ALL.into_iter().find(|&f| bare(&format!("{f:?}")) == bare(name)).ok_or_else(|| {
        let all: Vec<String> = ActionKindName::ALL.into_iter().map(family_slug).collect();
        format!("no action family `{name}`; one of {}", all.join(", "))
    })
}

/// The number of worker threads batch runs use by default: every core.
pub fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Plays one exercise to its end.
pub fn run_one(scenario: &Arc<Scenario>, seed: u64, policy: PolicyName) -> RunResult {
    run_setup(scenario, seed, &Setup::all(policy))
}

/// Plays one exercise to its end with a seat assignment and difficulty.
pub fn run_setup(scenario: &Arc<Scenario>, seed: u64, setup: &Setup) -> RunResult {
    let mut ex = Exercise::with_difficulty(scenario.clone(), seed, setup.difficulty);
    let mut p = Policy::new(setup.player, seed).without(setup.without);
    match setup.partner {
        Some(partner) => {
            let mut partner = Policy::new(partner, seed.rotate_left(17)).without(setup.without);
            play_out_seats(&mut ex, &mut p, &mut partner)
        }
        None => play_out(&mut ex, &mut p),
    }
    result_of(&ex)
}

pub fn result_of(ex: &Exercise) -> RunResult {
    let mut action_counts = vec![0u32; ActionKindName::ALL.len()];
    for a in &ex.state().actions {
        action_counts[ActionKindName::ALL.iter().position(|k| *k == a.kind).unwrap_or(0)] += 1;
    }
    RunResult {
        seed: ex.seed(),
        score: Score::of(ex),
        outcome: ex.state().outcome.unwrap_or(Outcome::Partial),
        turns_played: ex.state().turn,
        inject_turns: ex.state().injects.iter().map(|i| i.fired_turn).collect(),
        objectives: Score::objectives(ex),
        action_counts,
    }
}

/// Runs `runs` playthroughs with seeds `seed, seed+1, …` on `threads` threads;
/// `progress` is called with the number of finished runs.
pub fn run_many(
    scenario: &Arc<Scenario>,
    policy: PolicyName,
    runs: usize,
    seed: u64,
    threads: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Vec<RunResult> {
    run_many_setup(scenario, &Setup::all(policy), runs, seed, threads, progress)
}

/// `run_many` with a seat assignment and difficulty.
pub fn run_many_setup(
    scenario: &Arc<Scenario>,
    setup: &Setup,
    runs: usize,
    seed: u64,
    threads: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Vec<RunResult> {
    let threads = threads.clamp(1, runs.max(1));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let mut slots: Vec<Option<RunResult>> = vec![None; runs];
    let chunks: Vec<Vec<(usize, RunResult)>> = std::thread::scope(|sc| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                sc.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= runs {
                            break;
                        }
                        mine.push((i, run_setup(scenario, seed.wrapping_add(i as u64), setup)));
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                    }
                    mine
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a simulation thread panicked")).collect()
    });
    for (i, r) in chunks.into_iter().flatten() {
        slots[i] = Some(r);
    }
    slots.into_iter().flatten().collect()
}

/// Mean and quantiles of one measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub mean: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub min: f64,
    pub max: f64,
}

impl Stats {
    pub fn of(values: impl IntoIterator<Item = f64>) -> Stats {
        let mut v: Vec<f64> = values.into_iter().collect();
        if v.is_empty() {
            return Stats { mean: 0.0, p10: 0.0, p50: 0.0, p90: 0.0, min: 0.0, max: 0.0 };
        }
        v.sort_by(f64::total_cmp);
        let q = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
        Stats {
            mean: v.iter().sum::<f64>() / v.len() as f64,
            p10: q(0.1),
            p50: q(0.5),
            p90: q(0.9),
            min: v[0],
            max: v[v.len() - 1],
        }
    }
}

/// Summary of one policy's runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicySummary {
    pub policy: String,
    pub runs: usize,
    pub mean_score: f64,
    pub win_rate: f64,
    pub defeat_rate: f64,
    pub score: Stats,
    pub continuity: Stats,
    pub peak_level: Stats,
    pub trust: Stats,
    pub attribution: Stats,
    pub containment: Stats,
    pub objectives_met: Stats,
    pub data_stolen: Stats,
    pub ip_stolen: Stats,
}

impl PolicySummary {
    pub fn of(policy: PolicyName, results: &[RunResult]) -> PolicySummary {
        PolicySummary::labelled(policy.label(), results)
    }

    pub fn labelled(label: &str, results: &[RunResult]) -> PolicySummary {
        let mut t = Tally::default();
        results.iter().for_each(|r| t.add(r));
        t.summary(label)
    }
}

/// The measures a [`PolicySummary`] needs from each run, and nothing else: 9
/// numbers a run (no per-run allocation), so `simulate --runs 100000` keeps
/// about 7 MB per policy instead of every run's whole result. Quantiles are
/// exact, and the summary does not depend on the order runs were added.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    runs: usize,
    wins: usize,
    defeats: usize,
    measures: [Vec<f64>; 9],
}

impl Tally {
    pub fn add(&mut self, r: &RunResult) {
        self.runs += 1;
        self.wins += (r.outcome == Outcome::Success) as usize;
        self.defeats += (r.outcome == Outcome::Defeat) as usize;
        let sc = &r.score;
        let values = [
            sc.total,
            sc.continuity,
            sc.peak_level as f64,
            sc.trust,
            sc.attribution,
            sc.containment,
            sc.objectives_met as f64,
            sc.data_stolen as f64,
            sc.ip_stolen as f64,
        ];
        self.measures.iter_mut().zip(values).for_each(|(m, v)| m.push(v));
    }

    fn merge(&mut self, other: Tally) {
        self.runs += other.runs;
        self.wins += other.wins;
        self.defeats += other.defeats;
        self.measures.iter_mut().zip(other.measures).for_each(|(m, o)| m.extend(o));
    }

    pub fn summary(self, label: &str) -> PolicySummary {
        let n = self.runs.max(1) as f64;
        let [total, continuity, peak, trust, attribution, containment, objectives, data, ip] =
            self.measures.map(Stats::of);
        PolicySummary {
            policy: label.to_string(),
            runs: self.runs,
            mean_score: total.mean,
            win_rate: self.wins as f64 / n,
            defeat_rate: self.defeats as f64 / n,
            score: total,
            continuity,
            peak_level: peak,
            trust,
            attribution,
            containment,
            objectives_met: objectives,
            data_stolen: data,
            ip_stolen: ip,
        }
    }
}

/// [`run_many_setup`] that keeps only each run's measures ([`Tally`]): memory
/// does not hold every run's result.
pub fn run_many_tally(
    scenario: &Arc<Scenario>,
    setup: &Setup,
    runs: usize,
    seed: u64,
    threads: usize,
) -> Tally {
    let threads = threads.clamp(1, runs.max(1));
    let next = AtomicUsize::new(0);
    std::thread::scope(|sc| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                sc.spawn(|| {
                    let mut mine = Tally::default();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= runs {
                            break;
                        }
                        mine.add(&run_setup(scenario, seed.wrapping_add(i as u64), setup));
                    }
                    mine
                })
            })
            .collect();
        let mut all = Tally::default();
        for h in handles {
            all.merge(h.join().expect("a simulation thread panicked"));
        }
        all
    })
}

/// A plain-text table of summaries, one row per policy.
pub fn table(summaries: &[PolicySummary]) -> String {
    table_in(Lang::En, summaries)
}

/// [`table`] with its header in `l` (policies keep their ids, as `--policy` takes them).
pub fn table_in(l: Lang, summaries: &[PolicySummary]) -> String {
    let mut out = match l {
        Lang::En => format!(
            "{:<36} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>6} {:>6} {:>6}\n",
            "policy",
            "runs",
            "mean",
            "p10",
            "p50",
            "p90",
            "win%",
            "defeat%",
            "contin.",
            "peak",
            "trust",
            "objs"
        ),
        _ => {
            let heads = [
                tr!(l, "report-cli-table-policy"),
                tr!(l, "report-cli-table-runs"),
                tr!(l, "report-cli-table-mean"),
                "p10".into(),
                "p50".into(),
                "p90".into(),
                tr!(l, "report-cli-table-win"),
                tr!(l, "report-cli-table-defeat"),
                tr!(l, "report-cli-table-continuity"),
                tr!(l, "report-cli-table-peak"),
                tr!(l, "report-cli-table-trust"),
                tr!(l, "report-cli-table-objectives"),
            ];
            // Padded by the columns a terminal draws (a Hangul syllable takes two).
            let widths: [usize; 12] = [36, 6, 7, 6, 6, 6, 6, 7, 7, 6, 6, 6];
            let cells: Vec<String> = heads
                .iter()
                .zip(widths)
                .enumerate()
                .map(|(i, (h, w))| {
                    let pad = " ".repeat(w.saturating_sub(crate::i18n::display_width(h)));
                    if i == 0 { format!("{h}{pad}") } else { format!("{pad}{h}") }
                })
                .collect();
            format!("{}\n", cells.join(" "))
        }
    };
    for s in summaries {
        out.push_str(&format!(
            "{:<36} {:>6} {:>7.1} {:>6.1} {:>6.1} {:>6.1} {:>6.1} {:>7.1} {:>7.1} {:>6.2} {:>6.1} {:>6.2}\n",
            s.policy,
            s.runs,
            s.mean_score,
            s.score.p10,
            s.score.p50,
            s.score.p90,
            s.win_rate * 100.0,
            s.defeat_rate * 100.0,
            s.continuity.mean,
            s.peak_level.mean,
            s.trust.mean,
            s.objectives_met.mean
        ));
    }
    out
}
