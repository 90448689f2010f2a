//! Workshop mode at the table: the teams act in turn (hot-seat) behind a
//! full-screen hand-over card, an optional per-turn countdown, the
//! facilitator's pause, the projector view flag, and the autosave after
//! every turn (with the previous one kept beside it).
//!
//! The ordering, countdown and autosave rotation are plain functions with
//! unit tests; the Bevy side only ticks the clock and writes the save.

use super::session::{Game, Mode};
use super::theme;
use crate::save::SaveFile;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::egui;
use std::path::{Path, PathBuf};

/// Countdown choices offered to the facilitator, in minutes (0 = off).
pub const COUNTDOWN_CHOICES: [u32; 4] = [0, 3, 5, 10];

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Table>()
        .add_systems(Update, (reset_on_new_game, screenshot_screen, tick_clock, autosave).chain());
}

/// Who is at the desk, who is done, the clock and the facilitator's switches.
#[derive(Resource, Debug, Clone, Default)]
pub struct Table {
    /// Teams (nations) done this turn.
    pub done: Vec<bool>,
    /// The turn `done` is about.
    pub turn: u32,
    /// The hand-over card is up for this team: everything else is hidden.
    pub handover: Option<usize>,
    /// The facilitator paused the exercise.
    pub paused: bool,
    /// The projector view (F3) replaces the board.
    pub projector: bool,
    /// The projector view is open in a second window (F4).
    pub projector_window: bool,
    /// Per-team countdown, in minutes (0 = off).
    pub countdown_minutes: u32,
    /// Seconds left of the current team's countdown.
    pub remaining: f64,
    /// Set when the clock ran out (the board hands over on its next frame).
    pub expired: bool,
}

impl Table {
    /// No team can act: paused, or the hand-over card is up.
    pub fn locked(&self) -> bool {
        self.paused || self.handover.is_some()
    }

    /// Starts the countdown afresh for the team now at the desk.
    pub fn restart_clock(&mut self) {
        self.remaining = f64::from(self.countdown_minutes) * 60.0;
        self.expired = false;
    }

    /// Sets the countdown length (restarts the clock).
    pub fn set_countdown(&mut self, minutes: u32) {
        self.countdown_minutes = minutes;
        self.restart_clock();
    }
}

/// The next team to act after `current`, in table order, among those not
/// done; None when every team is done (the turn ends).
pub fn next_team(done: &[bool], current: usize) -> Option<usize> {
    let n = done.len();
    (1..=n).map(|k| (current + k) % n).find(|&t| !done.get(t).copied().unwrap_or(true))
}

/// What pressing "Done" leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterDone {
    /// Hand the desk to this team.
    PassTo(usize),
    /// Every team is done: end the turn.
    EndTurn,
}

/// Marks `team` done and says what comes next.
pub fn mark_done(done: &mut [bool], team: usize) -> AfterDone {
    if let Some(d) = done.get_mut(team) {
        *d = true;
    }
    match next_team(done, team) {
        Some(t) => AfterDone::PassTo(t),
        None => AfterDone::EndTurn,
    }
}

/// Counts the clock down by `dt` seconds (not while paused or handing over);
/// returns whether it ran out on this tick.
pub fn tick(remaining: &mut f64, minutes: u32, dt: f64, stopped: bool) -> bool {
    if minutes == 0 || stopped || *remaining <= 0.0 {
        return false;
    }
    *remaining -= dt;
    if *remaining <= 0.0 {
        *remaining = 0.0;
        return true;
    }
    false
}

