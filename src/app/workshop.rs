//! Workshop mode at the table: the teams act in turn (hot-seat) behind a
//! full-screen hand-over card, an optional per-turn countdown, and the
//! facilitator's pause. The table's state and rules are in [`super::table`];
//! the hand-over itself happens in the apply system ([`super::intent`]).
//! This file ticks the clock and draws what covers the board.

use super::intent::Intent;
use super::lang::Languages;
use super::overlay::{Overlay, Panels};
use super::session::{Game, Mode};
use super::table::{AfterDone, Table, mark_done, mmss, tick};
use super::{AppSystems, Screen, theme};
use crate::i18n::Lang;
use crate::scenario::Text;
use crate::tr;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::egui;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Table>()
        .add_systems(Update, (reset_on_new_game, tick_clock).chain().in_set(AppSystems::TickTimers));
}

/// What the "Done" button says for the team at the desk.
pub fn done_label(game: &Game, table: &Table, l: Lang) -> String {
    let s = game.ex().scenario();
    let mut done = table.done.clone();
    done.resize(s.nations(), false);
    match mark_done(&mut done, game.acting) {
        AfterDone::PassTo(t) => tr!(l, "app-done-pass", nation = s.text(l, Text::NationShort(t))),
        AfterDone::EndTurn => tr!(l, "app-done-end-turn"),
    }
}

/// A new game (or a resumed one) starts with the first team at the desk,
/// nothing covering the board and the log shown.
fn reset_on_new_game(
    game: Option<Res<Game>>,
    mut table: ResMut<Table>,
    mut overlay: ResMut<Overlay>,
    mut panels: ResMut<Panels>,
) {
    let Some(game) = game else { return };
    if !game.is_added() {
        return;
    }
    table.reset(game.ex().scenario().nations(), game.ex().state().turn);
    // Help or the glossary may stay open; the workshop's views do not.
    if matches!(*overlay, Overlay::Projector | Overlay::Leave) {
        *overlay = Overlay::None;
    }
    *panels = Panels::default();
}

fn tick_clock(
    time: Res<Time>,
    game: Option<Res<Game>>,
    mut table: ResMut<Table>,
    screen: Res<State<Screen>>,
    mut intents: MessageWriter<Intent>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(game) = game else { return };
    if game.mode != Mode::Workshop || *screen.get() != Screen::Board {
        return;
    }
    let stopped = table.locked() || game.ex().state().is_over();
    let minutes = table.countdown_minutes;
    if tick(&mut table.remaining, minutes, time.delta_secs_f64(), stopped) {
        intents.write(Intent::TimeUp);
    }
    if minutes > 0 && !stopped {
        // Keep the clock moving in the reactive (desktop) update mode.
        redraw.write(RequestRedraw);
    }
}

/// Workshop frame: draws what covers the board — the projector view, the
/// hand-over card or the pause card (with the console above it). Returns true
/// when covered: the board draws nothing this frame.
pub fn covers(
    ctx: &egui::Context,
    game: &Game,
    table: &Table,
    overlay: Overlay,
    panels: &Panels,
    langs: &Languages,
    form: &mut super::console::Form,
    out: &mut Vec<Intent>,
) -> bool {
    // A networked team's board is covered while the facilitator pauses.
    let net_paused = game.net_seat.is_some() && table.paused;
    if game.mode != Mode::Workshop && !net_paused {
        return false;
    }
    let projector = overlay == Overlay::Projector;
    if !(projector || table.locked()) {
        return false;
    }
    if projector {
        super::projector::show(ctx, game, table, &langs.projector_langs(), &[]);
    } else if let Some(team) = table.handover {
        if handover_card(ctx, game, table, team, langs.team(team), out) {
            out.push(Intent::Ready);
        }
    } else {
        // At a networked seat the facilitator resumes from another screen.
        paused_card(ctx, langs.ui, !net_paused);
    }
    super::console::show(ctx, game, table, panels, overlay, form, langs.ui, out);
    true
}

/// The countdown, large, in the top bar (when one is set).
pub fn clock_label(ui: &mut egui::Ui, table: &Table, l: Lang) {
    if table.countdown_minutes == 0 {
        return;
    }
    ui.add_space(16.0);
    let colour = if table.remaining < 60.0 { theme::BAD } else { theme::TEXT };
    ui.label(theme::big(format!("⏱ {}", mmss(table.remaining)), 40.0).color(colour))
        .on_hover_text(tr!(l, "app-clock.hover"));
    ui.add_space(8.0);
}

/// A card covering the whole window (hand-over, pause): nothing behind it shows.
fn cover(ctx: &egui::Context, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    let vp = ctx.viewport_rect();
    egui::Area::new(egui::Id::new(id)).order(egui::Order::Middle).fixed_pos(vp.min).show(ctx, |ui| {
        let (rect, _) = ui.allocate_exact_size(vp.size(), egui::Sense::click_and_drag());
        ui.painter().rect_filled(rect, 0.0, theme::BG);
        let inner = rect.shrink2(egui::vec2(rect.width() * 0.15, rect.height() * 0.22));
        ui.scope_builder(egui::UiBuilder::new().max_rect(inner), |ui| {
            ui.vertical_centered(add);
        });
    });
}

