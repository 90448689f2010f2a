//! `--screenshot FILE [--frames N] [--screen title|board|debrief] [--seed S]`:
//! sets up the screen (board and debrief are reached by playing the seeded
//! exercise with the cooperative policy), renders N frames continuously,
//! saves a PNG, reads it back and checks it is a rendered screen
//! ([`png_check`]) whose text all shows ([`layout_check`]: every glyph in the
//! fonts, nothing cut off), and exits (with an error naming the screen and the
//! text when it is not).
//!
//! `host-setup` and `join-setup`: the title screen's Host and Join forms.
//!
//! Solo and authoring screens:
//! - `solo-board`: solo as the ROK (the partner AI plays the US), a few turns
//!   in, with the turn summary open (why-line, partner moves);
//! - `solo-debrief`: a solo game played to the end (cooperative player +
//!   partner AI), the debrief with its key decisions;
//! - `solo-tutorial`: the tutorial's first turn with the "Next step" coach;
//! - `glossary`: the board with the glossary overlay open;
//! - `reload-error`: a game on a temporary copy of the scenario; the copy is
//!   then broken on disk and the hot-reload overlay shows its diagnostics.

use super::intent::{commit_draft, end_turn, hand_to};
use super::net_seat::{NetLink, NetShot};
use super::overlay::{Overlay, Panels};
use super::screens::Screen;
use super::session::{Catalog, Game, LaunchOptions, Mode};
use super::table::Table;
use super::{AppSystems, layout_check, png_check};
use crate::sim::{Policy, PolicyName, play_out};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostStartup, prepare)
        .add_systems(Update, (workshop_view, capture, net_capture).chain().in_set(AppSystems::Update))
        .add_systems(EguiPrimaryContextPass, install_probe);
}

/// What the layout check found in the main window's latest pass.
#[derive(Resource)]
struct LayoutProbe(layout_check::Probe);

/// Screenshot runs check the text of every pass of the main window ([`layout_check`]).
fn install_probe(
    launch: Res<LaunchOptions>,
    probe: Option<Res<LayoutProbe>>,
    mut contexts: EguiContexts,
    mut commands: Commands,
) -> Result {
    if launch.0.screenshot.is_none() || probe.is_some() {
        return Ok(());
    }
    let probe = layout_check::Probe::default();
    contexts.ctx_mut()?.add_plugin(probe.clone());
    commands.insert_resource(LayoutProbe(probe));
    Ok(())
}

/// The screenshot's text all shows: the findings of the latest pass, one a line.
fn layout_verdict(probe: Option<&LayoutProbe>) -> Result<(), String> {
    let latest = probe.and_then(|p| p.0.latest.lock().ok().and_then(|l| l.clone()));
    let Some(found) = latest else {
        return Err("the layout check did not run".into());
    };
    if found.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = found.iter().map(|f| format!("  {f}")).collect();
    Err(format!("{} layout problem(s):\n{}", found.len(), lines.join("\n")))
}

/// Turns the board screenshot plays before capturing.
const BOARD_TURNS: u32 = 5;

