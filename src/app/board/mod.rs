//! The board: the status bar, the desks and known incidents, both nations'
//! assets by sector with their dependency links, the action panel and the
//! log; over them the inject cards, the turn summary, the facilitator's
//! console and the leave question. Every panel only reads the game (and the
//! draft it edits); what it asks for goes out as an [`Intent`].

mod actions;
mod assets;
mod desks;
pub mod log;
mod status;
mod summary;

use super::console::{self, Form};
use super::intent::Intent;
use super::lang::Languages;
use super::overlay::{Overlay, Panels};
use super::screens::{Screen, root_ui};
use super::session::Game;
use super::table::Table;
use super::{injects, theme, workshop};
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_board.run_if(in_state(Screen::Board).and_then(resource_exists::<Game>)),
    );
}

fn draw_board(
    mut contexts: EguiContexts,
    mut game: ResMut<Game>,
    table: Res<Table>,
    overlay: Res<Overlay>,
    panels: Res<Panels>,
    mut form: Local<Form>,
    mut next: ResMut<NextState<Screen>>,
    mut intents: MessageWriter<Intent>,
    langs: Res<Languages>,
    mut net: Option<ResMut<super::net_seat::NetLink>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let game = &mut *game;
    let l = langs.desk(game);
    let mut out = Vec::new();
    // A networked seat's table is the host's clock (the facilitator's pause covers the board).
    let net_table = net.as_deref().map(|link| link.table(&table));
    let table = net_table.as_ref().unwrap_or(&table);
    // Workshop: the projector view, the hand-over card and the pause cover the board.
    if !workshop::covers(ctx, game, table, *overlay, &panels, &langs, &mut form, &mut out) {
        panels_of_the_board(ctx, game, table, &panels, l, net.as_deref_mut(), &mut out);
        console::show(ctx, game, table, &panels, *overlay, &mut form, langs.ui, &mut out);
        injects::show(ctx, game, l, &mut out);
        summary::turn_summary(ctx, game, &mut next, l, &mut out);
        if *overlay == Overlay::Leave {
            leave(ctx, l, &mut out);
        }
    }
    intents.write_batch(out);
    Ok(())
}

fn panels_of_the_board(
    ctx: &egui::Context,
    game: &mut Game,
    table: &Table,
    panels: &Panels,
    l: Lang,
    net: Option<&mut super::net_seat::NetLink>,
    out: &mut Vec<Intent>,
) {
    let mut root = root_ui(ctx, "board");
    if let Some(net) = net {
        super::net_seat::board_panels(&mut root, net, l);
    }
    egui::Panel::top("status")
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(egui::Margin::symmetric(14, 8)))
        .show(&mut root, |ui| status::status_bar(ui, game, table, l, out));
    egui::Panel::left("desks")
        .resizable(false)
        .exact_size(250.0)
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(10.0))
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("desks_scroll")
                .show(ui, |ui| desks::desks(ui, game, l, out));
        });
    egui::Panel::right("actions")
        .resizable(false)
        .exact_size(380.0)
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(10.0))
        .show(&mut root, |ui| actions::show(ui, game, l, out));
    if panels.log {
        egui::Panel::bottom("log")
            .resizable(true)
            .default_size(180.0)
            .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(8.0))
            .show(&mut root, |ui| log::show(ui, game, panels, l, out));
    }
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(10.0)).show(
        &mut root,
        |ui| {
            egui::ScrollArea::vertical()
                .id_salt("board_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| assets::assets_board(ui, game, l));
        },
    );
}

/// "Leave the exercise?" (Esc on the board).
fn leave(ctx: &egui::Context, l: Lang, out: &mut Vec<Intent>) {
    egui::Modal::new("leave".into()).show(ctx, |ui| {
        ui.label(theme::big(tr!(l, "app-leave"), 22.0));
        ui.label(tr!(l, "app-leave.lost"));
        ui.horizontal(|ui| {
            if ui.button(tr!(l, "app-leave-stay")).clicked() {
                out.push(Intent::Back);
            }
            if ui.button(tr!(l, "app-leave-go")).clicked() {
                out.push(Intent::Leave);
            }
        });
    });
}
