//! Inject cards: the scenario's MSEL entries as they fire — kind, title,
//! sender, audience, text, discussion questions and the choices. A choice
//! (click or number key) goes out as an [`Intent`] and is submitted as
//! `Decision::Choose` by the apply system.

use super::intent::Intent;
use super::session::{Game, Mode};
use super::theme;
use crate::i18n::Lang;
use crate::scenario::{Audience, Text};
use crate::tr;
use bevy_egui::egui::{self, RichText};

fn audience_label(game: &Game, a: &Audience, l: Lang) -> String {
    let s = game.ex().scenario();
    match a {
        Audience::All => tr!(l, "app-inject-to-all"),
        Audience::Nation(id) => s
            .nation_ix
            .get(id)
            .map_or(id.clone(), |&n| tr!(l, "app-inject-to-team", nation = s.text(l, Text::Nation(n)))),
        Audience::Role(r) => tr!(l, "app-inject-to-role", role = r.as_str()),
    }
}

/// Shows the oldest open card as a window in the middle of the board.
pub fn show(ctx: &egui::Context, game: &Game, l: Lang, out: &mut Vec<Intent>) {
    if game.summary.is_some() {
        return;
    }
    let cards = game.open_cards();
    let Some(&i) = cards.first() else { return };
    let s = game.ex().scenario().clone();
    let def = &s.def.injects[i];
    let st = game.ex().state().injects[i].clone();
    // In solo mode a card for the partner's team only is noted, not shown.
    if matches!(game.mode, Mode::Solo(_)) && !game.seat().sees_inject(&s, i) && !st.awaiting_choice {
        out.push(Intent::Noted(i));
        return;
    }
    let mut chosen = None;
    let mut read = false;
    let width = (ctx.viewport_rect().width() * 0.45).clamp(420.0, 760.0);
    let header = tr!(
        l,
        "app-projector-inject-kind",
        kind = crate::narrate::labels::inject_kind(l, def.kind),
        turn = st.fired_turn.unwrap_or(game.ex().state().turn)
    );
    egui::Modal::new(egui::Id::new(("inject", i)))
        .frame(
            egui::Frame::new()
                .fill(theme::CARD)
                .stroke(egui::Stroke::new(3.0, theme::WARN))
                .corner_radius(10.0)
                .inner_margin(20.0),
        )
        .show(ctx, |ui| {
            ui.set_width(width);
            ui.label(RichText::new(header).size(16.0).color(theme::WARN));
            let sc = game.ex().scenario();
            ui.label(theme::big(sc.text(l, Text::InjectTitle(i)), 26.0));
            ui.label(
                RichText::new(tr!(
                    l,
                    "app-inject-from-to",
                    from = if def.from.is_empty() {
                        tr!(l, "app-inject-control")
                    } else {
                        sc.text(l, Text::InjectFrom(i)).to_string()
                    },
                    to = audience_label(game, &def.audience, l)
                ))
                .color(theme::MUTED),
            );
            ui.add_space(6.0);
            ui.label(RichText::new(sc.text(l, Text::InjectText(i))).size(18.0));
            if !def.questions.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new(tr!(l, "app-inject-discuss")).strong().color(theme::SKY));
                for question in 0..def.questions.len() {
                    let q = sc.text(l, Text::Question { inject: i, question });
                    ui.label(RichText::new(format!("• {q}")).size(17.0));
                }
            }
            ui.add_space(10.0);
            if st.awaiting_choice && !def.choices.is_empty() {
                ui.label(RichText::new(tr!(l, "app-inject-decide")).strong().color(theme::WARN));
                for k in 0..def.choices.len() {
                    let label = sc.text(l, Text::Choice { inject: i, choice: k });
                    let text = if k == 0 {
                        tr!(l, "app-inject-choice-default", n = k + 1, label = label)
                    } else {
                        format!("{}. {label}", k + 1)
                    };
                    if ui
                        .add(
                            egui::Button::new(RichText::new(text).size(17.0))
                                .min_size(egui::vec2(ui.available_width(), 34.0)),
                        )
                        .clicked()
                    {
                        chosen = Some(k);
                    }
                }
            } else {
                if let Some(c) = st.choice.filter(|&c| c < def.choices.len()) {
                    let label = sc.text(l, Text::Choice { inject: i, choice: c });
                    ui.label(RichText::new(tr!(l, "app-inject-decided", label = label)).color(theme::GOOD));
                }
                if ui
                    .add(
                        egui::Button::new(theme::big(tr!(l, "app-inject-noted"), 17.0))
                            .min_size(egui::vec2(240.0, 36.0)),
                    )
                    .clicked()
                {
                    read = true;
                }
            }
            if cards.len() > 1 {
                ui.label(
                    RichText::new(tr!(l, "app-inject-more", count = cards.len() - 1)).color(theme::MUTED),
                );
            }
        });
    // Number keys choose, too (read by the key map, applied to the card on top).
    if let Some(choice) = chosen {
        out.push(Intent::Choose { inject: i, choice });
    }
    if read {
        out.push(Intent::Noted(i));
    }
}
