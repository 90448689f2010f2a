//! The after-action report of one exercise, in the spirit of HSEEP: overview,
//! objectives, timeline, charts, strengths and areas for improvement (judged
//! by the rules of [`super::findings`]), and an improvement plan.
//!
//! [`aar_doc`] builds the report once as a [`Doc`] in a language;
//! [`write_aar`] (in `aar_files.rs`) renders it to `report.html`
//! (self-contained, charts inlined) and `report.md` (with the charts as SVG
//! files beside it), and writes `decisions.csv`.
//! The exercise is over when the report is written, so entries of the log the
//! players could not see are shown, marked "unseen during play".

use super::doc::{Block, Cell, Column, Doc, Figure, Item, Table, Text, Tone};
pub use super::findings::{Facts, Finding, RULES, Rating, Rule, SECTOR_FLOOR, findings};
use super::{MARK, cut};
use crate::i18n::{Arg, Lang};
use crate::narrate::labels;
pub use crate::report::aar_files::{
    Aar, aar_charts, decision_rows, decisions_csv, write_aar, write_aar_in, write_aar_with,
};
use crate::scenario::Text as Prose;
use crate::sim::{Decision, Event, Exercise, LogKind, Outcome, Score};
use crate::tr;

/// The section headings in English, in order, identical in HTML and Markdown
/// ([`sections`] in any language).
pub const SECTIONS: [&str; 6] = [
    "Exercise overview",
    "Objectives",
    "Timeline of injects and decisions",
    "Service, escalation and trust over time",
    "Strengths and areas for improvement",
    "Improvement plan",
];

/// The section headings in `l`, in order.
pub fn sections(l: Lang) -> [String; 6] {
    [
        tr!(l, "report-section-overview"),
        tr!(l, "report-section-objectives"),
        tr!(l, "report-section-timeline"),
        tr!(l, "report-section-charts"),
        tr!(l, "report-section-findings"),
        tr!(l, "report-section-plan"),
    ]
}

/// Header of `decisions.csv` in English.
pub const DECISIONS_HEADER: &str = "turn,nation,decision,rationale";

/// Chart files written beside `report.md` (the HTML inlines them).
pub const CHART_FILES: [&str; 3] = ["aar_service.svg", "aar_escalation.svg", "aar_trust.svg"];

/// Text shown for log entries that were secret during play (English; `report-unseen`).
pub const UNSEEN: &str = "unseen during play";

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
pub fn timeline(l: Lang, ex: &Exercise) -> Vec<TimelineEntry> {
    let mut out: Vec<TimelineEntry> = Vec::new();
    for e in ex.log() {
        if e.kind() == LogKind::Turn {
            continue;
        }
        let why = match &e.event {
            Event::Rationale { text } => Some(text.trim().to_string()),
            Event::Motive(m) => Some(crate::narrate::motive(l, ex.scenario(), e.nation, m)),
            _ => None,
        };
        if let Some(why) = why
            && let Some(last) = out.last_mut()
            && last.rationale.is_empty()
        {
            last.rationale = why;
            continue;
        }
        out.push(TimelineEntry {
            turn: e.turn,
            kind: e.kind(),
            nation: e
                .nation
                .map_or(String::new(), |n| ex.scenario().text(l, Prose::NationShort(n)).to_string()),
            text: crate::narrate::entry(l, ex.scenario(), e),
            rationale: String::new(),
            secret: e.secret(),
        });
    }
    out
}

// --- overview ------------------------------------------------------------------------

/// Score components: (name, value shown, weight in the total).
pub fn score_components(l: Lang, score: &Score) -> Vec<(String, f64, f64)> {
    let objectives = if score.objectives_total == 0 {
        100.0
    } else {
        100.0 * score.objectives_met as f64 / score.objectives_total as f64
    };
    let calm = 100.0 - (score.peak_level.saturating_sub(1)) as f64 * 25.0;
    vec![
        (tr!(l, "report-continuity"), score.continuity, 0.25),
        (tr!(l, "report-component-calm"), calm, 0.15),
        (tr!(l, "report-trust"), score.trust, 0.15),
        (tr!(l, "report-objectives-label"), objectives, 0.15),
        (tr!(l, "report-component-containment"), score.containment, 0.10),
        (tr!(l, "report-component-attribution"), score.attribution, 0.10),
        (tr!(l, "report-loss-avoided"), score.loss_avoided, 0.10),
    ]
}

fn end_reason(l: Lang, ex: &Exercise) -> String {
    ex.log()
        .iter()
        .rev()
        .find(|e| matches!(e.event, Event::Ends { .. }))
        .map_or_else(|| tr!(l, "report-not-finished"), |e| crate::narrate::entry(l, ex.scenario(), e))
}

