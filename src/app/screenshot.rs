//! `--screenshot FILE [--frames N] [--screen title|board|debrief] [--seed S]`:
//! sets up the screen (board and debrief are reached by playing the seeded
//! exercise with the cooperative policy), renders N frames continuously,
//! saves a PNG and exits.

use super::screens::Screen;
use super::session::{Catalog, Game, LaunchOptions, Mode};
use crate::sim::{Decision, Policy, PolicyName, play_out};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostStartup, prepare)
        .add_systems(Update, capture);
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
    if screen == "title" {
        return;
    }
    let scenario = catalog
        .selected
        .and_then(|i| catalog.entries.get(i))
        .and_then(|e| e.loaded.as_ref().ok())
        .cloned();
    let Some(scenario) = scenario else {
        let dir = super::session::scenario_dir();
        error!(
            "no scenario loads (looked in {}): cannot reach the {screen} screen",
            dir.display()
        );
        eprintln!(
            "hotline: no scenario loads (looked in {}): cannot take the {screen} screenshot",
            dir.display()
        );
        exit.write(AppExit::from_code(2));
        return;
    };
    let seed = launch.0.seed.unwrap_or(1);
    let mut game = Game::new(scenario, seed, Mode::Workshop);
    let mut policy = Policy::new(PolicyName::Cooperative, seed);
    match screen {
        "debrief" => {
            play_out(&mut game.ex, &mut policy);
            next.set(Screen::Debrief);
        }
        _ => {
            if screen != "board" {
                warn!("unknown screen `{screen}` (title, board or debrief): showing the board");
            }
            let nations: Vec<usize> = (0..game.ex.scenario.nations()).collect();
            for _ in 1..BOARD_TURNS {
                if game.ex.state.is_over() {
                    break;
                }
                policy.play_turn(&mut game.ex, &nations);
                let _ = game.ex.submit(Decision::EndTurn);
            }
            // Decide this turn too (answers the turn's inject cards), without ending it.
            if !game.ex.state.is_over() {
                policy.play_turn(&mut game.ex, &nations);
            }
            // Show the board itself, not a card over it; point the panel at a known incident.
            game.read_injects.iter_mut().for_each(|r| *r = true);
            let visible: Vec<usize> = (0..game.ex.state.incidents.len())
                .filter(|&i| game.incident_visible(i))
                .collect();
            let active = visible
                .iter()
                .copied()
                .find(|&i| game.ex.state.incidents[i].status.is_active());
            if let Some(i) = active.or(visible.first().copied()) {
                super::board::select_incident(&mut game, i);
            }
            next.set(Screen::Board);
        }
    }
    commands.insert_resource(game);
}

fn capture(launch: Res<LaunchOptions>, mut frames: Local<u32>, mut commands: Commands) {
    let Some(path) = &launch.0.screenshot else {
        return;
    };
    *frames += 1;
    if *frames == launch.0.frames.max(3) {
        commands
            .spawn((Name::new("Screenshot"), Screenshot::primary_window()))
            .observe(save_to_disk(path.clone()))
            .observe(
                |_: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
                    exit.write(AppExit::Success);
                },
            );
    }
}
