//! The short debrief at the end of a game: outcome, score, the measures behind
//! it, continuity per sector and the objectives. `hotline play` prints it as
//! text; the desktop debrief shows the same [`score_rows`] in its score grid.

use super::doc::{Doc, Item, Text, Tone};
use crate::scenario::Sector;
use crate::sim::{Exercise, Score};

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
pub fn score_rows(ex: &Exercise, score: &Score) -> Vec<(&'static str, String)> {
    vec![
        ("Service continuity", format!("{:.1}%", score.continuity)),
        ("Peak escalation", format!("level {} ({})", score.peak_level, level_name(score.peak_level))),
        ("Alliance trust", format!("{:.0}", score.trust)),
        ("Incidents attributed", format!("{:.0}%", score.attribution)),
        ("Incidents contained", format!("{:.0}%", score.containment)),
        ("Data stolen", format!("{}k records", score.data_stolen)),
        ("IP stolen", format!("${}M", score.ip_stolen)),
        ("Loss avoided", format!("{:.0}%", score.loss_avoided)),
        ("Hotline calls", ex.state().hotline.calls_made.to_string()),
    ]
}

/// The debrief as a document (`hotline play` prints it with [`super::doc::text`]).
pub fn debrief_doc(ex: &Exercise) -> Doc {
    let d = &ex.scenario().def;
    let score = Score::of(ex);
    let title = format!("{} — seed {}", d.title, ex.seed());
    let mut doc = Doc::new(title.as_str());
    doc.heading(1, title);
    let outcome = ex.state().outcome.map_or("In progress", |o| o.label());
    let mut rows = vec![
        ("Outcome", format!("{outcome} after {} of {} turns", ex.state().turn, d.turns)),
        ("Score", format!("{:.1} (success at {:.0})", score.total, d.win_score)),
    ];
    rows.extend(score_rows(ex, &score));
    let sectors: Vec<String> = (score.sector_continuity.iter().zip(Sector::ALL))
        .filter_map(|(v, sector)| v.map(|v| format!("{} {v:.0}%", sector.label())))
        .collect();
    rows.push(("Continuity by sector", sectors.join(" · ")));
    doc.key_values(rows.into_iter().map(|(k, v)| (k, Text::from(v))));
    doc.para(format!("Objectives met: {} of {}", score.objectives_met, score.objectives_total));
    let objectives = d.objectives.iter().zip(Score::objectives(ex)).map(|(o, met)| {
        let tag = if met { Text::new().tag(Tone::Good, "met") } else { Text::new().tag(Tone::Bad, "missed") };
        Item::from(tag.plain(" ").plain(&o.text))
    });
    doc.list(objectives.collect());
    doc.para(format!("Final state hash: {:016x}", ex.state_hash()));
    doc
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
        let text = doc::text(&debrief_doc(&ex));
        assert!(text.contains(&format!("Score: {:.1} (success at ", score.total)), "{text}");
        assert!(text.contains(&format!("Service continuity: {:.1}%\n", score.continuity)), "{text}");
        assert!(text.contains(&format!("Objectives met: {} of ", score.objectives_met)), "{text}");
        for o in &ex.scenario().def.objectives {
            assert!(text.contains(&o.text), "objective {:?} missing", o.id);
        }
        assert!(text.contains(&format!("Final state hash: {:016x}", ex.state_hash())));
    }
}
