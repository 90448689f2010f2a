//! The balance report: how a scenario plays over many seeded runs per
//! built-in policy. [`run`] plays the runs (over all cores, through
//! [`batch::run_many`]); [`write_balance`] writes the CSV tables, the SVG charts
//! and `index.html` into a folder.
//!
//! What is computed, per policy:
//! - outcomes: success / partial / defeat counts and the score distribution;
//! - injects: share of runs in which each inject fired, and the turn it (last)
//!   fired on: mean, median, 10th and 90th percentile, first and last;
//! - objectives: share of runs that met each;
//! - action families: mean actions per run, share of runs that used the
//!   family, and two measures of association with the score, computed on the
//!   family's actions *per turn played* (so that runs which end early in
//!   defeat do not look like they "used less" of everything): the mean score
//!   of runs above the policy's median rate minus the mean score of the other
//!   runs, and Pearson's r between the rate and the score. Both are
//!   associations within one policy, not causal effects: a policy restores
//!   more when things go badly, for instance.

use crate::batch::{self, PolicySummary, RunResult, Setup, Stats};
use crate::csv::{CSV_BOM, csv_row};
use crate::i18n::{Lang, LangChoice};
use crate::narrate::trigger;
use crate::scenario::{ActionKindName, Scenario, Text};
use crate::sim::{Outcome, PolicyName};
use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The CSV files the report writes, with their headers.
pub const SUMMARY_HEADER: &str = "policy,runs,success,partial,defeat,win_rate,defeat_rate,mean_score,score_p10,score_p50,score_p90,score_min,score_max,mean_continuity,mean_peak_level,mean_trust,mean_attribution,mean_containment,mean_objectives_met,objectives_total,mean_turns_played";
pub const INJECTS_HEADER: &str = "inject_id,inject_title,trigger,policy,runs,fired_runs,fire_rate,mean_turn,median_turn,p10_turn,p90_turn,first_turn,last_turn";
pub const OBJECTIVES_HEADER: &str = "objective_id,objective,policy,runs,met_runs,met_rate";
pub const ACTIONS_HEADER: &str = "family,family_label,policy,runs,mean_per_run,runs_using,use_rate,median_per_turn,runs_above_median,mean_score_above_median,mean_score_at_or_below_median,score_difference,correlation";

/// The SVG charts, each written next to `index.html` and shown in it.
pub const CHARTS: [&str; 7] = [
    "outcomes.svg",
    "score_histogram.svg",
    "inject_fire_rate.svg",
    "inject_timing.svg",
    "objectives.svg",
    "actions.svg",
    "action_attribution.svg",
];

/// The CSV files, in the order `index.html` links them.
pub const CSV_FILES: [&str; 5] = ["summary.csv", "injects.csv", "objectives.csv", "actions.csv", "runs.csv"];

/// The runs of one setup (a policy, maybe with a partner policy and a
/// difficulty), in seed order.
#[derive(Debug, Clone)]
pub struct PolicyRuns {
    pub setup: Setup,
    /// `Setup::label`, e.g. "cooperative" or "cooperative+ai partner @crisis".
    pub label: String,
    pub results: Vec<RunResult>,
}

impl PolicyRuns {
    pub fn policy(&self) -> PolicyName {
        self.setup.player
    }
}

/// Everything the balance report is drawn from.
#[derive(Debug, Clone)]
pub struct Balance {
    pub scenario: Arc<Scenario>,
    pub runs: usize,
    pub seed: u64,
    pub threads: usize,
    pub policies: Vec<PolicyRuns>,
    /// Wall time of all the runs.
    pub elapsed: Duration,
}

