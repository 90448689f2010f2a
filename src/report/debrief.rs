//! The short debrief at the end of a game: outcome, score, the measures behind
//! it, continuity per sector and the objectives. `hotline play` prints it as
//! text; the desktop debrief shows the same [`score_rows`] in its score grid.

use super::doc::{Doc, Item, Text, Tone};
use crate::hindsight::Hindsight;
use crate::i18n::{Arg, Lang};
use crate::narrate::labels;
use crate::scenario::{Sector, Text as Prose};
use crate::sim::{Exercise, Score};
use crate::tr;

/// The name of an escalation level (1–5), as players read it.
pub fn level_name(level: u8) -> &'static str {
    match level {
        0 | 1 => "calm",
        2 => "guarded",
        3 => "elevated",
        4 => "severe",
        _ => "crisis",
    }
}

/// The measures behind the score, as (label, value), in the order shown.
pub fn score_rows(lang: Lang, ex: &Exercise, score: &Score) -> Vec<(String, String)> {
    let l = lang;
    let pct = |v: f64, d: usize| tr!(l, "report-percent", value = Arg::num(v, d));
    let level = tr!(
        l,
        "report-peak-escalation-value",
        level = score.peak_level,
        name = labels::escalation_level(l, score.peak_level)
    );
    vec![
        (tr!(l, "report-continuity"), pct(score.continuity, 1)),
        (tr!(l, "report-peak-escalation"), level),
        (tr!(l, "report-trust"), trust_value(l, ex, score.trust)),
        (tr!(l, "report-attributed"), pct(score.attribution, 0)),
        (tr!(l, "report-contained"), pct(score.containment, 0)),
        (tr!(l, "report-data-stolen"), tr!(l, "report-data-stolen-value", records = score.data_stolen)),
        (tr!(l, "report-ip-stolen"), tr!(l, "report-ip-stolen-value", millions = score.ip_stolen)),
        (tr!(l, "report-loss-avoided"), pct(score.loss_avoided, 0)),
        (tr!(l, "report-hotline-calls"), ex.state().hotline.calls_made.to_string()),
    ]
}

/// Alliance trust as the debrief shows it: the score's mean, and with three
/// or more allies each pair's trust beside it.
fn trust_value(l: Lang, ex: &Exercise, trust: f64) -> String {
    let mean = format!("{trust:.0}");
    if ex.scenario().nations() < 3 {
        return mean;
    }
    let pairs = labels::pair_trust(l, ex.scenario(), ex.state());
    tr!(l, "report-trust-pairs", trust = mean, pairs = pairs)
}

/// The debrief as a document (`hotline play` prints it with [`super::doc::text`]).
pub fn debrief_doc(lang: Lang, ex: &Exercise) -> Doc {
    debrief_doc_with(lang, ex, None)
}

/// [`debrief_doc`] of a solo game: `hindsight` holds what the planner would
/// have done at the learner's key decisions ([`crate::hindsight`]); None when
/// the game had no learner (nothing is said then).
pub fn debrief_doc_with(lang: Lang, ex: &Exercise, hindsight: Option<&[Hindsight]>) -> Doc {
    let l = lang;
    let s = ex.scenario();
    let d = &s.def;
    let score = Score::of(ex);
    let title = tr!(l, "report-debrief-title", title = s.text(l, Prose::Title), seed = ex.seed());
    let mut doc = Doc::in_lang(l, title.as_str());
    doc.heading(1, title);
    let outcome = labels::outcome(l, ex.state().outcome);
    let mut rows = vec![
        (
            tr!(l, "report-outcome"),
            tr!(l, "report-outcome-value", outcome = outcome, turn = ex.state().turn, turns = d.turns),
        ),
        (
            tr!(l, "report-score"),
            tr!(l, "report-score-value", score = Arg::num(score.total, 1), win = Arg::num(d.win_score, 0)),
        ),
    ];
    rows.extend(score_rows(l, ex, &score));
    let sectors: Vec<String> = (score.sector_continuity.iter().zip(Sector::ALL))
        .filter_map(|(v, sector)| v.map(|v| format!("{} {v:.0}%", labels::sector(l, sector))))
        .collect();
    rows.push((tr!(l, "report-sector-continuity"), sectors.join(" · ")));
    doc.key_values(rows.into_iter().map(|(k, v)| (k, Text::from(v))));
    doc.para(tr!(l, "report-objectives-met", met = score.objectives_met, total = score.objectives_total));
    let objectives = Score::objectives(ex).into_iter().enumerate().map(|(o, met)| {
        let tag = if met {
            Text::new().tag(Tone::Good, tr!(l, "report-objective-met"))
        } else {
            Text::new().tag(Tone::Bad, tr!(l, "report-objective-missed"))
        };
        Item::from(tag.plain(" ").plain(s.text(l, Prose::Objective(o))))
    });
    doc.list(objectives.collect());
    if let Some(lines) = hindsight {
        planner_section(l, ex, lines, &mut doc);
    }
    doc.para(tr!(l, "report-state-hash", hash = format!("{:016x}", ex.state_hash())));
    doc
}

/// What the planner would have done at a solo learner's key decisions: a
/// heading, how it was measured, and a line per turn (or that it found nothing
/// better). The debrief and the after-action report share it.
pub fn planner_section(l: Lang, ex: &Exercise, lines: &[Hindsight], doc: &mut Doc) {
    let budget = crate::hindsight::Budget::default();
    doc.heading(2, tr!(l, "hindsight-heading"));
    let rollouts = lines.first().map_or(budget.rollouts, |h| h.rollouts);
    let threshold = Arg::num(crate::hindsight::THRESHOLD, 1);
    doc.note(tr!(l, "hindsight-about", rollouts = rollouts, threshold = threshold.clone()));
    if lines.is_empty() {
        doc.para(tr!(l, "hindsight-none", threshold = threshold));
        return;
    }
    let items = lines.iter().map(|h| Item {
        text: Text::from(h.line(l)),
        children: h.details(l, ex.scenario()).into_iter().map(Text::from).collect(),
    });
    doc.list(items.collect());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::doc;
    use crate::sim::PolicyName;

    #[test]
    fn debrief_text_carries_the_score_and_every_objective() {
        let ex = crate::report::played_flagship(PolicyName::Cooperative, 3);
        let score = Score::of(&ex);
        let text = doc::text(&debrief_doc(Lang::En, &ex));
        assert!(text.contains(&format!("Score: {:.1} (success at ", score.total)), "{text}");
        assert!(text.contains(&format!("Service continuity: {:.1}%\n", score.continuity)), "{text}");
        assert!(text.contains(&format!("Objectives met: {} of ", score.objectives_met)), "{text}");
        for o in &ex.scenario().def.objectives {
            assert!(text.contains(&o.text), "objective {:?} missing", o.id);
        }
        assert!(text.contains(&format!("Final state hash: {:016x}", ex.state_hash())));
        let ko = doc::text(&debrief_doc(Lang::Ko, &ex));
        assert!(ko.contains(&format!("점수: {:.1} (성공 기준 ", score.total)), "{ko}");
        assert!(ko.contains(&format!("서비스 연속성: {:.1}%\n", score.continuity)), "{ko}");
        assert!(ko.contains(&format!("최종 상태 해시: {:016x}", ex.state_hash())));
    }
}
