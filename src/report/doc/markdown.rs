//! The Markdown renderer (GitHub flavour: tables, figures as image links to
//! the SVG files beside the page). Every piece of text is made literal here.

use super::{Block, Doc, Para, Span, Text, Tone};
use std::fmt::Write as _;

/// Text made literal in Markdown: no inline HTML, entity, emphasis, code, link or
/// table syntax survives, and line breaks become spaces (a cell stays one line).
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            // Only a `<` that could open a tag, a comment or an autolink needs it; "< 50%" stays readable.
            '<' if s[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || "/!?".contains(n)) => {
                out.push_str("\\<")
            }
            // Only an `&` that starts an entity ("&lt;", "&#60;") needs it; "R&D" stays readable.
            '&' if starts_entity(&s[i + 1..]) => out.push_str("\\&"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Whether text after an `&` reads as an entity reference: `#`? alphanumerics, then `;`.
fn starts_entity(rest: &str) -> bool {
    let body = rest.strip_prefix('#').unwrap_or(rest);
    let name = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
    name > 0 && body[name..].starts_with(';')
}

fn md_text(t: &Text) -> String {
    let e = md_escape;
    let mut out = String::new();
    for s in &t.0 {
        match s {
            Span::Plain(s) => out.push_str(&e(s)),
            Span::Strong(s) => _ = write!(out, "**{}**", e(s)),
            Span::Emph(s) => _ = write!(out, "*{}*", e(s)),
            // A code span cannot escape its content: the fence is longer than any run of backticks in it.
            Span::Code(s) => {
                let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
                let fence = "`".repeat(longest + 1);
                let pad = if s.starts_with('`') || s.ends_with('`') { " " } else { "" };
                _ = write!(out, "{fence}{pad}{}{pad}{fence}", s.replace(['\n', '\r'], " "));
            }
            Span::Tag(Tone::Muted, s) => _ = write!(out, "*({})*", e(s)),
            Span::Tag(_, s) => out.push_str(&e(s)),
            Span::Link { href, text } => _ = write!(out, "[{}]({})", e(text), md_href(href)),
            Span::Break | Span::Alt(_) => out.push_str("<br>"),
        }
    }
    out
}

/// A link target: as written when it is a plain file name or address, else
/// inside `<…>` with nothing that could close it or start a new line.
fn md_href(href: &str) -> String {
    if href.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:#?=%".contains(c)) {
        return href.to_string();
    }
    let inner: String = href
        .chars()
        .filter(|c| !matches!(c, '\n' | '\r'))
        .map(|c| match c {
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            c => c.to_string(),
        })
        .collect();
    format!("<{inner}>")
}

/// A paragraph's text, with a leading character that would start a block (a
/// heading, a quote, a list item) escaped.
fn md_para(t: &Text) -> String {
    let s = md_text(t);
    let starts_block = s.starts_with(['#', '-', '+', '=', '~', '>'])
        || s.find(['.', ')']).is_some_and(|i| i > 0 && s[..i].bytes().all(|b| b.is_ascii_digit()));
    if starts_block {
        if s.starts_with(|c: char| c.is_ascii_digit()) {
            let i = s.find(['.', ')']).unwrap_or(0);
            return format!("{}\\{}", &s[..i], &s[i..]);
        }
        return format!("\\{s}");
    }
    s
}

fn md_blocks(out: &mut String, blocks: &[Block]) {
    for b in blocks {
        match b {
            Block::Heading(l, t) => {
                _ = writeln!(out, "{} {}\n", "#".repeat((*l).max(1) as usize), md_text(t))
            }
            Block::Paragraph(Para::Lead, t) if !t.0.is_empty() => _ = writeln!(out, "*{}*\n", md_text(t)),
            Block::Paragraph(Para::Alarm, t) => _ = writeln!(out, "> {}\n", md_text(t)),
            Block::Paragraph(_, t) => _ = writeln!(out, "{}\n", md_para(t)),
            Block::KeyValues(rows) => {
                out.push_str("| | |\n|---|---|\n");
                for (k, v) in rows {
                    _ = writeln!(out, "| {} | {} |", md_text(k), md_text(v));
                }
                out.push('\n');
            }
            Block::Table(t) => {
                out.push('|');
                for c in &t.columns {
                    _ = write!(out, " {} |", md_text(&c.title));
                }
                out.push_str("\n|");
                for c in &t.columns {
                    out.push_str(if c.numeric { "---:|" } else { "---|" });
                }
                out.push('\n');
                for r in &t.rows {
                    out.push('|');
                    for c in &r.cells {
                        let text = md_text(&c.text);
                        if c.flagged && !text.is_empty() {
                            _ = write!(out, " **{text}** |");
                        } else {
                            _ = write!(out, " {text} |");
                        }
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Figure(f) => {
                _ = writeln!(out, "![{}]({})\n", md_escape(&f.alt), md_href(&f.file));
                _ = writeln!(out, "*{}*\n", md_escape(&f.caption));
            }
            Block::List(items) => {
                for it in items {
                    _ = writeln!(out, "- {}", md_text(&it.text));
                    for c in &it.children {
                        _ = writeln!(out, "  - {}", md_text(c));
                    }
                }
                out.push('\n');
            }
            Block::Cards(cards) => {
                let line: Vec<String> =
                    cards.iter().map(|(k, v)| format!("{}: **{}**", md_text(k), md_text(v))).collect();
                _ = writeln!(out, "{}\n", line.join(" · "));
            }
            Block::Callout(_, inner) => {
                let mut body = String::new();
                md_blocks(&mut body, inner);
                for line in body.trim_end().lines() {
                    if line.is_empty() {
                        out.push_str(">\n");
                    } else {
                        _ = writeln!(out, "> {line}");
                    }
                }
                out.push('\n');
            }
            Block::Rule => out.push_str("---\n\n"),
            Block::Columns(cols) => {
                for (_, inner) in cols {
                    md_blocks(out, inner);
                }
            }
        }
    }
}

/// The document in Markdown (GitHub flavour: tables, figures as image links to their files).
pub fn markdown(doc: &Doc) -> String {
    let mut out = String::new();
    md_blocks(&mut out, &doc.blocks);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}