/// Overview rows (label, value), shared by both formats.
fn overview_rows(l: Lang, ex: &Exercise, score: &Score) -> Vec<(String, String)> {
    let s = ex.scenario();
    let d = &s.def;
    let count = |f: &dyn Fn(&Decision) -> bool| ex.decisions().iter().filter(|d| f(d)).count();
    let acts = count(&|d| matches!(d, Decision::Act { .. }));
    let choices = count(&|d| matches!(d, Decision::Choose { .. }));
    let facil = count(&|d| {
        matches!(
            d,
            Decision::FireInject(_)
                | Decision::HoldInject { .. }
                | Decision::SkipInject(_)
                | Decision::Adjudicate { .. }
        )
    });
    let notes = count(&|d| matches!(d, Decision::Note { .. }));
    let with_rationale =
        count(&|d| matches!(d, Decision::Act { rationale, .. } if !rationale.trim().is_empty()));
    let injects_fired = ex.state().injects.iter().filter(|i| i.times_fired > 0).count();
    let (turn, turns) = (ex.state().turn, d.turns);
    vec![
        (tr!(l, "report-scenario"), s.text(l, Prose::Title).to_string()),
        (tr!(l, "report-scenario-file"), ex.scenario().path.clone()),
        (
            tr!(l, "report-nations"),
            (0..s.nations()).map(|n| s.text(l, Prose::Nation(n))).collect::<Vec<_>>().join(", "),
        ),
        (tr!(l, "report-seed"), ex.seed().to_string()),
        (tr!(l, "report-difficulty"), labels::difficulty(l, ex.difficulty())),
        (
            tr!(l, "report-turns-played"),
            tr!(l, "report-turns-played-value", turn = turn, turns = turns, hours = d.hours_per_turn),
        ),
        (tr!(l, "report-outcome"), labels::outcome(l, ex.state().outcome)),
        (
            tr!(l, "report-final-score"),
            tr!(l, "report-score-value", score = Arg::num(score.total, 1), win = Arg::num(d.win_score, 0)),
        ),
        (
            tr!(l, "report-objectives-label"),
            tr!(l, "report-objectives-of", met = score.objectives_met, total = score.objectives_total),
        ),
        (tr!(l, "report-how-it-ended"), end_reason(l, ex)),
        (
            tr!(l, "report-decisions"),
            tr!(
                l,
                "report-decisions-value",
                all = ex.decisions().len(),
                acts = acts,
                rationales = with_rationale,
                choices = choices,
                facilitator = facil,
                notes = notes
            ),
        ),
        (
            tr!(l, "report-injects-fired"),
            tr!(l, "report-injects-fired-value", fired = injects_fired, total = d.injects.len()),
        ),
        (tr!(l, "report-hotline-calls"), ex.state().hotline.calls_made.to_string()),
        (tr!(l, "report-peak-escalation-level"), score.peak_level.to_string()),
        (tr!(l, "report-data-stolen"), tr!(l, "report-data-stolen-value", records = score.data_stolen)),
        (tr!(l, "report-ip-stolen"), tr!(l, "report-ip-stolen-value", millions = score.ip_stolen)),
    ]
}

// --- the report --------------------------------------------------------------------------

/// (turn, inject index) of the injects that fired, in turn order.
fn injects_fired(ex: &Exercise) -> Vec<(u32, usize)> {
    let mut v: Vec<(u32, usize)> =
        ex.state().injects.iter().enumerate().filter_map(|(i, st)| st.fired_turn.map(|t| (t, i))).collect();
    v.sort();
    v
}