fn prepare(
    launch: Res<LaunchOptions>,
    catalog: Res<Catalog>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    if launch.0.screenshot.is_none() {
        return;
    }
    let screen = launch.0.screen.as_str();
    // A networked window takes its own picture (net_seat.rs).
    if screen == "title" || screen == "net" {
        return;
    }
    // The title screen's "Host a workshop" and "Join a workshop" forms, as first opened.
    if screen == "host-setup" || screen == "join-setup" {
        next.set(if screen == "host-setup" { Screen::HostSetup } else { Screen::JoinSetup });
        return;
    }
    if screen == "picker" {
        // What the picture shows, as text a script can check (.ci/install-check).
        for e in &catalog.entries {
            println!("picker: {} {}", e.origin.label(), e.path.display());
        }
        next.set(Screen::Picker);
        return;
    }
    let scenario =
        catalog.selected.and_then(|i| catalog.entries.get(i)).and_then(|e| e.loaded.as_ref().ok()).cloned();
    let Some(scenario) = scenario else {
        let dir = super::session::folders_text(launch.0.scenario.as_ref());
        error!("no scenario loads (looked in {}): cannot reach the {screen} screen", dir);
        eprintln!("hotline: no scenario loads (looked in {}): cannot take the {screen} screenshot", dir);
        exit.write(AppExit::from_code(2));
        return;
    };
    let seed = launch.0.seed.unwrap_or(1);
    if let Some(game) = solo_screen(screen, &catalog, scenario.clone(), seed, &mut commands) {
        next.set(if screen == "solo-debrief" { Screen::Debrief } else { Screen::Board });
        commands.insert_resource(game);
        return;
    }
    let mut game = Game::new(scenario, seed, Mode::Workshop);
    let mut policy = Policy::new(PolicyName::Cooperative, seed);
    match screen {
        "debrief" => {
            play_out(game.ex_mut(), &mut policy);
            next.set(Screen::Debrief);
        }
        _ => {
            if !["board", "console", "projector", "projector-both", "handover", "paused"].contains(&screen) {
                warn!("unknown screen `{screen}` (title, board or debrief): showing the board");
            }
            let nations: Vec<usize> = (0..game.ex().scenario().nations()).collect();
            for _ in 1..BOARD_TURNS {
                if game.ex().state().is_over() {
                    break;
                }
                policy.play_turn(game.ex_mut(), &nations);
                end_turn(&mut game);
            }
            game.summary = None;
            // Decide this turn too (answers the turn's inject cards), without ending it.
            if !game.ex().state().is_over() {
                policy.play_turn(game.ex_mut(), &nations);
            }
            // Show the board itself, not a card over it; point the panel at a known incident.
            game.read_injects.iter_mut().for_each(|r| *r = true);
            let visible: Vec<usize> =
                (0..game.ex().state().incidents.len()).filter(|&i| game.incident_visible(i)).collect();
            let active = visible.iter().copied().find(|&i| game.ex().state().incidents[i].status.is_active());
            if let Some(i) = active.or(visible.first().copied()) {
                game.select_incident(i);
            }
            next.set(Screen::Board);
        }
    }
    commands.insert_resource(game);
}

/// The temporary scenario copy that `reload-error` breaks while the app runs.
#[derive(Resource)]
struct BreakLater(std::path::PathBuf);

/// Frame at which `reload-error` breaks the file, and the least frames it waits.
const BREAK_AT: u32 = 20;
const RELOAD_FRAMES: u32 = 70;

/// Sets up the solo and authoring screens (None for the others).
fn solo_screen(
    screen: &str,
    catalog: &Catalog,
    scenario: std::sync::Arc<crate::scenario::Scenario>,
    seed: u64,
    commands: &mut Commands,
) -> Option<Game> {
    use crate::sim::Difficulty;
    let rok = |s: &crate::scenario::Scenario| s.nation_ix.get("rok").copied().unwrap_or(0);
    let mut policy = Policy::new(PolicyName::Cooperative, seed);
    let game = match screen {
        "solo-board" | "solo-debrief" | "glossary" => {
            let me = rok(&scenario);
            let mut game = Game::with_difficulty(scenario, seed, Mode::Solo(me), Difficulty::Standard);
            let turns = if screen == "solo-debrief" { u32::MAX } else { 3 };
            for _ in 0..turns {
                if game.ex().state().is_over() {
                    break;
                }
                policy.play_turn(game.ex_mut(), &[me]);
                end_turn(&mut game);
            }
            if screen == "glossary" {
                // Answer this turn's cards so the overlay is the only one open.
                policy.play_turn(game.ex_mut(), &[me]);
                game.summary = None;
                commands.insert_resource(Overlay::Glossary);
            }
            game
        }
        "solo-tutorial" => {
            let tutorial = catalog
                .entries
                .iter()
                .find(|e| e.path.file_name().is_some_and(|f| f == "tutorial.ron"))
                .and_then(|e| e.loaded.as_ref().ok())
                .cloned()
                .unwrap_or(scenario);
            let me = rok(&tutorial);
            let mut game = Game::with_difficulty(tutorial, seed, Mode::Solo(me), Difficulty::Exercise);
            // The first step of the directive taken: harden the most depended-on asset.
            let s = game.ex().scenario().clone();
            if let Some(a) = (0..s.def.assets.len()).find(|&a| s.asset_nation[a] == me) {
                game.select_asset(a);
                game.draft.family = crate::scenario::ActionKindName::Harden;
                game.pick_agency();
                commit_draft(&mut game);
            }
            game
        }
        "reload-error" => {
            let dir = std::env::temp_dir().join(format!("hotline-reload-{}", std::process::id()));
            let name = std::path::Path::new(&scenario.path)
                .file_name()
                .map_or("scenario.ron".into(), |f| f.to_owned());
            let copy = dir.join(name);
            let ok = std::fs::create_dir_all(&dir).is_ok() && std::fs::write(&copy, &scenario.source).is_ok();
            let loaded = ok.then(|| crate::scenario::Scenario::load(&copy).ok()).flatten();
            let Some(loaded) = loaded else {
                warn!("cannot write a scenario copy in {}", dir.display());
                return None;
            };
            let me = rok(&loaded);
            let mut game = Game::with_difficulty(
                std::sync::Arc::new(loaded),
                seed,
                Mode::Solo(me),
                Difficulty::Standard,
            );
            policy.play_turn(game.ex_mut(), &[me]);
            end_turn(&mut game);
            game.summary = None;
            commands.insert_resource(BreakLater(copy));
            game
        }
        _ => return None,
    };
    let mut game = game;
    game.read_injects.iter_mut().for_each(|r| *r = true);
    Some(game)
}