/// "4:07": minutes and seconds, rounded up (a clock never shows 0:00 early).
pub fn mmss(seconds: f64) -> String {
    let s = seconds.max(0.0).ceil() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// What the "Done" button says for the team at the desk.
pub fn done_label(game: &Game, table: &Table) -> String {
    let s = &game.ex.scenario.def;
    let mut done = table.done.clone();
    done.resize(s.nations.len(), false);
    match mark_done(&mut done, game.acting) {
        AfterDone::PassTo(t) => format!("Done → {} ↵", s.nations[t].short),
        AfterDone::EndTurn => "Done · end turn ↵".into(),
    }
}

/// The team at the desk is done (button, key, or the clock ran out): hand
/// over to the next team, or end the turn when every team is done.
pub fn team_done(game: &mut Game, table: &mut Table) {
    if game.mode != Mode::Workshop {
        game.end_turn();
        return;
    }
    let nations = game.ex.scenario.nations();
    table.done.resize(nations, false);
    match mark_done(&mut table.done, game.acting) {
        AfterDone::PassTo(t) => hand_to(game, table, t),
        AfterDone::EndTurn => end_turn(game, table),
    }
}

/// Ends the turn now (the last team is done, or the facilitator advances it).
pub fn end_turn(game: &mut Game, table: &mut Table) {
    game.end_turn();
    table.done = vec![false; game.ex.scenario.nations()];
    table.turn = game.ex.state.turn;
    if game.mode == Mode::Workshop && !game.ex.state.is_over() {
        hand_to(game, table, 0);
    }
}

fn hand_to(game: &mut Game, table: &mut Table, team: usize) {
    game.acting = team;
    game.draft = super::session::Draft { partner: usize::from(team == 0), ..Default::default() };
    game.notice = None;
    table.handover = Some(team);
    table.restart_clock();
}

/// A new game (or a resumed one) starts with the first team at the desk.
fn reset_on_new_game(game: Option<Res<Game>>, mut table: ResMut<Table>) {
    let Some(game) = game else { return };
    if !game.is_added() {
        return;
    }
    table.done = vec![false; game.ex.scenario.nations()];
    table.turn = game.ex.state.turn;
    table.paused = false;
    table.projector = false;
    table.handover = None;
    table.restart_clock();
}

fn tick_clock(
    time: Res<Time>,
    game: Option<Res<Game>>,
    mut table: ResMut<Table>,
    screen: Res<State<super::Screen>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(game) = game else { return };
    if game.mode != Mode::Workshop || *screen.get() != super::Screen::Board {
        return;
    }
    let stopped = table.locked() || game.ex.state.is_over();
    let minutes = table.countdown_minutes;
    if tick(&mut table.remaining, minutes, time.delta_secs_f64(), stopped) {
        table.expired = true;
    }
    if minutes > 0 && !stopped {
        // Keep the clock moving in the reactive (desktop) update mode.
        redraw.write(RequestRedraw);
    }
}

/// `--screen console|projector|handover|paused`: the screenshot module plays
/// the seeded exercise onto the board; this opens the workshop view on top
/// (after the new-game reset), with a 5-minute countdown running.
fn screenshot_screen(
    launch: Res<super::session::LaunchOptions>,
    game: Option<ResMut<Game>>,
    mut table: ResMut<Table>,
    mut done: Local<bool>,
) {
    let (Some(_), Some(mut game)) = (&launch.0.screenshot, game) else {
        return;
    };
    if *done || game.is_added() || game.mode != Mode::Workshop {
        return;
    }
    *done = true;
    match launch.0.screen.as_str() {
        "console" => {
            table.set_countdown(5);
            table.remaining = 247.0;
            game.show_script = true;
        }
        "projector" => {
            table.set_countdown(5);
            table.remaining = 247.0;
            table.projector = true;
        }
        "handover" => {
            table.set_countdown(5);
            table.done[0] = true;
            let team = 1.min(game.ex.scenario.nations() - 1);
            hand_to(&mut game, &mut table, team);
        }
        "paused" => table.paused = true,
        _ => {}
    }
}

/// Where saves and exported reports go: `HOTLINE_SAVE_DIR`, else
/// `$XDG_DATA_HOME/hotline`, else `~/.local/share/hotline`.
pub fn save_dir() -> PathBuf {
    save_dir_from(
        std::env::var_os("HOTLINE_SAVE_DIR"),
        std::env::var_os("XDG_DATA_HOME"),
        std::env::var_os("HOME"),
    )
}

fn save_dir_from(
    over: Option<std::ffi::OsString>,
    xdg: Option<std::ffi::OsString>,
    home: Option<std::ffi::OsString>,
) -> PathBuf {
    let nonempty = |v: Option<std::ffi::OsString>| v.filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(d) = nonempty(over) {
        return d;
    }
    if let Some(d) = nonempty(xdg) {
        return d.join("hotline");
    }
    nonempty(home).unwrap_or_else(|| PathBuf::from(".")).join(".local/share/hotline")
}

pub const AUTOSAVE: &str = "autosave.ron";
pub const AUTOSAVE_PREV: &str = "autosave.prev.ron";

/// Writes `save` as `dir/autosave.ron` (atomically), first keeping the one
/// there as `autosave.prev.ron`. Nothing is deleted: an autosave that does
/// not load (so the game was resumed from the previous one) is set aside as
/// `autosave.unreadable-<unix time>.ron` instead of replacing the good one.
pub fn write_autosave(dir: &Path, save: &SaveFile) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(AUTOSAVE);
    if path.exists() {
        let keep = if SaveFile::load(&path).is_ok() {
            dir.join(AUTOSAVE_PREV)
        } else {
            let secs =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
            dir.join(format!("autosave.unreadable-{secs}.ron"))
        };
        std::fs::rename(&path, keep)?;
    }
    save.write(&path)?;
    Ok(path)
}

