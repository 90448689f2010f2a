//! The log and timeline: every public entry, newest at the bottom, filterable
//! by nation; secret entries stay hidden until the debrief.

use crate::app::intent::Intent;
use crate::app::overlay::Panels;
use crate::app::session::{Game, Mode};
use crate::app::theme;
use crate::i18n::Lang;
use crate::scenario::{Scenario, Text};
use crate::sim::{LogEntry, LogKind};
use crate::tr;
use bevy_egui::egui::{self, Color32, RichText};

pub fn kind_colour(k: LogKind) -> Color32 {
    match k {
        LogKind::Turn => theme::MUTED,
        LogKind::Inject => theme::WARN,
        LogKind::Decision => theme::SKY,
        LogKind::Attack => theme::BAD,
        LogKind::Detection => theme::YELLOW,
        LogKind::Investigation => theme::PURPLE,
        LogKind::Service => theme::BAD,
        LogKind::Escalation => theme::WARN,
        LogKind::Trust => theme::GOOD,
        LogKind::Diplomacy => theme::GOOD,
        LogKind::Facilitator => theme::ACCENT,
        LogKind::Outcome => theme::TEXT,
    }
}

/// The log panel on the board (L toggles it).
pub fn show(ui: &mut egui::Ui, game: &mut Game, panels: &Panels, l: Lang, out: &mut Vec<Intent>) {
    let s = game.ex().scenario().clone();
    ui.horizontal(|ui| {
        ui.label(theme::big(tr!(l, "app-log"), 18.0));
        ui.label(RichText::new(tr!(l, "app-log.hides")).color(theme::MUTED));
        ui.separator();
        ui.label(tr!(l, "app-log-show"));
        ui.selectable_value(&mut game.log_nation, None, tr!(l, "app-log-all-nations"));
        for n in 0..s.nations() {
            ui.selectable_value(&mut game.log_nation, Some(n), s.text(l, Text::NationShort(n)));
        }
        if game.mode == Mode::Workshop {
            ui.separator();
            if ui.selectable_label(panels.console, tr!(l, "app-log-console")).clicked() {
                out.push(Intent::ToggleConsole);
            }
        }
    });
    let filter = game.log_nation;
    let entries: Vec<&LogEntry> = game
        .ex()
        .log()
        .iter()
        .filter(|e| game.entry_visible(e) && filter.is_none_or(|n| e.nation.is_none_or(|m| m == n)))
        .collect();
    entries_list(ui, &s, &entries, l, "log_scroll");
}

/// A scrollable list of log entries (shared with the debrief).
pub fn entries_list(ui: &mut egui::Ui, s: &Scenario, entries: &[&LogEntry], l: Lang, id: &str) {
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical().id_salt(id).auto_shrink([false, false]).stick_to_bottom(true).show_rows(
        ui,
        row_h,
        entries.len(),
        |ui, range| {
            for e in &entries[range] {
                ui.horizontal(|ui| {
                    let turn = tr!(l, "app-log-turn", turn = e.turn);
                    ui.label(RichText::new(format!("{turn:<3}")).monospace().color(theme::MUTED));
                    ui.label(
                        RichText::new(format!("{:<13}", crate::narrate::labels::log_kind(l, e.kind())))
                            .monospace()
                            .color(kind_colour(e.kind())),
                    );
                    let secret = if e.secret() { "🔒 " } else { "" };
                    let who = who(s, e, l);
                    // One row each (show_rows): a long line ends in "…" and shows whole on hover.
                    let line = RichText::new(format!("{secret}{who}{}", crate::narrate::entry(l, s, e)));
                    ui.add(egui::Label::new(line).truncate());
                });
            }
        },
    );
}

/// "[ROK] ": the nation an entry is about, in `l` (empty when none).
pub fn who(s: &Scenario, e: &LogEntry, l: Lang) -> String {
    e.nation
        .filter(|&n| n < s.nations())
        .map_or(String::new(), |n| format!("[{}] ", s.text(l, Text::NationShort(n))))
}

/// "T3 [ROK] …": an entry on one line with its turn and nation (the
/// debrief's decisions, the console's notes).
pub fn entry_line(s: &Scenario, e: &LogEntry, l: Lang) -> String {
    let text = crate::narrate::entry(l, s, e);
    tr!(l, "app-log-line", turn = e.turn, who = who(s, e, l), text = text)
}