impl Balance {
    pub fn total_runs(&self) -> usize {
        self.policies.iter().map(|p| p.results.len()).sum()
    }
    pub fn runs_per_second(&self) -> f64 {
        self.total_runs() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Plays `runs` seeded runs (seeds `seed..seed+runs`) for each setup on
/// `threads` threads; `progress` is called once per finished run.
pub fn run(
    scenario: &Arc<Scenario>,
    setups: &[Setup],
    runs: usize,
    seed: u64,
    threads: usize,
    progress: &(dyn Fn() + Sync),
) -> Balance {
    let start = Instant::now();
    let policies = setups
        .iter()
        .map(|setup| PolicyRuns {
            setup: *setup,
            label: setup.label(),
            results: batch::run_many_setup(scenario, setup, runs, seed, threads, &|_| progress()),
        })
        .collect();
    Balance { scenario: scenario.clone(), runs, seed, threads, policies, elapsed: start.elapsed() }
}

/// [`run`] over labelled rows that may each play a changed copy of the
/// scenario (`simulate --vary`: the same ids and lists, other numbers).
pub fn run_rows(
    scenario: &Arc<Scenario>,
    rows: &[(String, Arc<Scenario>, Setup)],
    runs: usize,
    seed: u64,
    threads: usize,
    progress: &(dyn Fn() + Sync),
) -> Balance {
    let start = Instant::now();
    let policies = rows
        .iter()
        .map(|(label, world, setup)| PolicyRuns {
            setup: *setup,
            label: label.clone(),
            results: batch::run_many_setup(world, setup, runs, seed, threads, &|_| progress()),
        })
        .collect();
    Balance { scenario: scenario.clone(), runs, seed, threads, policies, elapsed: start.elapsed() }
}

/// Per policy and inject: how often and when it fired.
#[derive(Debug, Clone, PartialEq)]
pub struct InjectStat {
    pub fired_runs: usize,
    pub fire_rate: f64,
    /// Turn statistics over the runs where it fired (None when it never did).
    pub turn: Option<Stats>,
}

/// Per policy and action family.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionStat {
    pub mean_per_run: f64,
    pub runs_using: usize,
    /// Median over runs of the family's actions per turn played.
    pub median_per_turn: f64,
    pub runs_above_median: usize,
    /// Mean score of runs above the median rate (None if there are none).
    pub score_above: Option<f64>,
    /// Mean score of the other runs.
    pub score_rest: Option<f64>,
    /// Pearson's r of the rate and the score (None when either is constant).
    pub correlation: Option<f64>,
}

impl ActionStat {
    pub fn difference(&self) -> Option<f64> {
        Some(self.score_above? - self.score_rest?)
    }
}

pub fn inject_stats(results: &[RunResult], inject: usize) -> InjectStat {
    let turns: Vec<f64> = results
        .iter()
        .filter_map(|r| r.inject_turns.get(inject).copied().flatten())
        .map(|t| t as f64)
        .collect();
    InjectStat {
        fired_runs: turns.len(),
        fire_rate: turns.len() as f64 / results.len().max(1) as f64,
        turn: (!turns.is_empty()).then(|| Stats::of(turns)),
    }
}

pub fn objective_met(results: &[RunResult], objective: usize) -> usize {
    results.iter().filter(|r| r.objectives.get(objective).copied().unwrap_or(false)).count()
}

pub fn action_stats(results: &[RunResult], family: usize) -> ActionStat {
    let counts: Vec<f64> =
        results.iter().map(|r| r.action_counts.get(family).copied().unwrap_or(0) as f64).collect();
    let rates: Vec<f64> =
        results.iter().zip(&counts).map(|(r, c)| c / r.turns_played.max(1) as f64).collect();
    let scores: Vec<f64> = results.iter().map(|r| r.score.total).collect();
    let n = counts.len().max(1) as f64;
    let median = Stats::of(rates.iter().copied()).p50;
    let mean = |v: &[f64]| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    let above: Vec<f64> = rates.iter().zip(&scores).filter(|(c, _)| **c > median).map(|(_, s)| *s).collect();
    let rest: Vec<f64> = rates.iter().zip(&scores).filter(|(c, _)| **c <= median).map(|(_, s)| *s).collect();
    ActionStat {
        mean_per_run: counts.iter().sum::<f64>() / n,
        runs_using: counts.iter().filter(|c| **c > 0.0).count(),
        median_per_turn: median,
        runs_above_median: above.len(),
        score_above: mean(&above),
        score_rest: mean(&rest),
        correlation: pearson(&rates, &scores),
    }
}

/// Pearson's correlation coefficient; None when either side is constant.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len().min(y.len());
    if n < 2 {
        return None;
    }
    let mx = x[..n].iter().sum::<f64>() / n as f64;
    let my = y[..n].iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (dx, dy) = (x[i] - mx, y[i] - my);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    (sxx > 1e-12 && syy > 1e-12).then(|| sxy / (sxx * syy).sqrt())
}

pub(super) fn outcome_counts(results: &[RunResult]) -> [usize; 3] {
    let c = |o| results.iter().filter(|r| r.outcome == o).count();
    [c(Outcome::Success), c(Outcome::Partial), c(Outcome::Defeat)]
}

/// `ShareIntel` → `share_intel`.
fn snake(k: ActionKindName) -> String {
    let mut out = String::new();
    for (i, c) in format!("{k:?}").chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub(super) fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or(String::new(), |v| format!("{v:.digits$}"))
}

