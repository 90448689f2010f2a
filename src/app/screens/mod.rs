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

/// The page of the "Host a workshop" and "Join a workshop" forms: a title, a
/// line about it, the form's fields (`fields`), the last error, and the go and
/// Back buttons. Back returns to the title screen; the result says whether go
/// was pressed.
pub(super) fn setup_form(
    root: &mut egui::Ui,
    l: crate::i18n::Lang,
    (title, about, go): (String, String, String),
    error: Option<&str>,
    next: &mut NextState<Screen>,
    fields: impl FnOnce(&mut egui::Ui),
) -> bool {
    use crate::app::theme;
    let mut pressed = false;
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(40.0)).show(
        root,
        |ui| {
            ui.label(theme::big(title, 32.0).color(theme::TEXT));
            ui.label(egui::RichText::new(about).size(16.0).color(theme::MUTED));
            ui.add_space(16.0);
            fields(ui);
            ui.add_space(20.0);
            if let Some(e) = error {
                ui.label(egui::RichText::new(e).color(theme::BAD));
            }
            ui.horizontal(|ui| {
                pressed = ui
                    .add_sized(
                        [240.0, 44.0],
                        egui::Button::new(theme::big(go, 20.0)).fill(theme::ACCENT.gamma_multiply(0.6)),
                    )
                    .clicked();
                if ui.add_sized([160.0, 44.0], egui::Button::new(crate::tr!(l, "app-net-back"))).clicked() {
                    next.set(Screen::Title);
                }
            });
        },
    );
    pressed
}
