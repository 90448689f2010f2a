//! The plain-text renderer, for a terminal: one line per paragraph,
//! key-value or list item, tables in aligned columns.

use super::{Block, Doc, Span, Text, Tone};
use crate::i18n::display_width;
use std::fmt::Write as _;

fn plain_text(t: &Text) -> String {
    let mut out = String::new();
    for s in &t.0 {
        match s {
            Span::Plain(s) | Span::Strong(s) | Span::Emph(s) | Span::Code(s) => {
                out.push_str(&s.replace(['\n', '\r'], " "))
            }
            Span::Tag(Tone::Muted, s) => _ = write!(out, "({s})"),
            Span::Tag(_, s) => _ = write!(out, "[{s}]"),
            Span::Link { text, .. } => out.push_str(text),
            Span::Break => out.push(' '),
            Span::Alt(_) => out.push_str(" / "),
        }
    }
    out
}

fn text_blocks(out: &mut String, blocks: &[Block], indent: &str) {
    for b in blocks {
        match b {
            Block::Heading(_, t) | Block::Paragraph(_, t) => _ = writeln!(out, "{indent}{}", plain_text(t)),
            Block::KeyValues(rows) => {
                for (k, v) in rows {
                    _ = writeln!(out, "{indent}{}: {}", plain_text(k), plain_text(v));
                }
            }
            Block::Table(t) => {
                let all: Vec<Vec<String>> =
                    std::iter::once(t.columns.iter().map(|c| plain_text(&c.title)).collect())
                        .chain(t.rows.iter().map(|r| r.cells.iter().map(|c| plain_text(&c.text)).collect()))
                        .collect();
                let widths: Vec<usize> = (0..t.columns.len())
                    .map(|i| all.iter().filter_map(|r| r.get(i)).map(|s| display_width(s)).max().unwrap_or(0))
                    .collect();
                for r in &all {
                    let cells: Vec<String> = r
                        .iter()
                        .zip(&widths)
                        .zip(&t.columns)
                        .map(|((s, &w), c)| {
                            // Padded by terminal columns: a Hangul syllable takes two.
                            let pad = " ".repeat(w.saturating_sub(display_width(s)));
                            if c.numeric { format!("{pad}{s}") } else { format!("{s}{pad}") }
                        })
                        .collect();
                    _ = writeln!(out, "{indent}{}", cells.join("  ").trim_end());
                }
            }
            Block::Figure(f) => _ = writeln!(out, "{indent}[{}: {}]", f.caption, f.file),
            Block::List(items) => {
                for it in items {
                    _ = writeln!(out, "{indent}  {}", plain_text(&it.text));
                    for c in &it.children {
                        _ = writeln!(out, "{indent}    {}", plain_text(c));
                    }
                }
            }
            Block::Cards(cards) => {
                let line: Vec<String> =
                    cards.iter().map(|(k, v)| format!("{} {}", plain_text(k), plain_text(v))).collect();
                _ = writeln!(out, "{indent}{}", line.join("  ·  "));
            }
            Block::Callout(_, inner) => text_blocks(out, inner, &format!("{indent}| ")),
            Block::Rule => _ = writeln!(out, "{indent}{}", "-".repeat(40)),
            Block::Columns(cols) => {
                for (_, inner) in cols {
                    text_blocks(out, inner, indent);
                }
            }
        }
    }
}

/// The document as plain text for a terminal: one line per paragraph, key-value
/// or list item, tables in aligned columns.
pub fn text(doc: &Doc) -> String {
    let mut out = String::new();
    text_blocks(&mut out, &doc.blocks, "");
    out
}