/// Where the after-action report of this exercise is exported:
/// `hotline-reports/<scenario-id>-seed<seed>/` under `HOTLINE_SAVE_DIR`, else the working folder.
pub fn report_dir(scenario_id: &str, seed: u64) -> PathBuf {
    let base = std::env::var_os("HOTLINE_SAVE_DIR")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    let id: String = scenario_id
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .collect();
    base.join("hotline-reports").join(format!("{id}-seed{seed}"))
}

/// Writes the after-action report of `ex` into [`report_dir`]; the text says
/// where (or why not).
pub fn export_aar(ex: &crate::sim::Exercise) -> (bool, String) {
    let dir = report_dir(&ex.scenario.def.id, ex.seed);
    match crate::report::write_aar(ex, &dir) {
        Ok(()) => {
            let shown = dir.canonicalize().unwrap_or(dir);
            (true, format!("✔ Written to {}/report.html", shown.display()))
        }
        Err(e) => (false, format!("✖ Could not write {}: {e}", dir.display())),
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
        .and_then(|id| ex.scenario.nation_ix.get(id))
        .map_or(Mode::Workshop, |&n| Mode::Solo(n));
    let mut game = Game::new(ex.scenario.clone(), ex.seed, mode);
    // Cards fired before the save were read then; a pending choice still shows.
    game.read_injects = vec![true; ex.scenario.def.injects.len()];
    game.difficulty = ex.difficulty;
    game.ex = ex;
    Ok(game)
}

/// The save of a game, with the seat of a solo learner.
pub fn save_of(game: &Game) -> SaveFile {
    let mut save = SaveFile::of(&game.ex);
    if let Mode::Solo(n) = game.mode {
        save.solo_nation = game.ex.scenario.def.nations.get(n).map(|x| x.id.clone());
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
pub fn resume_ui(ui: &mut egui::Ui, state: &mut Resume) -> Option<Game> {
    let dir = save_dir();
    let path = dir.join(AUTOSAVE);
    let prev = dir.join(AUTOSAVE_PREV);
    let mut load = None;
    let exists = path.exists();
    let b = ui.add_enabled(
        exists,
        egui::Button::new(theme::big("Resume the last exercise", 20.0)).min_size(egui::vec2(280.0, 46.0)),
    );
    let b = b
        .on_hover_text(format!("Autosaved after every turn to {}", path.display()))
        .on_disabled_hover_text(format!("No autosave yet in {}", dir.display()));
    if b.clicked() {
        load = Some(path.clone());
    }
    if let Some(ago) = std::fs::metadata(&path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok())
    {
        let mins = ago.as_secs() / 60;
        let when = match mins {
            0 => "just now".to_string(),
            1..=119 => format!("{mins} min ago"),
            _ if mins < 48 * 60 => format!("{} hours ago", mins / 60),
            _ => format!("{} days ago", mins / (24 * 60)),
        };
        ui.label(egui::RichText::new(format!("autosaved {when}")).size(14.0).color(theme::MUTED));
    }
    if let Some((file, diagnostics)) = state.failed.clone() {
        let mut close = false;
        egui::Modal::new("resume_failed".into()).show(ui.ctx(), |ui| {
            ui.set_width(820.0);
            ui.label(theme::big("This save cannot be resumed", 26.0).color(theme::BAD));
            ui.label(egui::RichText::new(file.display().to_string()).color(theme::MUTED));
            ui.add_space(8.0);
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                ui.label(egui::RichText::new(&diagnostics).monospace().size(15.0));
            });
            ui.add_space(8.0);
            ui.label("The file is left as it is. You can open the autosave from the turn before instead.");
            ui.horizontal(|ui| {
                let offer = prev.exists() && file != prev;
                if ui
                    .add_enabled(offer, egui::Button::new(theme::big("Open the previous autosave", 18.0)))
                    .clicked()
                {
                    load = Some(prev.clone());
                }
                if ui.button(egui::RichText::new("Close").size(18.0)).clicked() {
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
    if game.is_added() {
        // A new or resumed game: its first turn is saved when it ends.
        saved.turn = Some(game.ex.state.turn);
        return;
    }
    let turn = game.ex.state.turn;
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

/// Workshop frame: applies the projector (F3) toggle and an expired clock,
/// then draws what covers the board — the projector view, the hand-over card
/// or the pause card (with the console above it). Returns true when covered:
/// the board draws nothing and takes no keys this frame.
pub fn covered(
    ctx: &egui::Context,
    game: &mut Game,
    table: &mut Table,
    form: &mut super::console::Form,
    toggle_console: bool,
    toggle_projector: bool,
) -> bool {
    if game.mode != Mode::Workshop {
        return false;
    }
    if toggle_projector {
        table.projector = !table.projector;
    }
    if table.projector && super::screens::escape_pressed(ctx) {
        table.projector = false;
        return true;
    }
    if table.expired && !table.locked() {
        // Time is up: the team's turn is handed over (nothing is decided for it).
        table.expired = false;
        game.summary = None;
        team_done(game, table);
    }
    if !(table.projector || table.locked()) {
        return false;
    }
    if toggle_console {
        game.show_script = !game.show_script;
    }
    if table.projector {
        super::projector::show(ctx, game, table);
    } else if let Some(team) = table.handover {
        if handover_card(ctx, game, table, team) {
            table.handover = None;
            table.restart_clock();
        }
    } else {
        paused_card(ctx);
    }
    super::console::show(ctx, game, table, form);
    true
}

/// The countdown, large, in the top bar (when one is set).
pub fn clock_label(ui: &mut egui::Ui, table: &Table) {
    if table.countdown_minutes == 0 {
        return;
    }
    ui.add_space(16.0);
    let colour = if table.remaining < 60.0 { theme::BAD } else { theme::TEXT };
    ui.label(theme::big(format!("⏱ {}", mmss(table.remaining)), 40.0).color(colour))
        .on_hover_text("Time left for the team at the desk; at 0:00 the desk passes on");
    ui.add_space(8.0);
}

/// A card covering the whole window (hand-over, pause): nothing behind it shows.
fn cover(ctx: &egui::Context, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    let vp = ctx.viewport_rect();
    egui::Area::new(egui::Id::new(id)).order(egui::Order::Middle).fixed_pos(vp.min).show(ctx, |ui| {
        let (rect, _) = ui.allocate_exact_size(vp.size(), egui::Sense::click_and_drag());
        ui.painter().rect_filled(rect, 0.0, theme::BG);
        let inner = rect.shrink2(egui::vec2(rect.width() * 0.15, rect.height() * 0.22));
        ui.scope_builder(egui::UiBuilder::new().max_rect(inner), |ui| {
            ui.vertical_centered(add);
        });
    });
}

/// The hand-over card: "Pass to the ROK team". Returns true when the team is ready.
pub fn handover_card(ctx: &egui::Context, game: &Game, table: &Table, team: usize) -> bool {
    let s = &game.ex.scenario.def;
    let name = s.nations.get(team).map_or("next", |n| n.short.as_str());
    let full = s.nations.get(team).map_or("", |n| n.name.as_str());
    let mut ready = !ctx.egui_wants_keyboard_input() && ctx.input(|i| i.key_pressed(egui::Key::Enter));
    cover(ctx, "handover", |ui| {
        ui.label(egui::RichText::new("⇄").size(80.0).color(theme::ACCENT));
        ui.label(theme::big(format!("Pass to the {name} team"), 64.0));
        ui.label(egui::RichText::new(full).size(28.0).color(theme::MUTED));
        ui.add_space(30.0);
        ui.label(
            egui::RichText::new(format!(
                "Turn {} · {}",
                game.ex.state.turn.min(s.turns),
                game.ex.scenario.time_label(game.ex.state.turn)
            ))
            .size(24.0)
            .color(theme::MUTED),
        );
        if table.countdown_minutes > 0 {
            ui.label(
                egui::RichText::new(format!("You will have {} minutes.", table.countdown_minutes))
                    .size(24.0)
                    .color(theme::MUTED),
            );
        }
        ui.add_space(40.0);
        let b = egui::Button::new(theme::big(format!("{name} team ready — press Enter  ↵"), 28.0))
            .fill(theme::ACCENT.gamma_multiply(0.6))
            .min_size(egui::vec2(560.0, 70.0));
        ready |= ui.add(b).clicked();
    });
    ready
}

/// The pause card: the facilitator has stopped the clock.
pub fn paused_card(ctx: &egui::Context) {
    cover(ctx, "paused", |ui| {
        ui.label(egui::RichText::new("⏸").size(96.0).color(theme::WARN));
        ui.label(theme::big("Paused", 72.0));
        ui.add_space(20.0);
        ui.label(
            egui::RichText::new("The facilitator has paused the exercise. Discussion time.")
                .size(28.0)
                .color(theme::MUTED),
        );
        ui.add_space(20.0);
        ui.label(
            egui::RichText::new("Facilitator: F2 opens the console to resume.")
                .size(20.0)
                .color(theme::MUTED),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_take_turns_in_table_order() {
        let mut done = vec![false, false];
        assert_eq!(mark_done(&mut done, 0), AfterDone::PassTo(1));
        assert_eq!(mark_done(&mut done, 1), AfterDone::EndTurn);
        let mut three = vec![false; 3];
        assert_eq!(mark_done(&mut three, 1), AfterDone::PassTo(2));
        assert_eq!(mark_done(&mut three, 2), AfterDone::PassTo(0));
        assert_eq!(mark_done(&mut three, 0), AfterDone::EndTurn);
        assert_eq!(next_team(&[], 0), None);
    }

    #[test]
    fn countdown_runs_out_once_and_stops_when_paused() {
        let mut left = 180.0;
        assert!(!tick(&mut left, 3, 1.0, true));
        assert_eq!(left, 180.0);
        assert!(!tick(&mut left, 3, 100.0, false));
        assert!(tick(&mut left, 3, 100.0, false));
        assert_eq!(left, 0.0);
        assert!(!tick(&mut left, 3, 1.0, false));
        let mut off = 0.0;
        assert!(!tick(&mut off, 0, 5.0, false));
    }

    #[test]
    fn clock_text() {
        assert_eq!(mmss(300.0), "5:00");
        assert_eq!(mmss(246.2), "4:07");
        assert_eq!(mmss(0.1), "0:01");
        assert_eq!(mmss(-3.0), "0:00");
    }

    #[test]
    fn save_folder_order() {
        let s = |x: &str| Some(std::ffi::OsString::from(x));
        assert_eq!(save_dir_from(s("/o"), s("/x"), s("/h")), PathBuf::from("/o"));
        assert_eq!(save_dir_from(None, s("/x"), s("/h")), PathBuf::from("/x/hotline"));
        assert_eq!(save_dir_from(s(""), None, s("/h")), PathBuf::from("/h/.local/share/hotline"));
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

    fn flagship_game() -> Game {
        let scenario = crate::scenario::Scenario::load(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/us-rok-hotline.ron"),
        )
        .unwrap();
        Game::new(std::sync::Arc::new(scenario), 5, Mode::Workshop)
    }

    #[test]
    fn hot_seat_hides_the_other_teams_cards_and_entries() {
        let mut game = flagship_game();
        let s = game.ex.scenario.clone();
        let rok = s.nation_ix["rok"];
        let card = s
            .def
            .injects
            .iter()
            .find(|d| d.audience == crate::scenario::Audience::Nation("rok".into()))
            .unwrap();
        game.ex.submit(crate::sim::Decision::FireInject(card.id.clone())).unwrap();
        let line = game.ex.log.iter().rfind(|e| e.kind() == crate::sim::LogKind::Inject).unwrap().clone();
        game.acting = 1 - rok;
        assert!(!game.entry_visible(&line), "the US team must not read the ROK card");
        game.acting = rok;
        assert!(game.entry_visible(&line));
        // Another nation's own entries stay with it; the board shows the desk's nation only.
        let theirs = crate::sim::LogEntry {
            nation: Some(1 - rok),
            visibility: crate::sim::Visibility::Move(1 - rok),
            ..line.clone()
        };
        assert!(!game.entry_visible(&theirs));
        assert!(game.at_table(rok) && !game.at_table(1 - rok));
    }

    #[test]
    fn done_hands_over_then_ends_the_turn() {
        let mut game = flagship_game();
        let mut table = Table::default();
        table.done = vec![false; 2];
        team_done(&mut game, &mut table);
        assert_eq!((game.acting, table.handover), (1, Some(1)));
        assert_eq!(game.ex.state.turn, 1);
        table.handover = None;
        team_done(&mut game, &mut table);
        assert_eq!(game.ex.state.turn, 2);
        assert_eq!((game.acting, table.handover), (0, Some(0)));
        assert_eq!(table.done, vec![false, false]);
        assert_eq!(game.ex.decisions.last(), Some(&crate::sim::Decision::EndTurn));
    }

    #[test]
    fn report_folder_names_scenario_and_seed() {
        let d = report_dir("us-rok/hotline", 7);
        assert!(d.ends_with("hotline-reports/us-rok_hotline-seed7"));
    }
}
