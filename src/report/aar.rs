//! The after-action report of one exercise, in the spirit of HSEEP: overview,
//! objectives, timeline, charts, strengths and areas for improvement (judged
//! by the rules of [`super::findings`]), and an improvement plan.
//!
//! [`aar_doc`] builds the report once as a [`Doc`]; [`write_aar`] renders it to
//! `report.html` (self-contained, charts inlined) and `report.md` (with the
//! charts as SVG files beside it), and writes `decisions.csv`.
//! The exercise is over when the report is written, so entries of the log the
//! players could not see are shown, marked "unseen during play".

use super::charts::{self, PALETTE, Series};
use super::doc::{self, Block, Cell, Column, Doc, Figure, Item, Para, Table, Text, Tone};
pub use super::findings::{Facts, Finding, RULES, Rating, Rule, SECTOR_FLOOR, findings};
use crate::csv::{CSV_BOM, csv_row};
use crate::save::{Overwrite, write_file};
use crate::scenario::Sector;
use crate::sim::{Decision, Event, Exercise, LogKind, Outcome, Score};
use std::io;
use std::path::Path;

/// The section headings, in order, identical in HTML and Markdown.
pub const SECTIONS: [&str; 6] = [
    "Exercise overview",
    "Objectives",
    "Timeline of injects and decisions",
    "Service, escalation and trust over time",
    "Strengths and areas for improvement",
    "Improvement plan",
];

/// Header of `decisions.csv`.
pub const DECISIONS_HEADER: &str = "turn,nation,decision,rationale";

/// Chart files written beside `report.md` (the HTML inlines them).
pub const CHART_FILES: [&str; 3] = ["aar_service.svg", "aar_escalation.svg", "aar_trust.svg"];

/// Text shown for log entries that were secret during play.
pub const UNSEEN: &str = "unseen during play";

// --- decisions ---------------------------------------------------------------------

/// Each decision with the turn it was taken on: (turn, nation, description, rationale).
pub fn decision_rows(ex: &Exercise) -> Vec<(u32, String, String, String)> {
    let mut turn = 1;
    let mut rows = Vec::new();
    for d in ex.decisions() {
        let (nation, text) = crate::narrate::decision(crate::i18n::Lang::En, ex.scenario(), d);
        let rationale = match d {
            Decision::Act { rationale, .. } => rationale.trim().to_string(),
            _ => String::new(),
        };
        rows.push((turn, nation, text, rationale));
        if matches!(d, Decision::EndTurn) {
            turn += 1;
        }
    }
    rows
}

/// `decisions.csv`: a header, then one row per decision of the log, in order.
pub fn decisions_csv(ex: &Exercise) -> String {
    let mut out = format!("{DECISIONS_HEADER}\n");
    for (turn, nation, text, rationale) in decision_rows(ex) {
        out.push_str(&csv_row(&[turn.to_string(), nation, text, rationale]));
    }
    out
}

// --- timeline ------------------------------------------------------------------------

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub turn: u32,
    pub kind: LogKind,
    pub nation: String,
    pub text: String,
    pub rationale: String,
    /// Hidden from the players while the exercise ran.
    pub secret: bool,
}

/// The log without turn banners, each rationale attached to the decision it explains.
pub fn timeline(ex: &Exercise) -> Vec<TimelineEntry> {
    let s = &ex.scenario().def;
    let mut out: Vec<TimelineEntry> = Vec::new();
    for e in ex.log() {
        if e.kind() == LogKind::Turn {
            continue;
        }
        if let Event::Rationale { text } = &e.event
            && let Some(last) = out.last_mut()
            && last.rationale.is_empty()
        {
            last.rationale = text.trim().to_string();
            continue;
        }
        out.push(TimelineEntry {
            turn: e.turn,
            kind: e.kind(),
            nation: e.nation.and_then(|n| s.nations.get(n)).map_or(String::new(), |n| n.short.clone()),
            text: crate::narrate::entry(crate::i18n::Lang::En, ex.scenario(), e),
            rationale: String::new(),
            secret: e.secret(),
        });
    }
    out
}

