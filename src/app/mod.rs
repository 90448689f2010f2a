//! The Bevy desktop app: title, scenario picker, mode choice, the board,
//! injects, log and debrief. The rules live in [`crate::sim`]; this module only
//! reads the [`crate::sim::Exercise`] and submits [`crate::sim::Decision`]s.
//!
//! Every panel is drawn with egui (bevy_egui); each feature is one plugin in
//! its own file, and the screens are states. Panels and keys never change the
//! game themselves: they emit [`intent::Intent`]s, and one system applies them
//! (the order of a frame is [`AppSystems`]).

mod board;
mod console;
mod debrief;
mod help;
mod hot_reload;
mod injects;
mod input;
mod intent;
mod lang;
mod layout_check;
mod net_console;
pub mod net_seat;
#[cfg(test)]
mod net_tests;
mod overlay;
mod png_check;
mod projector;
mod redraw;
mod saves;
mod screens;
mod screenshot;
mod session;
mod table;
mod teaching;
#[cfg(test)]
mod tests;
mod theme;
mod window;
mod words;
mod workshop;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;
use std::process::ExitCode;

pub use screens::Screen;
pub use session::Launch;

/// Runs the desktop app until the window closes (or the screenshot is saved).
pub fn run(launch: Launch) -> ExitCode {
    run_with(launch, None)
}

/// Runs the app as a networked window: the host's (the facilitator's
/// console) or a joined seat's; `screenshot`: when to take one, and whether to exit then.
pub fn run_networked(
    lang: crate::i18n::Lang,
    net: net_seat::NetStart,
    screenshot: Option<net_seat::NetShot>,
) -> ExitCode {
    run_with(net_seat::launch_for(lang, screenshot.as_ref()), Some((net, screenshot)))
}

type Networked = (net_seat::NetStart, Option<net_seat::NetShot>);

fn run_with(launch: Launch, net: Option<Networked>) -> ExitCode {
    let screenshot_mode = launch.screenshot.is_some();
    let langs = lang::initial(&launch);
    let user = window::load_settings(screenshot_mode, langs.ui);
    let title = crate::tr!(langs.ui, "app-window-title");
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(window::window_plugin(screenshot_mode, &user, title))
            .set(bevy::log::LogPlugin { filter: redraw::log_filter().into(), ..default() }),
    )
    .insert_resource(if screenshot_mode { WinitSettings::continuous() } else { WinitSettings::desktop_app() })
    .insert_resource(ClearColor(theme::BACKGROUND_BEVY))
    .add_plugins(EguiPlugin::default())
    .insert_resource(session::LaunchOptions(launch))
    .insert_resource(user)
    .insert_resource(langs)
    .add_plugins(AppPlugin);
    if let Some((net, shot)) = net {
        app.insert_resource(net_seat::PendingNet(std::sync::Mutex::new(Some(net))));
        net_seat::shot_resource(&mut app, shot);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// The order of the app's own work in a frame (`Update`), named once as in
/// bevy_new_2d: clocks tick, keys are read, intents are applied, then the
/// rest (autosave, windows) sees the new state. Panels are drawn later, in
/// bevy_egui's pass, from the applied state; what they emit is applied on the
/// next frame.
#[derive(SystemSet, Debug, Clone, Copy, Eq, PartialEq, Hash, PartialOrd, Ord)]
pub enum AppSystems {
    TickTimers,
    RecordInput,
    Apply,
    Update,
}

/// Wires every feature plugin.
pub struct AppPlugin;

impl Plugin for AppPlugin {
    fn build(&self, app: &mut App) {
        app.configure_sets(
            Update,
            (AppSystems::TickTimers, AppSystems::RecordInput, AppSystems::Apply, AppSystems::Update).chain(),
        );
        app.add_systems(Startup, spawn_camera);
        app.add_plugins((
            theme::plugin,
            session::plugin,
            overlay::plugin,
            input::plugin,
            intent::plugin,
            screens::plugin,
            board::plugin,
            help::plugin,
            debrief::plugin,
            screenshot::plugin,
            workshop::plugin,
            saves::plugin,
            projector::plugin,
            teaching::plugin,
            hot_reload::plugin,
        ))
        .add_plugins((
            redraw::plugin,
            window::plugin,
            lang::plugin,
            net_seat::plugin,
            net_console::plugin,
        ));
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}
