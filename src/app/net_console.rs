//! The network screen. The facilitator's seat (the host's own window, or a
//! facilitator joined from another laptop) is the facilitator's console: where
//! to join and with which code, who is still planning, the same console as the
//! local app (`console::body`: pause, advance, countdown, the MSEL timeline
//! with fire/hold/skip, adjudication, notes) over the game built from the
//! host's view, the hotline line and the whole log; its intents go to the host
//! through the one door (`intent.rs`). A projector or observer seat is the
//! wall: the projector view full-screen, with a discreet line saying how to
//! join. A seat still connecting, or refused, says so.

use super::console::{self, Form};
use super::intent::Intent;
use super::lang::Languages;
use super::net_seat::{self, NetLink};
use super::overlay::Overlay;
use super::screens::{Screen, root_ui};
use super::session::Game;
use super::table::Table;
use super::theme;
use crate::scenario::Text;
use crate::sim::Seat;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw.run_if(in_state(Screen::Net)));
}

fn draw(
    mut contexts: EguiContexts,
    link: Option<ResMut<NetLink>>,
    game: Option<Res<Game>>,
    table: Res<Table>,
    langs: Res<Languages>,
    mut form: Local<Form>,
    mut next: ResMut<NextState<Screen>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut link) = link else { return Ok(()) };
    let mut out = Vec::new();
    if screen(ctx, &mut link, game.as_deref(), &table, &langs, &mut form, &mut out) {
        next.set(Screen::Title);
    }
    intents.write_batch(out);
    Ok(())
}

/// Draws the network screen for `link`'s seat; returns whether Leave was pressed.
pub(super) fn screen(
    ctx: &egui::Context,
    link: &mut NetLink,
    game: Option<&Game>,
    local: &Table,
    langs: &Languages,
    form: &mut Form,
    out: &mut Vec<Intent>,
) -> bool {
    let l = langs.ui;
    let seat = link.view.as_ref().map(|v| v.seat);
    let table = link.table(local);
    if let (Some(Seat::Projector | Seat::Observer), Some(game), None) = (seat, game, &link.ended) {
        super::projector::show(ctx, game, &table, &langs.projector_langs(), &link.wall_lines(l));
        return false;
    }
    let mut root = root_ui(ctx, "net");
    net_seat::strip_panel(&mut root, link, l);
    let mut leave = false;
    egui::Panel::top("net_where")
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(egui::Margin::symmetric(14, 10)))
        .show(&mut root, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(theme::big(tr!(l, "app-net-code"), 22.0).color(theme::MUTED));
                ui.label(theme::big(&link.code, 40.0).color(theme::YELLOW));
                ui.add_space(24.0);
                let addresses: Vec<String> = link.join_at.iter().map(|a| a.to_string()).collect();
                ui.label(
                    egui::RichText::new(tr!(l, "app-net-addresses", addresses = addresses.join("   ")))
                        .size(20.0)
                        .color(theme::TEXT),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    leave = ui.button(theme::big(tr!(l, "app-net-leave"), 18.0)).clicked();
                    if let Some(v) = &link.view {
                        let title = v.scenario.text(l, Text::Title);
                        ui.add(egui::Label::new(egui::RichText::new(title).color(theme::MUTED)).truncate());
                    }
                });
            });
        });
    let facilitator = seat == Some(Seat::Facilitator);
    if facilitator {
        egui::Panel::bottom("net_hotline")
            .resizable(false)
            .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(8.0))
            .show(&mut root, |ui| net_seat::hotline_line(ui, link, l));
    }
    if let (Some(v), None) = (&link.view, &link.ended) {
        egui::Panel::bottom("net_log")
            .resizable(true)
            .default_size(if facilitator { 150.0 } else { 400.0 })
            .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(8.0))
            .show(&mut root, |ui| {
                ui.label(theme::big(tr!(l, "app-log"), 18.0));
                let entries: Vec<&crate::sim::LogEntry> = v.log.iter().collect();
                super::board::log::entries_list(ui, &v.scenario, &entries, l, "net_log");
            });
    }
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(14.0)).show(
        &mut root,
        |ui| {
            if let Some(why) = &link.ended {
                ui.label(theme::big(why, 24.0).color(theme::BAD));
                return;
            }
            let (Some(game), true) = (game, facilitator) else {
                ui.label(theme::big(tr!(l, "app-net-connecting"), 24.0).color(theme::MUTED));
                return;
            };
            if let Some(n) = game.notice.as_ref().filter(|n| !n.ok) {
                ui.horizontal(|ui| {
                    ui.label(egui::RichText::new(&n.text).size(16.0).color(theme::BAD));
                    if ui.small_button("✕").clicked() {
                        out.push(Intent::Back);
                    }
                });
            }
            egui::ScrollArea::vertical().id_salt("net_console").auto_shrink([false, false]).show(ui, |ui| {
                console::body(ui, game, &table, Overlay::None, form, l, out);
            });
        },
    );
    leave
}