/// The whole report in `l` as one document; `charts` are [`aar_charts`] (file
/// name, SVG), inlined in HTML.
pub fn aar_doc(l: Lang, ex: &Exercise, charts: &[(String, String)]) -> Doc {
    let s = ex.scenario();
    let d = &s.def;
    let score = Score::of(ex);
    let title = tr!(l, "report-aar-title", title = s.text(l, Prose::Title));
    let mut doc = Doc::in_lang(l, title.as_str());
    doc.heading(1, title);
    doc.lead(s.text(l, Prose::Summary));
    let outcome = match ex.state().outcome {
        Some(Outcome::Success) => Tone::Good,
        Some(Outcome::Defeat) => Tone::Bad,
        _ => Tone::Warn,
    };
    let (met, total) = (score.objectives_met, score.objectives_total);
    doc.push(Block::Cards(vec![
        (tr!(l, "report-outcome").into(), Text::new().tag(outcome, labels::outcome(l, ex.state().outcome))),
        (tr!(l, "report-final-score").into(), format!("{:.1}", score.total).into()),
        (
            tr!(l, "report-objectives-label").into(),
            tr!(l, "report-objectives-of", met = met, total = total).into(),
        ),
        (
            tr!(l, "report-turns-played").into(),
            tr!(l, "report-turns-of", turn = ex.state().turn, turns = d.turns).into(),
        ),
        (tr!(l, "report-peak-escalation").into(), tr!(l, "report-level", level = score.peak_level).into()),
    ]));
    let sections = sections(l);

    doc.heading(2, sections[0].as_str());
    doc.key_values(overview_rows(l, ex, &score).into_iter().map(|(k, v)| (k, Text::from(v))));
    doc.heading(3, tr!(l, "report-score-components"));
    let mut t = Table::new(vec![
        Column::text(tr!(l, "report-component")),
        Column::num(tr!(l, "report-value")),
        Column::num(tr!(l, "report-weight")),
    ]);
    for (name, v, w) in score_components(l, &score) {
        t.row(vec![name.into(), format!("{v:.1}").into(), format!("{:.0}%", w * 100.0).into()]);
    }
    let sum = Text::new().strong(format!("{:.1}", score.total));
    t.row(vec![Text::new().strong(tr!(l, "report-total")).into(), sum.into(), Cell::default()]);
    doc.table(t);

    doc.heading(2, sections[1].as_str());
    doc.para(tr!(l, "report-objectives-met", met = met, total = total));
    let mut t =
        Table::new(vec![Column::text(tr!(l, "report-objective")), Column::text(tr!(l, "report-result"))]);
    for (o, met) in Score::objectives(ex).into_iter().enumerate() {
        let result = match met {
            true => Text::new().tag(Tone::Good, tr!(l, "report-met")),
            false => Text::new().tag(Tone::Bad, tr!(l, "report-not-met")),
        };
        t.row(vec![s.text(l, Prose::Objective(o)).into(), result.into()]);
    }
    doc.table(t);

    doc.heading(2, sections[2].as_str());
    let unseen = tr!(l, "report-unseen");
    let note = cut(&tr!(l, "report-unseen-note", tag = MARK));
    let part = |i: usize| note.get(i).cloned().unwrap_or_default();
    doc.note(Text::new().plain(part(0)).tag(Tone::Muted, unseen.as_str()).plain(part(1)));
    let mut t = Table::new(vec![
        Column::num(tr!(l, "report-col-turn")),
        Column::text(tr!(l, "report-col-time")),
        Column::text(tr!(l, "report-col-type")),
        Column::text(tr!(l, "report-col-nation")),
        Column::text(tr!(l, "report-col-event")),
        Column::text(tr!(l, "report-col-rationale")),
    ]);
    for e in timeline(l, ex) {
        let event = match e.secret {
            true => Text::new().tag(Tone::Muted, unseen.as_str()).plain(" "),
            false => Text::new(),
        };
        let cells = vec![
            e.turn.to_string().into(),
            s.time_label(l, e.turn).into(),
            labels::log_kind(l, e.kind).into(),
            e.nation.into(),
            event.plain(e.text).into(),
            e.rationale.into(),
        ];
        t.muted_row(cells, e.secret);
    }
    doc.table(t);
    let fired = injects_fired(ex);
    if !fired.is_empty() {
        doc.heading(3, tr!(l, "report-questions"));
        let mut items = Vec::new();
        for (turn, i) in fired {
            let inj = &d.injects[i];
            let kind = labels::inject_kind(l, inj.kind);
            let kind = match inj.from.is_empty() {
                true => tr!(l, "report-inject-kind", kind = kind),
                false => {
                    tr!(l, "report-inject-kind-from", kind = kind, from = s.text(l, Prose::InjectFrom(i)))
                }
            };
            let title = s.text(l, Prose::InjectTitle(i));
            let text = Text::new()
                .strong(tr!(l, "report-inject-heading", turn = turn, title = title))
                .plain(format!(" {kind}"));
            let mut children = Vec::new();
            if let Some(c) = ex.state().injects[i].choice.filter(|&c| c < inj.choices.len()) {
                let choice = s.text(l, Prose::Choice { inject: i, choice: c });
                children.push(tr!(l, "report-decision-taken", choice = choice).into());
            }
            let questions =
                (0..inj.questions.len()).map(|q| s.text(l, Prose::Question { inject: i, question: q }));
            children.extend(questions.map(Text::from));
            items.push(Item { text, children });
        }
        doc.list(items);
    }

    doc.heading(2, sections[3].as_str());
    let alts =
        [tr!(l, "report-chart-service-alt"), tr!(l, "report-chart-escalation-title"), tr!(l, "report-trust")];
    let captions = [
        tr!(l, "report-chart-service-caption"),
        tr!(l, "report-chart-escalation-caption"),
        tr!(l, "report-chart-trust-caption"),
    ];
    for (((file, svg), alt), caption) in charts.iter().zip(alts).zip(captions) {
        doc.figure(Figure { file: file.clone(), svg: Some(svg.clone()), alt, caption });
    }
    let mut t = Table::new(
        [
            tr!(l, "report-col-turn"),
            tr!(l, "report-col-service"),
            tr!(l, "report-col-escalation"),
            tr!(l, "report-col-trust"),
            tr!(l, "report-col-alarm"),
        ]
        .into_iter()
        .map(Column::num)
        .collect(),
    );
    for (i, r) in ex.history().iter().enumerate() {
        t.row(vec![
            if i == 0 { tr!(l, "report-start").into() } else { i.to_string().into() },
            format!("{:.1}", r.service).into(),
            format!("{:.0} ({})", r.escalation, r.level).into(),
            format!("{:.0}", r.trust).into(),
            format!("{:.0}", r.alarm).into(),
        ]);
    }
    doc.table(t);

    findings_sections(l, ex, &sections, &mut doc);
    doc.push(Block::Rule);
    doc.note(tr!(
        l,
        "report-generated",
        version = env!("CARGO_PKG_VERSION"),
        seed = ex.seed(),
        decisions = ex.decisions().len()
    ));
    doc
}