// --- overview ------------------------------------------------------------------------

/// Score components: (name, value shown, weight in the total).
pub fn score_components(score: &Score) -> Vec<(&'static str, f64, f64)> {
    let objectives = if score.objectives_total == 0 {
        100.0
    } else {
        100.0 * score.objectives_met as f64 / score.objectives_total as f64
    };
    let calm = 100.0 - (score.peak_level.saturating_sub(1)) as f64 * 25.0;
    vec![
        ("Service continuity", score.continuity, 0.25),
        ("Calm (100 − 25 per escalation level above 1)", calm, 0.15),
        ("Alliance trust", score.trust, 0.15),
        ("Objectives met", objectives, 0.15),
        ("Containment", score.containment, 0.10),
        ("Attribution", score.attribution, 0.10),
        ("Loss avoided", score.loss_avoided, 0.10),
    ]
}

fn outcome_label(ex: &Exercise) -> &'static str {
    ex.state().outcome.map_or("In progress", |o| o.label())
}

fn end_reason(ex: &Exercise) -> String {
    ex.log().iter().rev().find(|e| matches!(e.event, Event::Ends { .. })).map_or_else(
        || "not finished".to_string(),
        |e| crate::narrate::entry(crate::i18n::Lang::En, ex.scenario(), e),
    )
}

