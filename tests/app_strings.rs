//! No English sentence is left in the desktop app's code: every word a player
//! reads comes from the Fluent files (`assets/i18n/*/app-*.ftl`). This reads
//! `src/app/**/*.rs` (not its tests) and fails on a string literal that looks
//! like prose — a word followed by another, or a capitalised word — unless it
//! is a log line for the developer (`warn!`, `expect`…), a widget's id, or on
//! the short allow-list below. Findings name file:line:col.
//!
//! The literals are found by the small tokenizer below rather than by `syn`:
//! `syn` with `full` and `visit` is in Cargo.lock only for the desktop build's
//! proc macros (2.0 for Bevy's, 3.0 for serde's and clap's); the core build,
//! which runs this test too, has syn 3 without `visit`, and file:line:col needs
//! proc-macro2's `span-locations`, which nothing enables. As a dev-dependency
//! it would add a second build of proc-macro2, quote and syn to both builds
//! (`cargo tree -e features -i syn`). Macro bodies (`format!`, `tr!`) would
//! still be token streams to walk by hand.

use std::path::{Path, PathBuf};

/// Calls whose literals are not read by players: log lines, panics, ids.
const NOT_SHOWN: &[&str] = &[
    "trace",
    "debug",
    "info",
    "warn",
    "error",
    "expect",
    "panic",
    "unreachable",
    "assert",
    "assert_eq",
    "debug_assert",
    "Id::new",
    "Name::new",
    "Modal::new",
    "Grid::new",
    "Area::new",
    "top",
    "bottom",
    "left",
    "right",
    "root_ui",
    "id_salt",
    "push_id",
    "ScrollArea::new",
    "env::var",
    "env::var_os",
    "join",
    "Window::new",
];

/// Files that are not the player's interface: the CI's screenshot machinery
/// (hidden `--screenshot` options; their messages are for the build log).
const NOT_UI_FILES: &[&str] = &["src/app/screenshot.rs", "src/app/png_check.rs", "src/app/layout_check.rs"];

/// Literals that are not prose in any language: the brand, and the names
/// printed on the keys (the help's key column; Korean keyboards print them too).
const ALLOWED: &[&str] =
    &["HOTLINE", "Hotline", "Hack", "Space / Enter", "Enter", "Esc", "Ctrl + / Ctrl − / Ctrl 0"];

/// A string literal of the source: where it starts, its text, and the call it
/// is an argument of (the identifier path before the nearest open parenthesis).
#[derive(Debug)]
struct Literal {
    line: usize,
    col: usize,
    text: String,
    call: String,
}

/// The string literals of `src`, skipping comments, char literals and the
/// test module (from `#[cfg(test)]` on).
fn literals(src: &str) -> Vec<Literal> {
    let src = match src.find("#[cfg(test)]") {
        Some(i) => &src[..i],
        None => src,
    };
    let b = src.as_bytes();
    let (mut i, mut out) = (0, Vec::new());
    // Open parentheses: the byte offset of each, to name the enclosing call.
    let mut open: Vec<usize> = Vec::new();
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'(' => {
                open.push(i);
                i += 1;
            }
            b')' => {
                open.pop();
                i += 1;
            }
            // A char literal ('"', '\'', 'a') or a lifetime ('a).
            b'\'' => {
                let rest = &src[i + 1..];
                let mut cs = rest.char_indices();
                match (cs.next(), cs.next()) {
                    (Some((_, '\\')), _) => {
                        let end = rest[1..].find('\'').map_or(rest.len(), |e| e + 2);
                        i += 1 + end + 1;
                    }
                    (Some(_), Some((k, '\''))) => i += 1 + k + 1,
                    _ => i += 1,
                }
            }
            b'r' if (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                let start = i + 1 + hashes + 1;
                if b.get(start - 1) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let end = src[start..].find(&close).map_or(b.len(), |e| start + e);
                out.push(literal(src, i, &src[start..end], &open));
                i = end + close.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                if !(i > 0 && b[i - 1] == b'b') {
                    out.push(literal(src, i, &src[start..j.min(b.len())], &open));
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn literal(src: &str, at: usize, text: &str, open: &[usize]) -> Literal {
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
    let call = open.last().map_or(String::new(), |&p| {
        let head = src[..p].trim_end_matches('!');
        let start = head.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).map_or(0, |k| k + 1);
        head[start..].trim_start_matches(':').to_string()
    });
    Literal { line, col, text: text.to_string(), call }
}

/// Two words with small letters, or a capitalised word; `{placeholders}`
/// of a format string are not words.
fn is_prose(text: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let text = plain.as_str();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .collect();
    let lower = words.iter().filter(|w| w.chars().any(|c| c.is_ascii_lowercase())).count();
    let spaced = lower >= 2 && text.contains(' ');
    let capitalised = words.iter().any(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase()) && cs.all(|c| c.is_ascii_lowercase())
    });
    spaced || capitalised
}

fn leftovers_in(file: &str, src: &str) -> Vec<String> {
    literals(src)
        .into_iter()
        .filter(|l| is_prose(&l.text) && !ALLOWED.contains(&l.text.as_str()))
        .filter(|l| !NOT_SHOWN.iter().any(|c| l.call == *c || l.call.ends_with(&format!("::{c}"))))
        .map(|l| format!("{file}:{}:{}: \"{}\" (in {}(…))", l.line, l.col, l.text, l.call))
        .collect()
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") && p.file_name().is_some_and(|n| n != "tests.rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_english_literal_is_left_in_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rs_files(&root.join("src/app"), &mut files);
    files.sort();
    assert!(files.len() > 20, "src/app was not found");
    let mut found = Vec::new();
    for f in files {
        let name = f.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        if NOT_UI_FILES.contains(&name.as_str()) {
            continue;
        }
        found.extend(leftovers_in(&name, &std::fs::read_to_string(&f).unwrap()));
    }
    assert!(
        found.is_empty(),
        "{} English literal(s) in src/app: move them to assets/i18n/*/app-*.ftl (docs/i18n.md)\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_a_leftover_and_passes_what_is_not_prose() {
    let src = r##"
fn draw(ui: &mut egui::Ui, l: Lang) {
    ui.label(tr!(l, "app-title-start"));
    if ui.button("Quit").clicked() {}
    ui.label(egui::RichText::new(format!("{} turns left", 3)));
    let c = '"'; // a "quoted" comment
    warn!("cannot remember the language in {}", 3);
    egui::Panel::top("picker_top");
    ui.label("·");
    ui.label(r#"raw words here"#);
}
#[cfg(test)]
mod tests { fn t() { ui.label("Test words"); } }
"##;
    let found = leftovers_in("x.rs", src);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("x.rs:4:18: \"Quit\" (in button(…))"), "{}", found[0]);
    assert!(found[1].contains("\"{} turns left\" (in format(…))"), "{}", found[1]);
    assert!(found[2].contains("raw words here"), "{}", found[2]);
}
