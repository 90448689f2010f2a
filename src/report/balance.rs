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

use super::charts::{self, Series, policy_color};
use super::{csv_row, describe_trigger, html_escape, html_page};
use crate::batch::{self, PolicySummary, RunResult, Setup, Stats};
use crate::scenario::{ActionKindName, Scenario};
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

fn outcome_counts(results: &[RunResult]) -> [usize; 3] {
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

fn opt(v: Option<f64>, digits: usize) -> String {
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

pub fn injects_csv(b: &Balance) -> String {
    let s = &*b.scenario;
    let mut out = format!("{INJECTS_HEADER}\n");
    for (i, inj) in s.def.injects.iter().enumerate() {
        let trigger = describe_trigger(s, &inj.trigger);
        for p in &b.policies {
            let st = inject_stats(&p.results, i);
            let t = st.turn.as_ref();
            out.push_str(&csv_row(&[
                inj.id.clone(),
                inj.title.clone(),
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
            ]));
        }
    }
    out
}

pub fn objectives_csv(b: &Balance) -> String {
    let mut out = format!("{OBJECTIVES_HEADER}\n");
    for (i, o) in b.scenario.def.objectives.iter().enumerate() {
        for p in &b.policies {
            let met = objective_met(&p.results, i);
            out.push_str(&csv_row(&[
                o.id.clone(),
                o.text.clone(),
                p.label.clone(),
                p.results.len().to_string(),
                met.to_string(),
                format!("{:.4}", met as f64 / p.results.len().max(1) as f64),
            ]));
        }
    }
    out
}

pub fn actions_csv(b: &Balance) -> String {
    let mut out = format!("{ACTIONS_HEADER}\n");
    for (f, k) in ActionKindName::ALL.iter().enumerate() {
        for p in &b.policies {
            let a = action_stats(&p.results, f);
            out.push_str(&csv_row(&[
                snake(*k),
                k.label().to_string(),
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
            ]));
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

// --- charts --------------------------------------------------------------------------

fn policy_names(b: &Balance) -> Vec<String> {
    b.policies.iter().map(|p| p.label.clone()).collect()
}

/// The charts as (file name, SVG), in [`CHARTS`] order.
pub fn charts(b: &Balance) -> io::Result<Vec<(&'static str, String)>> {
    let s = &*b.scenario;
    let mut out = Vec::new();
    // Outcomes, stacked per policy.
    let shares: Vec<[f64; 3]> = b
        .policies
        .iter()
        .map(|p| outcome_counts(&p.results).map(|c| 100.0 * c as f64 / p.results.len().max(1) as f64))
        .collect();
    let outcome_series = vec![
        Series::new("Success", charts::SUCCESS, shares.iter().map(|x| x[0]).collect()),
        Series::new("Partial success", charts::PARTIAL, shares.iter().map(|x| x[1]).collect()),
        Series::new("Defeat", charts::DEFEAT, shares.iter().map(|x| x[2]).collect()),
    ];
    out.push((
        CHARTS[0],
        charts::hbars(
            "Outcomes per policy",
            &policy_names(b),
            &outcome_series,
            "% of runs",
            Some((0.0, 100.0)),
            true,
        )?,
    ));
    // Score histograms.
    let panels: Vec<Series<f64>> = b
        .policies
        .iter()
        .map(|p| {
            Series::new(
                p.label.as_str(),
                policy_color(p.policy()),
                p.results.iter().map(|r| r.score.total).collect(),
            )
        })
        .collect();
    let win = format!("success at {:.0}", s.def.win_score);
    out.push((
        CHARTS[1],
        charts::histograms(
            "Score distribution per policy",
            &panels,
            0.0,
            100.0,
            2.5,
            "final score",
            Some((s.def.win_score, &win)),
        )?,
    ));
    // Injects: fire rate and timing.
    let inject_names: Vec<String> = s.def.injects.iter().map(|i| i.title.clone()).collect();
    let fire: Vec<Series<f64>> = b
        .policies
        .iter()
        .map(|p| {
            Series::new(
                p.label.as_str(),
                policy_color(p.policy()),
                (0..s.def.injects.len()).map(|i| 100.0 * inject_stats(&p.results, i).fire_rate).collect(),
            )
        })
        .collect();
    out.push((
        CHARTS[2],
        charts::hbars(
            "How often each inject fired",
            &inject_names,
            &fire,
            "% of runs in which it fired",
            Some((0.0, 100.0)),
            false,
        )?,
    ));
    let timing: Vec<Series<Option<(f64, f64, f64)>>> = b
        .policies
        .iter()
        .map(|p| {
            Series::new(
                p.label.as_str(),
                policy_color(p.policy()),
                (0..s.def.injects.len())
                    .map(|i| inject_stats(&p.results, i).turn.map(|t| (t.p10, t.p50, t.p90)))
                    .collect(),
            )
        })
        .collect();
    out.push((
        CHARTS[3],
        charts::ranges(
            "When each inject fired (dot: median turn; line: 10th–90th percentile)",
            &inject_names,
            &timing,
            "turn",
            (0.5, s.def.turns.max(1) as f64 + 0.5),
        )?,
    ));
    // Objectives.
    let obj_names: Vec<String> = s.def.objectives.iter().map(|o| o.text.clone()).collect();
    let met: Vec<Series<f64>> = b
        .policies
        .iter()
        .map(|p| {
            Series::new(
                p.label.as_str(),
                policy_color(p.policy()),
                (0..obj_names.len())
                    .map(|o| 100.0 * objective_met(&p.results, o) as f64 / p.results.len().max(1) as f64)
                    .collect(),
            )
        })
        .collect();
    out.push((
        CHARTS[4],
        charts::hbars(
            "How often each objective was met",
            &obj_names,
            &met,
            "% of runs",
            Some((0.0, 100.0)),
            false,
        )?,
    ));
    // Action families.
    let fam_names: Vec<String> = ActionKindName::ALL.iter().map(|k| k.label().to_string()).collect();
    let per_run: Vec<Series<f64>> = b
        .policies
        .iter()
        .map(|p| {
            Series::new(
                p.label.as_str(),
                policy_color(p.policy()),
                (0..fam_names.len()).map(|f| action_stats(&p.results, f).mean_per_run).collect(),
            )
        })
        .collect();
    out.push((
        CHARTS[5],
        charts::hbars(
            "Actions per run, by family",
            &fam_names,
            &per_run,
            "mean actions per run",
            None,
            false,
        )?,
    ));
    let attribution: Vec<Series<f64>> = b
        .policies
        .iter()
        .map(|p| {
            Series::new(
                p.label.as_str(),
                policy_color(p.policy()),
                (0..fam_names.len())
                    .map(|f| action_stats(&p.results, f).difference().unwrap_or(0.0))
                    .collect(),
            )
        })
        .collect();
    out.push((
        CHARTS[6],
        charts::hbars(
            "Score of runs above the median rate of a family (per turn), minus the rest",
            &fam_names,
            &attribution,
            "score points",
            None,
            false,
        )?,
    ));
    Ok(out)
}

// --- index.html ---------------------------------------------------------------------

fn pct(v: f64) -> String {
    format!("{:.1}%", 100.0 * v)
}

fn num_td(v: String, zero: bool) -> String {
    format!("<td class=\"num{}\">{v}</td>", if zero { " zero" } else { "" })
}

fn figure(file: &str, caption: &str) -> String {
    format!(
        "<figure><img src=\"{file}\" alt=\"{}\"><figcaption>{}</figcaption></figure>\n",
        html_escape(caption),
        html_escape(caption)
    )
}

/// Injects that fired in no run of any policy.
pub fn never_fired(b: &Balance) -> Vec<usize> {
    (0..b.scenario.def.injects.len())
        .filter(|&i| b.policies.iter().all(|p| inject_stats(&p.results, i).fired_runs == 0))
        .collect()
}

/// Objectives met in no run of any policy.
pub fn never_met(b: &Balance) -> Vec<usize> {
    (0..b.scenario.def.objectives.len())
        .filter(|&o| b.policies.iter().all(|p| objective_met(&p.results, o) == 0))
        .collect()
}

pub fn index_html(b: &Balance) -> String {
    let s = &*b.scenario;
    let d = &s.def;
    let mut h = String::new();
    let _ = write!(
        h,
        "<h1>Balance report — {}</h1>\n<p class=\"lead\">{}</p>\n",
        html_escape(&d.title),
        html_escape(&d.summary)
    );
    let _ = writeln!(
        h,
        "<dl class=\"kv\"><dt>Scenario file</dt><dd><code>{}</code></dd><dt>Runs</dt><dd>{} per policy ({} in all), seeds {}–{}</dd>\
         <dt>Policies</dt><dd>{}</dd><dt>Turns</dt><dd>{} turns of {} h; success at score {:.0}</dd>\
         <dt>Time</dt><dd>{:.2} s on {} thread(s) — {:.0} runs/s ({} build)</dd><dt>Generated by</dt><dd>hotline {}</dd></dl>",
        html_escape(&s.path),
        b.runs,
        b.total_runs(),
        b.seed,
        b.seed.wrapping_add(b.runs.saturating_sub(1) as u64),
        html_escape(&policy_names(b).join(", ")),
        d.turns,
        d.hours_per_turn,
        d.win_score,
        b.elapsed.as_secs_f64(),
        b.threads,
        b.runs_per_second(),
        if cfg!(debug_assertions) { "debug" } else { "release" },
        env!("CARGO_PKG_VERSION"),
    );

    // What needs the author's attention, first.
    let nf = never_fired(b);
    let nm = never_met(b);
    if nf.is_empty() && nm.is_empty() {
        h.push_str("<div class=\"alert ok\"><h3>Every inject fired and every objective was met in at least one run.</h3></div>\n");
    } else {
        h.push_str("<div class=\"alert\">\n");
        if !nf.is_empty() {
            let _ =
                writeln!(h, "<h3>Injects that never fired ({} of {})</h3><ul>", nf.len(), d.injects.len());
            for &i in &nf {
                let inj = &d.injects[i];
                let _ = writeln!(
                    h,
                    "<li><b>{}</b> (<code>{}</code>) — {}</li>",
                    html_escape(&inj.title),
                    html_escape(&inj.id),
                    html_escape(&describe_trigger(s, &inj.trigger))
                );
            }
            h.push_str("</ul>\n");
        }
        if !nm.is_empty() {
            let _ = writeln!(h, "<h3>Objectives never met ({} of {})</h3><ul>", nm.len(), d.objectives.len());
            for &o in &nm {
                let _ = writeln!(
                    h,
                    "<li><b>{}</b> (<code>{}</code>)</li>",
                    html_escape(&d.objectives[o].text),
                    html_escape(&d.objectives[o].id)
                );
            }
            h.push_str("</ul>\n");
        }
        h.push_str("<p class=\"note\">Across every run of every policy. Cells at 0% in the tables below show the same per policy.</p></div>\n");
    }

    // Outcomes.
    h.push_str("<h2>Outcomes</h2>\n<table><thead><tr><th>Policy</th><th class=\"num\">Runs</th><th class=\"num\">Success</th><th class=\"num\">Partial</th><th class=\"num\">Defeat</th><th class=\"num\">Win rate</th><th class=\"num\">Mean score</th><th class=\"num\">p10</th><th class=\"num\">Median</th><th class=\"num\">p90</th><th class=\"num\">Objectives met</th><th class=\"num\">Peak level</th><th class=\"num\">Trust</th></tr></thead><tbody>\n");
    for p in &b.policies {
        let s = PolicySummary::labelled(&p.label, &p.results);
        let [w, pa, de] = outcome_counts(&p.results);
        let _ = writeln!(
            h,
            "<tr><td>{}</td>{}{}{}{}{}{}{}{}{}{}{}{}</tr>",
            p.label.as_str(),
            num_td(p.results.len().to_string(), false),
            num_td(w.to_string(), false),
            num_td(pa.to_string(), false),
            num_td(de.to_string(), false),
            num_td(pct(s.win_rate), false),
            num_td(format!("{:.1}", s.mean_score), false),
            num_td(format!("{:.1}", s.score.p10), false),
            num_td(format!("{:.1}", s.score.p50), false),
            num_td(format!("{:.1}", s.score.p90), false),
            num_td(format!("{:.2} / {}", s.objectives_met.mean, d.objectives.len()), false),
            num_td(format!("{:.2}", s.peak_level.mean), false),
            num_td(format!("{:.1}", s.trust.mean), false),
        );
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&figure(
        CHARTS[0],
        "Share of runs ending in success, partial success and defeat, per policy.",
    ));
    h.push_str(&figure(
        CHARTS[1],
        "Distribution of final scores per policy (bins of 2.5 points); the line marks the success threshold.",
    ));

    // Injects.
    h.push_str("<h2>Injects</h2>\n<p class=\"note\">Fire rate: share of runs in which the inject fired at least once. Turn: the turn it fired (for repeating injects, the last time), over the runs where it fired — mean / median.</p>\n");
    h.push_str("<table><thead><tr><th>Inject</th><th>Trigger</th>");
    for p in &b.policies {
        let _ = write!(h, "<th class=\"num\">{} fired</th><th class=\"num\">turn</th>", p.label.as_str());
    }
    h.push_str("</tr></thead><tbody>\n");
    for (i, inj) in d.injects.iter().enumerate() {
        let _ = write!(
            h,
            "<tr><td>{}<br><code>{}</code></td><td>{}</td>",
            html_escape(&inj.title),
            html_escape(&inj.id),
            html_escape(&describe_trigger(s, &inj.trigger))
        );
        for p in &b.policies {
            let st = inject_stats(&p.results, i);
            h.push_str(&num_td(pct(st.fire_rate), st.fired_runs == 0));
            h.push_str(&num_td(
                st.turn.map_or("—".into(), |t| format!("{:.1} / {:.0}", t.mean, t.p50)),
                false,
            ));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&figure(CHARTS[2], "Share of runs in which each inject fired, per policy."));
    h.push_str(&figure(CHARTS[3], "Turn on which each inject fired: dot at the median, line from the 10th to the 90th percentile (runs where it fired)."));

    // Objectives.
    h.push_str("<h2>Objectives</h2>\n<table><thead><tr><th>Objective</th>");
    for p in &b.policies {
        let _ = write!(h, "<th class=\"num\">{}</th>", p.label.as_str());
    }
    h.push_str("</tr></thead><tbody>\n");
    for (o, obj) in d.objectives.iter().enumerate() {
        let _ = write!(h, "<tr><td>{}<br><code>{}</code></td>", html_escape(&obj.text), html_escape(&obj.id));
        for p in &b.policies {
            let met = objective_met(&p.results, o);
            h.push_str(&num_td(pct(met as f64 / p.results.len().max(1) as f64), met == 0));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&figure(CHARTS[4], "Share of runs meeting each objective, per policy."));

    // Action families.
    h.push_str("<h2>Action families</h2>\n<p class=\"note\">Mean actions per run (share of runs that used the family at least once).</p>\n<table><thead><tr><th>Family</th>");
    for p in &b.policies {
        let _ = write!(h, "<th class=\"num\">{}</th>", p.label.as_str());
    }
    h.push_str("</tr></thead><tbody>\n");
    let stats: Vec<Vec<ActionStat>> = ActionKindName::ALL
        .iter()
        .enumerate()
        .map(|(f, _)| b.policies.iter().map(|p| action_stats(&p.results, f)).collect())
        .collect();
    for (f, k) in ActionKindName::ALL.iter().enumerate() {
        let _ = write!(h, "<tr><td>{}</td>", html_escape(k.label()));
        for (pi, p) in b.policies.iter().enumerate() {
            let a = &stats[f][pi];
            h.push_str(&num_td(
                format!(
                    "{:.2} ({})",
                    a.mean_per_run,
                    pct(a.runs_using as f64 / p.results.len().max(1) as f64)
                ),
                false,
            ));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&figure(CHARTS[5], "Mean actions per run, by family and policy."));
    h.push_str(
        "<h3>Contribution to the score</h3>\n<p class=\"note\">Measured on each family's actions <i>per turn played</i> (runs that end early \
         in defeat would otherwise look as if they used less of everything). Within each policy, runs are split at the policy's median rate: \
         <b>Δ score</b> is the mean score of runs above the median minus the mean score of the other runs, \
         and <b>r</b> is Pearson's correlation of the rate with the score. Blank: the rate never rises above its median \
         (or never varies at all). These are associations, not causal effects: policies react to the situation (more restoring when things go badly), \
         so compare them with care.</p>\n<table><thead><tr><th>Family</th>",
    );
    for p in &b.policies {
        let _ = write!(h, "<th class=\"num\">{} Δ score</th><th class=\"num\">r</th>", p.label.as_str());
    }
    h.push_str("</tr></thead><tbody>\n");
    for (f, k) in ActionKindName::ALL.iter().enumerate() {
        let _ = write!(h, "<tr><td>{}</td>", html_escape(k.label()));
        for a in &stats[f] {
            h.push_str(&num_td(a.difference().map_or(String::new(), |v| format!("{v:+.1}")), false));
            h.push_str(&num_td(opt(a.correlation, 2), false));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&figure(CHARTS[6], "Mean score of runs above the policy's median per-turn use of each family, minus the other runs (0 where undefined)."));

    // Files.
    h.push_str("<h2>Data files</h2>\n<ul>\n");
    let what = [
        "one row per policy: outcomes and score statistics",
        "one row per inject and policy: fire rate and turn statistics",
        "one row per objective and policy: runs that met it",
        "one row per action family and policy: use and association with the score",
        "one row per run: seed, outcome, score components and actions per family",
    ];
    for (f, w) in CSV_FILES.iter().zip(what) {
        let _ = writeln!(h, "<li><a href=\"{f}\">{f}</a> — {w}</li>");
    }
    h.push_str("</ul>\n");
    html_page(&format!("Balance report — {}", d.title), &h)
}

/// Writes the CSV files, the SVG charts and `index.html` into `dir` (created
/// if needed); returns the paths written.
pub fn write_balance(b: &Balance, dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut put = |name: &str, text: &str| -> io::Result<()> {
        let path = dir.join(name);
        let bom = if name.ends_with(".csv") { super::CSV_BOM } else { "" };
        crate::save::write_atomic(&path, format!("{bom}{text}").as_bytes())?;
        written.push(path);
        Ok(())
    };
    put("summary.csv", &summary_csv(b))?;
    put("injects.csv", &injects_csv(b))?;
    put("objectives.csv", &objectives_csv(b))?;
    put("actions.csv", &actions_csv(b))?;
    put("runs.csv", &runs_csv(b))?;
    for (name, svg) in charts(b)? {
        put(name, &svg)?;
    }
    put("index.html", &index_html(b))?;
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
