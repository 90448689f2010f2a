//! The HTML renderer: one self-contained page (style sheet included, charts
//! inlined, nothing fetched); every piece of text is escaped here.

use super::{Block, Doc, Para, Span, Text, Tone};
use crate::report::charts;
use std::fmt::Write as _;

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

fn html_text(t: &Text) -> String {
    let e = html_escape;
    let mut out = String::new();
    let mut alt = false;
    for s in &t.0 {
        match s {
            Span::Plain(s) => out.push_str(&e(s)),
            Span::Strong(s) => _ = write!(out, "<strong>{}</strong>", e(s)),
            Span::Emph(s) => _ = write!(out, "<em>{}</em>", e(s)),
            Span::Code(s) => _ = write!(out, "<code>{}</code>", e(s)),
            Span::Tag(tone, s) => _ = write!(out, "<span class=\"tag {}\">{}</span>", tone.class(), e(s)),
            Span::Link { href, text } => _ = write!(out, "<a href=\"{}\">{}</a>", e(href), e(text)),
            Span::Break => out.push_str("<br>"),
            Span::Alt(l) => {
                if alt {
                    out.push_str("</span>");
                }
                _ = write!(out, "<br><span class=\"alt\" lang=\"{}\">", l.code());
                alt = true;
            }
        }
    }
    if alt {
        out.push_str("</span>");
    }
    out
}

