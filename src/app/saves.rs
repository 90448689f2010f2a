//! Saves on disk: the save folder, the autosave after every turn (with the
//! previous one kept beside it), loading a save back into a game, the title
//! screen's resume button, and where the after-action report is exported.

use super::session::{Game, Mode};
use super::theme;
use crate::i18n::Lang;
use crate::save::SaveFile;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui;
use std::path::{Path, PathBuf};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, autosave.in_set(super::AppSystems::Update));
}

/// Where saves and exported reports go: `HOTLINE_SAVE_DIR`, else the data
/// folder ([`crate::places::data_dir`]: `$XDG_DATA_HOME/hotline`, else `~/.local/share/hotline`).
pub fn save_dir() -> PathBuf {
    save_dir_from(std::env::var_os("HOTLINE_SAVE_DIR"), crate::places::data_dir())
}

fn save_dir_from(over: Option<std::ffi::OsString>, data: PathBuf) -> PathBuf {
    over.filter(|v| !v.is_empty()).map_or(data, PathBuf::from)
}

pub const AUTOSAVE: &str = "autosave.ron";
pub const AUTOSAVE_PREV: &str = "autosave.prev.ron";

/// Writes `save` as `dir/autosave.ron` (atomically), first keeping the one
/// there as `autosave.prev.ron`. Nothing is deleted: an autosave that does
/// not load or does not verify (damaged or tampered: the same check as `hotline report`
/// and `--resume`, so the game was resumed from the previous one) is set aside as
/// `autosave.unreadable-<unix time>.ron` instead of replacing the good one.
pub fn write_autosave(dir: &Path, save: &SaveFile) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(AUTOSAVE);
    if path.exists() {
        let keep = if SaveFile::load(&path).and_then(|save| save.restore()).is_ok() {
            dir.join(AUTOSAVE_PREV)
        } else {
            let secs =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
            // Two set aside within one second must not replace each other: nothing is lost.
            (0..)
                .map(|n| match n {
                    0 => dir.join(format!("autosave.unreadable-{secs}.ron")),
                    n => dir.join(format!("autosave.unreadable-{secs}-{n}.ron")),
                })
                .find(|p| !p.exists())
                .expect("an unused name")
        };
        std::fs::rename(&path, keep)?;
    }
    save.write(&path)?;
    Ok(path)
}

/// Where the after-action report of this exercise is exported:
/// `<scenario-id>-seed<seed>/` in the `chosen` folder (the settings' reports folder),
/// else in `HOTLINE_SAVE_DIR/hotline-reports` (tests, CI), else in `Hotline reports` in
/// the documents folder ([`crate::places::default_reports_dir`]); never the working folder.
pub fn report_dir(scenario_id: &str, seed: u64, chosen: Option<&Path>) -> PathBuf {
    let base = match (chosen, std::env::var_os("HOTLINE_SAVE_DIR").filter(|v| !v.is_empty())) {
        (Some(dir), _) => dir.to_path_buf(),
        (None, Some(dir)) => PathBuf::from(dir).join("hotline-reports"),
        (None, None) => crate::places::default_reports_dir(),
    };
    let id: String = scenario_id
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .collect();
    base.join(format!("{id}-seed{seed}"))
}

/// Writes the after-action report of `ex` into [`report_dir`]; the text says
/// where (or why not).
pub fn export_aar(ex: &crate::sim::Exercise, chosen: Option<&Path>, l: Lang) -> (bool, String) {
    let dir = report_dir(&ex.scenario().def.id, ex.seed(), chosen);
    // The report is written in the language the facilitator reads the app in.
    match crate::report::aar::write_aar_in(ex, &dir, crate::i18n::LangChoice::One(l)) {
        Ok(()) => {
            let shown = dir.canonicalize().unwrap_or(dir);
            (true, tr!(l, "app-aar-written", file = format!("{}/report.html", shown.display())))
        }
        Err(e) => (false, tr!(l, "app-aar-failed", dir = dir.display().to_string(), error = e.to_string())),
    }
}

/// Loads a save and rebuilds its exercise, in the mode it was played (solo
/// as the saved nation, else workshop). The error is the save's diagnostics
/// (file:line:col), ready to show.
pub fn load_game(path: &Path) -> Result<Game, String> {
    let save = SaveFile::load(path).map_err(|d| d.to_string())?;
    let ex = save.restore().map_err(|d| d.to_string())?;
    let mode = save
        .solo_nation
        .as_ref()
        .and_then(|id| ex.scenario().nation_ix.get(id))
        .map_or(Mode::Workshop, |&n| Mode::Solo(n));
    let mut game = Game::of(ex, mode);
    // Cards fired before the save were read then; a pending choice still shows.
    game.read_injects.iter_mut().for_each(|r| *r = true);
    Ok(game)
}

