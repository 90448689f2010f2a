//! Inject cards: the scenario's MSEL entries as they fire — kind, title,
//! sender, audience, text, discussion questions and the choices, which are
//! submitted as `Decision::Choose`.

use super::session::{Game, Mode};
use super::theme;
use crate::scenario::Audience;
use bevy_egui::egui::{self, RichText};

/// Injects fired and not yet read (or still waiting for a choice), oldest first.
fn open_cards(game: &Game) -> Vec<usize> {
    let st = &game.ex.state;
    let mut v: Vec<usize> = (0..st.injects.len())
        .filter(|&i| for_the_desk(game, i))
        .filter(|&i| {
            st.injects[i].awaiting_choice
                || (st.injects[i].fired_turn.is_some() && !game.read_injects.get(i).copied().unwrap_or(true))
        })
        .collect();
    v.sort_by_key(|&i| (st.injects[i].fired_turn, i));
    v
}

/// Hot-seat: a card addressed to one nation waits for that team's turn.
fn for_the_desk(game: &Game, i: usize) -> bool {
    game.mode != Mode::Workshop || game.seat().sees_inject(&game.ex.scenario, i)
}

/// Space/Enter on an open card: a card without choices is noted; a card with
/// choices stays. Returns whether a card was open (the key is used up).
pub fn confirm_top(game: &mut Game) -> bool {
    let Some(&i) = open_cards(game).first() else {
        return false;
    };
    let st = &game.ex.state.injects[i];
    let has_choices = !game.ex.scenario.def.injects[i].choices.is_empty();
    if !(st.awaiting_choice && has_choices)
        && let Some(r) = game.read_injects.get_mut(i)
    {
        *r = true;
    }
    true
}

/// A card waiting for a choice holds the turn.
pub fn blocking(game: &Game) -> bool {
    let defs = &game.ex.scenario.def.injects;
    let st = &game.ex.state;
    !st.is_over()
        && st
            .injects
            .iter()
            .zip(defs)
            .enumerate()
            .any(|(k, (i, d))| i.awaiting_choice && !d.choices.is_empty() && for_the_desk(game, k))
}

fn audience_label(game: &Game, a: &Audience) -> String {
    let s = &game.ex.scenario.def;
    match a {
        Audience::All => "Everyone at the table".into(),
        Audience::Nation(id) => {
            s.nations.iter().find(|n| &n.id == id).map_or(id.clone(), |n| format!("{} team", n.name))
        }
        Audience::Role(r) => format!("Role: {r}"),
    }
}

/// Shows the oldest open card as a window in the middle of the board.
pub fn show(ctx: &egui::Context, game: &mut Game) {
    if game.summary.is_some() {
        return;
    }
    let cards = open_cards(game);
    let Some(&i) = cards.first() else { return };
    let s = game.ex.scenario.clone();
    let def = &s.def.injects[i];
    let st = game.ex.state.injects[i].clone();
    // In solo mode a card for the partner's team only is noted, not shown.
    if matches!(game.mode, Mode::Solo(_)) && !game.seat().sees_inject(&s, i) && !st.awaiting_choice {
        if let Some(r) = game.read_injects.get_mut(i) {
            *r = true;
        }
        return;
    }
    let mut chosen = None;
    let mut read = false;
    let width = (ctx.viewport_rect().width() * 0.45).clamp(420.0, 760.0);
    let header = format!("📨 {} · turn {}", def.kind.label(), st.fired_turn.unwrap_or(game.ex.state.turn));
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
            ui.label(theme::big(&def.title, 26.0));
            ui.label(
                RichText::new(format!(
                    "From: {}   ·   To: {}",
                    if def.from.is_empty() { "Exercise control" } else { &def.from },
                    audience_label(game, &def.audience)
                ))
                .color(theme::MUTED),
            );
            ui.add_space(6.0);
            ui.label(RichText::new(&def.text).size(18.0));
            if !def.questions.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new("Discuss at the table").strong().color(theme::SKY));
                for q in &def.questions {
                    ui.label(RichText::new(format!("• {q}")).size(17.0));
                }
            }
            ui.add_space(10.0);
            if st.awaiting_choice && !def.choices.is_empty() {
                ui.label(RichText::new("Decide").strong().color(theme::WARN));
                for (k, c) in def.choices.iter().enumerate() {
                    let text = format!("{}. {}{}", k + 1, c.label, if k == 0 { "  (default)" } else { "" });
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
                if let Some(c) = st.choice.and_then(|c| def.choices.get(c)) {
                    ui.label(RichText::new(format!("Decided: {}", c.label)).color(theme::GOOD));
                }
                if ui
                    .add(egui::Button::new(theme::big("Noted ↵", 17.0)).min_size(egui::vec2(240.0, 36.0)))
                    .clicked()
                {
                    read = true;
                }
            }
            if cards.len() > 1 {
                ui.label(
                    RichText::new(format!("{} more card(s) waiting", cards.len() - 1)).color(theme::MUTED),
                );
            }
        });
    // Number keys choose, too.
    if st.awaiting_choice && !ctx.egui_wants_keyboard_input() {
        let keys = [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3, egui::Key::Num4, egui::Key::Num5];
        for (k, key) in keys.iter().enumerate().take(def.choices.len()) {
            if ctx.input(|inp| inp.key_pressed(*key)) {
                chosen = Some(k);
            }
        }
    }
    if let Some(k) = chosen {
        game.choose(i, k);
    }
    if read && let Some(r) = game.read_injects.get_mut(i) {
        *r = true;
    }
}