// --- CSV -----------------------------------------------------------------------------

pub fn summary_csv(b: &Balance) -> String {
    let mut out = format!("{SUMMARY_HEADER}\n");
    for p in &b.policies {
        let s = PolicySummary::labelled(&p.label, &p.results);
        let [w, pa, d] = outcome_counts(&p.results);
        let turns = Stats::of(p.results.iter().map(|r| r.turns_played as f64)).mean;
        out.push_str(&csv_row(&[
            p.label.clone(),
            p.results.len().to_string(),
            w.to_string(),
            pa.to_string(),
            d.to_string(),
            format!("{:.4}", s.win_rate),
            format!("{:.4}", s.defeat_rate),
            format!("{:.3}", s.mean_score),
            format!("{:.3}", s.score.p10),
            format!("{:.3}", s.score.p50),
            format!("{:.3}", s.score.p90),
            format!("{:.3}", s.score.min),
            format!("{:.3}", s.score.max),
            format!("{:.3}", s.continuity.mean),
            format!("{:.3}", s.peak_level.mean),
            format!("{:.3}", s.trust.mean),
            format!("{:.3}", s.attribution.mean),
            format!("{:.3}", s.containment.mean),
            format!("{:.3}", s.objectives_met.mean),
            b.scenario.def.objectives.len().to_string(),
            format!("{turns:.3}"),
        ]));
    }
    out
}

/// The header of a table whose prose columns come again in the other
/// languages at the end of each row (`inject_title_ko`), for `--lang both`.
fn header(base: &str, prose: &[&str], langs: LangChoice) -> String {
    let mut h = base.to_string();
    for &l in langs.langs().iter().skip(1) {
        for c in prose {
            h.push_str(&format!(",{c}_{}", l.code()));
        }
    }
    h.push('\n');
    h
}

/// The first language's prose, then the others', as the last columns of a row.
fn with_other_langs(mut row: Vec<String>, langs: LangChoice, prose: impl Fn(Lang) -> Vec<String>) -> String {
    for &l in langs.langs().iter().skip(1) {
        row.extend(prose(l));
    }
    csv_row(&row)
}

/// The language a table's own prose columns are in.
fn first(langs: LangChoice) -> Lang {
    langs.langs()[0]
}

pub fn injects_csv(b: &Balance, langs: LangChoice) -> String {
    let s = &*b.scenario;
    let mut out = header(INJECTS_HEADER, &["inject_title", "trigger"], langs);
    for (i, inj) in s.def.injects.iter().enumerate() {
        let trigger_in = |l: Lang| trigger(l, s, &inj.trigger);
        let title = |l: Lang| s.text(l, Text::InjectTitle(i)).to_string();
        let trigger = trigger_in(first(langs));
        for p in &b.policies {
            let st = inject_stats(&p.results, i);
            let t = st.turn.as_ref();
            let row = vec![
                inj.id.clone(),
                title(first(langs)),
                trigger.clone(),
                p.label.clone(),
                p.results.len().to_string(),
                st.fired_runs.to_string(),
                format!("{:.4}", st.fire_rate),
                opt(t.map(|t| t.mean), 3),
                opt(t.map(|t| t.p50), 0),
                opt(t.map(|t| t.p10), 0),
                opt(t.map(|t| t.p90), 0),
                opt(t.map(|t| t.min), 0),
                opt(t.map(|t| t.max), 0),
            ];
            out.push_str(&with_other_langs(row, langs, |l| vec![title(l), trigger_in(l)]));
        }
    }
    out
}

pub fn objectives_csv(b: &Balance, langs: LangChoice) -> String {
    let mut out = header(OBJECTIVES_HEADER, &["objective"], langs);
    let s = &*b.scenario;
    for (i, o) in s.def.objectives.iter().enumerate() {
        let text = |l: Lang| s.text(l, Text::Objective(i)).to_string();
        for p in &b.policies {
            let met = objective_met(&p.results, i);
            let row = vec![
                o.id.clone(),
                text(first(langs)),
                p.label.clone(),
                p.results.len().to_string(),
                met.to_string(),
                format!("{:.4}", met as f64 / p.results.len().max(1) as f64),
            ];
            out.push_str(&with_other_langs(row, langs, |l| vec![text(l)]));
        }
    }
    out
}