/// Overview rows (label, value), shared by both formats.
fn overview_rows(ex: &Exercise, score: &Score) -> Vec<(&'static str, String)> {
    let d = &ex.scenario().def;
    let acts = ex.decisions().iter().filter(|d| matches!(d, Decision::Act { .. })).count();
    let choices = ex.decisions().iter().filter(|d| matches!(d, Decision::Choose { .. })).count();
    let facil = ex
        .decisions()
        .iter()
        .filter(|d| {
            matches!(
                d,
                Decision::FireInject(_)
                    | Decision::HoldInject { .. }
                    | Decision::SkipInject(_)
                    | Decision::Adjudicate { .. }
            )
        })
        .count();
    let notes = ex.decisions().iter().filter(|d| matches!(d, Decision::Note { .. })).count();
    let with_rationale = ex
        .decisions()
        .iter()
        .filter(|d| matches!(d, Decision::Act { rationale, .. } if !rationale.trim().is_empty()))
        .count();
    let injects_fired = ex.state().injects.iter().filter(|i| i.times_fired > 0).count();
    vec![
        ("Scenario", d.title.clone()),
        ("Scenario file", ex.scenario().path.clone()),
        ("Nations", d.nations.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ")),
        ("Seed", ex.seed().to_string()),
        ("Difficulty", ex.difficulty().label().to_string()),
        ("Turns played", format!("{} of {} ({} h per turn)", ex.state().turn, d.turns, d.hours_per_turn)),
        ("Outcome", outcome_label(ex).to_string()),
        ("Final score", format!("{:.1} (success at {:.0})", score.total, d.win_score)),
        ("Objectives met", format!("{} of {}", score.objectives_met, score.objectives_total)),
        ("How it ended", end_reason(ex)),
        (
            "Decisions",
            format!(
                "{} in all: {acts} actions ({with_rationale} with a rationale), {choices} choices, {facil} facilitator decisions, {notes} notes",
                ex.decisions().len()
            ),
        ),
        ("Injects fired", format!("{injects_fired} of {}", d.injects.len())),
        ("Hotline calls", ex.state().hotline.calls_made.to_string()),
        ("Peak escalation level", score.peak_level.to_string()),
        ("Data stolen", format!("{}k records", score.data_stolen)),
        ("IP stolen", format!("${}M", score.ip_stolen)),
    ]
}

// --- charts ---------------------------------------------------------------------------

/// The three charts over the turns, as (file name, SVG).
pub fn aar_charts(ex: &Exercise) -> io::Result<Vec<(&'static str, String)>> {
    let h = ex.history();
    let xs = |f: &dyn Fn(&crate::sim::TurnRecord) -> Option<f64>| -> Vec<(f64, f64)> {
        h.iter().enumerate().filter_map(|(i, r)| f(r).map(|v| (i as f64, v))).collect()
    };
    let mut service = Vec::new();
    let mut color = 0;
    for (k, sector) in Sector::ALL.iter().enumerate() {
        let pts = xs(&|r| r.sector_service.get(k).copied().flatten());
        if !pts.is_empty() {
            service.push(Series::new(sector.label(), PALETTE[color % PALETTE.len()], pts));
            color += 1;
        }
    }
    service.push(Series::new("All sectors", plotters::style::RGBColor(31, 36, 48), xs(&|r| Some(r.service))));
    let x_desc = "turn (0 = start of the exercise; n = end of turn n)";
    let svc = charts::lines(
        "Service by sector (population-weighted %)",
        x_desc,
        "service %",
        &service,
        (0.0, 100.0),
        &[],
    )?;
    let guides: Vec<(f64, String)> = (2..=5).map(|l| ((l - 1) as f64 * 20.0, format!("level {l}"))).collect();
    let esc = charts::lines(
        "Escalation pressure and public alarm",
        x_desc,
        "0–100",
        &[
            Series::new("Escalation pressure", charts::DEFEAT, xs(&|r| Some(r.escalation))),
            Series::new("Public alarm", charts::PARTIAL, xs(&|r| Some(r.alarm))),
        ],
        (0.0, 100.0),
        &guides,
    )?;
    let trust = charts::lines(
        "Alliance trust",
        x_desc,
        "trust",
        &[Series::new("Alliance trust", PALETTE[0], xs(&|r| Some(r.trust)))],
        (0.0, 100.0),
        &[(70.0, "strength ≥ 70".into()), (50.0, "improve < 50".into())],
    )?;
    Ok(vec![(CHART_FILES[0], svc), (CHART_FILES[1], esc), (CHART_FILES[2], trust)])
}
// --- the report --------------------------------------------------------------------------

/// (turn, inject index) of the injects that fired, in turn order.
fn injects_fired(ex: &Exercise) -> Vec<(u32, usize)> {
    let mut v: Vec<(u32, usize)> =
        ex.state().injects.iter().enumerate().filter_map(|(i, st)| st.fired_turn.map(|t| (t, i))).collect();
    v.sort();
    v
}

/// The whole report as one document; `charts` are [`aar_charts`], inlined in HTML.
pub fn aar_doc(ex: &Exercise, charts: &[(&'static str, String)]) -> Doc {
    let s = ex.scenario();
    let d = &s.def;
    let score = Score::of(ex);
    let title = format!("After-action report — {}", d.title);
    let mut doc = Doc::new(title.as_str());
    doc.heading(1, title);
    doc.lead(&d.summary);
    let outcome = match ex.state().outcome {
        Some(Outcome::Success) => Tone::Good,
        Some(Outcome::Defeat) => Tone::Bad,
        _ => Tone::Warn,
    };
    doc.push(Block::Cards(vec![
        ("Outcome".into(), Text::new().tag(outcome, outcome_label(ex))),
        ("Final score".into(), format!("{:.1}", score.total).into()),
        ("Objectives met".into(), format!("{} of {}", score.objectives_met, score.objectives_total).into()),
        ("Turns played".into(), format!("{} of {}", ex.state().turn, d.turns).into()),
        ("Peak escalation".into(), format!("level {}", score.peak_level).into()),
    ]));

    doc.heading(2, SECTIONS[0]);
    doc.key_values(overview_rows(ex, &score).into_iter().map(|(k, v)| (k, Text::from(v))));
    doc.heading(3, "Score components");
    let mut t = Table::new(vec![Column::text("Component"), Column::num("Value"), Column::num("Weight")]);
    for (name, v, w) in score_components(&score) {
        t.row(vec![name.into(), format!("{v:.1}").into(), format!("{:.0}%", w * 100.0).into()]);
    }
    let total = Text::new().strong(format!("{:.1}", score.total));
    t.row(vec![Text::new().strong("Total").into(), total.into(), Cell::default()]);
    doc.table(t);

    doc.heading(2, SECTIONS[1]);
    doc.para(format!("Objectives met: {} of {}", score.objectives_met, score.objectives_total));
    let mut t = Table::new(vec![Column::text("Objective"), Column::text("Result")]);
    for (o, met) in d.objectives.iter().zip(Score::objectives(ex)) {
        let result =
            if met { Text::new().tag(Tone::Good, "Met") } else { Text::new().tag(Tone::Bad, "Not met") };
        t.row(vec![(&o.text).into(), result.into()]);
    }
    doc.table(t);

    doc.heading(2, SECTIONS[2]);
    doc.note(
        Text::new()
            .plain("Entries marked ")
            .tag(Tone::Muted, UNSEEN)
            .plain(" happened out of the players' sight; they are shown now that the exercise is over."),
    );
    let mut t = Table::new(["Time", "Type", "Nation", "Event", "Rationale"].into_iter().fold(
        vec![Column::num("Turn")],
        |mut c, n| {
            c.push(Column::text(n));
            c
        },
    ));
    for e in timeline(ex) {
        let event = if e.secret { Text::new().tag(Tone::Muted, UNSEEN).plain(" ") } else { Text::new() };
        let cells = vec![
            e.turn.to_string().into(),
            s.time_label(crate::i18n::Lang::En, e.turn).into(),
            e.kind.label().into(),
            e.nation.into(),
            event.plain(e.text).into(),
            e.rationale.into(),
        ];
        t.muted_row(cells, e.secret);
    }
    doc.table(t);
    let fired = injects_fired(ex);
    if !fired.is_empty() {
        doc.heading(3, "Discussion questions of the injects that fired");
        let mut items = Vec::new();
        for (turn, i) in fired {
            let inj = &d.injects[i];
            let from = if inj.from.is_empty() { String::new() } else { format!(", from {}", inj.from) };
            let text = Text::new()
                .strong(format!("Turn {turn} — {}", inj.title))
                .plain(format!(" ({}{from})", inj.kind.label()));
            let mut children = Vec::new();
            if let Some(c) = ex.state().injects[i].choice.and_then(|c| inj.choices.get(c)) {
                children.push(format!("Decision taken: {}", c.label).into());
            }
            children.extend(inj.questions.iter().map(Text::from));
            items.push(Item { text, children });
        }
        doc.list(items);
    }

    doc.heading(2, SECTIONS[3]);
    let alts = ["Service by sector", "Escalation pressure and public alarm", "Alliance trust"];
    let captions = [
        "Population-weighted service per sector and overall, at the start and the end of each turn.",
        "Escalation pressure (level = 1 + pressure / 20) and public alarm.",
        "Alliance trust (mean over every pair of nations).",
    ];
    for (((file, svg), alt), caption) in charts.iter().zip(alts).zip(captions) {
        doc.figure(Figure {
            file: file.to_string(),
            svg: Some(svg.clone()),
            alt: alt.into(),
            caption: caption.into(),
        });
    }
    let mut t = Table::new(
        ["Turn", "Service %", "Escalation (level)", "Trust", "Alarm"].into_iter().map(Column::num).collect(),
    );
    for (i, r) in ex.history().iter().enumerate() {
        t.row(vec![
            if i == 0 { "start".into() } else { i.to_string().into() },
            format!("{:.1}", r.service).into(),
            format!("{:.0} ({})", r.escalation, r.level).into(),
            format!("{:.0}", r.trust).into(),
            format!("{:.0}", r.alarm).into(),
        ]);
    }
    doc.table(t);

    let found = findings(ex);
    doc.heading(2, SECTIONS[4]);
    for (title, rating) in
        [("Strengths", Rating::Strength), ("Areas for improvement", Rating::AreaForImprovement)]
    {
        doc.heading(3, title);
        let mut items: Vec<Item> = found
            .iter()
            .filter(|f| f.rating == rating)
            .map(|f| Text::new().strong(&f.core_capability).plain(format!(" — {}", f.observation)).into())
            .collect();
        if items.is_empty() {
            items.push("None identified by the rules below.".into());
        }
        doc.list(items);
    }
    doc.heading(3, "How these were judged");
    let columns =
        ["Measure", "Core capability", "Strength when", "Area for improvement when", "This exercise"];
    let mut t = Table::new(columns.into_iter().map(Column::text).collect());
    for ((measure, capability, strength, improve), shown) in super::findings::rule_rows(ex) {
        t.row(vec![measure.into(), capability.into(), strength.into(), improve.into(), shown.into()]);
    }
    let floor = format!("< {SECTOR_FLOOR:.0}%");
    t.row(
        ["Continuity of each sector", "Infrastructure Systems", "—", floor.as_str(), "see above"]
            .map(Cell::from)
            .into(),
    );
    t.row(["Each objective", "per objective", "—", "not met", "see Objectives"].map(Cell::from).into());
    doc.table(t);

    doc.heading(2, SECTIONS[5]);
    let plan: Vec<&Finding> = found.iter().filter(|f| f.rating == Rating::AreaForImprovement).collect();
    if plan.is_empty() {
        doc.para(
            "No area for improvement was identified by the rules; record those raised in the hot wash here.",
        );
    } else {
        let columns = [
            "Core capability",
            "Issue / area for improvement",
            "Corrective action",
            "Capability element",
            "Responsible agency",
            "Due",
        ];
        let mut t = Table::new(columns.into_iter().map(Column::text).collect());
        for f in plan {
            let row = [
                &f.core_capability,
                &f.observation,
                &f.corrective_action,
                &f.capability_element,
                &f.responsible,
                &f.due,
            ];
            t.row(row.map(Cell::from).into());
        }
        doc.table(t);
    }
    doc.push(Block::Rule);
    doc.note(format!(
        "Generated by Hotline {} from seed {} and {} recorded decisions.",
        env!("CARGO_PKG_VERSION"),
        ex.seed(),
        ex.decisions().len()
    ));
    doc
}

/// Writes `report.html`, `report.md` (with its chart SVGs) and `decisions.csv` into `dir`.
pub fn write_aar(ex: &Exercise, dir: &Path) -> io::Result<()> {
    write_aar_with(ex, dir, Overwrite::Yes, None)
}

/// [`write_aar`] that replaces existing files only with `Overwrite::Yes`, and
/// puts `unverified` (why the save behind it could not be verified) at the top
/// of the report's first page.
pub fn write_aar_with(
    ex: &Exercise,
    dir: &Path,
    overwrite: Overwrite,
    unverified: Option<&str>,
) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let put = |name: &str, bytes: &[u8]| {
        write_file(&dir.join(name), bytes, overwrite)
            .map_err(|e| io::Error::new(e.kind(), format!("{name} {e}")))
    };
    let charts = aar_charts(ex)?;
    let mut report = aar_doc(ex, &charts);
    if let Some(why) = unverified {
        let warning = format!(
            "UNVERIFIED: this report comes from a save that failed its checks and was read with --trust-save ({why}). What it says happened may not have happened."
        );
        report.blocks.insert(0, Block::Paragraph(Para::Alarm, Text::new().strong(warning)));
    }
    for (name, svg) in &charts {
        put(name, svg.as_bytes())?;
    }
    put("report.html", doc::html(&report).as_bytes())?;
    put("report.md", doc::markdown(&report).as_bytes())?;
    put("decisions.csv", format!("{}{}", CSV_BOM, decisions_csv(ex)).as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::PolicyName;

    fn flagship(policy: PolicyName) -> Exercise {
        crate::report::played_flagship(policy, 7)
    }

    #[test]
    fn score_components_add_up_to_the_total() {
        for p in [PolicyName::Passive, PolicyName::Cooperative] {
            let score = Score::of(&flagship(p));
            let sum: f64 = score_components(&score).iter().map(|(_, v, w)| v * w).sum();
            assert!(
                (sum.clamp(0.0, 100.0) - score.total).abs() < 1e-9,
                "weights in the AAR drifted from score.rs: {sum} vs {}",
                score.total
            );
        }
    }
}
