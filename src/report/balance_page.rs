//! The balance report's page: the SVG charts and `index.html`, built once as
//! a [`Doc`] from the runs of [`super::balance`].

use super::balance::{
    Balance, CHARTS, CSV_FILES, action_stats, inject_stats, objective_met, opt, outcome_counts,
};
use super::charts::{self, Series, policy_color};
use super::doc::{self, Block, Cell, Column, Doc, Figure, Item, Para, Table, Text, Tone};
use super::{MARK, cut};
use crate::batch::{PolicySummary, RunResult, Setup};
use crate::i18n::{Arg, Lang};
use crate::narrate::{labels, trigger};
use crate::scenario::{ActionKindName, Text as Prose};
use crate::sim::{Difficulty, PolicyName};
use crate::tr;
use std::io;

// --- charts --------------------------------------------------------------------------

/// A setup as the page names it: its label (an id, as the CSV files and the
/// command line write it) in English, its words in another language.
fn policy_label(l: Lang, setup: &Setup) -> String {
    if l == Lang::En {
        return setup.label();
    }
    let name = |p: PolicyName| match p {
        PolicyName::Passive => tr!(l, "report-policy-passive"),
        PolicyName::Random => tr!(l, "report-policy-random"),
        PolicyName::Cooperative => tr!(l, "report-policy-cooperative"),
        PolicyName::Unilateral => tr!(l, "report-policy-unilateral"),
        PolicyName::Ai => tr!(l, "report-policy-ai"),
        PolicyName::Planner => tr!(l, "report-policy-planner"),
    };
    let mut out = name(setup.player);
    if let Some(p) = setup.partner {
        out = tr!(l, "report-policy-with-partner", player = out, partner = name(p));
    }
    if setup.difficulty != Difficulty::Standard {
        out = tr!(l, "report-policy-at", policy = out, difficulty = labels::difficulty(l, setup.difficulty));
    }
    for f in setup.without.names() {
        out = tr!(l, "report-policy-without", policy = out, family = f.label_in(l));
    }
    out
}

fn policy_names(l: Lang, b: &Balance) -> Vec<String> {
    b.policies.iter().map(|p| policy_label(l, &p.setup)).collect()
}

/// One series per policy, in its colour, of `values` of its runs.
fn per_policy_series<T>(l: Lang, b: &Balance, values: impl Fn(&[RunResult]) -> Vec<T>) -> Vec<Series<T>> {
    b.policies
        .iter()
        .map(|p| Series::new(policy_label(l, &p.setup), policy_color(p.policy()), values(&p.results)))
        .collect()
}

