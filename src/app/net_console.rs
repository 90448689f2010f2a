//! The network screen: the host's window (the facilitator's console: where to
//! join and with which code, who is still planning, advance the turn, the
//! hotline line, the whole log), a projector or observer seat (what the wall
//! may see), and a seat still connecting or refused.

use super::lang::Languages;
use super::net_seat::{self, NetLink};
use super::screens::{Screen, root_ui};
use super::theme;
use crate::net::ToHost;
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
    langs: Res<Languages>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l = langs.ui;
    let mut root = root_ui(ctx, "net");
    let Some(mut link) = link else { return Ok(()) };
    net_seat::strip_panel(&mut root, &link, l);
    egui::Panel::top("net_where")
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(egui::Margin::symmetric(14, 10)))
        .show(&mut root, |ui| {
            ui.horizontal_wrapped(|ui| {
                if let Some(h) = &link.host {
                    ui.label(theme::big(tr!(l, "app-net-code"), 22.0).color(theme::MUTED));
                    ui.label(theme::big(&h.code, 40.0).color(theme::YELLOW));
                    ui.add_space(24.0);
                    let addresses: Vec<String> = h.addresses.iter().map(|a| a.to_string()).collect();
                    ui.label(
                        egui::RichText::new(tr!(l, "app-net-addresses", addresses = addresses.join("   ")))
                            .size(20.0)
                            .color(theme::TEXT),
                    );
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(tr!(l, "app-net-leave")).clicked() {
                        next.set(Screen::Title);
                    }
                    let facilitator = link.view.as_ref().is_some_and(|v| v.seat == Seat::Facilitator);
                    if facilitator
                        && !link.view.as_ref().is_some_and(|v| v.over)
                        && ui
                            .add(
                                egui::Button::new(theme::big(tr!(l, "app-net-advance"), 18.0))
                                    .fill(theme::ACCENT.gamma_multiply(0.6)),
                            )
                            .clicked()
                    {
                        link.send(ToHost::Done);
                    }
                });
            });
        });
    if link.view.as_ref().is_some_and(|v| v.seat == Seat::Facilitator) {
        egui::Panel::bottom("net_hotline")
            .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(8.0))
            .show(&mut root, |ui| net_seat::hotline_line(ui, &mut link, l));
    }
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(14.0)).show(
        &mut root,
        |ui| {
            if let Some(why) = &link.ended {
                ui.label(theme::big(why, 24.0).color(theme::BAD));
                return;
            }
            let Some(v) = &link.view else {
                ui.label(theme::big(tr!(l, "app-net-connecting"), 24.0).color(theme::MUTED));
                return;
            };
            let s = &v.scenario;
            ui.label(theme::big(s.text(l, Text::Title), 30.0).color(theme::TEXT));
            let turn = tr!(
                l,
                "narration-turn-begins",
                turn = v.state.turn,
                turns = s.def.turns,
                time = s.time_label(l, v.state.turn)
            );
            ui.label(egui::RichText::new(turn).size(20.0).color(theme::MUTED));
            ui.add_space(8.0);
            let entries: Vec<&crate::sim::LogEntry> = v.log.iter().collect();
            super::board::log::entries_list(ui, s, &entries, l, "net_log");
        },
    );
    Ok(())
}
