//! After End turn: what changed, in a short readable list — the why-line,
//! the partner's moves (solo) and what the turn brought. When the exercise is
//! over and the summary is closed, the debrief follows.

use super::log;
use crate::app::intent::Intent;
use crate::app::screens::Screen;
use crate::app::session::Game;
use crate::app::theme;
use crate::i18n::Lang;
use crate::scenario::Text;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

/// After End turn: what changed, in a short readable list.
pub fn turn_summary(
    ctx: &egui::Context,
    game: &Game,
    next: &mut NextState<Screen>,
    l: Lang,
    out: &mut Vec<Intent>,
) {
    let Some(summary) = game.summary.clone() else {
        if game.ex().state().is_over() {
            next.set(Screen::Debrief);
        }
        return;
    };
    let s = game.ex().scenario().clone();
    let mut close = false;
    egui::Modal::new("turn_summary".into()).show(ctx, |ui| {
        ui.set_width(760.0);
        ui.label(theme::big(tr!(l, "app-summary-title", turn = summary.from_turn), 24.0));
        ui.add_space(6.0);
        egui::ScrollArea::vertical().max_height(ctx.viewport_rect().height() * 0.55).show(ui, |ui| {
            if let Some(e) = &summary.why {
                let why = crate::teach::why_text(l, &s, e);
                ui.label(RichText::new(why).size(18.0).strong().color(theme::YELLOW));
                ui.add_space(4.0);
            }
            if !summary.partner.is_empty() {
                let who: Vec<&str> = (0..s.nations())
                    .filter(|&n| !game.at_table(n))
                    .map(|n| s.text(l, Text::NationShort(n)))
                    .collect();
                ui.label(
                    theme::big(tr!(l, "app-summary-partner", who = who.join(", ")), 17.0).color(theme::SKY),
                );
                for e in &summary.partner {
                    let (icon, text) = match &e.event {
                        // A rationale that only repeats the move adds nothing.
                        crate::sim::Event::Rationale { text } if !text.contains(['(', ':']) => continue,
                        crate::sim::Event::Rationale { text } => {
                            (format!("   ↳ {}", tr!(l, "app-summary-why")), text.clone())
                        }
                        crate::sim::Event::Motive(m) if !m.adds_to_the_move() => continue,
                        crate::sim::Event::Motive(m) => (
                            format!("   ↳ {}", tr!(l, "app-summary-why")),
                            crate::narrate::motive(l, &s, e.nation, m),
                        ),
                        _ if e.kind() == crate::sim::LogKind::Diplomacy => {
                            ("   ✋".to_string(), crate::narrate::entry(l, &s, e))
                        }
                        _ => ("•".to_string(), crate::narrate::entry(l, &s, e)),
                    };
                    ui.label(RichText::new(format!("{icon} {text}")).size(15.5));
                }
                ui.add_space(6.0);
                ui.label(theme::big(tr!(l, "app-summary-brought"), 17.0).color(theme::SKY));
            }
            if summary.entries.is_empty() {
                ui.label(tr!(l, "app-summary-quiet"));
            }
            for e in summary.entries.iter().filter(|e| game.entry_visible(e)) {
                let who = log::who(&s, e, l);
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!("{:<11}", crate::narrate::labels::log_kind(l, e.kind())))
                            .monospace()
                            .color(log::kind_colour(e.kind())),
                    );
                    let text = crate::narrate::entry(l, &s, e);
                    ui.label(RichText::new(format!("{who}{text}")).size(16.0));
                });
            }
        });
        ui.add_space(8.0);
        let label = if game.ex().state().is_over() {
            tr!(l, "app-summary-debrief")
        } else {
            tr!(l, "app-summary-continue")
        };
        if ui.add(egui::Button::new(theme::big(label, 18.0)).min_size(egui::vec2(200.0, 40.0))).clicked() {
            close = true;
        }
    });
    if close {
        out.push(Intent::CloseSummary);
    }
}
