//! Hot reload for scenario authors: the app polls the scenario files'
//! modification times, and their translation overlays' (`NAME.ko.ron`), every
//! 0.4 s (a Bevy timer; the reactive app wakes at least every 0.5 s for it)
//! and reloads on save.
//!
//! - Title, picker and mode screens: the picker list is re-read at once; the
//!   scenario chosen for the next game follows the file while it loads.
//! - During an exercise: a valid new version is offered in a banner
//!   (R restarts with it, same seed and difficulty; F5 replays the decisions
//!   so far on it; K keeps playing); the game itself never changes until asked.
//! - A translation changes no rule: a valid new overlay is read into the
//!   running game at once (the door replays the decisions on the same
//!   scenario with the new prose).
//! - An invalid file, scenario or overlay, shows its diagnostics
//!   (file:line:col, message, hint) in an overlay, written in the app's
//!   language, and the app keeps running on the last good version.

use super::input::{Command, Keys};
use super::intent::Intent;
use super::lang::Languages;
use super::screens::Screen;
use super::session::{Catalog, Game, LaunchOptions, catalog_files};
use super::theme;
use crate::i18n::Lang;
use crate::scenario::files::same_file;
use crate::scenario::translation::{overlay_path, scenario_of_overlay};
use crate::scenario::{Diagnostics, Scenario};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// How often the files are checked.
pub const POLL_SECONDS: f32 = 0.4;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Watch>()
        .init_resource::<Reloaded>()
        .init_resource::<Waker>()
        .add_systems(Startup, start_waker)
        .add_systems(Update, poll.in_set(super::AppSystems::TickTimers))
        .add_systems(EguiPrimaryContextPass, draw);
}

/// A reactive app sleeps while nothing happens (an idle board must not burn a
/// core redrawing). A small thread watches the files instead and wakes the
/// app only when one of them changes, even while the author's editor has the focus.
#[derive(Resource, Default, Clone)]
struct Waker {
    /// The running game's scenario file, watched besides `scenarios/`.
    game_path: Arc<std::sync::Mutex<Option<PathBuf>>>,
    /// Set by the thread when a file changed; the poll then runs at once.
    dirty: Arc<std::sync::atomic::AtomicBool>,
}

fn start_waker(
    waker: Res<Waker>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    launch: Res<LaunchOptions>,
) {
    let Some(proxy) = proxy else { return };
    let proxy: bevy::winit::EventLoopProxy<bevy::winit::WinitUserEvent> = (**proxy).clone();
    let waker = waker.clone();
    let launch_path = launch.0.scenario.clone();
    let spawned = std::thread::Builder::new().name("hotline-file-watch".into()).spawn(move || {
        let mut stamps = Stamps::default();
        loop {
            std::thread::sleep(std::time::Duration::from_secs_f32(POLL_SECONDS));
            let mut files = watched(catalog_files(launch_path.as_ref()).into_iter().map(|(_, p)| p));
            if let Ok(game) = waker.game_path.lock() {
                files.extend(watched(game.clone()));
            }
            // A file that appears after the first look counts as a change too.
            let first = stamps.0.is_empty();
            let mut changed = false;
            for f in &files {
                let known = stamps.knows(f);
                changed |= stamps.changed(f, mtime(f)) || (!known && !first);
            }
            if changed {
                waker.dirty.store(true, std::sync::atomic::Ordering::Relaxed);
                if proxy.send_event(bevy::winit::WinitUserEvent::WakeUp).is_err() {
                    return; // the event loop is gone: the app is closing
                }
            }
        }
    });
    if let Err(e) = spawned {
        warn!("hot reload: cannot start the file watcher ({e}); reloads happen when the window wakes");
    }
}

/// The scenario files and, beside each, its translation overlays (one per
/// language, whether it exists yet or not: a new overlay is a change too).
pub fn watched(scenarios: impl IntoIterator<Item = PathBuf>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in scenarios {
        let overlays = Lang::ALL.into_iter().filter(|&l| l != Lang::En).map(|l| overlay_path(&p, l));
        let overlays: Vec<PathBuf> = overlays.collect();
        out.push(p);
        out.extend(overlays);
    }
    out
}

