//! The middle of the board: every nation's assets by sector as cards
//! (service as a number, a word and a bar; protections; visible incidents),
//! with the dependency links drawn under them. Clicking a card or an
//! incident points the action panel at it.

use crate::app::session::Game;
use crate::app::theme;
use crate::i18n::{Arg, Lang};
use crate::scenario::{Sector, Text};
use crate::tr;
use bevy_egui::egui::{self, RichText, Stroke};

/// The assets of every nation, grouped by sector, with dependency links.
pub fn assets_board(ui: &mut egui::Ui, game: &mut Game, l: Lang) {
    let s = game.ex().scenario().clone();
    let links = ui.painter().add(egui::Shape::Noop);
    let mut rects: Vec<Option<egui::Rect>> = vec![None; s.def.assets.len()];
    let nations = s.def.nations.len().max(1);
    let width = ui.available_width();
    let gap = 18.0;
    let col_w = ((width - gap * (nations as f32 - 1.0)) / nations as f32 - 2.0).max(260.0);
    // Card content width: one or two cards per row, minus frame margins and stroke.
    let per_row = if col_w > 640.0 { 2.0 } else { 1.0 };
    let card_w = (col_w - 10.0 * (per_row - 1.0)) / per_row - 20.0;
    ui.horizontal_top(|ui| {
        for n in 0..s.def.nations.len() {
            ui.vertical(|ui| {
                ui.set_width(col_w);
                let (short, name) = (s.text(l, Text::NationShort(n)), s.text(l, Text::Nation(n)));
                ui.label(theme::big(format!("{short} · {name}"), 22.0).color(theme::SKY));
                for sector in Sector::ALL {
                    let ids: Vec<usize> = (0..s.def.assets.len())
                        .filter(|&a| s.asset_nation[a] == n && s.def.assets[a].sector == sector)
                        .collect();
                    if ids.is_empty() {
                        continue;
                    }
                    ui.add_space(4.0);
                    ui.label(
                        RichText::new(crate::narrate::labels::sector(l, sector).to_uppercase())
                            .size(13.0)
                            .strong()
                            .color(theme::MUTED),
                    );
                    for row in ids.chunks(per_row as usize) {
                        ui.horizontal(|ui| {
                            for &a in row {
                                rects[a] = Some(asset_card(ui, game, a, card_w, l));
                            }
                        });
                    }
                }
            });
            if n + 1 < nations {
                ui.add_space(gap);
            }
        }
    });
    // Links: from the asset depended on to the one that needs it, drawn under the cards.
    // On a big board only the links that matter are drawn: from a degraded
    // asset, or touching the selected one.
    let mut shapes = Vec::new();
    let total: usize = s.asset_deps.iter().map(Vec::len).sum();
    for (a, deps) in s.asset_deps.iter().enumerate() {
        for &d in deps {
            let (Some(to), Some(from)) = (rects[a], rects[d]) else {
                continue;
            };
            let matters = game.ex().state().assets[d].service < 80.0
                || game.draft.asset == Some(a)
                || game.draft.asset == Some(d);
            if total > 30 && !matters {
                continue;
            }
            let service = game.ex().state().assets[d].service;
            let (_, colour) = theme::service_status(service, l);
            let colour = if service >= 80.0 { theme::MUTED.gamma_multiply(0.6) } else { colour };
            let p0 = from.center();
            let p1 = to.center();
            shapes.push(egui::Shape::line_segment([p0, p1], Stroke::new(2.5, colour)));
            // A dot where the link enters the dependent card (direction without colour).
            let dir = (p1 - p0).normalized();
            let t = to.expand(6.0);
            let mut p = p1;
            for k in 0..400 {
                let q = p1 - dir * k as f32;
                if !t.contains(q) {
                    p = q;
                    break;
                }
            }
            shapes.push(egui::Shape::circle_filled(p, 5.0, colour));
        }
    }
    ui.painter().set(links, egui::Shape::Vec(shapes));
}