/// A scenario source with two author's mistakes: a misspelt asset id in a
/// dependency and a misspelt field name.
pub fn break_scenario(src: &str) -> String {
    let mut out = src.replacen("depends_on: [\"", "depends_on: [\"no-such-", 1);
    out = out.replacen("hours_per_turn:", "hours_per_trun:", 1);
    out
}

/// `--screen console|projector|handover|paused`: the seeded exercise is on
/// the board (after the new-game reset); this opens the workshop view on top,
/// with a 5-minute countdown running.
fn workshop_view(
    launch: Res<LaunchOptions>,
    game: Option<ResMut<Game>>,
    mut table: ResMut<Table>,
    mut overlay: ResMut<Overlay>,
    mut panels: ResMut<Panels>,
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
            panels.console = true;
        }
        "projector" | "projector-both" => {
            table.set_countdown(5);
            table.remaining = 247.0;
            *overlay = Overlay::Projector;
        }
        "handover" => {
            table.set_countdown(5);
            table.done[0] = true;
            let team = 1.min(game.ex().scenario().nations() - 1);
            hand_to(&mut game, &mut table, team);
        }
        "paused" => table.paused = true,
        _ => {}
    }
}

/// The screenshot was written (set by its observer).
#[derive(Resource)]
struct Captured;

/// Reads a saved screenshot back and checks it is a rendered screen of the
/// window's size (`want`) whose text all shows; says what it found (stdout)
/// or what is wrong (stderr, and the exit code: 3 not a rendered screen, 4 text
/// that does not show). `what` names the screen and its language.
fn judge(
    path: &std::path::Path,
    want: (u32, u32),
    probe: Option<&LayoutProbe>,
    what: &str,
) -> Result<(), u8> {
    let checked = std::fs::read(path)
        .map_err(|e| format!("cannot read it back: {e}"))
        .and_then(|bytes| png_check::check_png(&bytes, want));
    let shot = match checked {
        Ok(shot) => shot,
        Err(e) => {
            eprintln!("hotline: {} does not look like a rendered screen: {e}", path.display());
            return Err(3);
        }
    };
    if let Err(e) = layout_verdict(probe) {
        eprintln!("hotline: {what} ({}x{}) in {}: {e}", want.0, want.1, path.display());
        return Err(4);
    }
    println!(
        "{}: {}x{}, {} colours sampled, {} light samples",
        path.display(),
        shot.width,
        shot.height,
        shot.colours,
        shot.light
    );
    Ok(())
}

/// Frames a networked window renders between seeing the turn in progress and its screenshot.
const NET_FRAMES: u32 = 8;

/// How far a networked window's screenshot is.
#[derive(Default)]
enum NetPhase {
    #[default]
    Waiting,
    /// The moment came: frames rendered since, and when.
    Ready(u32, std::time::Instant),
    Taken,
    Done,
}

