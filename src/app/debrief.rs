//! The debrief: outcome, score components, objectives met and missed, charts
//! of service per sector and escalation over the turns, key decisions and the
//! full log (secret entries included), then play again.

use super::board::log as log_panel;
use super::screens::{Screen, root_ui};
use super::session::{Game, fresh_seed};
use super::theme;
use crate::narrate::labels;
use crate::scenario::{Sector, Text};
use crate::sim::{LogEntry, LogKind, Outcome, Score};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use egui_plot::{Line, Plot};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_debrief.run_if(in_state(Screen::Debrief).and_then(resource_exists::<Game>)),
    );
}

/// The key decisions of the game on screen, and which game they are for.
struct KeyCache {
    stamp: (u64, usize, String, crate::i18n::Lang),
    lines: Vec<(f64, String, String)>,
    /// A solo game's: what the planner would have done at the learner's key
    /// decisions ([`crate::hindsight`]), as (line, details); None without a learner.
    planner: Option<Vec<(String, Vec<String>)>>,
}

fn draw_debrief(
    mut contexts: EguiContexts,
    mut game: ResMut<Game>,
    mut next: ResMut<NextState<Screen>>,
    mut export: Local<Option<(bool, String)>>,
    mut key: Local<Option<KeyCache>>,
    mut user: ResMut<super::window::UserSettings>,
    mut folder: Local<Option<String>>,
    langs: Res<super::lang::Languages>,
) -> Result {
    let l = langs.ui;
    let ctx = contexts.ctx_mut()?;
    // Key decisions by counterfactual replay: computed once per finished game.
    let stamp = (game.ex().seed(), game.ex().decisions().len(), game.ex().scenario().path.clone(), l);
    if key.as_ref().is_none_or(|k| k.stamp != stamp) {
        let lines = crate::teach::key_decisions(game.ex(), 5)
            .iter()
            .filter(|k| k.score_delta.abs() >= 0.05)
            .map(|k| {
                let tag = super::teaching::whose(l, game.ex(), game.mode, k);
                (k.score_delta, super::teaching::key_decision_line(l, game.ex(), k), tag)
            })
            .collect();
        // The same look-back the reports take (seeded: the same game, the same lines).
        let planner = match game.mode {
            super::session::Mode::Solo(me) => {
                let found = crate::hindsight::hindsight(game.ex(), me, &Default::default());
                let s = game.ex().scenario();
                Some(found.iter().map(|h| (h.line(l), h.details(l, s))).collect())
            }
            super::session::Mode::Workshop => None,
        };
        *key = Some(KeyCache { stamp, lines, planner });
    }
    let key_lines = key.as_ref().map(|k| k.lines.clone()).unwrap_or_default();
    let planner_lines = key.as_ref().and_then(|k| k.planner.clone());
    let mut again: Option<u64> = None;
    let ex = game.ex();
    let s = ex.scenario().clone();
    let score = Score::of(ex);
    let mut root = root_ui(ctx, "debrief");
    egui::Panel::top("debrief_top").frame(egui::Frame::new().fill(theme::PANEL).inner_margin(14.0)).show(
        &mut root,
        |ui| {
            ui.horizontal(|ui| {
                let outcome = ex.state().outcome;
                let word = labels::outcome(l, outcome);
                let (colour, icon) = match outcome {
                    Some(Outcome::Success) => (theme::GOOD, "✔"),
                    Some(Outcome::Partial) => (theme::WARN, "◐"),
                    Some(Outcome::Defeat) => (theme::BAD, "✖"),
                    None => (theme::MUTED, "…"),
                };
                ui.vertical(|ui| {
                    ui.label(theme::big(format!("{icon} {word}"), 36.0).color(colour));
                    ui.label(
                        RichText::new(tr!(
                            l,
                            "app-debrief-meta",
                            title = s.text(l, Text::Title),
                            seed = ex.seed(),
                            turn = ex.state().turn.min(s.def.turns),
                            turns = s.def.turns
                        ))
                        .color(theme::MUTED),
                    );
                });
                ui.add_space(24.0);
                ui.vertical(|ui| {
                    ui.label(theme::big(
                        tr!(l, "app-debrief-score", score = crate::i18n::Arg::num(score.total, 1)),
                        30.0,
                    ));
                    ui.label(
                        RichText::new(tr!(
                            l,
                            "app-debrief-win",
                            win = crate::i18n::Arg::num(s.def.win_score, 0)
                        ))
                        .color(theme::MUTED),
                    );
                });
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .add(
                            egui::Button::new(theme::big(tr!(l, "app-debrief-title-screen"), 16.0))
                                .min_size(egui::vec2(120.0, 40.0)),
                        )
                        .clicked()
                    {
                        next.set(Screen::Title);
                    }
                    if ui
                        .add(
                            egui::Button::new(theme::big(tr!(l, "app-debrief-again-new"), 16.0))
                                .min_size(egui::vec2(200.0, 40.0)),
                        )
                        .clicked()
                    {
                        again = Some(fresh_seed());
                    }
                    if ui
                        .add(
                            egui::Button::new(theme::big(tr!(l, "app-debrief-again-same"), 16.0))
                                .min_size(egui::vec2(200.0, 40.0))
                                .fill(theme::ACCENT.gamma_multiply(0.55)),
                        )
                        .clicked()
                    {
                        again = Some(ex.seed());
                    }
                    ui.add_space(12.0);
                    if ui
                        .add(
                            egui::Button::new(theme::big(tr!(l, "app-debrief-export"), 16.0))
                                .min_size(egui::vec2(240.0, 40.0))
                                .fill(theme::GOOD.gamma_multiply(0.5)),
                        )
                        .on_hover_text(tr!(l, "app-debrief-export.hover"))
                        .clicked()
                    {
                        *export = Some(super::saves::export_aar(ex, user.settings.reports_dir.as_deref(), l));
                    }
                });
            });
            // The reports folder, remembered in the settings (empty: the default),
            // on a row of its own so a whole path shows beside the export button's row.
            ui.horizontal(|ui| {
                let text = folder.get_or_insert_with(|| {
                    user.settings.reports_dir.as_ref().map(|p| p.display().to_string()).unwrap_or_default()
                });
                ui.label(tr!(l, "app-debrief-into"));
                let hint = crate::places::default_reports_dir().display().to_string();
                if ui
                    .add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(560.0))
                    .on_hover_text(tr!(l, "app-debrief-into.hover"))
                    .changed()
                {
                    let t = text.trim();
                    user.settings.reports_dir = (!t.is_empty()).then(|| std::path::PathBuf::from(t));
                }
            });
            if let Some((ok, text)) = &*export {
                let colour = if *ok { theme::GOOD } else { theme::BAD };
                ui.label(RichText::new(text).size(16.0).color(colour));
            }
        },
    );
    egui::Panel::left("debrief_left")
        .exact_size(520.0)
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(12.0))
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().id_salt("debrief_left_scroll").show(ui, |ui| {
                ui.label(theme::big(tr!(l, "app-debrief-key"), 20.0));
                ui.label(RichText::new(tr!(l, "app-debrief-key.help")).size(13.0).color(theme::MUTED));
                if key_lines.is_empty() {
                    ui.label(RichText::new(tr!(l, "app-debrief-key.none")).color(theme::MUTED));
                }
                for (delta, line, tag) in &key_lines {
                    let colour = if *delta > 0.05 {
                        theme::GOOD
                    } else if *delta < -0.05 {
                        theme::BAD
                    } else {
                        theme::MUTED
                    };
                    ui.horizontal_wrapped(|ui| {
                        if !tag.is_empty() {
                            ui.label(RichText::new(tag).size(12.0).strong().color(theme::MUTED));
                        }
                        ui.label(RichText::new(line).size(15.0).strong().color(colour));
                    });
                }
                if let Some(lines) = &planner_lines {
                    planner_box(ui, l, lines);
                }
                ui.add_space(10.0);
                ui.label(theme::big(tr!(l, "app-debrief-score-title"), 20.0));
                egui::Grid::new("score").num_columns(2).spacing([20.0, 4.0]).show(ui, |ui| {
                    // The reports' rows: the debrief and the AAR say the same.
                    for (k, v) in crate::report::debrief::score_rows(l, ex, &score) {
                        ui.label(k);
                        ui.label(RichText::new(v).strong());
                        ui.end_row();
                    }
                });
                ui.add_space(10.0);
                ui.label(theme::big(
                    tr!(
                        l,
                        "app-debrief-objectives",
                        met = score.objectives_met,
                        total = score.objectives_total
                    ),
                    20.0,
                ));
                for (o, met) in Score::objectives(ex).into_iter().enumerate() {
                    let (word, colour) = if met {
                        (tr!(l, "app-debrief-met"), theme::GOOD)
                    } else {
                        (tr!(l, "app-debrief-missed"), theme::BAD)
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(word).strong().color(colour));
                        ui.label(s.text(l, Text::Objective(o)));
                    });
                }
                ui.add_space(10.0);
                ui.add_space(10.0);
                ui.label(theme::big(tr!(l, "app-debrief-every"), 18.0));
                let key: Vec<&LogEntry> = ex
                    .log()
                    .iter()
                    .filter(|e| {
                        matches!(e.kind(), LogKind::Decision | LogKind::Diplomacy)
                            && !matches!(
                                e.event,
                                crate::sim::Event::Rationale { .. } | crate::sim::Event::Motive(_)
                            )
                    })
                    .collect();
                if key.is_empty() {
                    ui.label(RichText::new(tr!(l, "app-debrief-every.none")).color(theme::MUTED));
                }
                for e in key {
                    let line = log_panel::entry_line(&s, e, l);
                    ui.label(RichText::new(line).size(14.0));
                }
            });
        });
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(12.0)).show(
        &mut root,
        |ui| {
            let h = (ui.available_height() - 90.0) / 3.0;
            ui.horizontal_wrapped(|ui| {
                ui.label(theme::big(tr!(l, "app-debrief-service"), 18.0));
                ui.add_space(12.0);
                for (k, sector) in Sector::ALL.iter().enumerate() {
                    if ex.history().iter().any(|r| r.sector_service.get(k).copied().flatten().is_some()) {
                        let dash = ["━━", "╍╍", "┈┈"][k % 3];
                        ui.label(
                            RichText::new(format!("{dash} {}", labels::sector(l, *sector)))
                                .color(theme::SERIES[k % theme::SERIES.len()])
                                .strong(),
                        );
                    }
                }
            });
            Plot::new("service_plot")
                .height(h.max(120.0))
                .include_y(0.0)
                .include_y(100.0)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .show(ui, |plot| {
                    for (k, sector) in Sector::ALL.iter().enumerate() {
                        let pts: Vec<[f64; 2]> = ex
                            .history()
                            .iter()
                            .filter_map(|r| {
                                r.sector_service.get(k).copied().flatten().map(|v| [r.turn as f64, v])
                            })
                            .collect();
                        if !pts.is_empty() {
                            // Colour and dash pattern both tell the sectors apart.
                            let style = match k % 3 {
                                0 => egui_plot::LineStyle::Solid,
                                1 => egui_plot::LineStyle::dashed_loose(),
                                _ => egui_plot::LineStyle::dotted_dense(),
                            };
                            plot.line(
                                Line::new(labels::sector(l, *sector), pts)
                                    .color(theme::SERIES[k % theme::SERIES.len()])
                                    .width(2.5)
                                    .style(style),
                            );
                        }
                    }
                });
            ui.horizontal_wrapped(|ui| {
                ui.label(theme::big(tr!(l, "app-debrief-escalation"), 18.0));
                ui.add_space(12.0);
                ui.label(
                    RichText::new(format!("━━ {}", tr!(l, "app-debrief-escalation.level")))
                        .color(theme::BAD)
                        .strong(),
                );
                ui.label(
                    RichText::new(format!("╍╍ {}", tr!(l, "app-debrief-escalation.trust")))
                        .color(theme::GOOD)
                        .strong(),
                );
            });
            Plot::new("escalation_plot")
                .height(h.max(100.0))
                .include_y(0.0)
                .include_y(5.0)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .show(ui, |plot| {
                    let lvl: Vec<[f64; 2]> =
                        ex.history().iter().map(|r| [r.turn as f64, r.level as f64]).collect();
                    let trust: Vec<[f64; 2]> =
                        ex.history().iter().map(|r| [r.turn as f64, r.trust / 20.0]).collect();
                    plot.line(
                        Line::new(tr!(l, "app-debrief-escalation.level-line"), lvl)
                            .color(theme::BAD)
                            .width(3.0),
                    );
                    plot.line(
                        Line::new(tr!(l, "app-debrief-escalation.trust-line"), trust)
                            .color(theme::GOOD)
                            .width(2.0)
                            .style(egui_plot::LineStyle::dashed_loose()),
                    );
                });
            ui.label(theme::big(tr!(l, "app-debrief-timeline"), 18.0));
            let entries: Vec<&LogEntry> = ex.log().iter().collect();
            log_panel::entries_list(ui, &s, &entries, l, "debrief_log");
        },
    );
    if let Some(seed) = again {
        let (mode, difficulty) = (game.mode, game.difficulty);
        *game = Game::with_difficulty(s, seed, mode, difficulty);
        next.set(Screen::Board);
    }
    Ok(())
}

/// What the planner would have done at a solo learner's key decisions: the
/// same heading, note and lines as the debrief document and the report.
fn planner_box(ui: &mut egui::Ui, l: crate::i18n::Lang, lines: &[(String, Vec<String>)]) {
    let budget = crate::hindsight::Budget::default();
    let threshold = crate::i18n::Arg::num(crate::hindsight::THRESHOLD, 1);
    ui.add_space(10.0);
    ui.label(theme::big(tr!(l, "hindsight-heading"), 20.0));
    let about = tr!(l, "hindsight-about", rollouts = budget.rollouts, threshold = threshold.clone());
    ui.label(RichText::new(about).size(13.0).color(theme::MUTED));
    if lines.is_empty() {
        ui.label(RichText::new(tr!(l, "hindsight-none", threshold = threshold)).color(theme::MUTED));
    }
    // One card a turn: it groups the line with its moves on the projector (and
    // the layout check measures each text against its card).
    for (line, details) in lines {
        ui.add_space(4.0);
        egui::Frame::new().fill(theme::CARD).corner_radius(6.0).inner_margin(8.0).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(line).size(15.0).strong().color(theme::WARN));
            for d in details {
                ui.label(RichText::new(d).size(13.0));
            }
        });
    }
}
