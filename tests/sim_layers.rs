//! The files of `src/sim/` import each other without a circle (a file that
//! needs another sits above it), and none is over 600 lines. Read from the
//! source: `super::NAME` and `crate::sim::NAME` are the imports.

use std::collections::{BTreeMap, BTreeSet};

fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sim");
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        if name != "mod" && p.extension().is_some_and(|x| x == "rs") {
            files.insert(name, std::fs::read_to_string(&p).unwrap());
        }
    }
    let names: BTreeSet<String> = files.keys().cloned().collect();
    files
        .iter()
        .map(|(name, src)| {
            let mut deps = BTreeSet::new();
            for prefix in ["super::", "crate::sim::"] {
                for (at, _) in src.match_indices(prefix) {
                    let rest = &src[at + prefix.len()..];
                    let dep: String =
                        rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                    if dep != *name && names.contains(&dep) {
                        deps.insert(dep);
                    }
                }
            }
            (name.clone(), deps)
        })
        .collect()
}

#[test]
fn no_import_circle_among_the_files_of_sim() {
    let graph = imports();
    // Kahn's algorithm: repeatedly remove files that import nothing left.
    let mut left = graph.clone();
    while let Some(leaf) = left.iter().find(|(_, deps)| deps.is_empty()).map(|(n, _)| n.clone()) {
        left.remove(&leaf);
        left.values_mut().for_each(|d| {
            d.remove(&leaf);
        });
    }
    assert!(left.is_empty(), "files importing each other in a circle: {left:?}");
    assert!(
        graph["exercise"].contains("decision") && graph["turn"].contains("exercise"),
        "the scan sees imports"
    );
}

#[test]
fn no_file_of_sim_is_over_600_lines() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sim");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let lines = std::fs::read_to_string(&p).unwrap().lines().count();
        assert!(lines <= 600, "{}: {lines} lines", p.display());
    }
}