/// The charts in `l` as (file name, SVG), in [`CHARTS`] order.
pub fn charts(l: Lang, b: &Balance) -> io::Result<Vec<(&'static str, String)>> {
    let s = &*b.scenario;
    let mut out = Vec::new();
    let runs_share = tr!(l, "report-chart-runs-share");
    // Outcomes, stacked per policy.
    let shares: Vec<[f64; 3]> = b
        .policies
        .iter()
        .map(|p| outcome_counts(&p.results).map(|c| 100.0 * c as f64 / p.results.len().max(1) as f64))
        .collect();
    let share = |k: usize| shares.iter().map(|x| x[k]).collect::<Vec<f64>>();
    let outcome_series = vec![
        Series::new(tr!(l, "outcome-success"), charts::SUCCESS, share(0)),
        Series::new(tr!(l, "outcome-partial"), charts::PARTIAL, share(1)),
        Series::new(tr!(l, "outcome-defeat"), charts::DEFEAT, share(2)),
    ];
    let title = tr!(l, "report-chart-outcomes-title");
    let bars =
        charts::hbars(&title, &policy_names(l, b), &outcome_series, &runs_share, Some((0.0, 100.0)), true)?;
    out.push((CHARTS[0], bars));
    // Score histograms, each panel captioned with its runs.
    let mut panels = per_policy_series(l, b, |r| r.iter().map(|r| r.score.total).collect());
    for p in &mut panels {
        p.name = tr!(l, "report-chart-panel", name = p.name.as_str(), runs = p.values.len());
    }
    let win = tr!(l, "report-chart-success-at", win = Arg::num(s.def.win_score, 0));
    out.push((
        CHARTS[1],
        charts::histograms(
            &tr!(l, "report-chart-histogram-title"),
            &panels,
            0.0,
            100.0,
            2.5,
            &tr!(l, "report-chart-final-score"),
            &runs_share,
            Some((s.def.win_score, &win)),
        )?,
    ));
    // Injects: fire rate and timing.
    let inject_names: Vec<String> =
        (0..s.def.injects.len()).map(|i| s.text(l, Prose::InjectTitle(i)).to_string()).collect();
    let fire = per_policy_series(l, b, |r| {
        (0..s.def.injects.len()).map(|i| 100.0 * inject_stats(r, i).fire_rate).collect()
    });
    out.push((
        CHARTS[2],
        charts::hbars(
            &tr!(l, "report-chart-fire-title"),
            &inject_names,
            &fire,
            &tr!(l, "report-chart-fire-axis"),
            Some((0.0, 100.0)),
            false,
        )?,
    ));
    let timing = per_policy_series(l, b, |r| {
        (0..s.def.injects.len()).map(|i| inject_stats(r, i).turn.map(|t| (t.p10, t.p50, t.p90))).collect()
    });
    out.push((
        CHARTS[3],
        charts::ranges(
            &tr!(l, "report-chart-timing-title"),
            &inject_names,
            &timing,
            &tr!(l, "report-balance-turn"),
            (0.5, s.def.turns.max(1) as f64 + 0.5),
        )?,
    ));
    // Objectives.
    let obj_names: Vec<String> =
        (0..s.def.objectives.len()).map(|o| s.text(l, Prose::Objective(o)).to_string()).collect();
    let met = per_policy_series(l, b, |r| {
        (0..obj_names.len()).map(|o| 100.0 * objective_met(r, o) as f64 / r.len().max(1) as f64).collect()
    });
    let title = tr!(l, "report-chart-objectives-title");
    out.push((CHARTS[4], charts::hbars(&title, &obj_names, &met, &runs_share, Some((0.0, 100.0)), false)?));
    // Action families.
    let fam_names: Vec<String> = ActionKindName::ALL.iter().map(|k| k.label_in(l)).collect();
    let per_run =
        per_policy_series(l, b, |r| (0..fam_names.len()).map(|f| action_stats(r, f).mean_per_run).collect());
    out.push((
        CHARTS[5],
        charts::hbars(
            &tr!(l, "report-chart-actions-title"),
            &fam_names,
            &per_run,
            &tr!(l, "report-chart-actions-axis"),
            None,
            false,
        )?,
    ));
    let attribution = per_policy_series(l, b, |r| {
        (0..fam_names.len()).map(|f| action_stats(r, f).difference().unwrap_or(0.0)).collect()
    });
    out.push((
        CHARTS[6],
        charts::hbars(
            &tr!(l, "report-chart-attribution-title"),
            &fam_names,
            &attribution,
            &tr!(l, "report-chart-score-points"),
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
fn per_policy(l: Lang, b: &Balance, lead: Vec<Column>, title: impl Fn(&str) -> Vec<Column>) -> Table {
    let mut columns = lead;
    for p in &b.policies {
        columns.extend(title(&policy_label(l, &p.setup)));
    }
    Table::new(columns)
}

/// The page in `l` as a document: what needs the author's attention first,
/// then outcomes, injects, objectives, action families and the data files.
/// `charts` are the chart file names, in [`CHARTS`] order.
pub fn balance_doc(l: Lang, b: &Balance, charts: &[String]) -> Doc {
    let s = &*b.scenario;
    let d = &s.def;
    let chart = |i: usize| charts.get(i).cloned().unwrap_or_else(|| CHARTS[i].to_string());
    let title = tr!(l, "report-balance-title", title = s.text(l, Prose::Title));
    let mut doc = Doc::in_lang(l, title.as_str());
    doc.heading(1, title);
    doc.lead(s.text(l, Prose::Summary));
    let last_seed = b.seed.wrapping_add(b.runs.saturating_sub(1) as u64);
    let build = if cfg!(debug_assertions) {
        tr!(l, "report-balance-debug")
    } else {
        tr!(l, "report-balance-release")
    };
    let (runs, total, first) = (b.runs, b.total_runs(), b.seed);
    let seconds = Arg::num(b.elapsed.as_secs_f64(), 2);
    let rate = Arg::num(b.runs_per_second(), 0);
    doc.key_values([
        (tr!(l, "report-scenario-file"), Text::new().code(&s.path)),
        (
            tr!(l, "report-balance-runs"),
            tr!(l, "report-balance-runs-value", runs = runs, total = total, first = first, last = last_seed)
                .into(),
        ),
        (tr!(l, "report-balance-policies"), policy_names(l, b).join(", ").into()),
        (
            tr!(l, "report-balance-turns"),
            tr!(
                l,
                "report-balance-turns-value",
                turns = d.turns,
                hours = d.hours_per_turn,
                win = Arg::num(d.win_score, 0)
            )
            .into(),
        ),
        (
            tr!(l, "report-balance-time"),
            tr!(
                l,
                "report-balance-time-value",
                seconds = seconds,
                threads = b.threads,
                rate = rate,
                build = build
            )
            .into(),
        ),
        (tr!(l, "report-balance-generated"), format!("hotline {}", env!("CARGO_PKG_VERSION")).into()),
    ]);

    // What needs the author's attention, first.
    let nf = never_fired(b);
    let nm = never_met(b);
    if nf.is_empty() && nm.is_empty() {
        let all = tr!(l, "report-balance-all-fine");
        doc.push(Block::Callout(Tone::Good, vec![Block::Heading(3, all.into())]));
    } else {
        let mut inner = Vec::new();
        if !nf.is_empty() {
            let title = tr!(l, "report-balance-never-fired", count = nf.len(), total = d.injects.len());
            inner.push(Block::Heading(3, title.into()));
            let items = nf.iter().map(|&i| {
                let inj = &d.injects[i];
                let t = Text::new().strong(s.text(l, Prose::InjectTitle(i))).plain(" (").code(&inj.id);
                Item::from(t.plain(format!(") — {}", trigger(l, s, &inj.trigger))))
            });
            inner.push(Block::List(items.collect()));
        }
        if !nm.is_empty() {
            let title = tr!(l, "report-balance-never-met", count = nm.len(), total = d.objectives.len());
            inner.push(Block::Heading(3, title.into()));
            let items = nm.iter().map(|&o| {
                let obj = &d.objectives[o];
                let text = s.text(l, Prose::Objective(o));
                Item::from(Text::new().strong(text).plain(" (").code(&obj.id).plain(")"))
            });
            inner.push(Block::List(items.collect()));
        }
        inner.push(Block::Paragraph(Para::Note, tr!(l, "report-balance-never-note").into()));
        doc.push(Block::Callout(Tone::Bad, inner));
    }

    doc.heading(2, tr!(l, "report-balance-outcomes"));
    let columns = [
        tr!(l, "report-balance-runs"),
        tr!(l, "report-balance-success"),
        tr!(l, "report-balance-partial"),
        tr!(l, "report-balance-defeat"),
        tr!(l, "report-balance-win-rate"),
        tr!(l, "report-balance-mean-score"),
        "p10".to_string(),
        tr!(l, "report-balance-median"),
        "p90".to_string(),
        tr!(l, "report-balance-objectives-met"),
        tr!(l, "report-balance-peak-level"),
        tr!(l, "report-balance-trust"),
    ];
    let policy = Column::text(tr!(l, "report-balance-policy"));
    let mut t = Table::new(std::iter::once(policy).chain(columns.map(Column::num)).collect());
    for p in &b.policies {
        let s = PolicySummary::labelled(&p.label, &p.results);
        let [w, pa, de] = outcome_counts(&p.results);
        let cells = [
            policy_label(l, &p.setup),
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
    doc.push(figure(&chart(0), &tr!(l, "report-balance-outcomes-caption")));
    doc.push(figure(&chart(1), &tr!(l, "report-balance-histogram-caption")));

    doc.heading(2, tr!(l, "report-balance-injects"));
    doc.note(tr!(l, "report-balance-injects-note"));
    let lead =
        vec![Column::text(tr!(l, "report-balance-inject")), Column::text(tr!(l, "report-balance-trigger"))];
    let mut t = per_policy(l, b, lead, |p| {
        vec![
            Column::num(tr!(l, "report-balance-fired", policy = p)),
            Column::num(tr!(l, "report-balance-turn")),
        ]
    });
    for (i, inj) in d.injects.iter().enumerate() {
        let title = Text::new().plain(s.text(l, Prose::InjectTitle(i))).br().code(&inj.id);
        let mut cells: Vec<Cell> = vec![title.into(), trigger(l, s, &inj.trigger).into()];
        for p in &b.policies {
            let st = inject_stats(&p.results, i);
            cells.push(Cell::flagged(pct(st.fire_rate), st.fired_runs == 0));
            cells.push(st.turn.map_or("—".into(), |t| format!("{:.1} / {:.0}", t.mean, t.p50)).into());
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(&chart(2), &tr!(l, "report-balance-fire-caption")));
    doc.push(figure(&chart(3), &tr!(l, "report-balance-timing-caption")));

    doc.heading(2, tr!(l, "report-balance-objectives"));
    let mut t =
        per_policy(l, b, vec![Column::text(tr!(l, "report-balance-objective"))], |p| vec![Column::num(p)]);
    for (o, obj) in d.objectives.iter().enumerate() {
        let text = Text::new().plain(s.text(l, Prose::Objective(o)));
        let mut cells: Vec<Cell> = vec![text.br().code(&obj.id).into()];
        for p in &b.policies {
            let met = objective_met(&p.results, o);
            cells.push(Cell::flagged(pct(met as f64 / p.results.len().max(1) as f64), met == 0));
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(&chart(4), &tr!(l, "report-balance-objectives-caption")));

    families(l, b, &chart, &mut doc);

    doc.heading(2, tr!(l, "report-balance-files"));
    let what = [
        tr!(l, "report-balance-file-summary"),
        tr!(l, "report-balance-file-injects"),
        tr!(l, "report-balance-file-objectives"),
        tr!(l, "report-balance-file-actions"),
        tr!(l, "report-balance-file-runs"),
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

/// The action families: use per policy, and association with the score.
fn families(l: Lang, b: &Balance, chart: &dyn Fn(usize) -> String, doc: &mut Doc) {
    doc.heading(2, tr!(l, "report-balance-families"));
    doc.note(tr!(l, "report-balance-families-note"));
    let stats: Vec<Vec<_>> = (0..ActionKindName::ALL.len())
        .map(|f| b.policies.iter().map(|p| action_stats(&p.results, f)).collect())
        .collect();
    let family = || Column::text(tr!(l, "report-balance-family"));
    let mut t = per_policy(l, b, vec![family()], |p| vec![Column::num(p)]);
    for (k, row) in ActionKindName::ALL.iter().zip(&stats) {
        let mut cells: Vec<Cell> = vec![k.label_in(l).into()];
        for (a, p) in row.iter().zip(&b.policies) {
            let share = pct(a.runs_using as f64 / p.results.len().max(1) as f64);
            cells.push(format!("{:.2} ({share})", a.mean_per_run).into());
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(&chart(5), &tr!(l, "report-balance-actions-caption")));
    doc.heading(3, tr!(l, "report-balance-contribution"));
    let delta = tr!(l, "report-balance-delta-score");
    let p = cut(&tr!(l, "report-balance-contribution-note", rate = MARK, delta = MARK, r = MARK));
    let part = |i: usize| p.get(i).cloned().unwrap_or_default();
    doc.note(
        Text::new()
            .plain(part(0))
            .emph(tr!(l, "report-balance-per-turn"))
            .plain(part(1))
            .strong(delta.as_str())
            .plain(part(2))
            .strong("r")
            .plain(part(3)),
    );
    let mut t = per_policy(l, b, vec![family()], |p| {
        vec![Column::num(tr!(l, "report-balance-delta", policy = p)), Column::num("r")]
    });
    for (k, row) in ActionKindName::ALL.iter().zip(&stats) {
        let mut cells: Vec<Cell> = vec![k.label_in(l).into()];
        for a in row {
            cells.push(a.difference().map_or(String::new(), |v| format!("{v:+.1}")).into());
            cells.push(opt(a.correlation, 2).into());
        }
        t.row(cells);
    }
    doc.table(t);
    doc.push(figure(&chart(6), &tr!(l, "report-balance-attribution-caption")));
}

/// `index.html` in `l`: the page gathering the tables, the charts (as files
/// beside it) and links to the CSV files.
pub fn index_html(l: Lang, b: &Balance) -> String {
    doc::html(&balance_doc(l, b, &CHARTS.map(String::from)))
}