/// `--screenshot` of a networked window (`NetShot`): once the seat is
/// welcomed (and `after` it), or `NET_FRAMES` frames after it sees a turn in
/// progress; then read back and checked as every screenshot is, with a line
/// saying what the seat saw. A joined window exits with the verdict; the
/// host's window goes on (the exercise is its own) unless the check failed.
#[allow(clippy::too_many_arguments)]
fn net_capture(
    shot: Option<Res<NetShot>>,
    link: Option<Res<NetLink>>,
    mut phase: Local<NetPhase>,
    mut commands: Commands,
    captured: Option<Res<Captured>>,
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    probe: Option<Res<LayoutProbe>>,
    mut exit: MessageWriter<AppExit>,
) {
    let (Some(shot), Some(link)) = (shot, link) else { return };
    match *phase {
        NetPhase::Waiting => {
            let ready =
                if shot.mid_turn { link.mid_turn() } else { link.view.is_some() || link.ended.is_some() };
            if ready {
                *phase = NetPhase::Ready(0, std::time::Instant::now());
            }
        }
        NetPhase::Ready(frames, since) => {
            let due = if shot.mid_turn { frames >= NET_FRAMES } else { since.elapsed() >= shot.after };
            if !due {
                *phase = NetPhase::Ready(frames + 1, since);
                return;
            }
            *phase = NetPhase::Taken;
            // What the seat saw, as text a script can check (.ci/net-screenshots.sh).
            let seat = link.view.as_ref().map_or_else(|| "none".to_string(), |v| v.claim.to_string());
            let turn = link.view.as_ref().map_or(0, |v| v.state.turn);
            let line = if link.hotline_open() { "open" } else { "closed" };
            let said = link.view.as_ref().map_or(0, |v| {
                v.log.iter().filter(|e| matches!(e.event, crate::sim::Event::HotlineMessage { .. })).count()
            });
            let strip = link.strip(link.lang).unwrap_or_default();
            println!(
                "net shot: seat {seat}, turn {turn}, hotline {line}, {said} line(s) said, strip \"{strip}\""
            );
            commands
                .spawn((Name::new("Screenshot"), Screenshot::primary_window()))
                .observe(save_to_disk(shot.path.clone()))
                .observe(|_: On<ScreenshotCaptured>, mut commands: Commands| {
                    commands.insert_resource(Captured);
                });
        }
        NetPhase::Taken if captured.is_some() => {
            commands.remove_resource::<Captured>();
            *phase = NetPhase::Done;
            let want = window.map_or((1920, 1080), |w| (w.physical_width(), w.physical_height()));
            let what = format!("networked window of seat {}, {}", link.claim, link.lang.code());
            match judge(&shot.path, want, probe.as_deref(), &what) {
                Err(code) => {
                    exit.write(AppExit::from_code(code));
                }
                Ok(()) if shot.exit => {
                    exit.write(AppExit::Success);
                }
                Ok(()) => {}
            }
        }
        NetPhase::Taken | NetPhase::Done => {}
    }
}

fn capture(
    launch: Res<LaunchOptions>,
    mut frames: Local<u32>,
    mut commands: Commands,
    broken: Option<Res<BreakLater>>,
    captured: Option<Res<Captured>>,
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    probe: Option<Res<LayoutProbe>>,
    langs: Res<super::lang::Languages>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(path) = launch.0.screenshot.as_ref().filter(|_| launch.0.screen != "net") else {
        return;
    };
    if captured.is_some() {
        // Saved on disk by the observer of the capture: read it back and check it.
        commands.remove_resource::<Captured>();
        let want = window.map_or((1920, 1080), |w| (w.physical_width(), w.physical_height()));
        let what = format!("screen `{}`, {}", launch.0.screen, langs.ui.code());
        exit.write(
            judge(path, want, probe.as_deref(), &what).map_or_else(AppExit::from_code, |()| AppExit::Success),
        );
        return;
    }
    *frames += 1;
    let mut wait = launch.0.frames.max(3);
    if let Some(b) = &broken {
        wait = wait.max(RELOAD_FRAMES);
        if *frames == BREAK_AT
            && let Ok(src) = std::fs::read_to_string(&b.0)
        {
            let _ = std::fs::write(&b.0, break_scenario(&src));
            // Make the change visible even on a coarse-mtime file system.
            if let Ok(f) = std::fs::File::options().write(true).open(&b.0) {
                let _ = f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(2));
            }
        }
    }
    if *frames == wait {
        commands
            .spawn((Name::new("Screenshot"), Screenshot::primary_window()))
            .observe(save_to_disk(path.clone()))
            .observe(|_: On<ScreenshotCaptured>, mut commands: Commands| {
                commands.insert_resource(Captured);
            });
    }
}