/// The save of a game, with the seat of a solo learner.
pub fn save_of(game: &Game) -> SaveFile {
    let mut save = SaveFile::of(game.ex());
    if let Mode::Solo(n) = game.mode {
        save.solo_nation = game.ex().scenario().def.nations.get(n).map(|x| x.id.clone());
    }
    save
}

/// What the title screen's "Resume" is doing.
#[derive(Default)]
pub struct Resume {
    /// The last attempt failed: which file, and its diagnostics.
    pub failed: Option<(PathBuf, String)>,
}

/// The title screen's resume button and, after a failed load, the message
/// with the diagnostics and the offer of the previous autosave. Returns the
/// game to start, if one loaded. Nothing is ever deleted.
pub fn resume_ui(ui: &mut egui::Ui, state: &mut Resume, l: Lang) -> Option<Game> {
    let dir = save_dir();
    let path = dir.join(AUTOSAVE);
    let prev = dir.join(AUTOSAVE_PREV);
    let mut load = None;
    let exists = path.exists();
    let b = ui.add_enabled(
        exists,
        egui::Button::new(theme::big(tr!(l, "app-resume"), 20.0)).min_size(egui::vec2(280.0, 46.0)),
    );
    let b = b
        .on_hover_text(tr!(l, "app-resume.hover", file = path.display().to_string()))
        .on_disabled_hover_text(tr!(l, "app-resume.none", dir = dir.display().to_string()));
    if b.clicked() {
        load = Some(path.clone());
    }
    if let Some(ago) = std::fs::metadata(&path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok())
    {
        let mins = ago.as_secs() / 60;
        let when = match mins {
            0 => tr!(l, "app-resume-when-now"),
            1..=119 => tr!(l, "app-resume-when-min", n = mins),
            _ if mins < 48 * 60 => tr!(l, "app-resume-when-hours", n = mins / 60),
            _ => tr!(l, "app-resume-when-days", n = mins / (24 * 60)),
        };
        ui.label(egui::RichText::new(when).size(14.0).color(theme::MUTED));
    }
    if let Some((file, diagnostics)) = state.failed.clone() {
        let mut close = false;
        egui::Modal::new("resume_failed".into()).show(ui.ctx(), |ui| {
            ui.set_width(820.0);
            ui.label(theme::big(tr!(l, "app-resume-failed"), 26.0).color(theme::BAD));
            ui.label(egui::RichText::new(file.display().to_string()).color(theme::MUTED));
            ui.add_space(8.0);
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                ui.label(egui::RichText::new(&diagnostics).monospace().size(15.0));
            });
            ui.add_space(8.0);
            ui.label(tr!(l, "app-resume-failed-left"));
            ui.horizontal(|ui| {
                let offer = prev.exists() && file != prev;
                if ui
                    .add_enabled(offer, egui::Button::new(theme::big(tr!(l, "app-resume-prev"), 18.0)))
                    .clicked()
                {
                    load = Some(prev.clone());
                }
                if ui.button(egui::RichText::new(tr!(l, "app-close")).size(18.0)).clicked() {
                    close = true;
                }
            });
        });
        if close {
            state.failed = None;
        }
    }
    let path = load?;
    match load_game(&path) {
        Ok(game) => {
            state.failed = None;
            Some(game)
        }
        Err(d) => {
            state.failed = Some((path, d));
            None
        }
    }
}

/// The turn last saved, so each turn is written once.
#[derive(Default)]
struct Saved {
    turn: Option<u32>,
}

