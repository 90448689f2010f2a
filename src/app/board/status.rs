//! The board's always-visible strip: turn clock, escalation track, alliance
//! trust, score, the countdown, the hotline button and End turn / Done.

use crate::app::intent::Intent;
use crate::app::overlay::Overlay;
use crate::app::session::{Game, Mode};
use crate::app::table::Table;
use crate::app::{screens, teaching, theme, workshop};
use crate::scenario::ActionKindName;
use crate::sim::Score;
use bevy_egui::egui::{self, Color32, RichText, Stroke};

/// The always-visible strip: clock, escalation, trust, score, hotline, end turn.
pub fn status_bar(ui: &mut egui::Ui, game: &Game, table: &Table, out: &mut Vec<Intent>) {
    let (mut end_clicked, mut call_clicked) = (false, false);
    let blocked = game.blocking();
    let end_label = if game.mode == Mode::Workshop {
        workshop::done_label(game, table)
    } else {
        "End turn ↵".to_string()
    };
    let ex = game.ex();
    let s = ex.scenario();
    let st = ex.state();
    let score = Score::of(ex);
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.label(theme::big(format!("Turn {} of {}", st.turn.min(s.def.turns), s.def.turns), 24.0));
            ui.label(RichText::new(s.time_label(crate::i18n::Lang::En, st.turn)).size(15.0).color(theme::MUTED));
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("difficulty: {}", ex.difficulty().label())).size(14.0).color(theme::MUTED))
                    .on_hover_text(screens::difficulty_line(ex.difficulty()));
                if ui.small_button("📖 Glossary (G)").on_hover_text("Every term and action, in plain words").clicked() {
                    out.push(Intent::Toggle(Overlay::Glossary));
                }
            });
        });
        ui.separator();
        // Escalation track 1..5: the level is a number and a word, not only a colour.
        ui.vertical(|ui| {
            let level = st.level();
            let r = ui.label(RichText::new(format!("Escalation ▲ {level} · {}", theme::level_name(level))).size(17.0).strong().color(theme::level_colour(level)));
            teaching::term_hover(r, "Escalation");
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 3.0;
                for l in 1..=5u8 {
                    let on = l <= level;
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(34.0, 20.0), egui::Sense::hover());
                    let fill = if on { theme::level_colour(l) } else { theme::CARD };
                    ui.painter().rect_filled(rect, 3.0, fill);
                    if l == level {
                        ui.painter().rect_stroke(rect, 3.0, Stroke::new(2.0, theme::TEXT), egui::StrokeKind::Outside);
                    }
                    ui.painter().text(rect.center(), egui::Align2::CENTER_CENTER, l.to_string(), egui::FontId::proportional(13.0), if on { Color32::BLACK } else { theme::MUTED });
                }
            })
            .response
            .on_hover_text(format!("Escalation pressure {:.0}/100 (level = 1 + pressure / 20). Peak so far ▲ {}.", st.escalation, st.peak_level));
        });
        ui.separator();
        ui.vertical(|ui| {
            let trust = st.alliance_trust();
            let (word, colour) = if trust >= 70.0 {
                ("strong", theme::GOOD)
            } else if trust >= 45.0 {
                ("steady", theme::SKY)
            } else {
                ("strained", theme::BAD)
            };
            let r = ui.label(RichText::new(format!("Alliance trust {trust:.0} · {word}")).size(17.0).strong().color(colour));
            teaching::term_hover(r, "Alliance trust");
            ui.add(egui::ProgressBar::new((trust / 100.0) as f32).desired_width(170.0).fill(colour));
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.label(RichText::new(format!("Score {:.0}", score.total)).size(17.0).strong()).on_hover_text(format!(
                "Success at {:.0}\nattributed {:.0}% · contained {:.0}% · loss avoided {:.0}% · public alarm {:.0}",
                s.def.win_score, score.attribution, score.containment, score.loss_avoided, st.alarm
            ));
            ui.label(RichText::new(format!("service {:.0}% · objectives {}/{}", score.continuity, score.objectives_met, score.objectives_total)).size(13.0).color(theme::MUTED));
            ui.label(RichText::new(format!("stolen: {}k records · ${}M IP", st.data_stolen, st.ip_stolen)).size(13.0).color(theme::MUTED));
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let over = st.is_over();
            let end = ui.add_enabled(
                !over && !blocked,
                egui::Button::new(theme::big(end_label, 20.0)).min_size(egui::vec2(150.0, 50.0)).fill(theme::ACCENT.gamma_multiply(0.55)),
            );
            let end = end.on_hover_text("Space or Enter").on_disabled_hover_text("Answer the inject card first");
            end_clicked = end.clicked();
            ui.add_space(10.0);
            call_clicked = hotline_button(ui, st);
            workshop::clock_label(ui, table);
        });
    });
    if end_clicked {
        out.push(Intent::TeamDone);
    }
    if call_clicked {
        out.push(Intent::CallHotline);
    }
}

/// The red phone: availability in words, H to call.
fn hotline_button(ui: &mut egui::Ui, st: &crate::sim::State) -> bool {
    let h = &st.hotline;
    let synced = st.hotline_synced();
    let (ready, status) = if h.calls_left == 0 {
        (false, "no calls left".to_string())
    } else if st.turn < h.ready_turn {
        (false, format!("ready on turn {} · {} left", h.ready_turn, h.calls_left))
    } else {
        (true, format!("READY · {} call(s) left", h.calls_left))
    };
    let fill = if ready { theme::HOTLINE_RED } else { Color32::from_rgb(80, 40, 44) };
    let sync = if synced { "\ncapitals in sync" } else { "" };
    let text =
        RichText::new(format!("☎  HOTLINE  (H)\n{status}{sync}")).size(15.0).strong().color(Color32::WHITE);
    let b = ui.add(
        egui::Button::new(text)
            .fill(fill)
            .stroke(Stroke::new(2.0, Color32::from_rgb(255, 120, 120)))
            .min_size(egui::vec2(200.0, 50.0)),
    );
    let b = b.on_hover_text(format!(
        "{}\n\nHotline: {}",
        ActionKindName::Hotline.effect(),
        crate::teach::define("Hotline").unwrap_or_default()
    ));
    b.clicked()
}
