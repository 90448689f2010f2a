//! Scenario picker: every `*.ron` of the scenario folders (see
//! [`crate::scenario::sources`]) with where it comes from, its title, summary,
//! nations, turns and difficulty; a file that fails to load shows its
//! diagnostics (file:line:col) and the app keeps running.

use super::{Screen, root_ui};
use crate::app::input::{Command, Keys};
use crate::app::lang::Languages;
use crate::app::session::{Catalog, LaunchOptions, folders_text};
use crate::app::theme;
use crate::i18n::Lang;
use crate::scenario::{Rating, Text};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, first_scan)
        .add_systems(OnEnter(Screen::Picker), rescan)
        .add_systems(EguiPrimaryContextPass, draw_picker.run_if(in_state(Screen::Picker)));
}

/// Scans once at start; a scenario named on the command line goes straight to the mode choice.
fn first_scan(mut catalog: ResMut<Catalog>, launch: Res<LaunchOptions>, mut next: ResMut<NextState<Screen>>) {
    catalog.scan(launch.0.scenario.as_ref());
    if launch.0.screenshot.is_some() {
        return;
    }
    if let Some(path) = &launch.0.scenario {
        // `./scenarios/x.ron` or an absolute path is the listed `scenarios/x.ron`.
        match catalog.find(path).map(|e| e.loaded.clone()) {
            Some(Ok(s)) => {
                catalog.chosen = Some(s);
                next.set(Screen::Mode);
            }
            _ => next.set(Screen::Picker),
        }
    }
}

fn rescan(mut catalog: ResMut<Catalog>, launch: Res<LaunchOptions>) {
    catalog.scan(launch.0.scenario.as_ref());
}

fn rating(r: Rating, l: Lang) -> String {
    match r {
        Rating::Introductory => tr!(l, "app-rating-introductory"),
        Rating::Intermediate => tr!(l, "app-rating-intermediate"),
        Rating::Advanced => tr!(l, "app-rating-advanced"),
    }
}