/// Strengths and areas for improvement, the rules behind them, and the improvement plan.
fn findings_sections(l: Lang, ex: &Exercise, sections: &[String; 6], doc: &mut Doc) {
    let found = findings(l, ex);
    doc.heading(2, sections[4].as_str());
    for (title, rating) in
        [(tr!(l, "report-strengths"), Rating::Strength), (tr!(l, "report-areas"), Rating::AreaForImprovement)]
    {
        doc.heading(3, title);
        let mut items: Vec<Item> = found
            .iter()
            .filter(|f| f.rating == rating)
            .map(|f| Text::new().strong(&f.core_capability).plain(format!(" — {}", f.observation)).into())
            .collect();
        if items.is_empty() {
            items.push(tr!(l, "report-none-identified").into());
        }
        doc.list(items);
    }
    doc.heading(3, tr!(l, "report-how-judged"));
    let columns = [
        tr!(l, "report-col-measure"),
        tr!(l, "report-col-capability"),
        tr!(l, "report-col-strength-when"),
        tr!(l, "report-col-improve-when"),
        tr!(l, "report-col-this-exercise"),
    ];
    let mut t = Table::new(columns.into_iter().map(Column::text).collect());
    for (capability, text, shown) in super::findings::rule_rows(l, ex) {
        let cells = [text.measure, capability.name(l), text.strength_when, text.improve_when, shown];
        t.row(cells.map(Cell::from).into());
    }
    let floor = format!("< {SECTOR_FLOOR:.0}%");
    let infrastructure = super::findings::Capability::Infrastructure.name(l);
    t.row(
        [tr!(l, "report-rule-sectors"), infrastructure, "—".into(), floor, tr!(l, "report-see-above")]
            .map(Cell::from)
            .into(),
    );
    t.row(
        [
            tr!(l, "report-rule-objectives"),
            tr!(l, "report-per-objective"),
            "—".into(),
            tr!(l, "report-rule-not-met"),
            tr!(l, "report-see-objectives"),
        ]
        .map(Cell::from)
        .into(),
    );
    doc.table(t);

    doc.heading(2, sections[5].as_str());
    let plan: Vec<&Finding> = found.iter().filter(|f| f.rating == Rating::AreaForImprovement).collect();
    if plan.is_empty() {
        doc.para(tr!(l, "report-no-plan"));
    } else {
        let columns = [
            tr!(l, "report-col-capability"),
            tr!(l, "report-col-issue"),
            tr!(l, "report-col-action"),
            tr!(l, "report-col-element"),
            tr!(l, "report-col-responsible"),
            tr!(l, "report-col-due"),
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
            let sum: f64 = score_components(Lang::En, &score).iter().map(|(_, v, w)| v * w).sum();
            assert!(
                (sum.clamp(0.0, 100.0) - score.total).abs() < 1e-9,
                "weights in the AAR drifted from score.rs: {sum} vs {}",
                score.total
            );
        }
    }
}