fn html_blocks(out: &mut String, blocks: &[Block]) {
    for b in blocks {
        match b {
            Block::Heading(l, t) => _ = writeln!(out, "<h{l}>{}</h{l}>", html_text(t)),
            Block::Paragraph(p, t) => {
                let class = match p {
                    Para::Plain => "",
                    Para::Lead => " class=\"lead\"",
                    Para::Note => " class=\"note\"",
                    Para::Alarm => " class=\"alarm\"",
                };
                _ = writeln!(out, "<p{class}>{}</p>", html_text(t));
            }
            Block::KeyValues(rows) => {
                out.push_str("<dl class=\"kv\">\n");
                for (k, v) in rows {
                    _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", html_text(k), html_text(v));
                }
                out.push_str("</dl>\n");
            }
            Block::Table(t) => {
                let num = |n: bool| if n { " class=\"num\"" } else { "" };
                out.push_str("<table><thead><tr>");
                for c in &t.columns {
                    _ = write!(out, "<th{}>{}</th>", num(c.numeric), html_text(&c.title));
                }
                out.push_str("</tr></thead><tbody>\n");
                for r in &t.rows {
                    out.push_str(if r.muted { "<tr class=\"muted\">" } else { "<tr>" });
                    for (i, c) in r.cells.iter().enumerate() {
                        let numeric = t.columns.get(i).is_some_and(|c| c.numeric);
                        let class = match (numeric, c.flagged) {
                            (true, true) => " class=\"num flagged\"",
                            (true, false) => " class=\"num\"",
                            (false, true) => " class=\"flagged\"",
                            (false, false) => "",
                        };
                        _ = write!(out, "<td{class}>{}</td>", html_text(&c.text));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody></table>\n");
            }
            Block::Figure(f) => {
                out.push_str("<figure>");
                match &f.svg {
                    Some(svg) => out.push_str(charts::inline(svg)),
                    None => {
                        _ = write!(
                            out,
                            "<img src=\"{}\" alt=\"{}\">",
                            html_escape(&f.file),
                            html_escape(&f.alt)
                        )
                    }
                }
                _ = writeln!(out, "<figcaption>{}</figcaption></figure>", html_escape(&f.caption));
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for it in items {
                    _ = write!(out, "<li>{}", html_text(&it.text));
                    if !it.children.is_empty() {
                        out.push_str("<ul>");
                        for c in &it.children {
                            _ = write!(out, "<li>{}</li>", html_text(c));
                        }
                        out.push_str("</ul>");
                    }
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
            Block::Cards(cards) => {
                out.push_str("<div class=\"cards\">");
                for (label, value) in cards {
                    _ = write!(
                        out,
                        "<div class=\"card\"><span>{}</span><b>{}</b></div>",
                        html_text(label),
                        html_text(value)
                    );
                }
                out.push_str("</div>\n");
            }
            Block::Callout(tone, inner) => {
                let ok = if *tone == Tone::Good { " ok" } else { "" };
                _ = writeln!(out, "<div class=\"alert{ok}\">");
                html_blocks(out, inner);
                out.push_str("</div>\n");
            }
            Block::Rule => out.push_str("<hr>\n"),
            Block::Columns(cols) => {
                out.push_str("<div class=\"cols\">\n");
                for (lang, inner) in cols {
                    _ = writeln!(out, "<div lang=\"{}\">", lang.code());
                    html_blocks(out, inner);
                    out.push_str("</div>\n");
                }
                out.push_str("</div>\n");
            }
        }
    }
}

/// Whether a document holds a second language (then it gets [`CSS_BILINGUAL`]).
fn bilingual(blocks: &[Block]) -> bool {
    let text = |t: &Text| t.0.iter().any(|s| matches!(s, Span::Alt(_)));
    blocks.iter().any(|b| match b {
        Block::Columns(_) => true,
        Block::Heading(_, t) | Block::Paragraph(_, t) => text(t),
        Block::KeyValues(rows) | Block::Cards(rows) => rows.iter().any(|(k, v)| text(k) || text(v)),
        Block::Table(t) => {
            t.columns.iter().any(|c| text(&c.title))
                || t.rows.iter().flat_map(|r| &r.cells).any(|c| text(&c.text))
        }
        Block::List(items) => items.iter().any(|i| text(&i.text) || i.children.iter().any(text)),
        Block::Callout(_, inner) => bilingual(inner),
        Block::Figure(_) | Block::Rule => false,
    })
}

/// The document as one self-contained HTML page (style sheet included, nothing fetched).
pub fn html(doc: &Doc) -> String {
    let mut body = String::new();
    html_blocks(&mut body, &doc.blocks);
    let extra = if bilingual(&doc.blocks) { CSS_BILINGUAL } else { "" };
    // Korean text marked as Korean gets a Korean font (not a Chinese or Japanese one) and line breaking.
    let lang = doc.lang.code();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}{extra}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        html_escape(&doc.title)
    )
}

/// Added for a bilingual page: the two languages side by side (one above the
/// other on a narrow screen), the second language of a cell in its own colour.
const CSS_BILINGUAL: &str = r#".cols { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 28px; align-items: start; }
.cols > div > :first-child { margin-top: 0; }
.cols > div + div, .alt { color: #1d4e89; }
:lang(ko) { word-break: keep-all; }
@media (max-width: 760px) { .cols { grid-template-columns: 1fr; } }
"#;

/// Style sheet of every HTML report: readable on screen and in print, no external resources.
const CSS: &str = r#"
:root { --ink:#1f2430; --muted:#5b6475; --line:#dfe3ea; --bg:#f6f7f9; --accent:#0072b2; --good:#00795a; --warn:#a86800; --bad:#b5470b; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans KR", sans-serif; color: var(--ink); background: var(--bg); margin: 0; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 64px; background: #fff; min-height: 100vh; }
.alarm { border: 3px solid #b3261e; background: #fdecea; color: #7a1712; padding: 12px 16px; font-size: 1.1em; }
h1 { font-size: 1.8em; margin: 0 0 4px; }
h2 { font-size: 1.3em; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin: 24px 0 8px; }
p.lead { color: var(--muted); margin-top: 0; }
a { color: var(--accent); }
hr { border: 0; border-top: 1px solid var(--line); margin: 32px 0 8px; }
table { border-collapse: collapse; width: 100%; margin: 10px 0 18px; font-size: 0.93em; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.flagged { color: var(--bad); font-weight: 600; }
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
tr.muted td { color: var(--muted); font-style: italic; }
figure { margin: 18px 0; }
figure img, figure svg { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
figcaption { color: var(--muted); font-size: 0.9em; margin-top: 4px; }
.note { color: var(--muted); font-size: 0.92em; }
code { background: #eef1f5; padding: 1px 5px; border-radius: 4px; }
@media print { body { background: #fff; } main { padding: 0; } h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
"#;
