//! The help overlay (F1 or ?): what the board shows and the keyboard
//! shortcuts, listed from the key map ([`super::input::KEYMAP`]).

use super::input::help_lines;
use super::intent::Intent;
use super::lang::Languages;
use super::overlay::Overlay;
use super::screens::Screen;
use super::theme;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_help.run_if(in_state(Screen::Board).or_else(in_state(Screen::Debrief))),
    );
}

fn draw_help(
    mut contexts: EguiContexts,
    overlay: Res<Overlay>,
    mut intents: MessageWriter<Intent>,
    langs: Res<Languages>,
    game: Option<Res<super::session::Game>>,
) -> Result {
    let l = game.map_or(langs.ui, |g| langs.desk(&g));
    if *overlay != Overlay::Help {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut close = false;
    egui::Modal::new("help".into()).show(ctx, |ui| {
        ui.set_width(720.0);
        ui.label(theme::big(tr!(l, "app-help-title"), 26.0));
        ui.label(RichText::new(tr!(l, "app-help-turn")).size(16.0));
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(l, "app-help-board")).size(16.0).color(theme::MUTED));
        ui.add_space(8.0);
        egui::Grid::new("keys").num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
            // The key map itself: the help cannot drift from the keys.
            for (k, what) in help_lines(l) {
                ui.label(RichText::new(k).monospace().strong().size(16.0));
                ui.label(RichText::new(what).size(16.0));
                ui.end_row();
            }
        });
        ui.add_space(8.0);
        if ui.button(tr!(l, "app-close-esc")).clicked() {
            close = true;
        }
    });
    if close {
        intents.write(Intent::Toggle(Overlay::Help));
    }
    Ok(())
}
