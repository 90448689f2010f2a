//! The balance report's page: the SVG charts and `index.html`, built once as
//! a [`Doc`] from the runs of [`super::balance`].

use super::balance::{
    Balance, CHARTS, CSV_FILES, action_stats, inject_stats, objective_met, opt, outcome_counts,
};
use super::charts::{self, Series, policy_color};
use super::doc::{self, Block, Cell, Column, Doc, Figure, Item, Para, Table, Text, Tone};
use crate::batch::{PolicySummary, RunResult};
use crate::scenario::{ActionKindName, describe_trigger};
use std::io;

// --- charts --------------------------------------------------------------------------

fn policy_names(b: &Balance) -> Vec<String> {
    b.policies.iter().map(|p| p.label.clone()).collect()
}

/// One series per policy, in its colour, of `values` of its runs.
fn per_policy_series<T>(b: &Balance, values: impl Fn(&[RunResult]) -> Vec<T>) -> Vec<Series<T>> {
    b.policies
        .iter()
        .map(|p| Series::new(p.label.as_str(), policy_color(p.policy()), values(&p.results)))
        .collect()
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
    let panels = per_policy_series(b, |r| r.iter().map(|r| r.score.total).collect());
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
    let fire = per_policy_series(b, |r| {
        (0..s.def.injects.len()).map(|i| 100.0 * inject_stats(r, i).fire_rate).collect()
    });
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
    let timing = per_policy_series(b, |r| {
        (0..s.def.injects.len()).map(|i| inject_stats(r, i).turn.map(|t| (t.p10, t.p50, t.p90))).collect()
    });
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
    let met = per_policy_series(b, |r| {
        (0..obj_names.len()).map(|o| 100.0 * objective_met(r, o) as f64 / r.len().max(1) as f64).collect()
    });
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
    let per_run =
        per_policy_series(b, |r| (0..fam_names.len()).map(|f| action_stats(r, f).mean_per_run).collect());
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
    let attribution = per_policy_series(b, |r| {
        (0..fam_names.len()).map(|f| action_stats(r, f).difference().unwrap_or(0.0)).collect()
    });
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

fn figure(file: &str, caption: &str) -> Block {
    Block::Figure(Figure { file: file.into(), svg: None, alt: caption.into(), caption: caption.into() })
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

/// One column per policy after the leading ones, titled by `title`.
fn per_policy(b: &Balance, lead: Vec<Column>, title: impl Fn(&str) -> Vec<Column>) -> Table {
    let mut columns = lead;
    for p in &b.policies {
        columns.extend(title(p.label.as_str()));
    }
    Table::new(columns)
}

/// The page as a document: what needs the author's attention first, then
/// outcomes, injects, objectives, action families and the data files.
pub fn balance_doc(b: &Balance) -> Doc {
    let s = &*b.scenario;
    let d = &s.def;
    let title = format!("Balance report — {}", d.title);
    let mut doc = Doc::new(title.as_str());
    doc.heading(1, title);
    doc.lead(&d.summary);
    let last_seed = b.seed.wrapping_add(b.runs.saturating_sub(1) as u64);
    let build = if cfg!(debug_assertions) { "debug" } else { "release" };
    doc.key_values([
        ("Scenario file", Text::new().code(&s.path)),
        (
            "Runs",
            format!("{} per policy ({} in all), seeds {}–{last_seed}", b.runs, b.total_runs(), b.seed).into(),
        ),
        ("Policies", policy_names(b).join(", ").into()),
        (
            "Turns",
            format!("{} turns of {} h; success at score {:.0}", d.turns, d.hours_per_turn, d.win_score)
                .into(),
        ),
        (
            "Time",
            format!(
                "{:.2} s on {} thread(s) — {:.0} runs/s ({build} build)",
                b.elapsed.as_secs_f64(),
                b.threads,
                b.runs_per_second()
            )
            .into(),
        ),
        ("Generated by", format!("hotline {}", env!("CARGO_PKG_VERSION")).into()),
    ]);

    // What needs the author's attention, first.
    let nf = never_fired(b);
    let nm = never_met(b);
    if nf.is_empty() && nm.is_empty() {
        let all = "Every inject fired and every objective was met in at least one run.";
        doc.push(Block::Callout(Tone::Good, vec![Block::Heading(3, all.into())]));
    } else {
        let mut inner = Vec::new();
        if !nf.is_empty() {
            let title = format!("Injects that never fired ({} of {})", nf.len(), d.injects.len());
            inner.push(Block::Heading(3, title.into()));
            let items = nf.iter().map(|&i| {
                let inj = &d.injects[i];
                let t = Text::new().strong(&inj.title).plain(" (").code(&inj.id);
                Item::from(t.plain(format!(") — {}", describe_trigger(s, &inj.trigger))))
            });
            inner.push(Block::List(items.collect()));
        }
        if !nm.is_empty() {
            let title = format!("Objectives never met ({} of {})", nm.len(), d.objectives.len());
            inner.push(Block::Heading(3, title.into()));
            let items = nm.iter().map(|&o| {
                let obj = &d.objectives[o];
                Item::from(Text::new().strong(&obj.text).plain(" (").code(&obj.id).plain(")"))
            });
            inner.push(Block::List(items.collect()));
        }
        let note =
            "Across every run of every policy. Cells at 0% in the tables below show the same per policy.";
        inner.push(Block::Paragraph(Para::Note, note.into()));
        doc.push(Block::Callout(Tone::Bad, inner));
    }

    doc.heading(2, "Outcomes");
    let columns = [
        "Runs",
        "Success",
        "Partial",
        "Defeat",
        "Win rate",
        "Mean score",
        "p10",
        "Median",
        "p90",
        "Objectives met",
        "Peak level",
        "Trust",
    ];
    let mut t = Table::new(std::iter::once(Column::text("Policy")).chain(columns.map(Column::num)).collect());
    for p in &b.policies {
        let s = PolicySummary::labelled(&p.label, &p.results);
        let [w, pa, de] = outcome_counts(&p.results);
        let cells = [
            p.label.clone(),
            p.results.len().to_string(),
            w.to_string(),
            pa.to_string(),
            de.to_string(),
            pct(s.win_rate),
            format!("{:.1}", s.mean_score),
            format!("{:.1}", s.score.p10),
            format!("{:.1}", s.score.p50),
            format!("{:.1}", s.score.p90),
            format!("{:.2} / {}", s.objectives_met.mean, d.objectives.len()),
            format!("{:.2}", s.peak_level.mean),
            format!("{:.1}", s.trust.mean),
        ];
        t.row(cells.map(Cell::from).into());
    }
    doc.table(t);
    doc.push(figure(CHARTS[0], "Share of runs ending in success, partial success and defeat, per policy."));
    doc.push(figure(
        CHARTS[1],
        "Distribution of final scores per policy (bins of 2.5 points); the line marks the success threshold.",
    ));

    doc.heading(2, "Injects");
    doc.note("Fire rate: share of runs in which the inject fired at least once. Turn: the turn it fired (for repeating injects, the last time), over the runs where it fired — mean / median.");
    let mut t = per_policy(b, vec![Column::text("Inject"), Column::text("Trigger")], |p| {
        vec![Column::num(format!("{p} fired")), Column::num("turn")]
    });
    for (i, inj) in d.injects.iter().enumerate() {
        let mut cells: Vec<Cell> = vec![
            Text::new().plain(&inj.title).br().code(&inj.id).into(),
            describe_trigger(s, &inj.trigger).into(),
        ];
        for p in &b.policies {
            let st = inject_stats(&p.results, i);
            cells.push(Cell::flagged(pct(st.fire_rate), st.fired_runs == 0));
            cells.push(st.turn.map_or("—".into(), |t| format!("{:.1} / {:.0}", t.mean, t.p50)).into());
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(CHARTS[2], "Share of runs in which each inject fired, per policy."));
    doc.push(figure(CHARTS[3], "Turn on which each inject fired: dot at the median, line from the 10th to the 90th percentile (runs where it fired)."));

    doc.heading(2, "Objectives");
    let mut t = per_policy(b, vec![Column::text("Objective")], |p| vec![Column::num(p)]);
    for (o, obj) in d.objectives.iter().enumerate() {
        let mut cells: Vec<Cell> = vec![Text::new().plain(&obj.text).br().code(&obj.id).into()];
        for p in &b.policies {
            let met = objective_met(&p.results, o);
            cells.push(Cell::flagged(pct(met as f64 / p.results.len().max(1) as f64), met == 0));
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(CHARTS[4], "Share of runs meeting each objective, per policy."));

    doc.heading(2, "Action families");
    doc.note("Mean actions per run (share of runs that used the family at least once).");
    let stats: Vec<Vec<_>> = (0..ActionKindName::ALL.len())
        .map(|f| b.policies.iter().map(|p| action_stats(&p.results, f)).collect())
        .collect();
    let mut t = per_policy(b, vec![Column::text("Family")], |p| vec![Column::num(p)]);
    for (k, row) in ActionKindName::ALL.iter().zip(&stats) {
        let mut cells: Vec<Cell> = vec![k.label().into()];
        for (a, p) in row.iter().zip(&b.policies) {
            let share = pct(a.runs_using as f64 / p.results.len().max(1) as f64);
            cells.push(format!("{:.2} ({share})", a.mean_per_run).into());
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(CHARTS[5], "Mean actions per run, by family and policy."));
    doc.heading(3, "Contribution to the score");
    doc.note(
        Text::new()
            .plain("Measured on each family's actions ")
            .emph("per turn played")
            .plain(" (runs that end early in defeat would otherwise look as if they used less of everything). Within each policy, runs are split at the policy's median rate: ")
            .strong("Δ score")
            .plain(" is the mean score of runs above the median minus the mean score of the other runs, and ")
            .strong("r")
            .plain(" is Pearson's correlation of the rate with the score. Blank: the rate never rises above its median (or never varies at all). These are associations, not causal effects: policies react to the situation (more restoring when things go badly), so compare them with care."),
    );
    let mut t = per_policy(b, vec![Column::text("Family")], |p| {
        vec![Column::num(format!("{p} Δ score")), Column::num("r")]
    });
    for (k, row) in ActionKindName::ALL.iter().zip(&stats) {
        let mut cells: Vec<Cell> = vec![k.label().into()];
        for a in row {
            cells.push(a.difference().map_or(String::new(), |v| format!("{v:+.1}")).into());
            cells.push(opt(a.correlation, 2).into());
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(CHARTS[6], "Mean score of runs above the policy's median per-turn use of each family, minus the other runs (0 where undefined)."));

    doc.heading(2, "Data files");
    let what = [
        "one row per policy: outcomes and score statistics",
        "one row per inject and policy: fire rate and turn statistics",
        "one row per objective and policy: runs that met it",
        "one row per action family and policy: use and association with the score",
        "one row per run: seed, outcome, score components and actions per family",
    ];
    doc.list(
        CSV_FILES
            .iter()
            .zip(what)
            .map(|(f, w)| Text::new().link(*f, *f).plain(format!(" — {w}")).into())
            .collect(),
    );
    doc
}

/// `index.html`: the page gathering the tables, the charts (as files beside it) and links to the CSV files.
pub fn index_html(b: &Balance) -> String {
    doc::html(&balance_doc(b))
}
