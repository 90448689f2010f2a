//! More than the first syntax error: RON stops at the first one, so after it
//! the file is cut into its top-level sections (`nations: [...]`, `injects:
//! [...]`, …) by bracket depth, and each section's text is parsed alone as its
//! own type. Every section that fails gives its first error, located in the
//! file. Only brackets, strings and comments are looked at; the parsing itself
//! is RON's.

use super::def::*;
use super::{Diagnostic, Locator, ron_diagnostic_src, ron_options};
use crate::i18n::Lang;
use serde::de::DeserializeOwned;

/// The first error of every top-level section that does not parse, beside
/// `first` (the whole file's error), in file order; just `first` when the file
/// cannot be cut into sections.
pub(super) fn section_errors(l: Lang, src: &str, file: &str, first: Diagnostic) -> Vec<Diagnostic> {
    let loc = Locator::new(src);
    let first_at = offset_of(src, first.line, first.col);
    let mut out = vec![first];
    for (name, start, end) in sections(src) {
        // One error per section: the whole file's error speaks for its own.
        if (start..=end).contains(&first_at) {
            continue;
        }
        let text = &src[start..end];
        if let Some(mut d) = section_error(l, name, text, file) {
            // From the section's own (line, col) to the file's.
            (d.line, d.col) = loc.position(start + offset_of(text, d.line, d.col));
            out.push(d);
        }
    }
    out.sort_by_key(|d| (d.line, d.col));
    out
}

/// The first error of one section's text parsed as that section's type.
fn section_error(l: Lang, name: &str, text: &str, file: &str) -> Option<Diagnostic> {
    let check = |text: &str, file: &str, what: &str, parsed: Result<(), ron::error::SpannedError>| {
        parsed.err().map(|e| ron_diagnostic_src(l, &e, text, file, what))
    };
    fn parsed<T: DeserializeOwned>(text: &str) -> Result<(), ron::error::SpannedError> {
        ron_options().from_str::<T>(text).map(|_| ())
    }
    match name {
        "id" | "title" | "summary" | "start_label" | "hotline_name" => {
            check(text, file, "scenario", parsed::<String>(text))
        }
        "turns" | "hours_per_turn" => check(text, file, "scenario", parsed::<u32>(text)),
        "win_score" => check(text, file, "scenario", parsed::<f64>(text)),
        "difficulty" => check(text, file, "scenario", parsed::<Rating>(text)),
        "rules" => check(text, file, "rules", parsed::<RulesDef>(text)),
        "nations" => check(text, file, "nation", parsed::<Vec<NationDef>>(text)),
        "third_states" => check(text, file, "third state", parsed::<Vec<ThirdStateDef>>(text)),
        "assets" => check(text, file, "asset", parsed::<Vec<AssetDef>>(text)),
        "actors" => check(text, file, "actor", parsed::<Vec<ActorDef>>(text)),
        "incidents" => check(text, file, "incident", parsed::<Vec<IncidentDef>>(text)),
        "injects" => check(text, file, "inject", parsed::<Vec<InjectDef>>(text)),
        "objectives" => check(text, file, "objective", parsed::<Vec<ObjectiveDef>>(text)),
        "defeat" => check(text, file, "defeat condition", parsed::<Vec<Condition>>(text)),
        // An unknown field is the whole file's error to report.
        _ => None,
    }
}

/// Byte offset of a 1-based (line, col) in `text` (col counts characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = &text[start.min(text.len())..];
    start + rest.char_indices().nth(col.saturating_sub(1)).map_or(rest.len(), |(i, _)| i)
}

/// The top-level fields of the scenario's outer parentheses: (name, start,
/// end) of each value's text. A section whose brackets never close runs to
/// the end of the file.
fn sections(src: &str) -> Vec<(&str, usize, usize)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = skip_blank(b, 0);
    // An optional struct name before the parenthesis: `Scenario(`.
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
        i += 1;
    }
    i = skip_blank(b, i);
    if b.get(i) != Some(&b'(') {
        return out;
    }
    i += 1;
    loop {
        i = skip_blank(b, i);
        let name_start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
            i += 1;
        }
        if i == name_start {
            return out;
        }
        let name = &src[name_start..i];
        i = skip_blank(b, i);
        if b.get(i) != Some(&b':') {
            return out;
        }
        let start = skip_blank(b, i + 1);
        let (end, next) = value_end(b, start);
        out.push((name, start, end));
        match next {
            Some(j) => i = j,
            None => return out,
        }
    }
}

/// Where a value starting at `i` ends (before the `,` or `)` that closes it at
/// its depth), and where the next field starts (`None` at the end).
fn value_end(b: &[u8], mut i: usize) -> (usize, Option<usize>) {
    let mut depth = 0usize;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return (i, None),
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => return (i, Some(i + 1)),
            b'"' => {
                i = string_end(b, i);
                continue;
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#')) && (i == 0 || !is_ident(b[i - 1])) => {
                i = raw_string_end(b, i + 1);
                continue;
            }
            // A character literal such as '"' or ')'.
            b'\'' => {
                i += if b.get(i + 1) == Some(&b'\\') { 4 } else { 3 };
                continue;
            }
            b'/' if matches!(b.get(i + 1), Some(b'/' | b'*')) => {
                i = skip_blank(b, i);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (b.len(), None)
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Just past the closing quote of the string opening at `i`.
fn string_end(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// Just past a raw string `#*"…"#*` whose hashes start at `i`.
fn raw_string_end(b: &[u8], mut i: usize) -> usize {
    let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
    i += hashes;
    if b.get(i) != Some(&b'"') {
        return i;
    }
    i += 1;
    while i < b.len() {
        if b[i] == b'"' && b[i + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes {
            return i + 1 + hashes;
        }
        i += 1;
    }
    b.len()
}

/// Past whitespace and comments (`//` to the end of the line, nested `/* */`).
fn skip_blank(b: &[u8], mut i: usize) -> usize {
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b.get(i) == Some(&b'/') && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b.get(i) == Some(&b'/') && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0usize;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else {
            return i;
        }
    }
}
