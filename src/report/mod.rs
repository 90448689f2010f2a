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
//! - [`charts`]: the plotters SVG charts both use.

pub mod aar;
pub mod balance;
pub mod balance_page;
pub mod charts;
pub mod debrief;
pub mod doc;
pub mod findings;

pub use aar::write_aar;
pub use balance::{Balance, write_balance};
pub use doc::html_escape;

use crate::scenario::{Scenario, Trigger};

/// Every CSV file starts with this UTF-8 byte-order mark, so spreadsheets
/// read its text (Korean names, em dashes) as UTF-8.
pub const CSV_BOM: &str = "\u{feff}";

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
/// A field a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return: OWASP's CSV injection) gets a leading `'`,
/// unless it is a plain number such as `-5` or `+3.5`.
pub fn csv_field(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(s) {
        return csv_field(&format!("'{s}"));
    }
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A plain decimal number: sign, digits, at most one point.
fn is_number(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// One CSV line, ending in a newline.
pub fn csv_row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut row = fields.iter().map(|f| csv_field(f.as_ref())).collect::<Vec<_>>().join(",");
    row.push('\n');
    row
}

/// A trigger in words, e.g. "When escalation reaches level 3".
pub fn describe_trigger(s: &Scenario, t: &Trigger) -> String {
    let incident =
        |id: &str| s.incident_ix.get(id).map_or(id.to_string(), |&i| s.def.incidents[i].name.clone());
    match t {
        Trigger::AtTurn(n) => format!("At turn {n}"),
        Trigger::StageReached { incident: i, stage } => format!("When {} reaches \"{stage}\"", incident(i)),
        Trigger::Detected(i) => format!("When {} is detected", incident(i)),
        Trigger::EscalationAtLeast(l) => format!("When escalation reaches level {l}"),
        Trigger::ServiceBelow { asset, level } => {
            let name = s.asset_ix.get(asset).map_or(asset.clone(), |&a| s.def.assets[a].name.clone());
            format!("When {name} drops below {level}% service")
        }
        Trigger::ActionTaken { action, nation } => {
            let who = match nation {
                Some(n) => s.nation_ix.get(n).map_or(n.clone(), |&i| s.def.nations[i].short.clone()),
                None => "anyone".to_string(),
            };
            format!("When {who} takes: {}", action.label())
        }
        Trigger::Chance { p, from_turn, to_turn } => {
            format!("By chance, {:.0}%/turn, turns {from_turn}–{to_turn}", p * 100.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(html_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(csv_row(&["a", "b,c", "d\"e"]), "a,\"b,c\",\"d\"\"e\"\n");
    }
}
