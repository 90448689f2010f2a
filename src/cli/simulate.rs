//! `hotline simulate`: many seeded games per policy, as a table, JSON or the
//! balance report; `--without` adds rows without one action family, `--vary`
//! plays every row once per value of one scenario field (a sensitivity table).

use super::load;
use hotline::batch::{self, PolicySummary};
use hotline::i18n::{Arg, Lang, LangChoice};
use hotline::report;
use hotline::scenario::Scenario;
use hotline::sim::Difficulty;
use hotline::sim::PolicyName;
use hotline::sim::policy::Families;
use hotline::tr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// `--vary FIELD=V1,V2,…`: one scenario field (by its path in the file) and the values to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Vary {
    pub(crate) field: String,
    pub(crate) values: Vec<String>,
}

impl Vary {
    /// Reads `rules.start_trust=20,60,80`.
    pub(crate) fn parse(arg: &str) -> Result<Vary, String> {
        let (field, values) = arg
            .split_once('=')
            .ok_or_else(|| format!("`{arg}`: write FIELD=V1,V2,… (rules.start_trust=20,60,80)"))?;
        let values: Vec<String> =
            values.split(',').map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
        if field.trim().is_empty() || values.is_empty() {
            return Err(format!("`{arg}`: name a field and at least one value (rules.start_trust=20,80)"));
        }
        Ok(Vary { field: field.trim().to_string(), values })
    }
}

/// The worlds the rows are played in: the scenario as written, or once per
/// value of the varied field (labelled `field=value`).
fn worlds(scenario: &Arc<Scenario>, vary: &Option<Vary>) -> Result<Vec<(String, Arc<Scenario>)>, String> {
    let Some(v) = vary else {
        return Ok(vec![(String::new(), scenario.clone())]);
    };
    v.values
        .iter()
        .map(|value| {
            let world = scenario.with_field(&v.field, value).map_err(|e| e.to_string())?;
            Ok((format!("{}={value}", v.field), Arc::new(world)))
        })
        .collect()
}

/// The setups and worlds of a batch, as labelled rows: every setup once per world.
fn rows(b: &Batch, scenario: &Arc<Scenario>) -> Result<Vec<(String, Arc<Scenario>, batch::Setup)>, ExitCode> {
    let worlds = worlds(scenario, &b.vary).map_err(|e| {
        eprintln!("{}: --vary: {e}", b.path.display());
        ExitCode::from(2)
    })?;
    let mut out = Vec::new();
    for setup in &b.setups {
        for (world, s) in &worlds {
            let label = if world.is_empty() { setup.label() } else { format!("{} [{world}]", setup.label()) };
            out.push((label, s.clone(), *setup));
        }
    }
    Ok(out)
}

/// The runs `simulate` asks for, with or without a report.
pub(super) struct Batch {
    pub(super) path: PathBuf,
    pub(super) runs: usize,
    pub(super) seed: u64,
    pub(super) setups: Vec<batch::Setup>,
    pub(super) threads: usize,
    pub(super) vary: Option<Vary>,
}

/// `simulate`: the summary table (its words in `l`) or JSON.
pub(super) fn simulate(b: &Batch, json: bool, l: Lang) -> ExitCode {
    let Batch { path, runs, seed, threads, .. } = b;
    let scenario = match load(path) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let rows = match rows(b, &scenario) {
        Ok(r) => r,
        Err(c) => return c,
    };
    let summaries: Vec<PolicySummary> = rows
        .iter()
        .map(|(label, s, setup)| batch::run_many_tally(s, setup, *runs, *seed, *threads).summary(label))
        .collect();
    if json {
        let vary = b.vary.as_ref().map(|v| serde_json::json!({ "field": v.field, "values": v.values }));
        let out = serde_json::json!({
            "scenario": path.display().to_string(),
            "runs": runs,
            "seed": seed,
            "vary": vary,
            "policies": summaries,
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    } else {
        let title = scenario.text(l, hotline::scenario::Text::Title);
        println!("{}", tr!(l, "report-cli-simulate-head", title = title, runs = *runs, seed = *seed));
        print!("{}", batch::table_in(l, &summaries));
    }
    ExitCode::SUCCESS
}

/// One seat assignment per asked policy (every built-in policy when none is
/// named), then one per policy and family left alone.
pub(super) fn setups(
    policies: Vec<PolicyName>,
    partner: Option<PolicyName>,
    difficulty: Difficulty,
    without: &[hotline::scenario::ActionKindName],
) -> Vec<batch::Setup> {
    let policies = if policies.is_empty() { PolicyName::ALL.to_vec() } else { policies };
    let mut out = Vec::new();
    for player in policies {
        let setup = batch::Setup { player, partner, difficulty, without: Families::NONE };
        out.push(setup);
        for &f in without {
            out.push(batch::Setup { without: Families::NONE.with(f), ..setup });
        }
    }
    out
}

/// `simulate --report DIR`: the runs with a progress bar, then the balance
/// report in `langs` (the terminal's lines in the first of them).
pub(super) fn simulate_report(b: &Batch, dir: &std::path::Path, langs: LangChoice) -> ExitCode {
    use report::balance;
    let Batch { path, runs, seed, threads, .. } = b;
    let scenario = match load(path) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let rows = match rows(b, &scenario) {
        Ok(r) => r,
        Err(c) => return c,
    };
    let bar = indicatif::ProgressBar::new((runs * rows.len()) as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {elapsed_precise} [{bar:30}] {pos}/{len} runs, eta {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let b = balance::run_rows(&scenario, &rows, *runs, *seed, *threads, &|| bar.inc(1));
    bar.finish_and_clear();
    let summaries: Vec<PolicySummary> =
        b.policies.iter().map(|p| PolicySummary::labelled(&p.label, &p.results)).collect();
    let l = langs.langs()[0];
    let title = scenario.text(l, hotline::scenario::Text::Title);
    println!("{}", tr!(l, "report-cli-simulate-head", title = title, runs = *runs, seed = *seed));
    print!("{}", batch::table_in(l, &summaries));
    let (secs, rate) = (Arg::num(b.elapsed.as_secs_f64(), 2), Arg::num(b.runs_per_second(), 0));
    println!(
        "{}",
        tr!(
            l,
            "report-cli-simulate-speed",
            runs = b.total_runs(),
            seconds = secs,
            threads = *threads,
            rate = rate
        )
    );
    match balance::write_balance_in(&b, dir, langs) {
        Ok(files) => {
            let index = dir.join("index.html").display().to_string();
            println!("{}", tr!(l, "report-cli-balance-written", files = files.len(), index = index));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let dir = dir.display().to_string();
            eprintln!("{}", tr!(l, "report-cli-balance-failed", dir = dir, error = e.to_string()));
            ExitCode::from(1)
        }
    }
}
