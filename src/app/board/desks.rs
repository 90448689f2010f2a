//! The board's left panel: the tutorial coach, every agency's remaining
//! capacity (the other team's stays hidden in a hot-seat workshop), and the
//! incidents known at the table.

use crate::app::intent::Intent;
use crate::app::session::{Game, Mode};
use crate::app::{teaching, theme};
use crate::i18n::Lang;
use crate::scenario::Text;
use crate::tr;
use bevy_egui::egui::{self, RichText};

/// Left panel: every agency's remaining capacity, and the incidents known at the table.
pub fn desks(ui: &mut egui::Ui, game: &mut Game, l: Lang, out: &mut Vec<Intent>) {
    let s = game.ex().scenario().clone();
    teaching::coach_box(ui, game, out);
    ui.label(theme::big(tr!(l, "app-desks-agencies"), 18.0));
    for (n, nation) in s.def.nations.iter().enumerate() {
        let name = s.text(l, Text::Nation(n));
        let title = match game.mode {
            Mode::Solo(me) if me == n => tr!(l, "app-desks-you", nation = name),
            // A networked seat: another team plays the other nation.
            Mode::Solo(_) if game.net_seat.is_some() => name.to_string(),
            Mode::Solo(_) => tr!(l, "app-desks-partner-ai", nation = name),
            Mode::Workshop if game.acting == n => tr!(l, "app-desks-at-desk", nation = name),
            Mode::Workshop => name.to_string(),
        };
        ui.add_space(4.0);
        ui.label(RichText::new(title).strong().color(theme::SKY));
        if !game.seat().sees_capacity(n) {
            // Hot-seat: the other team's remaining points stay with that team.
            ui.label(RichText::new(tr!(l, "app-desks-hidden")).color(theme::MUTED));
            continue;
        }
        for g in 0..nation.agencies.len() {
            let agency = s.text(l, Text::Agency { nation: n, agency: g });
            let a = &game.ex().state().nations[n].agencies[g];
            let left = a.remaining();
            let dots: String = (0..a.capacity).map(|k| if k < left { '●' } else { '○' }).collect();
            let colour = if left == 0 { theme::MUTED } else { theme::TEXT };
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("{dots} {left}/{}", a.capacity)).monospace().color(if left == 0 {
                        theme::MUTED
                    } else {
                        theme::GOOD
                    }),
                );
                ui.add(egui::Label::new(RichText::new(agency).color(colour)).truncate());
            })
            .response
            .on_hover_text(
                crate::scenario::Skill::ALL
                    .iter()
                    .filter(|&&k| a.skill(k) > 0)
                    .map(|&k| format!("{} {}", crate::narrate::labels::skill(l, k), a.skill(k)))
                    .collect::<Vec<_>>()
                    .join(" · "),
            );
        }
    }
    ui.add_space(10.0);
    ui.separator();
    ui.label(theme::big(tr!(l, "app-desks-incidents"), 18.0));
    let mut any = false;
    for i in 0..s.def.incidents.len() {
        if !game.incident_visible(i) {
            continue;
        }
        any = true;
        let inc = &game.ex().state().incidents[i];
        let selected = game.draft.incident == Some(i);
        let text = format!(
            "{} {}\n   {} · {}",
            theme::status_icon(inc.status),
            s.text(l, Text::Incident(i)),
            s.text(l, Text::Stage { incident: i, stage: inc.stage }),
            crate::narrate::labels::status(l, inc.status)
        );
        if ui
            .selectable_label(selected, RichText::new(text).color(theme::status_colour(inc.status)))
            .clicked()
        {
            game.select_incident(i);
            game.scroll_to = s.incident_target.get(i).copied();
        }
    }
    if !any {
        ui.label(RichText::new(tr!(l, "app-desks-none")).color(theme::MUTED));
    }
}
