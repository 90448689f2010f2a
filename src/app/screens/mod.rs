//! The screens of the app as states, and the screens before the board
//! (title, scenario picker, mode choice).

mod host;
mod join;
mod mode;
mod picker;
mod title;

pub use mode::{difficulty_line, difficulty_name};

use bevy::prelude::*;
use bevy_egui::egui;

/// Where the app is.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Picker,
    Mode,
    Board,
    Debrief,
    /// "Host a workshop" and "Join a workshop" (`host.rs`, `join.rs`).
    HostSetup,
    JoinSetup,
    /// A networked window that is not at a team's board (`net_console.rs`).
    Net,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((title::plugin, picker::plugin, mode::plugin, host::plugin, join::plugin));
}

/// A Ui covering the whole window, for panels to be laid out in.
pub fn root_ui(ctx: &egui::Context, id: &str) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        egui::Id::new(id),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    )
}
