//! Where the picker looks for scenarios, in order: a folder named on the
//! command line, `./scenarios`, the user's scenario folder
//! (`$XDG_DATA_HOME/hotline/scenarios`), then the scenarios installed with the
//! program (`/usr/share/hotline/scenarios`). A file name found in an earlier
//! folder hides the same name later on, so a user's edited copy of a shipped
//! scenario wins. A build tree (nothing installed) uses the source tree's
//! `scenarios/` in place of the installed folder.

use super::files::{SCENARIO_DIR, ron_files, same_file};
use crate::places;
use std::path::{Path, PathBuf};

/// Where a scenario of the picker comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A folder given on the command line (`hotline path/to/folder`).
    Named,
    /// `./scenarios` in the working folder.
    WorkingFolder,
    /// The user's scenario folder.
    User,
    /// Installed with the program (or, in a build tree, the source tree's).
    Shipped,
}

impl Origin {
    /// Short words for the picker, in English (the screenshot run's list, which
    /// the install check reads).
    pub fn label(self) -> String {
        self.label_in(crate::i18n::Lang::En)
    }

    /// Short words for the picker, in `lang` (scenario.ftl).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        use crate::tr;
        match self {
            Origin::Named => tr!(lang, "origin-named"),
            Origin::WorkingFolder => tr!(lang, "origin-working-folder"),
            Origin::User => tr!(lang, "origin-user"),
            Origin::Shipped => tr!(lang, "origin-shipped"),
        }
    }
}

/// One folder the picker reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    pub origin: Origin,
    pub dir: PathBuf,
}

/// The folders to read, in order of precedence (`named`: a folder from the command line).
pub fn folders(named: Option<&Path>) -> Vec<Folder> {
    let shipped = places::shipped_scenario_dir()
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(SCENARIO_DIR));
    folders_from(named, Path::new(SCENARIO_DIR), &places::user_scenario_dir(), &shipped)
}

/// [`folders`] with every place given: folders that do not exist, and a folder
/// that is the same as an earlier one, are left out.
pub fn folders_from(named: Option<&Path>, working: &Path, user: &Path, shipped: &Path) -> Vec<Folder> {
    let candidates =
        named.map(|d| Folder { origin: Origin::Named, dir: d.to_path_buf() }).into_iter().chain([
            Folder { origin: Origin::WorkingFolder, dir: working.to_path_buf() },
            Folder { origin: Origin::User, dir: user.to_path_buf() },
            Folder { origin: Origin::Shipped, dir: shipped.to_path_buf() },
        ]);
    let mut out: Vec<Folder> = Vec::new();
    for f in candidates {
        if f.dir.is_dir() && !out.iter().any(|o| same_file(&o.dir, &f.dir)) {
            out.push(f);
        }
    }
    out
}

/// Every `*.ron` of `folders`, sorted by file name; of two files with one
/// name, the one in the earlier folder is kept.
pub fn scenario_files(folders: &[Folder]) -> Vec<(Origin, PathBuf)> {
    let mut out: Vec<(Origin, PathBuf)> = Vec::new();
    for f in folders {
        for path in ron_files(&f.dir) {
            if !out.iter().any(|(_, p)| p.file_name() == path.file_name()) {
                out.push((f.origin, path));
            }
        }
    }
    out.sort_by(|a, b| a.1.file_name().cmp(&b.1.file_name()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_folders_win_and_missing_ones_are_skipped() {
        let root = tempfile::tempdir().unwrap();
        let dir = |name: &str, files: &[&str]| {
            let d = root.path().join(name);
            std::fs::create_dir_all(&d).unwrap();
            for f in files {
                std::fs::write(d.join(f), "()").unwrap();
            }
            d
        };
        let user = dir("user", &["tutorial.ron", "mine.ron"]);
        let shipped = dir("shipped", &["tutorial.ron", "us-rok-hotline.ron", "notes.txt"]);
        let working = root.path().join("absent");
        let found = folders_from(None, &working, &user, &shipped);
        assert_eq!(found.iter().map(|f| f.origin).collect::<Vec<_>>(), [Origin::User, Origin::Shipped]);
        let files = scenario_files(&found);
        let names: Vec<(Origin, String)> =
            files.iter().map(|(o, p)| (*o, p.file_name().unwrap().to_string_lossy().into_owned())).collect();
        assert_eq!(
            names,
            [
                (Origin::User, "mine.ron".to_owned()),
                (Origin::User, "tutorial.ron".to_owned()),
                (Origin::Shipped, "us-rok-hotline.ron".to_owned()),
            ],
            "the user's tutorial.ron hides the shipped one"
        );
        // A named folder comes first; the same folder twice is read once.
        let named = dir("named", &["us-rok-hotline.ron"]);
        let found = folders_from(Some(&named), &shipped, &user, &shipped);
        assert_eq!(
            found.iter().map(|f| f.origin).collect::<Vec<_>>(),
            [Origin::Named, Origin::WorkingFolder, Origin::User]
        );
        let files = scenario_files(&found);
        assert_eq!(files.iter().find(|(_, p)| p.ends_with("us-rok-hotline.ron")).unwrap().0, Origin::Named);
    }
}
