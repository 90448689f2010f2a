//! The checks behind `tests/i18n.rs`: every `.ftl` file parses, no id is
//! defined twice, and every language has the same messages, attributes and
//! arguments in the same files as English. Each finding names file:line:col.

use super::{FILES, Lang, file_path};
use crate::scenario::Diagnostic;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// A finding of [`check`].
pub type Issue = Diagnostic;

/// One message, term or attribute of one language: where it is and which
/// variables it uses.
struct Def {
    stem: &'static str,
    at: (usize, usize),
    vars: BTreeSet<String>,
}

/// Every id of `lang`: messages (`id`), their attributes (`id.attr`) and terms (`-term`).
pub fn message_ids(lang: Lang) -> BTreeSet<String> {
    defs(FILES, lang, &mut Vec::new()).into_keys().collect()
}

/// Every problem of the embedded `.ftl` files; empty when all is well.
pub fn check() -> Vec<Issue> {
    check_files(FILES)
}

/// [`check`] over any set of (language, file stem, text).
fn check_files(files: &[(Lang, &'static str, &str)]) -> Vec<Issue> {
    let mut issues = Vec::new();
    let all: Vec<_> = Lang::ALL.iter().map(|&l| (l, defs(files, l, &mut issues))).collect();
    let (_, en) = &all[Lang::En.index()];
    for (lang, defs) in &all[1..] {
        for (id, d) in en {
            match defs.get(id) {
                None => issues.push(issue(Lang::En, d, format!("\"{id}\" has no {lang} translation"))),
                Some(t) if t.stem != d.stem => {
                    issues.push(issue(*lang, t, format!("\"{id}\" belongs in {}.ftl, as in English", d.stem)))
                }
                Some(t) if t.vars != d.vars => issues.push(issue(
                    *lang,
                    t,
                    format!("\"{id}\" uses {:?}, its English uses {:?}", t.vars, d.vars),
                )),
                Some(_) => {}
            }
        }
        for (id, t) in defs {
            if !en.contains_key(id) {
                issues.push(issue(*lang, t, format!("\"{id}\" is not in English")));
            }
        }
    }
    issues
}

fn issue(lang: Lang, d: &Def, message: String) -> Issue {
    Diagnostic::at(
        &file_path(lang, d.stem),
        d.at,
        message,
        "every language has the same ids, attributes and $arguments (docs/i18n.md)",
    )
}

/// Parses every file of `lang`, recording syntax errors and duplicates.
fn defs(files: &[(Lang, &'static str, &str)], lang: Lang, issues: &mut Vec<Issue>) -> BTreeMap<String, Def> {
    let mut out = BTreeMap::new();
    for &(l, stem, text) in files {
        if l != lang {
            continue;
        }
        let file = file_path(lang, stem);
        let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(res, errors)| {
            for e in errors {
                let hint = "Fluent syntax: https://projectfluent.org/fluent/guide/";
                issues.push(Diagnostic::at(&file, line_col(text, e.pos.start), e.to_string(), hint));
            }
            res
        });
        // Entries come in file order: searching on from the last one finds a
        // duplicate's own line, not its first definition's.
        let mut cursor = 0;
        for entry in &res.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let at = find_line(text, cursor, &id, '=');
            cursor = offset_of(text, at) + 1;
            let mut add = |key: String, at: (usize, usize), pattern: Option<&Pattern<&str>>| {
                let mut vars = BTreeSet::new();
                if let Some(p) = pattern {
                    pattern_vars(p, &mut vars);
                }
                match out.entry(key) {
                    std::collections::btree_map::Entry::Occupied(e) => {
                        let what = format!("\"{}\" is defined twice", e.key());
                        issues.push(Diagnostic::at(&file, at, what, ""));
                    }
                    std::collections::btree_map::Entry::Vacant(e) => {
                        e.insert(Def { stem, at, vars });
                    }
                }
            };
            if value.is_some() || attributes.is_empty() {
                add(id.clone(), at, value);
            }
            for a in attributes {
                let name = format!(".{}", a.id.name);
                let a_at = find_line(text, offset_of(text, at), &name, '=');
                add(format!("{id}{name}"), a_at, Some(&a.value));
            }
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// The 1-based line and column (in characters) of byte `pos` of `text`.
fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(pos.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn offset_of(text: &str, (line, _): (usize, usize)) -> usize {
    text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum()
}

/// Where the line defining `name` (followed by `sep`) starts, from byte `from`
/// on; (1, 1) if the parser accepted something this search does not find.
fn find_line(text: &str, from: usize, name: &str, sep: char) -> (usize, usize) {
    let mut offset = from;
    for line in text[from.min(text.len())..].split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(name)
            && rest.trim_start().starts_with(sep)
        {
            return line_col(text, offset + (line.len() - trimmed.len()));
        }
        offset += line.len();
    }
    (1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let t = "a = 1\n한국 = 2\n  .x = 3\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 6), (2, 1));
        assert_eq!(line_col(t, "a = 1\n한국 ".len()), (2, 4));
        assert_eq!(find_line(t, 0, "한국", '='), (2, 1));
        assert_eq!(find_line(t, offset_of(t, (2, 1)), ".x", '='), (3, 3));
    }

    fn found(files: &[(Lang, &'static str, &str)]) -> Vec<String> {
        check_files(files).iter().map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message)).collect()
    }

    #[test]
    fn syntax_errors_gaps_and_argument_drift_are_located() {
        let en = "a = A\n    .tip = Tip\nb = B { $n }\nc = C\n";
        let ko = "a = 가\nb = 나 { $m }\nbroken\nd = 라\nc = 다\nc = 다시\n";
        let got = found(&[(Lang::En, "x", en), (Lang::Ko, "x", ko)]);
        let want = [
            "assets/i18n/ko/x.ftl:3:7: Expected a token starting with \"=\"",
            "assets/i18n/ko/x.ftl:6:1: \"c\" is defined twice",
            "assets/i18n/en/x.ftl:2:5: \"a.tip\" has no ko translation",
            "assets/i18n/ko/x.ftl:2:1: \"b\" uses {\"m\"}, its English uses {\"n\"}",
            "assets/i18n/ko/x.ftl:4:1: \"d\" is not in English",
        ];
        assert_eq!(got, want);
        let moved = found(&[(Lang::En, "x", "a = A\n"), (Lang::Ko, "y", "a = 가\n")]);
        assert_eq!(moved, ["assets/i18n/ko/y.ftl:1:1: \"a\" belongs in x.ftl, as in English"]);
    }
}
