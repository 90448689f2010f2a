//! Where Hotline keeps things on a user's machine, by the XDG base-directory
//! rules: data (autosaves, the user's scenarios) in `$XDG_DATA_HOME/hotline`,
//! settings in `$XDG_CONFIG_HOME/hotline`, reports under the documents folder,
//! and the shipped files in `share/hotline` beside the installed program.
//!
//! Each folder has a pure `*_from` form that takes the environment as
//! arguments, so the rules are tested without touching the real environment.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// A variable that is set and not empty (the XDG rules treat empty as unset).
fn var(name: &str) -> Option<PathBuf> {
    env_path(std::env::var_os(name))
}

fn env_path(v: Option<OsString>) -> Option<PathBuf> {
    v.filter(|v| !v.is_empty()).map(PathBuf::from)
}

fn home() -> PathBuf {
    var("HOME").unwrap_or_else(|| PathBuf::from("."))
}

/// `$XDG_DATA_HOME/hotline`, else `~/.local/share/hotline`.
pub fn data_dir() -> PathBuf {
    data_dir_from(var("XDG_DATA_HOME"), &home())
}

pub fn data_dir_from(xdg: Option<PathBuf>, home: &Path) -> PathBuf {
    xdg.filter(|p| p.is_absolute()).unwrap_or_else(|| home.join(".local/share")).join("hotline")
}

/// `$XDG_CONFIG_HOME/hotline`, else `~/.config/hotline`: the settings.
pub fn config_dir() -> PathBuf {
    config_dir_from(var("XDG_CONFIG_HOME"), &home())
}

pub fn config_dir_from(xdg: Option<PathBuf>, home: &Path) -> PathBuf {
    xdg.filter(|p| p.is_absolute()).unwrap_or_else(|| home.join(".config")).join("hotline")
}

/// The user's own scenarios: the picker lists them, and a copy of a shipped
/// scenario here wins over the shipped one.
pub fn user_scenario_dir() -> PathBuf {
    data_dir().join("scenarios")
}

/// The scenarios installed with the program: `../share/hotline/scenarios`
/// from the executable (so `/usr/bin/hotline` finds `/usr/share/hotline/scenarios`
/// and an unpacked `.tar.gz` finds its own), else `/usr/share/hotline/scenarios`.
/// `None` when neither exists (a build tree).
pub fn shipped_scenario_dir() -> Option<PathBuf> {
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.canonicalize().ok())
        .and_then(|exe| Some(exe.parent()?.parent()?.join("share/hotline/scenarios")));
    beside.into_iter().chain([PathBuf::from("/usr/share/hotline/scenarios")]).find(|d| d.is_dir())
}

/// The user's documents folder: `XDG_DOCUMENTS_DIR` (from the environment or
/// `user-dirs.dirs`), else `~/Documents` if it exists; `None` otherwise.
pub fn documents_dir() -> Option<PathBuf> {
    let home = home();
    let config = var("XDG_CONFIG_HOME").unwrap_or_else(|| home.join(".config"));
    let listed = std::fs::read_to_string(config.join("user-dirs.dirs")).ok();
    documents_dir_from(var("XDG_DOCUMENTS_DIR"), listed.as_deref(), &home)
        .filter(|d| d.is_dir() && d != &home)
        .or_else(|| Some(home.join("Documents")).filter(|d| d.is_dir()))
}

/// `XDG_DOCUMENTS_DIR` as the environment or `user-dirs.dirs` (`KEY="$HOME/…"`) gives it.
pub fn documents_dir_from(env: Option<PathBuf>, user_dirs: Option<&str>, home: &Path) -> Option<PathBuf> {
    if env.is_some() {
        return env;
    }
    let line = user_dirs?.lines().map(str::trim).find(|l| l.starts_with("XDG_DOCUMENTS_DIR="))?;
    let value = line["XDG_DOCUMENTS_DIR=".len()..].trim_matches('"');
    Some(match value.strip_prefix("$HOME") {
        Some(rest) => home.join(rest.trim_start_matches('/')),
        None => PathBuf::from(value),
    })
    .filter(|p| p.is_absolute())
}

/// Where after-action reports go unless the user chose a folder: `Hotline reports`
/// in the documents folder, else `reports` in the data folder.
pub fn default_reports_dir() -> PathBuf {
    documents_dir().map_or_else(|| data_dir().join("reports"), |d| d.join("Hotline reports"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xdg_folders_fall_back_to_home() {
        let home = Path::new("/home/f");
        assert_eq!(data_dir_from(None, home), PathBuf::from("/home/f/.local/share/hotline"));
        assert_eq!(data_dir_from(Some("/x".into()), home), PathBuf::from("/x/hotline"));
        // A relative XDG value is invalid by the specification and ignored.
        assert_eq!(data_dir_from(Some("rel".into()), home), PathBuf::from("/home/f/.local/share/hotline"));
        assert_eq!(config_dir_from(None, home), PathBuf::from("/home/f/.config/hotline"));
        assert_eq!(config_dir_from(Some("/c".into()), home), PathBuf::from("/c/hotline"));
        assert_eq!(env_path(Some(OsString::new())), None);
    }

    #[test]
    fn documents_folder_from_user_dirs() {
        let home = Path::new("/home/f");
        let dirs = "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\n\
                    XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n";
        assert_eq!(documents_dir_from(None, Some(dirs), home), Some(PathBuf::from("/home/f/Dokumente")));
        assert_eq!(
            documents_dir_from(None, Some("XDG_DOCUMENTS_DIR=\"/srv/docs\""), home),
            Some(PathBuf::from("/srv/docs"))
        );
        assert_eq!(documents_dir_from(Some("/e".into()), Some(dirs), home), Some(PathBuf::from("/e")));
        assert_eq!(documents_dir_from(None, Some("garbage"), home), None);
        assert_eq!(documents_dir_from(None, None, home), None);
    }
}
