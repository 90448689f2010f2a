//! Mode choice: play one nation alone (the partner nation is played by the
//! partner AI) or run a workshop with every nation at the table; and the
//! difficulty level.

use super::{Screen, root_ui};
use crate::app::input::{Command, Keys};
use crate::app::lang::Languages;
use crate::app::session::{Catalog, Game, LaunchOptions, Mode, fresh_seed};
use crate::app::theme;
use crate::i18n::Lang;
use crate::scenario::Text;
use crate::sim::Difficulty;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ModeChoice>()
        .add_systems(EguiPrimaryContextPass, draw_mode.run_if(in_state(Screen::Mode)));
}

#[derive(Resource)]
struct ModeChoice {
    mode: Mode,
    seed: Option<u64>,
    difficulty: Difficulty,
}

/// What a difficulty level changes, in one line.
pub fn difficulty_line(d: Difficulty, l: Lang) -> String {
    match d {
        Difficulty::Exercise => tr!(l, "app-difficulty-exercise.line"),
        Difficulty::Standard => tr!(l, "app-difficulty-standard.line"),
        Difficulty::Crisis => tr!(l, "app-difficulty-crisis.line"),
    }
}

/// The name of a difficulty level.
pub fn difficulty_name(d: Difficulty, l: Lang) -> String {
    match d {
        Difficulty::Exercise => tr!(l, "app-difficulty-exercise"),
        Difficulty::Standard => tr!(l, "app-difficulty-standard"),
        Difficulty::Crisis => tr!(l, "app-difficulty-crisis"),
    }
}

impl Default for ModeChoice {
    fn default() -> Self {
        ModeChoice { mode: Mode::Workshop, seed: None, difficulty: Difficulty::default() }
    }
}

fn draw_mode(
    mut contexts: EguiContexts,
    keys: Res<Keys>,
    catalog: Res<Catalog>,
    launch: Res<LaunchOptions>,
    mut choice: ResMut<ModeChoice>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    langs: Res<Languages>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l = langs.ui;
    let Some(scenario) = catalog.chosen.clone() else {
        next.set(Screen::Picker);
        return Ok(());
    };
    if keys.pressed(Command::Back) {
        next.set(Screen::Picker);
    }
    let seed = *choice.seed.get_or_insert_with(|| launch.0.seed.unwrap_or_else(fresh_seed));
    let mut go = keys.pressed(Command::Continue);
    let mut root = root_ui(ctx, "mode");
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(40.0)).show(
        &mut root,
        |ui| {
            if ui.button(tr!(l, "app-back")).clicked() {
                next.set(Screen::Picker);
            }
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.add_space(4.0);
                    ui.label(theme::big(scenario.text(l, Text::Title), 34.0));
                    ui.label(
                        egui::RichText::new(scenario.text(l, Text::Summary)).size(17.0).color(theme::MUTED),
                    );
                    ui.add_space(16.0);
                    ui.label(theme::big(tr!(l, "app-mode-who"), 24.0));
                    ui.add_space(10.0);
                    let mut option = |ui: &mut egui::Ui, mode: Mode, title: String, text: &str| {
                        let selected = choice.mode == mode;
                        let fill = if selected { theme::CARD_SELECTED } else { theme::CARD };
                        let stroke =
                            if selected { egui::Stroke::new(3.0, theme::ACCENT) } else { egui::Stroke::NONE };
                        let r = egui::Frame::new()
                            .fill(fill)
                            .stroke(stroke)
                            .corner_radius(8.0)
                            .inner_margin(14.0)
                            .show(ui, |ui| {
                                ui.set_width(560.0);
                                ui.label(theme::big(
                                    format!("{} {title}", if selected { "●" } else { "○" }),
                                    20.0,
                                ));
                                ui.label(egui::RichText::new(text).size(15.0).color(theme::MUTED));
                            });
                        if r.response.interact(egui::Sense::click()).clicked() {
                            choice.mode = mode;
                        }
                        ui.add_space(8.0);
                    };
                    option(
                        ui,
                        Mode::Workshop,
                        tr!(l, "app-mode-workshop"),
                        &tr!(l, "app-mode-workshop.text"),
                    );
                    for n in 0..scenario.nations() {
                        let partners: Vec<&str> = (0..scenario.nations())
                            .filter(|&k| k != n)
                            .map(|k| scenario.text(l, Text::NationShort(k)))
                            .collect();
                        option(
                            ui,
                            Mode::Solo(n),
                            tr!(l, "app-mode-solo", nation = scenario.text(l, Text::Nation(n))),
                            &tr!(
                                l,
                                "app-mode-solo.text",
                                nation = scenario.text(l, Text::NationShort(n)),
                                partners = partners.join(", ")
                            ),
                        );
                    }
                    ui.add_space(12.0);
                    ui.label(theme::big(tr!(l, "app-mode-difficulty"), 24.0));
                    ui.add_space(6.0);
                    ui.horizontal(|ui| {
                        ui.add_space((ui.available_width() - 3.0 * 318.0).max(0.0) / 2.0);
                        for d in Difficulty::ALL {
                            let selected = choice.difficulty == d;
                            let fill = if selected { theme::CARD_SELECTED } else { theme::CARD };
                            let stroke = if selected {
                                egui::Stroke::new(3.0, theme::ACCENT)
                            } else {
                                egui::Stroke::NONE
                            };
                            let r = egui::Frame::new()
                                .fill(fill)
                                .stroke(stroke)
                                .corner_radius(8.0)
                                .inner_margin(10.0)
                                .show(ui, |ui| {
                                    ui.set_width(290.0);
                                    ui.set_min_height(56.0);
                                    ui.vertical(|ui| {
                                        ui.label(theme::big(
                                            format!(
                                                "{} {}",
                                                if selected { "●" } else { "○" },
                                                difficulty_name(d, l)
                                            ),
                                            18.0,
                                        ));
                                        ui.add(
                                            egui::Label::new(
                                                egui::RichText::new(difficulty_line(d, l))
                                                    .size(14.0)
                                                    .color(theme::MUTED),
                                            )
                                            .wrap(),
                                        );
                                    });
                                });
                            if r.response.interact(egui::Sense::click()).clicked() {
                                choice.difficulty = d;
                            }
                        }
                    });
                    ui.add_space(16.0);
                    ui.horizontal(|ui| {
                        ui.add_space((ui.available_width() - 420.0).max(0.0) / 2.0);
                        ui.label(egui::RichText::new(tr!(l, "app-mode-seed")).size(17.0));
                        let mut s = seed;
                        ui.add(egui::DragValue::new(&mut s).range(0..=u64::MAX / 2));
                        choice.seed = Some(s);
                        if ui.button(tr!(l, "app-mode-new-seed")).clicked() {
                            choice.seed = Some(fresh_seed());
                        }
                        ui.label(egui::RichText::new(tr!(l, "app-mode-seed.hint")).color(theme::MUTED));
                    });
                    ui.add_space(14.0);
                    if ui
                        .add_sized(
                            [320.0, 52.0],
                            egui::Button::new(theme::big(tr!(l, "app-mode-begin"), 22.0))
                                .fill(theme::ACCENT.gamma_multiply(0.6)),
                        )
                        .clicked()
                    {
                        go = true;
                    }
                })
            });
        },
    );
    if go {
        commands.insert_resource(Game::with_difficulty(
            scenario,
            choice.seed.unwrap_or(seed),
            choice.mode,
            choice.difficulty,
        ));
        next.set(Screen::Board);
    }
    Ok(())
}