/// The hand-over card: "Pass to the ROK team", in the language of that team's
/// desk, which the team can change here. Returns true when the button is
/// clicked (Enter is read by the key map).
pub fn handover_card(
    ctx: &egui::Context,
    game: &Game,
    table: &Table,
    team: usize,
    l: Lang,
    out: &mut Vec<Intent>,
) -> bool {
    let sc = game.ex().scenario();
    let s = &sc.def;
    let name = if team < s.nations.len() { sc.text(l, Text::NationShort(team)) } else { "?" };
    let full = sc.text(l, Text::Nation(team));
    let mut ready = false;
    cover(ctx, "handover", |ui| {
        ui.label(egui::RichText::new("⇄").size(80.0).color(theme::ACCENT));
        ui.label(theme::big(tr!(l, "app-handover", team = name), 64.0));
        ui.label(egui::RichText::new(full).size(28.0).color(theme::MUTED));
        ui.add_space(30.0);
        ui.label(
            egui::RichText::new(tr!(
                l,
                "app-handover-turn",
                turn = game.ex().state().turn.min(s.turns),
                time = game.ex().scenario().time_label(l, game.ex().state().turn)
            ))
            .size(24.0)
            .color(theme::MUTED),
        );
        if table.countdown_minutes > 0 {
            ui.label(
                egui::RichText::new(tr!(l, "app-handover-minutes", minutes = table.countdown_minutes))
                    .size(24.0)
                    .color(theme::MUTED),
            );
        }
        ui.add_space(40.0);
        let b = egui::Button::new(theme::big(tr!(l, "app-handover-ready", team = name), 28.0))
            .fill(theme::ACCENT.gamma_multiply(0.6))
            .min_size(egui::vec2(560.0, 70.0));
        ready |= ui.add(b).clicked();
        ui.add_space(24.0);
        // Each team's desk keeps its own language.
        ui.label(
            egui::RichText::new(tr!(l, "app-handover-language", team = name)).size(18.0).color(theme::MUTED),
        );
        ui.horizontal(|ui| {
            ui.add_space((ui.available_width() - 280.0).max(0.0) / 2.0);
            for lang in Lang::ALL {
                let text = egui::RichText::new(tr!(lang, "lang-name")).size(20.0);
                if ui.add_sized([130.0, 40.0], egui::Button::selectable(lang == l, text)).clicked() {
                    out.push(Intent::DeskLanguage { team, lang });
                }
            }
        });
    });
    ready
}

/// The pause card: the facilitator has stopped the clock (`at_table`: the
/// facilitator is in the room, and is told how to resume).
pub fn paused_card(ctx: &egui::Context, l: Lang, at_table: bool) {
    cover(ctx, "paused", |ui| {
        ui.label(egui::RichText::new("⏸").size(96.0).color(theme::WARN));
        ui.label(theme::big(tr!(l, "app-paused"), 72.0));
        ui.add_space(20.0);
        ui.label(egui::RichText::new(tr!(l, "app-paused.text")).size(28.0).color(theme::MUTED));
        if at_table {
            ui.add_space(20.0);
            ui.label(egui::RichText::new(tr!(l, "app-paused.resume")).size(20.0).color(theme::MUTED));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::intent::{apply, team_done};
    use crate::app::tests::flagship_game;

    #[test]
    fn hot_seat_hides_the_other_teams_cards_and_entries() {
        let mut game = flagship_game();
        let s = game.ex().scenario().clone();
        let rok = s.nation_ix["rok"];
        let card = s
            .def
            .injects
            .iter()
            .find(|d| d.audience == crate::scenario::Audience::Nation("rok".into()))
            .unwrap();
        let fire = Intent::Facilitate(crate::sim::Decision::FireInject(card.id.clone()));
        let (mut table, mut overlay, mut panels) = (Table::default(), Overlay::None, Panels::default());
        apply(&mut game, &mut table, &mut overlay, &mut panels, fire);
        assert!(game.notice.as_ref().is_some_and(|n| n.ok), "the card fired: {:?}", game.notice);
        let line = game.ex().log().iter().rfind(|e| e.kind() == crate::sim::LogKind::Inject).unwrap().clone();
        game.acting = 1 - rok;
        assert!(!game.entry_visible(&line), "the US team must not read the ROK card");
        game.acting = rok;
        assert!(game.entry_visible(&line));
        // Another nation's own entries stay with it; the board shows the desk's nation only.
        let theirs = crate::sim::LogEntry {
            nation: Some(1 - rok),
            visibility: crate::sim::Visibility::Move(1 - rok),
            ..line.clone()
        };
        assert!(!game.entry_visible(&theirs));
        assert!(game.at_table(rok) && !game.at_table(1 - rok));
    }

    #[test]
    fn done_hands_over_then_ends_the_turn() {
        let mut game = flagship_game();
        let mut table = Table { done: vec![false; 2], ..Default::default() };
        team_done(&mut game, &mut table);
        assert_eq!((game.acting, table.handover), (1, Some(1)));
        assert_eq!(game.ex().state().turn, 1);
        table.handover = None;
        team_done(&mut game, &mut table);
        assert_eq!(game.ex().state().turn, 2);
        assert_eq!((game.acting, table.handover), (0, Some(0)));
        assert_eq!(table.done, vec![false, false]);
        assert_eq!(game.ex().decisions().last(), Some(&crate::sim::Decision::EndTurn));
    }
}
