//! The Fluent files (`assets/i18n/`) and the code that reads them: every file
//! parses, every language has every message of English with the same
//! arguments, the folders hold exactly the embedded files, and every message
//! id the code asks for (`tr!(lang, "id")`, `tr(lang, "id")`,
//! `tr_args(lang, "id", …)`) exists. Findings name file:line:col.

use hotline::i18n::{self, Lang};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[test]
fn every_language_has_every_message_and_each_file_parses() {
    let issues = i18n::check();
    let text: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert!(issues.is_empty(), "{} problem(s) in assets/i18n:\n{}", issues.len(), text.join("\n"));
    let en = i18n::message_ids(Lang::En);
    for lang in Lang::ALL {
        assert_eq!(i18n::message_ids(lang), en, "{lang} has other ids than English");
    }
}

#[test]
fn the_folders_hold_exactly_the_embedded_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut folders: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| root.join(n).is_dir())
        .collect();
    folders.sort();
    let mut codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    codes.sort();
    assert_eq!(folders, codes, "one folder per Lang under {}", root.display());
    for lang in Lang::ALL {
        let on_disk: BTreeSet<String> = std::fs::read_dir(root.join(lang.code()))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .map(|p| i18n::file_path(lang, &p.file_stem().unwrap().to_string_lossy()))
            .collect();
        let embedded: BTreeSet<String> = i18n::files(lang).map(|stem| i18n::file_path(lang, stem)).collect();
        assert_eq!(on_disk, embedded, "add new .ftl files to the embed! list in src/i18n/mod.rs");
    }
}

/// A call that asks for a message, found in the source.
#[derive(Debug)]
struct Call {
    at: String,
    id: Option<String>,
}

/// The heads of the calls that take a message id as their second argument.
const CALLS: [&str; 3] = ["tr!(", "tr(", "tr_args("];

/// Every message request in `text`: the id literal after the first argument,
/// or `None` when the id is not a literal (which the test refuses).
fn calls_in(file: &str, text: &str) -> Vec<Call> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (line_no, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        let line_start = line.as_ptr() as usize - text.as_ptr() as usize;
        for head in CALLS {
            for (col, _) in line.match_indices(head) {
                let before = line[..col].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') || line[..col].ends_with("fn ") {
                    continue;
                }
                let start = line_start + col + head.len();
                out.push(Call {
                    at: format!("{file}:{}:{}", line_no + 1, col + 1),
                    id: id_after(bytes, start),
                });
            }
        }
    }
    out
}

/// Skips the first argument (to the first comma outside brackets and strings)
/// and reads a string literal, if the second argument is one.
fn id_after(b: &[u8], mut i: usize) -> Option<String> {
    let mut depth = 0i32;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return None,
            b')' | b']' | b'}' => depth -= 1,
            b'"' => return None,
            b',' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    i += 1;
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let rest = &b[i + 1..];
    let end = rest.iter().position(|&c| c == b'"')?;
    Some(String::from_utf8_lossy(&rest[..end]).into_owned())
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut problems = Vec::new();
    let mut asked = 0;
    for path in files {
        let rel = path.strip_prefix(root).unwrap().display().to_string();
        // The API itself passes ids through.
        if rel.starts_with("src/i18n/") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for call in calls_in(&rel, &text) {
            asked += 1;
            match &call.id {
                None => problems.push(format!("{}: the message id is not a string literal", call.at)),
                Some(id) => {
                    for lang in Lang::ALL {
                        if !i18n::has(lang, id) {
                            problems.push(format!("{}: no message \"{id}\" in {lang}", call.at));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("{asked} message request(s) in src/ checked");
}

#[test]
fn the_scan_finds_literal_ids_and_refuses_computed_ones() {
    let src = "let a = tr!(lang, \"one\");\nlet b = i18n::tr(self.lang(), \"two\");\n\
               let c = tr_args(l, \"three\", &[(\"n\", Arg::from(1))]);\nlet d = tr(lang, id);\n\
               // tr(lang, \"in-a-comment\")\nlet e = attr(x, \"not-a-call\");\nfn tr(lang: Lang, id: &str) {}\n";
    let found: Vec<_> = calls_in("x.rs", src).into_iter().map(|c| (c.at, c.id)).collect();
    let want = [
        ("x.rs:1:9", Some("one")),
        ("x.rs:2:15", Some("two")),
        ("x.rs:3:9", Some("three")),
        ("x.rs:4:9", None),
    ];
    let want: Vec<_> = want.iter().map(|(a, i)| (a.to_string(), i.map(String::from))).collect();
    assert_eq!(found, want);
    assert!(i18n::has(Lang::En, "lang-name") && !i18n::has(Lang::En, "one"));
}