pub fn actions_csv(b: &Balance, langs: LangChoice) -> String {
    let mut out = header(ACTIONS_HEADER, &["family_label"], langs);
    for (f, k) in ActionKindName::ALL.iter().enumerate() {
        for p in &b.policies {
            let a = action_stats(&p.results, f);
            let row = vec![
                snake(*k),
                k.label_in(first(langs)),
                p.label.clone(),
                p.results.len().to_string(),
                format!("{:.4}", a.mean_per_run),
                a.runs_using.to_string(),
                format!("{:.4}", a.runs_using as f64 / p.results.len().max(1) as f64),
                format!("{:.4}", a.median_per_turn),
                a.runs_above_median.to_string(),
                opt(a.score_above, 3),
                opt(a.score_rest, 3),
                opt(a.difference(), 3),
                opt(a.correlation, 4),
            ];
            out.push_str(&with_other_langs(row, langs, |l| vec![k.label_in(l)]));
        }
    }
    out
}

/// The header of `runs.csv` (one column per action family at the end).
pub fn runs_header() -> String {
    let mut h = "policy,seed,outcome,score,continuity,peak_level,trust,attribution,containment,loss_avoided,objectives_met,data_stolen,ip_stolen,turns_played,injects_fired".to_string();
    for k in ActionKindName::ALL {
        h.push_str(",n_");
        h.push_str(&snake(k));
    }
    h
}

pub fn runs_csv(b: &Balance) -> String {
    let mut out = String::with_capacity(b.total_runs() * 140);
    out.push_str(&runs_header());
    out.push('\n');
    for p in &b.policies {
        for r in &p.results {
            let sc = &r.score;
            let _ = write!(
                out,
                "{},{},{},{:.3},{:.3},{},{:.3},{:.3},{:.3},{:.3},{},{},{},{},{}",
                p.label.as_str(),
                r.seed,
                match r.outcome {
                    Outcome::Success => "success",
                    Outcome::Partial => "partial",
                    Outcome::Defeat => "defeat",
                },
                sc.total,
                sc.continuity,
                sc.peak_level,
                sc.trust,
                sc.attribution,
                sc.containment,
                sc.loss_avoided,
                sc.objectives_met,
                sc.data_stolen,
                sc.ip_stolen,
                r.turns_played,
                r.inject_turns.iter().filter(|t| t.is_some()).count()
            );
            for c in &r.action_counts {
                let _ = write!(out, ",{c}");
            }
            out.push('\n');
        }
    }
    out
}

pub use super::balance_page::{balance_doc, charts, index_html, never_fired, never_met};

/// Writes the CSV files, the SVG charts and `index.html` into `dir` (created
/// if needed), in English; returns the paths written.
pub fn write_balance(b: &Balance, dir: &Path) -> io::Result<Vec<PathBuf>> {
    write_balance_in(b, dir, LangChoice::One(Lang::En))
}

/// [`write_balance`] in one language or both: the page with both side by
/// side, each chart in both (the second language's as `outcomes.ko.svg`), and
/// the CSV tables with the other language's prose columns added at the end.
/// Column names and ids stay English in every language: they are what scripts read.
pub fn write_balance_in(b: &Balance, dir: &Path, langs: LangChoice) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut put = |name: &str, text: &str| -> io::Result<()> {
        let path = dir.join(name);
        let bom = if name.ends_with(".csv") { CSV_BOM } else { "" };
        crate::save::write_atomic(&path, format!("{bom}{text}").as_bytes())?;
        written.push(path);
        Ok(())
    };
    put("summary.csv", &summary_csv(b))?;
    put("injects.csv", &injects_csv(b, langs))?;
    put("objectives.csv", &objectives_csv(b, langs))?;
    put("actions.csv", &actions_csv(b, langs))?;
    put("runs.csv", &runs_csv(b))?;
    let all = langs.langs();
    let mut pages = Vec::new();
    for &l in &all {
        let mut names = Vec::new();
        for (name, svg) in charts(l, b)? {
            let name = super::localized_file(name, l, all[0]);
            put(&name, &svg)?;
            names.push(name);
        }
        pages.push(balance_doc(l, b, &names));
    }
    let page = pages.into_iter().reduce(super::doc::bilingual).unwrap_or_default();
    put("index.html", &super::doc::html(&page))?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pearson_and_snake() {
        assert!((pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]).unwrap() - 1.0).abs() < 1e-12);
        assert_eq!(pearson(&[1.0, 1.0], &[2.0, 3.0]), None);
        assert_eq!(snake(ActionKindName::ShareIntel), "share_intel");
        assert_eq!(snake(ActionKindName::Hotline), "hotline");
    }
}