/// The modification time of a file (None if it cannot be read).
pub fn mtime(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Remembered modification times. `changed` answers whether a file changed
/// since it was last seen; the first sighting only records it.
#[derive(Debug, Default, Clone)]
pub struct Stamps(BTreeMap<PathBuf, Option<SystemTime>>);

impl Stamps {
    /// Records `now` for `path`; true if a different time was recorded before.
    pub fn changed(&mut self, path: &Path, now: Option<SystemTime>) -> bool {
        match self.0.insert(path.to_path_buf(), now) {
            Some(before) => before != now,
            None => false,
        }
    }

    /// Whether `path` has been seen.
    pub fn knows(&self, path: &Path) -> bool {
        self.0.contains_key(path)
    }
}

#[derive(Resource)]
struct Watch {
    timer: Timer,
    stamps: Stamps,
    /// The scenario file of the game being watched.
    game_path: Option<String>,
}

impl Default for Watch {
    fn default() -> Self {
        Watch {
            timer: Timer::from_seconds(POLL_SECONDS, TimerMode::Repeating),
            stamps: Stamps::default(),
            game_path: None,
        }
    }
}

/// What the last reload found.
#[derive(Resource, Default)]
pub struct Reloaded {
    /// A valid new version of the running game's scenario, not yet applied.
    pub offer: Option<Arc<Scenario>>,
    /// The file that failed to load, and why.
    pub error: Option<(String, Diagnostics)>,
}

fn poll(
    time: Res<Time>,
    mut watch: ResMut<Watch>,
    mut reloaded: ResMut<Reloaded>,
    screen: Res<State<Screen>>,
    game: Option<Res<Game>>,
    mut catalog: ResMut<Catalog>,
    launch: Res<LaunchOptions>,
    waker: Res<Waker>,
    langs: Res<Languages>,
    mut intents: MessageWriter<Intent>,
) {
    let woken = waker.dirty.swap(false, std::sync::atomic::Ordering::Relaxed);
    if !watch.timer.tick(time.delta()).just_finished() && !woken {
        return;
    }
    let l = langs.ui;
    match screen.get() {
        Screen::Board => {
            let Some(game) = game else { return };
            let path = game.ex().scenario().path.clone();
            let files = watched([PathBuf::from(&path)]);
            if watch.game_path.as_deref() != Some(path.as_str()) {
                // A new game: start watching its file and overlays from now on.
                watch.game_path = Some(path.clone());
                if let Ok(mut p) = waker.game_path.lock() {
                    *p = Some(PathBuf::from(&path));
                }
                for f in files {
                    let now = mtime(&f);
                    watch.stamps.0.insert(f, now);
                }
                reloaded.offer = None;
                reloaded.error = None;
                return;
            }
            let changed: Vec<bool> = files.iter().map(|f| watch.stamps.changed(f, mtime(f))).collect();
            let current: &Scenario = game.ex().scenario();
            if changed[0] {
                match Scenario::load_in(l, &path) {
                    Ok(mut s) => {
                        reloaded.error = broken_overlays(s.keep_good_translations(Some(current)));
                        // Saved back to the version being played: nothing to offer,
                        // but its prose may have changed with it.
                        let same = s.source == current.source;
                        if same && s.translations != current.translations {
                            intents.write(Intent::Retranslate(s.translations.clone()));
                        }
                        reloaded.offer = (!same).then(|| Arc::new(s));
                    }
                    Err(d) => {
                        reloaded.offer = None;
                        reloaded.error = Some((path, d));
                    }
                }
            } else if changed.contains(&true) {
                // Only a translation: read the overlays again onto the scenario being played.
                let mut s = current.clone();
                s.translations.clear();
                s.load_translations(l, Path::new(&path));
                let broken = broken_overlays(s.keep_good_translations(Some(current)));
                if broken.is_some() || reloaded.error.as_ref().is_some_and(|(p, _)| is_overlay(p)) {
                    reloaded.error = broken;
                }
                if s.translations != current.translations {
                    intents.write(Intent::Retranslate(s.translations));
                }
            }
        }
        Screen::Title
        | Screen::Picker
        | Screen::Mode
        | Screen::HostSetup
        | Screen::JoinSetup
        | Screen::Net => {
            watch.game_path = None;
            reloaded.offer = None;
            let files = watched(catalog_files(launch.0.scenario.as_ref()).into_iter().map(|(_, p)| p));
            let first = watch.stamps.0.is_empty();
            let mut changed = Vec::new();
            for f in &files {
                let known = watch.stamps.knows(f);
                if watch.stamps.changed(f, mtime(f)) || (!known && !first) {
                    // An overlay's change is its scenario's.
                    changed.push(scenario_of_overlay(f).unwrap_or_else(|| f.clone()));
                }
            }
            if changed.is_empty() {
                return;
            }
            let broken = catalog.scan(launch.0.scenario.as_ref(), l);
            for f in &changed {
                let Some(entry) = catalog.find(f) else {
                    continue;
                };
                match &entry.loaded {
                    Err(d) => reloaded.error = Some((f.display().to_string(), d.clone())),
                    Ok(s) => {
                        if let Some((_, file, d)) = broken.iter().find(|(p, _, _)| same_file(p, f)) {
                            reloaded.error = Some((file.clone(), d.clone()));
                        } else if reloaded.error.as_ref().is_some_and(|(p, _)| {
                            let p = Path::new(p);
                            same_file(p, f) || scenario_of_overlay(p).is_some_and(|q| same_file(&q, f))
                        }) {
                            reloaded.error = None;
                        }
                        // The mode screen's scenario follows its file (while it loads).
                        if let Some(chosen) = &catalog.chosen
                            && same_file(Path::new(&chosen.path), f)
                        {
                            let s = s.clone();
                            catalog.chosen = Some(s);
                        }
                    }
                }
            }
        }
        Screen::Debrief => {}
    }
}

/// The errors of the overlays that no longer read, as one notice (None: all read).
fn broken_overlays(broken: Vec<(String, Vec<crate::scenario::Diagnostic>)>) -> Option<(String, Diagnostics)> {
    let file = broken.first()?.0.clone();
    Some((file, Diagnostics(broken.into_iter().flat_map(|(_, d)| d).collect())))
}

/// Whether a file named in a notice is a translation overlay.
fn is_overlay(file: &str) -> bool {
    scenario_of_overlay(Path::new(file)).is_some()
}

fn draw(
    mut contexts: EguiContexts,
    keys: Res<Keys>,
    mut reloaded: ResMut<Reloaded>,
    game: Option<ResMut<Game>>,
    screen: Res<State<Screen>>,
    mut intents: MessageWriter<Intent>,
    langs: Res<Languages>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l = langs.ui;
    if *screen.get() == Screen::Debrief {
        return Ok(());
    }
    if let Some((path, diags)) = reloaded.error.clone() {
        let mut close = false;
        egui::Window::new("scenario_error")
            .title_bar(false)
            .anchor(egui::Align2::CENTER_TOP, [0.0, 110.0])
            .resizable(false)
            .frame(
                egui::Frame::new()
                    .corner_radius(8.0)
                    .fill(theme::PANEL)
                    .stroke(egui::Stroke::new(2.0, theme::BAD))
                    .inner_margin(16.0),
            )
            .show(ctx, |ui| {
                ui.set_width(880.0);
                ui.label(
                    theme::big(tr!(l, "app-reload-errors", path = path.as_str()), 22.0).color(theme::BAD),
                );
                ui.label(RichText::new(tr!(l, "app-reload-errors.text")).size(15.0).color(theme::MUTED));
                ui.add_space(6.0);
                egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                    for d in &diags.0 {
                        ui.label(
                            RichText::new(format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message))
                                .monospace()
                                .size(15.0)
                                .color(theme::WARN),
                        );
                        if !d.hint.is_empty() {
                            let hint = tr!(l, "app-reload-errors.hint", hint = d.hint.as_str());
                            ui.label(RichText::new(hint).size(14.5).color(theme::TEXT));
                        }
                        ui.add_space(4.0);
                    }
                });
                ui.add_space(6.0);
                if ui.button(RichText::new(tr!(l, "app-reload-errors.dismiss")).size(16.0)).clicked() {
                    close = true;
                }
            });
        if close || keys.pressed(Command::Keep) {
            reloaded.error = None;
        }
    }
    let (Some(offer), Some(mut game)) = (reloaded.offer.clone(), game) else {
        return Ok(());
    };
    if offer.source == game.ex().scenario().source {
        // Already playing this version (replayed on it with F5).
        reloaded.offer = None;
        return Ok(());
    }
    if *screen.get() != Screen::Board {
        return Ok(());
    }
    let (mut restart, mut replay, mut keep) =
        (keys.pressed(Command::Restart), false, keys.pressed(Command::Keep));
    egui::Window::new("scenario_changed")
        .title_bar(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 96.0])
        .resizable(false)
        .frame(
            egui::Frame::new()
                .corner_radius(8.0)
                .fill(theme::CARD_SELECTED)
                .stroke(egui::Stroke::new(2.0, theme::ACCENT))
                .inner_margin(12.0),
        )
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(theme::big(tr!(l, "app-reload-changed"), 19.0).color(theme::ACCENT))
                    .on_hover_text(&offer.path);
                ui.add_space(10.0);
                restart |= ui
                    .button(RichText::new(tr!(l, "app-reload-changed.restart")).size(16.0))
                    .on_hover_text(tr!(l, "app-reload-changed.restart-hover"))
                    .clicked();
                replay |= ui.button(RichText::new(tr!(l, "app-reload-changed.replay")).size(16.0)).clicked();
                keep |= ui.button(RichText::new(tr!(l, "app-reload-changed.keep")).size(16.0)).clicked();
            });
        });
    if restart {
        let (seed, mode, difficulty) = (game.ex().seed(), game.mode, game.difficulty);
        *game = Game::with_difficulty(offer, seed, mode, difficulty);
        reloaded.offer = None;
    } else if replay {
        // F5's door: the apply system replays the decisions on the saved file.
        intents.write(Intent::Reload);
        reloaded.offer = None;
    } else if keep {
        reloaded.offer = None;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_saved_file_is_a_change_the_first_look_is_not() {
        let dir = std::env::temp_dir().join(format!("hotline-watch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("s.ron");
        std::fs::write(&f, "one").unwrap();
        let mut stamps = Stamps::default();
        assert!(!stamps.changed(&f, mtime(&f)), "first sighting only records");
        assert!(!stamps.changed(&f, mtime(&f)), "untouched file");
        std::fs::write(&f, "two").unwrap();
        let later = SystemTime::now() + Duration::from_secs(2);
        std::fs::File::options().write(true).open(&f).unwrap().set_modified(later).unwrap();
        assert!(stamps.changed(&f, mtime(&f)), "saved file");
        assert!(!stamps.changed(&f, mtime(&f)), "seen once");
        std::fs::remove_file(&f).unwrap();
        assert!(stamps.changed(&f, mtime(&f)), "deleted file");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