/// One asset: service (number, word and bar), protections, and visible incidents.
fn asset_card(ui: &mut egui::Ui, game: &mut Game, a: usize, width: f32, l: Lang) -> egui::Rect {
    let s = game.ex().scenario().clone();
    let def = &s.def.assets[a];
    let st = game.ex().state().assets[a].clone();
    let selected = game.draft.asset == Some(a);
    let (_, colour) = theme::service_status(st.service, l);
    let frame = egui::Frame::new()
        .fill(if selected { theme::CARD_SELECTED } else { theme::CARD })
        .stroke(if selected {
            Stroke::new(2.0, theme::ACCENT)
        } else {
            Stroke::new(1.0, colour.gamma_multiply(0.5))
        })
        .corner_radius(6.0)
        .inner_margin(8.0)
        .outer_margin(egui::Margin::symmetric(0, 4));
    let mut clicked_incident = None;
    let resp = frame.show(ui, |ui| {
        ui.set_width(width);
        ui.vertical(|ui| asset_card_body(ui, game, a, width, l, &mut clicked_incident));
    });
    let rect = resp.response.rect;
    if game.scroll_to == Some(a) {
        ui.scroll_to_rect(rect, Some(egui::Align::Center));
        game.scroll_to = None;
    }
    let r = resp.response.interact(egui::Sense::click()).on_hover_text(tr!(
        l,
        "app-asset-card.hover",
        sector = crate::narrate::labels::sector(l, def.sector),
        nation = s.def.nations[s.asset_nation[a]].name.as_str(),
        people = def.population,
        own = Arg::num(st.own, 0),
        service = Arg::num(st.service, 0),
        lowest = Arg::num(st.min_service, 0)
    ));
    if let Some(i) = clicked_incident {
        game.select_incident(i);
    } else if r.clicked() {
        game.select_asset(a);
    }
    rect
}

fn asset_card_body(
    ui: &mut egui::Ui,
    game: &Game,
    a: usize,
    width: f32,
    l: Lang,
    clicked_incident: &mut Option<usize>,
) {
    let s = game.ex().scenario();
    let def = &s.def.assets[a];
    let st = &game.ex().state().assets[a];
    let turn = game.ex().state().turn;
    let (word, colour) = theme::service_status(st.service, l);
    ui.add(egui::Label::new(RichText::new(s.text(l, Text::Asset(a))).size(16.0).strong()).truncate());
    ui.horizontal(|ui| {
        ui.add(
            egui::ProgressBar::new((st.service / 100.0) as f32)
                .desired_width(width * 0.45)
                .desired_height(12.0)
                .fill(colour),
        );
        ui.label(RichText::new(format!("{:.0}% {word}", st.service)).strong().color(colour));
    });
    let mut flags = Vec::new();
    if st.isolated {
        flags.push(tr!(l, "app-asset-isolated"));
    }
    if st.hunt_until >= turn && st.hunt_from > 0 {
        flags.push(tr!(l, "app-asset-hunt", from = st.hunt_from, until = st.hunt_until));
    }
    flags.push(format!("🛡 {:.0}", st.hardening));
    flags.push(format!("👁 {:.0}", st.monitoring));
    if !def.depends_on.is_empty() {
        let names: Vec<&str> = def
            .depends_on
            .iter()
            .filter_map(|d| s.asset_ix.get(d))
            .map(|&k| s.def.assets[k].name.as_str())
            .collect();
        flags.push(tr!(l, "app-asset-needs", names = names.join(", ")));
    }
    ui.add(egui::Label::new(RichText::new(flags.join("  ·  ")).size(12.5).color(theme::MUTED)).wrap());
    for i in 0..s.def.incidents.len() {
        if s.incident_target[i] != a || !game.incident_visible(i) {
            continue;
        }
        let inc = &game.ex().state().incidents[i];
        let idef = &s.def.incidents[i];
        let stage = idef.stages.get(inc.stage).map_or("?", |x| x.name.as_str());
        let text = format!(
            "{} {} — {} ({}/{}) · {}",
            theme::status_icon(inc.status),
            idef.name,
            stage,
            inc.stage + 1,
            idef.stages.len(),
            crate::narrate::labels::status(l, inc.status)
        );
        let sel = game.draft.incident == Some(i);
        if ui
            .selectable_label(sel, RichText::new(text).color(theme::status_colour(inc.status)).size(14.0))
            .clicked()
        {
            *clicked_incident = Some(i);
        }
    }
}
