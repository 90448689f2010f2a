//! Problems found in a scenario (or save) file, each with file:line:col and a fix hint.

use crate::i18n::Lang;
use crate::tr;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, located in the source text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    pub severity: Severity,
    pub message: String,
    /// What to do about it, in plain language.
    pub hint: String,
}

impl Diagnostic {
    /// An error at (line, col) of `file`.
    pub fn at(file: &str, at: (usize, usize), message: String, hint: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: at.0,
            col: at.1,
            severity: Severity::Error,
            message,
            hint: hint.into(),
        }
    }
}

impl Diagnostic {
    /// "file:line:col: error: message" and, indented on the next line, the
    /// hint, with the words around them in `lang` (the message and hint are
    /// written in the language the file was checked in).
    pub fn render(&self, lang: Lang) -> String {
        let severity = match self.severity {
            Severity::Error => tr!(lang, "validate-error"),
            Severity::Warning => tr!(lang, "validate-warning"),
        };
        let mut out = tr!(
            lang,
            "validate-diagnostic",
            file = self.file.as_str(),
            line = self.line,
            col = self.col,
            severity = severity,
            message = self.message.as_str()
        );
        if !self.hint.is_empty() {
            out.push_str("\n  ");
            out.push_str(&tr!(lang, "validate-hint", hint = self.hint.as_str()));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Every diagnostic of one load; `Display` prints them one after another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Error)
    }
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Finds where things are in a RON source so semantic errors can point at them.
///
/// Serde hands us values without positions, so we look the element up by its
/// `id: "..."` inside its section, then the field or value inside the element.
/// The line starts and every `id: "..."` key are indexed once, so locating a
/// problem costs a lookup, not a scan of the file (a file with thousands of
/// problems would otherwise take quadratic time to report).
pub struct Locator<'a> {
    src: &'a str,
    line_starts: Vec<usize>,
    /// Offsets of the `id` keys, by the id they name, in file order.
    ids: BTreeMap<&'a str, Vec<usize>>,
    sections: RefCell<BTreeMap<String, Option<usize>>>,
}

/// How far after an element `after` looks for a field: an element is far smaller.
const WINDOW: usize = 64 * 1024;

impl<'a> Locator<'a> {
    pub fn new(src: &'a str) -> Self {
        let line_starts = std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Locator { src, line_starts, ids: id_keys(src), sections: RefCell::new(BTreeMap::new()) }
    }

    /// 1-based (line, col) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.src.len());
        while !self.src.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let line_start = self.line_starts[line - 1];
        let col = self.src[line_start..offset].chars().count() + 1;
        (line, col)
    }

    /// Offset of the `section:` key at top level (first occurrence).
    pub fn section(&self, section: &str) -> Option<usize> {
        if let Some(&at) = self.sections.borrow().get(section) {
            return at;
        }
        let key = format!("{section}:");
        let mut from = 0;
        let mut found = None;
        while let Some(i) = self.src[from..].find(&key) {
            let at = from + i;
            let prev = self.src[..at].chars().next_back();
            if prev.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
                found = Some(at);
                break;
            }
            from = at + key.len();
        }
        self.sections.borrow_mut().insert(section.to_string(), found);
        found
    }

    /// Offset of the `nth` (0-based) element whose `id: "id"` follows `section:`.
    pub fn element(&self, section: &str, id: &str, nth: usize) -> Option<usize> {
        self.element_from(self.section(section).unwrap_or(0), id, nth)
    }

    /// Offset of the `nth` (0-based) `id: "id"` key at or after `from`.
    pub fn element_from(&self, from: usize, id: &str, nth: usize) -> Option<usize> {
        let keys = self.ids.get(id)?;
        let first = keys.partition_point(|&k| k < from);
        keys.get(first + nth).copied()
    }

    /// Offset of `needle` at or after `from`, within the element's reach (falls back to `from`).
    pub fn after(&self, from: usize, needle: &str) -> usize {
        let from = from.min(self.src.len());
        let mut end = (from + WINDOW).min(self.src.len());
        while !self.src.is_char_boundary(end) {
            end -= 1;
        }
        let mut start = from;
        while !self.src.is_char_boundary(start) {
            start -= 1;
        }
        self.src[start..end].find(needle).map_or(from, |i| start + i)
    }

    /// Position of a field (or a quoted value) inside an element, else the
    /// element, else the section, else the top of the file.
    pub fn locate(&self, section: &str, id: Option<&str>, needle: Option<&str>) -> (usize, usize) {
        let base =
            id.and_then(|id| self.element(section, id, 0)).or_else(|| self.section(section)).unwrap_or(0);
        let at = needle.map_or(base, |n| self.after(base, n));
        self.position(at)
    }
}

/// Every `id: "..."` key of the source (not `x_id`), by the id it names.
fn id_keys(src: &str) -> BTreeMap<&str, Vec<usize>> {
    let mut out: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let bytes = src.as_bytes();
    for (at, _) in src.match_indices("id") {
        let prev = at.checked_sub(1).map(|p| bytes[p]);
        if prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
            continue;
        }
        let rest = src[at + 2..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else { continue };
        let Some(rest) = rest.trim_start().strip_prefix('"') else { continue };
        let Some(end) = rest.find('"') else { continue };
        out.entry(&rest[..end]).or_default().push(at);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_skips_references_and_finds_the_id_key() {
        let src = "(\n  assets: [\n    (id: \"a\", depends_on: [\"b\"]),\n    (id: \"b\"),\n  ],\n)";
        let loc = Locator::new(src);
        let at = loc.element("assets", "b", 0).unwrap();
        assert_eq!(loc.position(at), (4, 6));
        assert_eq!(loc.locate("assets", Some("a"), Some("depends_on")), (3, 15));
    }

    #[test]
    fn nth_finds_the_duplicate() {
        let src = "(assets: [(id: \"x\"), (id: \"x\")])";
        let loc = Locator::new(src);
        assert_eq!(loc.position(loc.element("assets", "x", 1).unwrap()), (1, 23));
    }
}
