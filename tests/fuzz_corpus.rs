//! Issue 14, item 6: every file of the fuzz corpus (the shipped scenarios and
//! saves, the broken fixtures and every input the fuzzers once failed on, in
//! fuzz/regressions/) goes through the loading paths the desktop app uses:
//! `Scenario::load` and the lints (the picker and hot reload), and
//! `SaveFile::load` + `restore` (Resume). None may panic; a refusal names
//! file:line:col inside the file.

mod common;

use hotline::save::SaveFile;
use hotline::scenario::Scenario;
use std::path::{Path, PathBuf};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    out.retain(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')));
    out.sort();
    out
}

fn lines(path: &Path) -> usize {
    String::from_utf8_lossy(&std::fs::read(path).unwrap()).lines().count().max(1)
}

#[test]
fn the_scenario_corpus_loads_as_the_app_loads_it_without_panicking() {
    let mut corpus = common::repository_scenarios();
    corpus.extend(files("tests/fixtures/broken"));
    corpus.extend(files("fuzz/regressions/scenario"));
    assert!(corpus.len() >= 15);
    for path in corpus {
        match Scenario::load(&path) {
            Ok(s) => {
                let s = std::sync::Arc::new(s);
                let _ = hotline::scenario::lint::lint(&s);
            }
            Err(err) => {
                for d in &err.0 {
                    assert!(d.line >= 1 && d.line <= lines(&path) + 1 && d.col >= 1, "{d}");
                    assert!(d.file.ends_with(&*path.file_name().unwrap().to_string_lossy()), "{d}");
                }
            }
        }
    }
}

#[test]
fn the_save_corpus_restores_as_the_app_resumes_without_panicking() {
    let mut corpus = files("tests/fixtures/saves");
    corpus.extend(files("fuzz/regressions/save"));
    assert!(!corpus.is_empty());
    for path in corpus {
        let Ok(save) = SaveFile::load(&path) else { continue };
        if let Ok(ex) = save.restore() {
            assert_eq!(save.hash_of(&ex), save.state_hash, "{}", path.display());
        }
    }
}
