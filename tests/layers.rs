//! The layers hold: the files of `src/sim/` and of `src/app/` import each
//! other without a circle (a file that needs another sits above it), no file
//! in `src/` is over 600 lines, and in the app only the door (`intent.rs`)
//! changes the exercise. Read from the source: `super::…`, `self::…` and
//! `crate::LAYER::…` paths (grouped ones too) are the imports; a folder's
//! `mod.rs` at the top of the layer only assembles it and is left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
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

/// The files of a layer by module path (`board/mod.rs` is `board`, `mod.rs` is the root).
fn modules(layer: &str) -> BTreeMap<Module, String> {
    let root = src().join(layer);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap().with_extension("");
            let mut m: Module = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
            if m.last().is_some_and(|l| l == "mod") {
                m.pop();
            }
            (m, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The code of a file without comments and without its unit-test module.
fn code(src: &str) -> String {
    let src = src.find("#[cfg(test)]\nmod tests").map_or(src, |at| &src[..at]);
    src.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The leading lowercase segments (at most two) of a path such as `board::log::draw`.
fn segments(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while out.len() < 2 {
        let name: String =
            rest.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
        if name.is_empty() {
            break;
        }
        rest = &rest[name.len()..];
        out.push(name);
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => break,
        }
    }
    out
}

/// Every path a `use`/call tail names: one, or each item of a `{…}` group.
fn heads(tail: &str) -> Vec<Vec<String>> {
    let Some(group) = tail.strip_prefix('{') else { return vec![segments(tail)] };
    let (mut depth, mut item, mut out) = (0, String::new(), Vec::new());
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(segments(&item));
                item.clear();
                continue;
            }
            _ => {}
        }
        item.push(c);
    }
    out.push(segments(&item));
    out
}

/// Which files of `layer` each file imports.
fn imports(layer: &str) -> BTreeMap<Module, BTreeSet<Module>> {
    let files = modules(layer);
    let resolve = |p: &[String]| (1..=p.len()).rev().map(|k| p[..k].to_vec()).find(|m| files.contains_key(m));
    let crate_prefix = format!("crate::{layer}::");
    let mut graph = BTreeMap::new();
    for (m, src) in files.iter().filter(|(m, _)| !m.is_empty()) {
        let code = code(src);
        let mut deps = BTreeSet::new();
        let mut i = 0;
        while i < code.len() {
            let rest = &code[i..];
            let starts =
                code[..i].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':'));
            let found = if !starts {
                None
            } else if rest.starts_with(&crate_prefix) {
                Some((Vec::new(), crate_prefix.len()))
            } else if rest.starts_with("self::") {
                Some((m.clone(), "self::".len()))
            } else if rest.starts_with("super::") {
                let n = rest.len() - rest.trim_start_matches("super::").len();
                Some((m[..m.len().saturating_sub(n / "super::".len())].to_vec(), n))
            } else {
                None
            };
            let Some((base, skip)) = found else {
                i += rest.chars().next().map_or(1, char::len_utf8);
                continue;
            };
            for head in heads(&rest[skip..]) {
                let path: Vec<String> = base.iter().cloned().chain(head).collect();
                if let Some(dep) = resolve(&path).filter(|d| d != m) {
                    deps.insert(dep);
                }
            }
            i += skip;
        }
        graph.insert(m.clone(), deps);
    }
    graph
}

/// The files left in a circle after removing, again and again, those that import nothing left.
fn circle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Module> {
    let mut left = graph.clone();
    while let Some(leaf) = left.iter().find(|(_, deps)| deps.is_empty()).map(|(n, _)| n.clone()) {
        left.remove(&leaf);
        left.values_mut().for_each(|d| {
            d.remove(&leaf);
        });
    }
    left.into_keys().collect()
}

fn m(path: &str) -> Module {
    path.split("::").map(String::from).collect()
}

#[test]
fn no_import_circle_among_the_files_of_sim() {
    let graph = imports("sim");
    assert_eq!(circle(&graph), Vec::<Module>::new(), "files of sim/ importing each other in a circle");
    assert!(graph[&m("exercise")].contains(&m("decision")) && graph[&m("turn")].contains(&m("exercise")));
}

#[test]
fn no_import_circle_among_the_files_of_app() {
    let graph = imports("app");
    assert_eq!(circle(&graph), Vec::<Module>::new(), "files of app/ importing each other in a circle");
    // The scan sees plain, grouped and nested imports.
    assert!(graph[&m("intent")].contains(&m("session")));
    assert!(graph[&m("board")].contains(&m("workshop")), "use super::{{injects, theme, workshop}}");
    assert!(graph[&m("board::summary")].contains(&m("board::log")));
}

#[test]
fn the_scan_finds_a_circle_when_there_is_one() {
    let mut graph = imports("app");
    graph.get_mut(&m("session")).unwrap().insert(m("intent"));
    assert!(circle(&graph).contains(&m("session")));
}

#[test]
fn only_the_door_changes_the_exercise() {
    for (module, src) in modules("app") {
        let code = code(&src);
        let name = module.join("::");
        if name != "intent" && name != "tests" {
            assert!(!code.contains(".submit("), "app/{name} submits a decision: emit an intent instead");
            let scripted = name == "screenshot" || name == "session";
            assert!(
                scripted || !code.contains("ex_mut()"),
                "app/{name} reaches for the exercise to change it"
            );
        }
    }
}

#[test]
fn no_file_of_src_is_over_600_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    assert!(files.len() > 50);
    for p in files {
        let lines = std::fs::read_to_string(&p).unwrap().lines().count();
        assert!(lines <= 600, "{}: {lines} lines", p.display());
    }
}
