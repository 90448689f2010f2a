//! The Bevy desktop app: title, scenario picker, mode choice, the board,
//! injects, log and debrief. The rules live in [`crate::sim`]; this module only
//! reads the [`crate::sim::Exercise`] and submits [`crate::sim::Decision`]s.
//!
//! Every panel is drawn with egui (bevy_egui); each feature is one plugin in
//! its own file, and the screens are states.

mod actions_panel;
mod board;
mod console;
mod debrief;
mod help;
mod hot_reload;
mod injects;
mod log_panel;
mod projector;
mod redraw;
mod screens;
mod screenshot;
mod session;
mod teaching;
mod theme;
mod workshop;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;
use std::path::PathBuf;
use std::process::ExitCode;

pub use screens::Screen;

/// What the command line asks the app to do.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// Scenario to open directly (skips the picker).
    pub scenario: Option<PathBuf>,
    /// Render, save a PNG of the window here and exit.
    pub screenshot: Option<PathBuf>,
    /// Frames to render before the screenshot.
    pub frames: u32,
    /// Screen to capture (see `--screen` in the command line's help).
    pub screen: String,
    /// Seed of the exercise.
    pub seed: Option<u64>,
}

/// Runs the desktop app until the window closes (or the screenshot is saved).
pub fn run(launch: Launch) -> ExitCode {
    let (width, height) = window_size();
    let screenshot_mode = launch.screenshot.is_some();
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Hotline — allied cyber-incident exercise".into(),
                    resolution: WindowResolution::new(width, height).with_scale_factor_override(1.0),
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin { filter: "warn,wgpu=error,naga=error".into(), ..default() }),
    )
    .insert_resource(if screenshot_mode { WinitSettings::continuous() } else { WinitSettings::desktop_app() })
    .insert_resource(ClearColor(theme::BACKGROUND_BEVY))
    .add_plugins(EguiPlugin::default())
    .insert_resource(session::LaunchOptions(launch))
    .add_plugins(AppPlugin);
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Window size: 1920×1080 unless `HOTLINE_WINDOW=WxH` says otherwise
/// (used to check the layout at 1280×720).
fn window_size() -> (u32, u32) {
    std::env::var("HOTLINE_WINDOW")
        .ok()
        .and_then(|v| {
            let (w, h) = v.split_once('x')?;
            Some((w.trim().parse().ok()?, h.trim().parse().ok()?))
        })
        .filter(|&(w, h): &(u32, u32)| w >= 640 && h >= 480)
        .unwrap_or((1920, 1080))
}

/// Wires every feature plugin.
pub struct AppPlugin;

impl Plugin for AppPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(Startup, spawn_camera);
        app.add_plugins((
            theme::plugin,
            session::plugin,
            screens::plugin,
            board::plugin,
            help::plugin,
            debrief::plugin,
            screenshot::plugin,
            workshop::plugin,
            projector::plugin,
            teaching::plugin,
            hot_reload::plugin,
            redraw::plugin,
        ));
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}
