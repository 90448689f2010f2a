//! Reports written to disk, free of Bevy:
//!
//! - [`balance`]: how a scenario plays over thousands of seeded runs per
//!   built-in policy (`hotline simulate SCENARIO --report DIR`): CSV tables,
//!   SVG charts and an `index.html` that gathers them.
//! - [`aar`]: the after-action report of one exercise, HSEEP style
//!   (`hotline report SAVE --out DIR`, and the desktop debrief through
//!   [`write_aar`]): `report.html` (charts inlined), `report.md`, `decisions.csv`.
//! - [`charts`]: the plotters SVG charts both use.

pub mod aar;
pub mod balance;
pub mod charts;

pub use aar::write_aar;
pub use balance::{Balance, write_balance};

use crate::scenario::{Scenario, Trigger};

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

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

/// Style sheet shared by `index.html` and `report.html`: readable on screen
/// and in print, no external resources.
pub(crate) const CSS: &str = r#"
:root { --ink:#1f2430; --muted:#5b6475; --line:#dfe3ea; --bg:#f6f7f9; --accent:#0072b2; --good:#00795a; --warn:#a86800; --bad:#b5470b; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans KR", sans-serif; color: var(--ink); background: var(--bg); margin: 0; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 64px; background: #fff; min-height: 100vh; }
.unverified { border: 3px solid #b3261e; background: #fdecea; color: #7a1712; padding: 12px 16px; font-size: 1.1em; }
h1 { font-size: 1.8em; margin: 0 0 4px; }
h2 { font-size: 1.3em; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin: 24px 0 8px; }
p.lead { color: var(--muted); margin-top: 0; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: 10px 0 18px; font-size: 0.93em; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.zero { color: var(--bad); font-weight: 600; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 12px 0; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; }
.card b { display: block; font-size: 1.5em; }
.card span { color: var(--muted); font-size: 0.9em; }
.alert { border-left: 5px solid var(--bad); background: #fff4ee; padding: 12px 18px; margin: 18px 0; border-radius: 4px; }
.alert.ok { border-left-color: var(--good); background: #eefaf5; }
.alert h3 { margin-top: 4px; }
.tag { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.82em; font-weight: 600; }
.tag.good { background: #dcf3ea; color: var(--good); }
.tag.bad { background: #fde6da; color: var(--bad); }
.tag.warn { background: #fff0d2; color: var(--warn); }
.tag.muted { background: #eceff3; color: var(--muted); }
tr.secret td { color: var(--muted); font-style: italic; }
figure { margin: 18px 0; }
figure img, figure svg { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
figcaption { color: var(--muted); font-size: 0.9em; margin-top: 4px; }
.note { color: var(--muted); font-size: 0.92em; }
code { background: #eef1f5; padding: 1px 5px; border-radius: 4px; }
@media print { body { background: #fff; } main { padding: 0; } h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
"#;

/// A whole HTML page around `body`.
pub(crate) fn html_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n",
        html_escape(title)
    )
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
