//! What the desktop app remembers between runs, in
//! `$XDG_CONFIG_HOME/hotline/settings.ron`: language, UI scale, the workshop
//! countdown, the window size and the reports folder. Bevy-free, so it is
//! tested here; the app reads it at start and writes it when a value changes.
//!
//! Every field has a default, so an older or hand-trimmed file still loads; a
//! file that does not parse is reported with file:line:col and left as it is.

use crate::scenario::Diagnostic;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The file name inside [`crate::places::config_dir`].
pub const FILE: &str = "settings.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Interface language code (`en`, `ko`); empty: follow the system locale
    /// ([`crate::i18n::Lang::resolve`]).
    pub language: String,
    /// The user's zoom on top of the automatic one (Ctrl +/-), 0.6 to 2.0.
    pub ui_scale: f32,
    /// Workshop countdown per team in minutes (0 = off).
    pub countdown_minutes: u32,
    /// Size of the main window, logical pixels (`None`: fit the screen).
    pub window: Option<(u32, u32)>,
    /// Where after-action reports are exported (`None`: [`crate::places::default_reports_dir`]).
    pub reports_dir: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: String::new(),
            ui_scale: 1.0,
            countdown_minutes: 0,
            window: None,
            reports_dir: None,
        }
    }
}

impl Settings {
    /// `settings.ron` in the user's config folder.
    pub fn path() -> PathBuf {
        crate::places::config_dir().join(FILE)
    }

    /// Reads `path`: no file gives the defaults; a broken file gives the
    /// defaults and its diagnostic. Values out of range are brought into range.
    pub fn load(path: &Path) -> (Settings, Option<Diagnostic>) {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Settings::default(), None),
            Err(e) => {
                let d = Diagnostic::at(&path.display().to_string(), (1, 1), e.to_string(), "");
                return (Settings::default(), Some(d));
            }
        };
        match crate::scenario::ron_options().from_str::<Settings>(&text) {
            Ok(s) => (s.clamped(), None),
            Err(e) => {
                let d = crate::scenario::ron_diagnostic(&e, &path.display().to_string(), "settings");
                (Settings::default(), Some(d))
            }
        }
    }

    /// Writes the settings to `path` (atomically, creating the folder).
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        let text = format!("// Hotline's settings: written by the app when one changes.\n{text}\n");
        crate::save::write_atomic(path, text.as_bytes())
    }

    fn clamped(mut self) -> Settings {
        if !self.ui_scale.is_finite() {
            self.ui_scale = 1.0;
        }
        self.ui_scale = self.ui_scale.clamp(0.6, 2.0);
        self.countdown_minutes = self.countdown_minutes.min(60);
        self.window = self.window.map(|(w, h)| (w.clamp(640, 7680), h.clamp(480, 4320)));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join(FILE);
        assert_eq!(Settings::load(&path), (Settings::default(), None), "no file: defaults");
        let s = Settings {
            language: "ko".into(),
            ui_scale: 1.3,
            countdown_minutes: 5,
            window: Some((1280, 720)),
            reports_dir: Some("/tmp/r".into()),
        };
        s.write(&path).unwrap();
        assert_eq!(Settings::load(&path), (s, None));
        std::fs::write(&path, "(countdown_minutes: 10)").unwrap();
        assert_eq!(Settings::load(&path).0, Settings { countdown_minutes: 10, ..Settings::default() });
    }

    #[test]
    fn a_broken_file_is_located_and_values_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        std::fs::write(&path, "(\n  ui_scale: 1.0,\n  colour: 3,\n)").unwrap();
        let (s, d) = Settings::load(&path);
        assert_eq!(s, Settings::default());
        let d = d.expect("a diagnostic");
        assert_eq!((d.line, d.col), (3, 3), "{d}");
        std::fs::write(&path, "(ui_scale: 90.0, countdown_minutes: 9999, window: Some((1, 100000)))")
            .unwrap();
        let s = Settings::load(&path).0;
        assert_eq!((s.ui_scale, s.countdown_minutes, s.window), (2.0, 60, Some((640, 4320))));
    }
}
