//! The help overlay (F1 or ?): what the board shows and the keyboard shortcuts.

use super::screens::Screen;
use super::theme;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Whether the help overlay is open.
#[derive(Resource, Default)]
pub struct HelpOpen(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HelpOpen>().add_systems(
        EguiPrimaryContextPass,
        draw_help.run_if(in_state(Screen::Board).or_else(in_state(Screen::Debrief))),
    );
}

const SHORTCUTS: &[(&str, &str)] = &[
    ("Space / Enter", "End the turn (or close the turn summary)"),
    ("H", "Call the White House–Blue House hotline"),
    ("L", "Show or hide the log"),
    (
        "F2 / M",
        "Facilitator console: pause, advance the turn, countdown, injects, adjudication, notes (workshop)",
    ),
    ("F4", "Projector view in a second window, to drag onto the projector (workshop)"),
    ("F3", "Projector view: the current inject, questions, clock and service — nothing private (workshop)"),
    ("1 … 5", "Pick an option on an inject card"),
    ("F5", "Reload the scenario file and replay the decisions so far (authors)"),
    ("G", "Glossary: every term and action in plain words"),
    ("R / K", "Scenario file changed: restart with it (same seed and difficulty) / keep playing"),
    ("F1 / ?", "This help"),
    ("Esc", "Close an overlay · back"),
    ("Ctrl + / Ctrl − / Ctrl 0", "Interface larger / smaller / default"),
];

fn draw_help(mut contexts: EguiContexts, mut open: ResMut<HelpOpen>) -> Result {
    let ctx = contexts.ctx_mut()?;
    let toggle = !ctx.egui_wants_keyboard_input()
        && ctx.input(|i| {
            i.key_pressed(egui::Key::F1)
                || i.events.iter().any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
        });
    if toggle {
        open.0 = !open.0;
    }
    if !open.0 {
        return Ok(());
    }
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
            for (k, what) in SHORTCUTS {
                ui.label(RichText::new(*k).monospace().strong().size(16.0));
                ui.label(RichText::new(*what).size(16.0));
                ui.end_row();
            }
        });
        ui.add_space(8.0);
        if ui.button("Close (Esc)").clicked() {
            close = true;
        }
    });
    if close {
        open.0 = false;
    }
    Ok(())
}
