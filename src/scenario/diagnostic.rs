//! Problems found in a scenario (or save) file, each with file:line:col and a fix hint.

use serde::Serialize;
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

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {}: {}", self.file, self.line, self.col, sev, self.message)?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
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
pub struct Locator<'a> {
    src: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(src: &'a str) -> Self {
        Locator { src }
    }

    /// 1-based (line, col) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        let before = &self.src[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    /// Offset of the `section:` key at top level (first occurrence).
    pub fn section(&self, section: &str) -> Option<usize> {
        let key = format!("{section}:");
        let mut from = 0;
        while let Some(i) = self.src[from..].find(&key) {
            let at = from + i;
            let prev = self.src[..at].chars().next_back();
            if prev.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
                return Some(at);
            }
            from = at + key.len();
        }
        None
    }

    /// Offset of the `nth` (0-based) element whose `id: "id"` follows `section:`.
    pub fn element(&self, section: &str, id: &str, nth: usize) -> Option<usize> {
        let start = self.section(section).unwrap_or(0);
        let quoted = format!("\"{id}\"");
        let mut from = start;
        let mut seen = 0;
        while let Some(i) = self.src[from..].find(&quoted) {
            let at = from + i;
            let head = self.src[..at].trim_end();
            if let Some(head) = head.strip_suffix(':')
                && head.trim_end().ends_with("id")
                && !head.trim_end().ends_with("_id")
            {
                let key_start = head.trim_end().len() - 2;
                if seen == nth {
                    return Some(key_start);
                }
                seen += 1;
            }
            from = at + quoted.len();
        }
        None
    }

    /// Offset of `needle` at or after `from` (falls back to `from`).
    pub fn after(&self, from: usize, needle: &str) -> usize {
        self.src[from..].find(needle).map_or(from, |i| from + i)
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
