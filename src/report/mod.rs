//! Reports written to disk, free of Bevy:
//!
//! - [`balance`]: how a scenario plays over thousands of seeded runs per
//!   built-in policy (`hotline simulate SCENARIO --report DIR`): CSV tables,
//!   SVG charts and an `index.html` that gathers them.
//! - [`aar`]: the after-action report of one exercise, HSEEP style
//!   (`hotline report SAVE --out DIR`, and the desktop debrief through
//!   [`write_aar`]): `report.html` (charts inlined), `report.md`, `decisions.csv`.
//! - [`debrief`]: the short debrief at the end of a game (CLI and desktop app).
//! - [`doc`]: the document model all of them are built as, and its HTML,
//!   Markdown and plain-text renderers (the only place text is escaped).
//! - [`findings`]: the rules that judge an exercise for the after-action report.
//!
//! Every word is a Fluent message (`assets/i18n/<lang>/report*.ftl`); each
//! report is built in one language and, for `--lang both`, two are merged
//! by [`doc::bilingual`] for an interpreter.
//! - [`charts`]: the plotters SVG charts both use.

pub mod aar;
mod aar_files;
pub mod balance;
pub mod balance_page;
pub mod charts;
pub mod debrief;
pub mod doc;
pub mod findings;

pub use aar::write_aar;
pub use balance::{Balance, write_balance};
pub use doc::html_escape;
// CSV and a trigger's wording live below the reports (authoring uses them too).
pub use crate::csv::{CSV_BOM, csv_field, csv_row};
pub use crate::scenario::describe_trigger;

/// What a message is given for a placeable the code draws itself (a tag, a
/// bold word): [`cut`] splits the text there, so each language puts it where
/// its word order wants it.
pub(crate) const MARK: &str = "\u{1}";

/// A message formatted with [`MARK`] for its placeables, cut at them.
pub(crate) fn cut(text: &str) -> Vec<String> {
    text.split(MARK).map(String::from).collect()
}

/// A chart's file name in language `l`: in a report in several languages,
/// all but the `first` get their code before the extension (`aar_trust.ko.svg`).
pub(crate) fn localized_file(name: &str, l: crate::i18n::Lang, first: crate::i18n::Lang) -> String {
    match (l == first, name.rsplit_once('.')) {
        (false, Some((stem, ext))) => format!("{stem}.{}.{ext}", l.code()),
        _ => name.to_string(),
    }
}

/// The flagship scenario played out by a built-in policy: what the reports' unit tests read.
#[cfg(test)]
pub(crate) fn played_flagship(policy: crate::sim::PolicyName, seed: u64) -> crate::sim::Exercise {
    use crate::sim::{Exercise, Policy, play_out};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
    let s = std::sync::Arc::new(crate::scenario::Scenario::load(path).expect("flagship loads"));
    let mut ex = Exercise::new(s, seed);
    play_out(&mut ex, &mut Policy::new(policy, seed));
    ex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(html_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
