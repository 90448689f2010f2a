//! The board's always-visible strip: turn clock, escalation track, alliance
//! trust, score, the countdown, the hotline button and End turn / Done.

use crate::app::intent::Intent;
use crate::app::overlay::Overlay;
use crate::app::session::{Game, Mode};
use crate::app::table::Table;
use crate::app::{screens, teaching, theme, workshop};
use crate::i18n::{Arg, Lang};
use crate::scenario::ActionKindName;
use crate::sim::Score;
use crate::tr;
use bevy_egui::egui::{self, Color32, RichText, Stroke};

/// The always-visible strip: clock, escalation, trust, score, hotline, end turn.
pub fn status_bar(ui: &mut egui::Ui, game: &Game, table: &Table, l: Lang, out: &mut Vec<Intent>) {
    let (mut end_clicked, mut call_clicked) = (false, false);
    let blocked = game.blocking();
    let end_label = if game.mode == Mode::Workshop {
        workshop::done_label(game, table, l)
    } else {
        tr!(l, "app-status-end-turn")
    };
    let ex = game.ex();
    let s = ex.scenario();
    let st = ex.state();
    let score = Score::of(ex);
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.label(theme::big(
                tr!(l, "app-status-turn", turn = st.turn.min(s.def.turns), turns = s.def.turns),
                24.0,
            ));
            ui.label(RichText::new(s.time_label(l, st.turn)).size(15.0).color(theme::MUTED));
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tr!(
                        l,
                        "app-status-difficulty",
                        name = screens::difficulty_name(ex.difficulty(), l)
                    ))
                    .size(14.0)
                    .color(theme::MUTED),
                )
                .on_hover_text(screens::difficulty_line(ex.difficulty(), l));
                if ui
                    .small_button(tr!(l, "app-status-glossary"))
                    .on_hover_text(tr!(l, "app-status-glossary.hover"))
                    .clicked()
                {
                    out.push(Intent::Toggle(Overlay::Glossary));
                }
            });
        });
        ui.separator();
        // Escalation track 1..5: the level is a number and a word, not only a colour.
        ui.vertical(|ui| {
            let level = st.level();
            let r = ui.label(
                RichText::new(tr!(
                    l,
                    "app-status-escalation",
                    level = level,
                    name = crate::narrate::labels::escalation_level(l, level)
                ))
                .size(17.0)
                .strong()
                .color(theme::level_colour(level)),
            );
            teaching::term_hover(r, l, crate::teach::Term::Escalation);
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 3.0;
                for k in 1..=5u8 {
                    let on = k <= level;
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(34.0, 20.0), egui::Sense::hover());
                    let fill = if on { theme::level_colour(k) } else { theme::CARD };
                    ui.painter().rect_filled(rect, 3.0, fill);
                    if k == level {
                        ui.painter().rect_stroke(
                            rect,
                            3.0,
                            Stroke::new(2.0, theme::TEXT),
                            egui::StrokeKind::Outside,
                        );
                    }
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        k.to_string(),
                        egui::FontId::proportional(13.0),
                        if on { Color32::BLACK } else { theme::MUTED },
                    );
                }
            })
            .response
            .on_hover_text(tr!(
                l,
                "app-status-escalation.hover",
                pressure = Arg::num(st.escalation, 0),
                peak = st.peak_level
            ));
        });
        ui.separator();
        ui.vertical(|ui| {
            let trust = st.alliance_trust();
            let (word, colour) = if trust >= 70.0 {
                (tr!(l, "app-trust-strong"), theme::GOOD)
            } else if trust >= 45.0 {
                (tr!(l, "app-trust-steady"), theme::SKY)
            } else {
                (tr!(l, "app-trust-strained"), theme::BAD)
            };
            let r = ui.label(
                RichText::new(tr!(l, "app-status-trust", trust = Arg::num(trust, 0), word = word))
                    .size(17.0)
                    .strong()
                    .color(colour),
            );
            teaching::term_hover(r, l, crate::teach::Term::AllianceTrust);
            ui.add(egui::ProgressBar::new((trust / 100.0) as f32).desired_width(170.0).fill(colour));
            // Three or more allies: each pair's trust (the score counts their mean).
            if s.nations() > 2 {
                let pairs = crate::narrate::labels::pair_trust(l, s, st);
                ui.label(RichText::new(pairs).size(13.0).color(theme::MUTED));
            }
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.label(
                RichText::new(tr!(l, "app-status-score", score = Arg::num(score.total, 0)))
                    .size(17.0)
                    .strong(),
            )
            .on_hover_text(tr!(
                l,
                "app-status-score.hover",
                win = Arg::num(s.def.win_score, 0),
                attributed = Arg::num(score.attribution, 0),
                contained = Arg::num(score.containment, 0),
                avoided = Arg::num(score.loss_avoided, 0),
                alarm = Arg::num(st.alarm, 0)
            ));
            ui.label(
                RichText::new(tr!(
                    l,
                    "app-status-service",
                    service = Arg::num(score.continuity, 0),
                    met = score.objectives_met,
                    total = score.objectives_total
                ))
                .size(13.0)
                .color(theme::MUTED),
            );
            ui.label(
                RichText::new(tr!(l, "app-status-stolen", records = st.data_stolen, ip = st.ip_stolen))
                    .size(13.0)
                    .color(theme::MUTED),
            );
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let over = st.is_over();
            let end = ui.add_enabled(
                !over && !blocked,
                egui::Button::new(theme::big(end_label, 20.0))
                    .min_size(egui::vec2(150.0, 50.0))
                    .fill(theme::ACCENT.gamma_multiply(0.55)),
            );
            let end = end
                .on_hover_text(tr!(l, "app-status-end-turn.hover"))
                .on_disabled_hover_text(tr!(l, "app-status-end-turn.blocked"));
            end_clicked = end.clicked();
            ui.add_space(10.0);
            call_clicked = hotline_button(ui, st, l);
            workshop::clock_label(ui, table, l);
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
fn hotline_button(ui: &mut egui::Ui, st: &crate::sim::State, l: Lang) -> bool {
    let h = &st.hotline;
    let synced = st.hotline_synced();
    let (ready, status) = if h.calls_left == 0 {
        (false, tr!(l, "app-hotline-no-calls"))
    } else if st.turn < h.ready_turn {
        (false, tr!(l, "app-hotline-ready-on", turn = h.ready_turn, left = h.calls_left))
    } else {
        (true, tr!(l, "app-hotline-ready", left = h.calls_left))
    };
    let fill = if ready { theme::HOTLINE_RED } else { Color32::from_rgb(80, 40, 44) };
    let sync = if synced { format!("\n{}", tr!(l, "app-hotline-synced")) } else { String::new() };
    let text = RichText::new(format!("{}\n{status}{sync}", tr!(l, "app-hotline-button")))
        .size(15.0)
        .strong()
        .color(Color32::WHITE);
    let b = ui.add(
        egui::Button::new(text)
            .fill(fill)
            .stroke(Stroke::new(2.0, Color32::from_rgb(255, 120, 120)))
            .min_size(egui::vec2(200.0, 50.0)),
    );
    let b = b.on_hover_text(format!(
        "{}\n\n{}: {}",
        crate::app::words::family_effect(l, ActionKindName::Hotline),
        tr!(l, "app-hotline-term"),
        crate::teach::Term::Hotline.definition(l)
    ));
    b.clicked()
}
