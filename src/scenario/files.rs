//! Scenario files in a folder, and when two paths name the same file
//! (which folders the picker reads: [`super::sources`]).
//!
//! A scenario can be named as `scenarios/x.ron`, `./scenarios/x.ron` or an
//! absolute path; the picker, the command line and hot reload must agree that
//! these are one file. [`normalise`] is the one place that decides it.

use std::path::{Component, Path, PathBuf};

/// The folder of scenario files, relative to the working directory.
pub const SCENARIO_DIR: &str = "scenarios";

/// Every scenario file (`*.ron`) in `dir`, sorted (empty if the folder
/// cannot be read). Translations beside them (`NAME.ko.ron`) are not scenarios.
pub fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .filter(|p| super::translation::overlay_lang(p).is_none())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The one form of a path used to compare files: the canonical path when the
/// file exists (symlinks resolved), else the absolute path with `.` and `..`
/// worked out by hand (a file deleted while the app runs still compares).
pub fn normalise(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map_or_else(|_| path.to_path_buf(), |d| d.join(path))
    };
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether two paths name the same file (see [`normalise`]).
pub fn same_file(a: &Path, b: &Path) -> bool {
    a == b || normalise(a) == normalise(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_dotted_and_absolute_forms_are_one_file() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("scenarios");
        std::fs::create_dir(&sub).unwrap();
        let file = sub.join("x.ron");
        std::fs::write(&file, "()").unwrap();
        // A translation beside it is not a scenario of its own.
        std::fs::write(sub.join("x.ko.ron"), "()").unwrap();
        // Relative forms are resolved against the working directory: use the
        // crate's own scenario folder, which exists wherever the tests run.
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let rel = Path::new("scenarios/us-rok-hotline.ron");
        if std::env::current_dir().is_ok_and(|d| same_file(&d, &root)) {
            assert!(same_file(rel, Path::new("./scenarios/us-rok-hotline.ron")));
            assert!(same_file(rel, &root.join(rel)));
            assert!(same_file(Path::new("scenarios/../scenarios/us-rok-hotline.ron"), rel));
        }
        assert!(same_file(&file, &sub.join(".").join("x.ron")));
        assert!(same_file(&file, &dir.path().join("scenarios/../scenarios/x.ron")));
        assert!(!same_file(&file, &sub.join("y.ron")));
        // A file that is gone still compares by its lexical form.
        let gone = sub.join("gone.ron");
        assert!(same_file(&gone, &sub.join("./gone.ron")));
        assert!(same_file(&gone, &sub.join("z/../gone.ron")));
        assert_eq!(ron_files(&sub), vec![file]);
    }
}
