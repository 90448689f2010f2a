//! Title screen: what Hotline is, and the way in.

use super::{Screen, root_ui};
use crate::app::input::{Command, Keys};
use crate::app::lang::Languages;
use crate::app::theme;
use crate::i18n::Lang;
use crate::tr;
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
    mut langs: ResMut<Languages>,
    mut user: ResMut<crate::app::window::UserSettings>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l = langs.ui;
    let mut root = root_ui(ctx, "title");
    let mut go = keys.pressed(Command::Continue);
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG)).show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.18);
            ui.label(egui::RichText::new("☎").size(72.0).color(theme::HOTLINE_RED));
            ui.label(theme::big("HOTLINE", 64.0).color(theme::TEXT));
            ui.add_space(8.0);
            ui.label(egui::RichText::new(tr!(l, "app-title-tagline")).size(24.0).color(theme::MUTED));
            ui.label(egui::RichText::new(tr!(l, "app-title-about")).size(16.0).color(theme::MUTED));
            ui.add_space(48.0);
            let start = ui.add_sized(
                [280.0, 52.0],
                egui::Button::new(theme::big(tr!(l, "app-title-start"), 22.0))
                    .fill(theme::ACCENT.gamma_multiply(0.6)),
            );
            go |= start.clicked();
            ui.add_space(12.0);
            if let Some(to) = network_buttons(ui, l) {
                next.set(to);
            }
            ui.add_space(12.0);
            if let Some(game) = crate::app::saves::resume_ui(ui, &mut resume, l) {
                commands.insert_resource(game);
                next.set(Screen::Board);
            }
            ui.add_space(12.0);
            if ui
                .add_sized(
                    [280.0, 40.0],
                    egui::Button::new(egui::RichText::new(tr!(l, "app-title-quit")).size(18.0)),
                )
                .clicked()
            {
                exit.write(AppExit::Success);
            }
            ui.add_space(28.0);
            if let Some(lang) = language_choice(ui, &langs) {
                langs.set_ui(lang);
                // Remembered for the next run (written by the window plugin).
                user.settings.language = lang.code().to_string();
            }
            ui.add_space(12.0);
            ui.label(egui::RichText::new(tr!(l, "app-title-keys")).size(14.0).color(theme::MUTED));
        });
    });
    if go {
        next.set(Screen::Picker);
    }
    Ok(())
}

/// One button per language, each named in its own script; the choice is the
/// app's language from now on and is remembered in `settings.ron`.
fn language_choice(ui: &mut egui::Ui, langs: &Languages) -> Option<Lang> {
    let l = langs.ui;
    let mut chosen = None;
    let width = 140.0 * Lang::ALL.len() as f32 + 120.0;
    ui.allocate_ui(egui::vec2(width, 40.0), |ui| {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(tr!(l, "app-title-language")).size(16.0).color(theme::MUTED))
                .on_hover_text(tr!(l, "app-title-language.hover"));
            for lang in Lang::ALL {
                let name = egui::RichText::new(tr!(lang, "lang-name")).size(18.0);
                if ui.add_sized([130.0, 36.0], egui::Button::selectable(lang == l, name)).clicked()
                    && lang != l
                {
                    chosen = Some(lang);
                }
            }
        });
    });
    chosen
}

/// "Host a workshop" and "Join a workshop": each team at its own machine.
fn network_buttons(ui: &mut egui::Ui, l: Lang) -> Option<Screen> {
    let mut to = None;
    ui.allocate_ui(egui::vec2(580.0, 44.0), |ui| {
        ui.horizontal(|ui| {
            let buttons = [
                (tr!(l, "app-title-host"), Screen::HostSetup),
                (tr!(l, "app-title-join"), Screen::JoinSetup),
            ];
            for (label, screen) in buttons {
                let text = egui::RichText::new(label).size(18.0);
                if ui.add_sized([280.0, 40.0], egui::Button::new(text)).clicked() {
                    to = Some(screen);
                }
            }
        });
    });
    to
}
