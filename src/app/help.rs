//! The help overlay (F1 or ?): what the board shows and the keyboard
//! shortcuts, listed from the key map ([`super::input::KEYMAP`]).

use super::input::help_lines;
use super::intent::Intent;
use super::overlay::Overlay;
use super::screens::Screen;
use super::theme;
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
) -> Result {
    if *overlay != Overlay::Help {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut close = false;
    egui::Modal::new("help".into()).show(ctx, |ui| {
        ui.set_width(720.0);
        ui.label(theme::big("How to play", 26.0));
        ui.label(RichText::new(
            "Each turn: read the inject cards, select an incident or asset on the board, choose an action, an agency and a target in the right panel, and commit. \
             Each agency has a few action points per turn. Then end the turn: the attackers move, detection rolls, and the summary shows what changed.",
        ).size(16.0));
        ui.add_space(6.0);
        ui.label(RichText::new(
            "Reading the board: service is a number, a word (normal / degraded / critical / down) and a bar. Incidents show their stage and status \
             (⚠ detected, 🔍 investigating, 🎯 attributed, ⛔ contained, ✔ resolved). Lines join an asset to the assets that depend on it; a dot marks the dependent end. \
             Escalation is ▲ 1 (calm) to ▲ 5 (crisis). Incidents nobody at the table has detected stay hidden.",
        ).size(16.0).color(theme::MUTED));
        ui.add_space(8.0);
        egui::Grid::new("keys").num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
            // The key map itself: the help cannot drift from the keys.
            for (k, what) in help_lines() {
                ui.label(RichText::new(k).monospace().strong().size(16.0));
                ui.label(RichText::new(what).size(16.0));
                ui.end_row();
            }
        });
        ui.add_space(8.0);
        if ui.button("Close (Esc)").clicked() {
            close = true;
        }
    });
    if close {
        intents.write(Intent::Toggle(Overlay::Help));
    }
    Ok(())
}
