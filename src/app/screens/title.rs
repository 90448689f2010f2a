//! Title screen: what Hotline is, and the way in.

use super::{Screen, root_ui};
use crate::app::input::{Command, Keys};
use crate::app::theme;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw_title.run_if(in_state(Screen::Title)));
}

fn draw_title(
    mut contexts: EguiContexts,
    keys: Res<Keys>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
    mut resume: Local<crate::app::saves::Resume>,
    mut commands: Commands,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "title");
    let mut go = keys.pressed(Command::Continue);
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG)).show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.18);
            ui.label(egui::RichText::new("☎").size(72.0).color(theme::HOTLINE_RED));
            ui.label(theme::big("HOTLINE", 64.0).color(theme::TEXT));
            ui.add_space(8.0);
            ui.label(egui::RichText::new("A tabletop exercise in allied cyber-incident response").size(24.0).color(theme::MUTED));
            ui.label(
                egui::RichText::new("United States · Republic of Korea — information sharing, joint investigation, mil-to-mil cooperation and the White House–Blue House channel")
                    .size(16.0)
                    .color(theme::MUTED),
            );
            ui.add_space(48.0);
            let start = ui.add_sized([280.0, 52.0], egui::Button::new(theme::big("Start exercise  ↵", 22.0)).fill(theme::ACCENT.gamma_multiply(0.6)));
            go |= start.clicked();
            ui.add_space(12.0);
            if let Some(game) = crate::app::saves::resume_ui(ui, &mut resume) {
                commands.insert_resource(game);
                next.set(Screen::Board);
            }
            ui.add_space(12.0);
            if ui.add_sized([280.0, 40.0], egui::Button::new(egui::RichText::new("Quit").size(18.0))).clicked() {
                exit.write(AppExit::Success);
            }
            ui.add_space(40.0);
            ui.label(egui::RichText::new("F1 or ? help anywhere on the board · Ctrl +/− scale the interface").size(14.0).color(theme::MUTED));
        });
    });
    if go {
        next.set(Screen::Picker);
    }
    Ok(())
}