fn autosave(game: Option<Res<Game>>, mut saved: Local<Saved>) {
    let Some(game) = game else {
        saved.turn = None;
        return;
    };
    // A networked window's game is a seat's copy without the decisions: the host autosaves.
    if game.net_seat.is_some() {
        return;
    }
    if game.is_added() {
        // A new or resumed game: its first turn is saved when it ends.
        saved.turn = Some(game.ex().state().turn);
        return;
    }
    let turn = game.ex().state().turn;
    if saved.turn == Some(turn) {
        return;
    }
    saved.turn = Some(turn);
    let dir = save_dir();
    match write_autosave(&dir, &save_of(&game)) {
        Ok(path) => info!("autosaved turn {turn} to {}", path.display()),
        Err(e) => warn!("autosave to {} failed: {e}", dir.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::tests::flagship_game;

    #[test]
    fn save_folder_order() {
        let s = |x: &str| Some(std::ffi::OsString::from(x));
        let data = || PathBuf::from("/x/hotline");
        assert_eq!(save_dir_from(s("/o"), data()), PathBuf::from("/o"));
        assert_eq!(save_dir_from(None, data()), data());
        assert_eq!(save_dir_from(s(""), data()), data(), "empty is unset");
    }

    /// The debrief's export writes the report in the app's language.
    #[test]
    fn the_exported_report_is_in_the_apps_language() {
        let scenario = crate::scenario::Scenario::load(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/us-rok-hotline.ron"),
        )
        .unwrap();
        let ex = crate::sim::Exercise::new(std::sync::Arc::new(scenario), 3);
        let hangul = |t: &str| t.chars().filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(c)).count();
        for (l, korean) in [(Lang::En, false), (Lang::Ko, true)] {
            let dir = tempfile::tempdir().unwrap();
            let (ok, _) = export_aar(&ex, Some(dir.path()), l);
            assert!(ok);
            let html = std::fs::read_dir(dir.path())
                .unwrap()
                .flatten()
                .map(|e| e.path().join("report.html"))
                .find(|p| p.is_file())
                .map(|p| std::fs::read_to_string(p).unwrap())
                .expect("report.html in the export folder");
            assert_eq!(hangul(&html) > 200, korean, "{l:?}");
        }
    }

    #[test]
    fn autosave_keeps_the_previous_one() {
        let dir = tempfile::tempdir().unwrap();
        let scenario = crate::scenario::Scenario::load(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/us-rok-hotline.ron"),
        )
        .unwrap();
        let mut ex = crate::sim::Exercise::new(std::sync::Arc::new(scenario), 3);
        write_autosave(dir.path(), &SaveFile::of(&ex)).unwrap();
        assert!(!dir.path().join(AUTOSAVE_PREV).exists());
        ex.submit(crate::sim::Decision::EndTurn).unwrap();
        let path = write_autosave(dir.path(), &SaveFile::of(&ex)).unwrap();
        let now = SaveFile::load(&path).unwrap();
        let prev = SaveFile::load(dir.path().join(AUTOSAVE_PREV)).unwrap();
        assert_eq!(now.turn, prev.turn + 1);
        assert_eq!(now.restore().unwrap().state_hash(), ex.state_hash());
        // A broken autosave is set aside; the good previous one stays.
        std::fs::write(&path, "(format_version: 1, seeed: 3)").unwrap();
        ex.submit(crate::sim::Decision::EndTurn).unwrap();
        write_autosave(dir.path(), &SaveFile::of(&ex)).unwrap();
        assert_eq!(SaveFile::load(dir.path().join(AUTOSAVE_PREV)).unwrap().turn, prev.turn);
        let aside = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with("autosave.unreadable-"))
            .count();
        assert_eq!(aside, 1);
        // A save that parses but does not verify (its seed edited) is set aside too.
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("seed: 3,"));
        std::fs::write(&path, text.replacen("seed: 3,", "seed: 4,", 1)).unwrap();
        assert!(SaveFile::load(&path).is_ok(), "the tampered save still parses");
        ex.submit(crate::sim::Decision::EndTurn).unwrap();
        write_autosave(dir.path(), &SaveFile::of(&ex)).unwrap();
        let aside = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with("autosave.unreadable-"))
            .count();
        assert_eq!(aside, 2, "the tampered autosave is kept aside (beside the first), not rotated into prev");
        assert_eq!(SaveFile::load(dir.path().join(AUTOSAVE_PREV)).unwrap().turn, prev.turn);
    }

    #[test]
    fn a_solo_game_resumes_as_solo_in_the_same_seat() {
        let dir = tempfile::tempdir().unwrap();
        let scenario = crate::scenario::Scenario::load(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/us-rok-hotline.ron"),
        )
        .unwrap();
        let solo = Game::new(std::sync::Arc::new(scenario), 4, Mode::Solo(1));
        let path = write_autosave(dir.path(), &save_of(&solo)).unwrap();
        assert_eq!(SaveFile::load(&path).unwrap().solo_nation.as_deref(), Some("rok"));
        let back = load_game(&path).unwrap();
        assert_eq!(back.mode, Mode::Solo(1));
        // A workshop save (or one written before the field existed) resumes as workshop.
        let table = flagship_game();
        let path = write_autosave(dir.path(), &save_of(&table)).unwrap();
        assert_eq!(load_game(&path).unwrap().mode, Mode::Workshop);
    }

    #[test]
    fn report_folder_names_scenario_and_seed() {
        let d = report_dir("us-rok/hotline", 7, None);
        assert!(d.ends_with("us-rok_hotline-seed7"), "{}", d.display());
        assert!(!d.starts_with("."), "never the working folder: {}", d.display());
        let d = report_dir("x", 1, Some(Path::new("/srv/aar")));
        assert_eq!(d, PathBuf::from("/srv/aar/x-seed1"));
    }
}