fn draw_picker(
    mut contexts: EguiContexts,
    keys: Res<Keys>,
    mut catalog: ResMut<Catalog>,
    launch: Res<LaunchOptions>,
    mut next: ResMut<NextState<Screen>>,
    langs: Res<Languages>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l = langs.ui;
    if keys.pressed(Command::Back) {
        next.set(Screen::Title);
    }
    let mut root = root_ui(ctx, "picker");
    let mut go = keys.pressed(Command::Continue);
    let mut rescan = false;
    egui::Panel::top("picker_top").frame(egui::Frame::new().fill(theme::PANEL).inner_margin(16.0)).show(
        &mut root,
        |ui| {
            ui.horizontal(|ui| {
                if ui.button(tr!(l, "app-back")).clicked() {
                    next.set(Screen::Title);
                }
                ui.add_space(16.0);
                ui.label(theme::big(tr!(l, "app-picker-title"), 28.0));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button(tr!(l, "app-picker-rescan"))
                        .on_hover_text(tr!(
                            l,
                            "app-picker-rescan.hover",
                            dir = folders_text(launch.0.scenario.as_ref())
                        ))
                        .clicked()
                    {
                        rescan = true;
                    }
                });
            });
        },
    );
    let selected_ok = catalog.selected.and_then(|i| catalog.entries.get(i)).is_some_and(|e| e.loaded.is_ok());
    egui::Panel::bottom("picker_bottom")
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(16.0))
        .show(&mut root, |ui| {
            ui.horizontal(|ui| {
                let label = if selected_ok {
                    tr!(l, "app-picker-continue")
                } else {
                    tr!(l, "app-picker-pick-loading")
                };
                if ui
                    .add_enabled(
                        selected_ok,
                        egui::Button::new(theme::big(label, 20.0)).min_size(egui::vec2(320.0, 44.0)),
                    )
                    .clicked()
                {
                    go = true;
                }
            });
        });
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(20.0)).show(
        &mut root,
        |ui| {
            if catalog.entries.is_empty() {
                ui.label(
                    theme::big(
                        tr!(l, "app-picker-none", dir = folders_text(launch.0.scenario.as_ref())),
                        22.0,
                    )
                    .color(theme::WARN),
                );
                ui.label(tr!(
                    l,
                    "app-picker-none.hint",
                    dir = crate::places::user_scenario_dir().display().to_string()
                ));
                return;
            }
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                let mut clicked = None;
                for (i, e) in catalog.entries.iter().enumerate() {
                    let selected = catalog.selected == Some(i);
                    let fill = if selected { theme::CARD_SELECTED } else { theme::CARD };
                    let stroke =
                        if selected { egui::Stroke::new(2.0, theme::ACCENT) } else { egui::Stroke::NONE };
                    let resp = egui::Frame::new()
                        .fill(fill)
                        .stroke(stroke)
                        .corner_radius(8.0)
                        .inner_margin(14.0)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            match &e.loaded {
                                Ok(s) => {
                                    let d = &s.def;
                                    ui.horizontal(|ui| {
                                        ui.label(theme::big(s.text(l, Text::Title), 22.0));
                                        ui.label(
                                            egui::RichText::new(format!(
                                                "  {} · {}",
                                                e.origin.label(),
                                                e.path.display()
                                            ))
                                            .color(theme::MUTED)
                                            .size(13.0),
                                        );
                                    });
                                    ui.label(egui::RichText::new(s.text(l, Text::Summary)).size(16.0));
                                    let nations: Vec<&str> =
                                        (0..d.nations.len()).map(|n| s.text(l, Text::Nation(n))).collect();
                                    ui.label(
                                        egui::RichText::new(tr!(
                                            l,
                                            "app-picker-facts",
                                            nations = nations.join(" + "),
                                            turns = d.turns,
                                            hours = d.hours_per_turn,
                                            rating = rating(d.difficulty, l),
                                            incidents = d.incidents.len(),
                                            injects = d.injects.len()
                                        ))
                                        .color(theme::SKY)
                                        .size(15.0),
                                    );
                                    if !s.warnings.is_empty() {
                                        ui.label(
                                            egui::RichText::new(tr!(
                                                l,
                                                "app-picker-warnings",
                                                count = s.warnings.len()
                                            ))
                                            .color(theme::WARN),
                                        )
                                        .on_hover_text(
                                            s.warnings
                                                .iter()
                                                .map(|w| w.to_string())
                                                .collect::<Vec<_>>()
                                                .join("\n"),
                                        );
                                    }
                                }
                                Err(diags) => {
                                    ui.label(
                                        theme::big(
                                            tr!(l, "app-picker-broken", file = e.path.display().to_string()),
                                            20.0,
                                        )
                                        .color(theme::BAD),
                                    );
                                    for d in &diags.0 {
                                        ui.label(
                                            egui::RichText::new(format!(
                                                "{}:{}:{}: {}",
                                                d.file, d.line, d.col, d.message
                                            ))
                                            .monospace()
                                            .color(theme::WARN),
                                        );
                                        if !d.hint.is_empty() {
                                            ui.label(
                                                egui::RichText::new(tr!(
                                                    l,
                                                    "app-picker-hint",
                                                    hint = d.hint.as_str()
                                                ))
                                                .color(theme::MUTED),
                                            );
                                        }
                                    }
                                }
                            }
                        });
                    let resp = resp.response.interact(egui::Sense::click());
                    if resp.clicked() {
                        clicked = Some(i);
                    }
                    if resp.double_clicked() && e.loaded.is_ok() {
                        go = true;
                    }
                    ui.add_space(8.0);
                }
                if let Some(i) = clicked {
                    catalog.selected = Some(i);
                }
            });
        },
    );
    if rescan {
        catalog.scan(launch.0.scenario.as_ref());
    }
    if go && let Some(Ok(s)) = catalog.selected.and_then(|i| catalog.entries.get(i)).map(|e| e.loaded.clone())
    {
        catalog.chosen = Some(s);
        next.set(Screen::Mode);
    }
    Ok(())
}
