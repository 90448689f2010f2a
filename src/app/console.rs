//! The facilitator's console (F2, or M): pause and resume, advance the turn,
//! the per-team countdown, the inject timeline (what fired and when, what is
//! coming and on what trigger) with fire now / hold / release / skip, an
//! adjudication override with its required reason, and facilitator notes.
//! Everything it changes goes out as an [`Intent`] (the game's changes as
//! `Decision`s).

use super::intent::Intent;
use super::overlay::{Overlay, Panels};
use super::session::{Game, Mode};
use super::table::{COUNTDOWN_CHOICES, Table};
use super::theme;
use crate::i18n::Lang;
use crate::scenario::{Text, Trigger};
use crate::sim::{AdjudicationTarget, Decision, LogKind};
use crate::tr;
use bevy_egui::egui::{self, RichText};

/// What the adjudication form is about to override.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    #[default]
    Service,
    Trust,
    Escalation,
    Stage,
}

impl Target {
    const ALL: [Target; 4] = [Target::Service, Target::Trust, Target::Escalation, Target::Stage];
    fn label(self, l: Lang) -> String {
        match self {
            Target::Service => tr!(l, "app-console-target-service"),
            Target::Trust => tr!(l, "app-console-target-trust"),
            Target::Escalation => tr!(l, "app-console-target-escalation"),
            Target::Stage => tr!(l, "app-console-target-stage"),
        }
    }
}

/// The console's form fields (kept between frames).
#[derive(Debug, Clone, Default)]
pub struct Form {
    pub target: Target,
    pub asset: usize,
    pub incident: usize,
    pub value: f64,
    /// The value field was filled for this target; refill when the target changes.
    pub filled_for: Option<(Target, usize)>,
    pub reason: String,
    pub note: String,
}

/// The current value of what the form targets.
fn current_value(game: &Game, form: &Form) -> f64 {
    let st = game.ex().state();
    match form.target {
        Target::Service => st.assets.get(form.asset).map_or(0.0, |a| a.own),
        Target::Trust => st.alliance_trust(),
        Target::Escalation => st.escalation,
        Target::Stage => st.incidents.get(form.incident).map_or(0.0, |i| i.stage as f64),
    }
}

/// Sections of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Not fired yet, at a set turn.
    Timed,
    /// Not fired yet, waiting for its trigger.
    Triggered,
    /// Fired (latest first).
    Fired,
    /// Dropped by the facilitator.
    Skipped,
}

impl Section {
    fn heading(self, l: Lang) -> String {
        match self {
            Section::Timed => tr!(l, "app-console-section-timed"),
            Section::Triggered => tr!(l, "app-console-section-triggered"),
            Section::Fired => tr!(l, "app-console-section-fired"),
            Section::Skipped => tr!(l, "app-console-section-skipped"),
        }
    }
}

/// The order of the timeline: what is coming first (timed ones by turn,
/// then triggered ones), then what fired (latest first), then skipped ones.
pub fn timeline_order(game: &Game) -> Vec<(Section, usize)> {
    let s = &game.ex().scenario().def;
    let st = game.ex().state();
    let mut v: Vec<(Section, i64, usize)> = (0..s.injects.len())
        .map(|i| {
            let inj = &st.injects[i];
            match (inj.skipped, inj.fired_turn, &s.injects[i].trigger) {
                (true, _, _) => (Section::Skipped, 0, i),
                (_, Some(t), _) => (Section::Fired, -i64::from(t), i),
                (_, None, Trigger::AtTurn(t)) => (Section::Timed, i64::from(*t), i),
                _ => (Section::Triggered, 0, i),
            }
        })
        .collect();
    v.sort();
    v.into_iter().map(|(sec, _, i)| (sec, i)).collect()
}

/// Draws the console window when it is open ([`Panels::console`]), in the
/// facilitator's language `l` (the app's, not the desk's).
#[allow(clippy::too_many_arguments)]
pub fn show(
    ctx: &egui::Context,
    game: &Game,
    table: &Table,
    panels: &Panels,
    overlay: Overlay,
    form: &mut Form,
    l: Lang,
    out: &mut Vec<Intent>,
) {
    if !panels.console || game.mode != Mode::Workshop {
        return;
    }
    let mut open = true;
    let vp = ctx.viewport_rect();
    egui::Window::new(theme::big(tr!(l, "app-console-title"), 20.0))
        .id(egui::Id::new("facilitator_console"))
        .open(&mut open)
        .order(egui::Order::Foreground)
        .default_pos(egui::pos2(vp.width() * 0.18, 70.0))
        .default_size(egui::vec2(vp.width() * 0.62, vp.height() * 0.82))
        .collapsible(false)
        .vscroll(true)
        .show(ctx, |ui| body(ui, game, table, overlay, form, l, out));
    if !open {
        out.push(Intent::ToggleConsole);
    }
}

/// The console itself: the controls, then the inject timeline beside
/// adjudication and notes. The local console's window holds it, and so does
/// a networked facilitator's screen (`net_console.rs`), whose game is built
/// from the host's view and whose intents the door sends to the host.
pub fn body(
    ui: &mut egui::Ui,
    game: &Game,
    table: &Table,
    overlay: Overlay,
    form: &mut Form,
    l: Lang,
    out: &mut Vec<Intent>,
) {
    let mut decision: Option<Decision> = None;
    controls(ui, game, table, overlay, l, out);
    ui.separator();
    ui.columns(2, |cols| {
        timeline(&mut cols[0], game, l, &mut decision);
        adjudication(&mut cols[1], game, form, l, &mut decision);
        cols[1].separator();
        notes(&mut cols[1], game, form, l, &mut decision);
    });
    if let Some(d) = decision {
        // The form is done with once its decision is sent.
        if matches!(d, Decision::Adjudicate { .. }) {
            form.reason.clear();
            form.filled_for = None;
        }
        if matches!(d, Decision::Note { .. }) {
            form.note.clear();
        }
        out.push(Intent::Facilitate(d));
    }
}

fn controls(ui: &mut egui::Ui, game: &Game, table: &Table, overlay: Overlay, l: Lang, out: &mut Vec<Intent>) {
    let s = &game.ex().scenario().def;
    let st = game.ex().state();
    let networked = game.net_seat.is_some();
    ui.horizontal_wrapped(|ui| {
        let (label, fill) = if table.paused {
            (tr!(l, "app-console-resume"), theme::GOOD.gamma_multiply(0.6))
        } else {
            (tr!(l, "app-console-pause"), theme::WARN.gamma_multiply(0.6))
        };
        if ui
            .add(egui::Button::new(theme::big(label, 18.0)).fill(fill).min_size(egui::vec2(130.0, 36.0)))
            .clicked()
        {
            out.push(Intent::TogglePause);
        }
        let over = st.is_over();
        if ui
            .add_enabled(
                !over,
                egui::Button::new(theme::big(tr!(l, "app-console-advance"), 18.0))
                    .min_size(egui::vec2(190.0, 36.0)),
            )
            .on_hover_text(tr!(l, "app-console-advance.hover"))
            .clicked()
        {
            out.push(Intent::AdvanceTurn);
        }
        // A networked console has no board for the projector view to cover
        // (the projector is a seat of its own); the second window it has.
        let mut projector = overlay == Overlay::Projector;
        if !networked
            && ui
                .add(egui::Checkbox::new(
                    &mut projector,
                    RichText::new(tr!(l, "app-console-projector")).size(16.0),
                ))
                .changed()
        {
            out.push(Intent::Toggle(Overlay::Projector));
        }
        let mut window = table.projector_window;
        if ui
            .add(egui::Checkbox::new(&mut window, RichText::new(tr!(l, "app-console-window")).size(16.0)))
            .changed()
        {
            out.push(Intent::ToggleProjectorWindow);
        }
        ui.separator();
        ui.label(RichText::new(tr!(l, "app-console-countdown")).size(16.0));
        for m in COUNTDOWN_CHOICES {
            let text = if m == 0 {
                tr!(l, "app-console-countdown-off")
            } else {
                tr!(l, "app-console-minutes", minutes = m)
            };
            if ui.selectable_label(table.countdown_minutes == m, RichText::new(text).size(16.0)).clicked() {
                out.push(Intent::SetCountdown(m));
            }
        }
    });
    let sc = game.ex().scenario();
    let done: Vec<&str> = (0..sc.nations())
        .filter(|&n| table.done.get(n).copied().unwrap_or(false))
        .map(|n| sc.text(l, Text::NationShort(n)))
        .collect();
    let (turn, turns, time) = (st.turn.min(s.turns), s.turns, sc.time_label(l, st.turn));
    // Networked, every team plans at its own screen: who is still planning
    // is the strip above the console, and there is no desk.
    let mut line = if networked {
        tr!(l, "app-console-state-net", turn = turn, turns = turns, time = time)
    } else {
        tr!(
            l,
            "app-console-state",
            turn = turn,
            turns = turns,
            time = time,
            desk = if game.acting < sc.nations() { sc.text(l, Text::Nation(game.acting)) } else { "—" },
            done = if done.is_empty() { tr!(l, "app-console-nobody-done") } else { done.join(", ") }
        )
    };
    if table.paused {
        line = format!("{line} · {}", tr!(l, "app-console-paused"));
    }
    ui.label(RichText::new(line).size(15.0).color(theme::MUTED));
}

fn timeline(ui: &mut egui::Ui, game: &Game, l: Lang, decision: &mut Option<Decision>) {
    let s = game.ex().scenario().clone();
    let st = game.ex().state();
    ui.label(theme::big(tr!(l, "app-console-timeline"), 18.0));
    ui.label(RichText::new(tr!(l, "app-console-timeline.help")).color(theme::MUTED));
    egui::ScrollArea::vertical()
        .id_salt("console_timeline")
        .max_height(ui.ctx().viewport_rect().height() * 0.6)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let mut section = None;
            for (sec, i) in timeline_order(game) {
                if section != Some(sec) {
                    section = Some(sec);
                    ui.add_space(4.0);
                    ui.label(RichText::new(sec.heading(l)).size(16.0).strong().color(theme::SKY));
                }
                let def = &s.def.injects[i];
                let inj = &st.injects[i];
                let (tag, colour) = if inj.skipped {
                    (tr!(l, "app-console-tag-skipped"), theme::MUTED)
                } else if inj.held {
                    (tr!(l, "app-console-tag-held"), theme::WARN)
                } else if let Some(t) = inj.fired_turn {
                    (tr!(l, "app-console-tag-fired", turn = t), theme::GOOD)
                } else if let Trigger::AtTurn(t) = def.trigger {
                    if t > st.turn {
                        (tr!(l, "app-console-tag-in", turns = t - st.turn), theme::SKY)
                    } else {
                        (tr!(l, "app-console-tag-due"), theme::SKY)
                    }
                } else {
                    (tr!(l, "app-console-tag-waiting"), theme::MUTED)
                };
                egui::Frame::new()
                    .fill(theme::CARD)
                    .corner_radius(5.0)
                    .inner_margin(6.0)
                    .outer_margin(egui::Margin::symmetric(0, 2))
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(tag).strong().color(colour));
                            ui.label(RichText::new(s.text(l, Text::InjectTitle(i))).size(15.0).strong())
                                .on_hover_text(s.text(l, Text::InjectText(i)));
                        });
                        ui.horizontal(|ui| {
                            let trigger = crate::narrate::trigger(l, &s, &def.trigger);
                            let room = (ui.available_width() - 190.0).max(120.0);
                            ui.allocate_ui(egui::vec2(room, 20.0), |ui| {
                                ui.add(
                                    egui::Label::new(RichText::new(&trigger).size(13.5).color(theme::MUTED))
                                        .truncate(),
                                )
                                .on_hover_text(&trigger);
                            });
                            if !inj.skipped && !st.is_over() {
                                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                                    // Right to left: reads "Fire now · Hold · Skip".
                                    if inj.fired_turn.is_none() || !def.once {
                                        if ui.small_button(tr!(l, "app-console-skip")).clicked() {
                                            *decision = Some(Decision::SkipInject(def.id.clone()));
                                        }
                                        let hold = if inj.held {
                                            tr!(l, "app-console-release")
                                        } else {
                                            tr!(l, "app-console-hold")
                                        };
                                        if ui.small_button(hold).clicked() {
                                            *decision = Some(Decision::HoldInject {
                                                inject: def.id.clone(),
                                                hold: !inj.held,
                                            });
                                        }
                                    }
                                    if ui.small_button(tr!(l, "app-console-fire")).clicked() {
                                        *decision = Some(Decision::FireInject(def.id.clone()));
                                    }
                                });
                            }
                        });
                    });
            }
        });
}

fn adjudication(ui: &mut egui::Ui, game: &Game, form: &mut Form, l: Lang, decision: &mut Option<Decision>) {
    let s = game.ex().scenario().clone();
    ui.label(theme::big(tr!(l, "app-console-adjudicate"), 18.0));
    ui.label(RichText::new(tr!(l, "app-console-adjudicate.help")).color(theme::MUTED));
    egui::ComboBox::from_id_salt("adj_target").width(260.0).selected_text(form.target.label(l)).show_ui(
        ui,
        |ui| {
            for t in Target::ALL {
                ui.selectable_value(&mut form.target, t, t.label(l));
            }
        },
    );
    let (range, key) = match form.target {
        Target::Service => {
            form.asset = form.asset.min(s.def.assets.len().saturating_sub(1));
            egui::ComboBox::from_id_salt("adj_asset")
                .width(260.0)
                .selected_text(if form.asset < s.def.assets.len() {
                    s.text(l, Text::Asset(form.asset))
                } else {
                    "—"
                })
                .show_ui(ui, |ui| {
                    for a in 0..s.def.assets.len() {
                        let nation = s.text(l, Text::NationShort(s.asset_nation[a]));
                        let label = format!("{nation} · {}", s.text(l, Text::Asset(a)));
                        ui.selectable_value(&mut form.asset, a, label);
                    }
                });
            (0.0..=100.0, form.asset)
        }
        Target::Stage => {
            form.incident = form.incident.min(s.def.incidents.len().saturating_sub(1));
            egui::ComboBox::from_id_salt("adj_incident")
                .width(260.0)
                .selected_text(if form.incident < s.def.incidents.len() {
                    s.text(l, Text::Incident(form.incident))
                } else {
                    "—"
                })
                .show_ui(ui, |ui| {
                    for i in 0..s.def.incidents.len() {
                        ui.selectable_value(&mut form.incident, i, s.text(l, Text::Incident(i)));
                    }
                });
            let stages = s.def.incidents.get(form.incident).map_or(1, |i| i.stages.len());
            (0.0..=(stages.saturating_sub(1)) as f64, form.incident)
        }
        Target::Trust | Target::Escalation => (0.0..=100.0, 0),
    };
    if form.filled_for != Some((form.target, key)) {
        form.value = current_value(game, form);
        form.filled_for = Some((form.target, key));
    }
    ui.horizontal(|ui| {
        ui.label(tr!(l, "app-console-now", value = crate::i18n::Arg::num(current_value(game, form), 0)));
        let speed = if form.target == Target::Stage { 0.05 } else { 0.5 };
        ui.add(egui::DragValue::new(&mut form.value).range(range).speed(speed).max_decimals(0));
        let stage = form.value as usize;
        if form.target == Target::Stage
            && s.def.incidents.get(form.incident).is_some_and(|i| stage < i.stages.len())
        {
            let name = s.text(l, Text::Stage { incident: form.incident, stage });
            ui.label(RichText::new(tr!(l, "app-console-stage-name", name = name)).color(theme::MUTED));
        }
    });
    ui.add(
        egui::TextEdit::singleline(&mut form.reason)
            .hint_text(tr!(l, "app-console-reason"))
            .desired_width(f32::INFINITY),
    );
    let ready = !form.reason.trim().is_empty() && !game.ex().state().is_over();
    let b = ui.add_enabled(ready, egui::Button::new(theme::big(tr!(l, "app-console-apply"), 16.0)));
    let b = b.on_disabled_hover_text(tr!(l, "app-console-apply.disabled"));
    if b.clicked() {
        let target = match form.target {
            Target::Service => AdjudicationTarget::Service(s.def.assets[form.asset].id.clone()),
            Target::Trust => AdjudicationTarget::Trust,
            Target::Escalation => AdjudicationTarget::Escalation,
            Target::Stage => AdjudicationTarget::Stage(s.def.incidents[form.incident].id.clone()),
        };
        let value = if form.target == Target::Stage { form.value.round() } else { form.value };
        *decision = Some(Decision::Adjudicate { target, value, reason: form.reason.trim().to_string() });
    }
}

fn notes(ui: &mut egui::Ui, game: &Game, form: &mut Form, l: Lang, decision: &mut Option<Decision>) {
    ui.label(theme::big(tr!(l, "app-console-notes"), 18.0));
    ui.add(
        egui::TextEdit::multiline(&mut form.note)
            .hint_text(tr!(l, "app-console-notes.hint"))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    if ui
        .add_enabled(
            !form.note.trim().is_empty() && !game.ex().state().is_over(),
            egui::Button::new(tr!(l, "app-console-add-note")),
        )
        .clicked()
    {
        *decision = Some(Decision::Note { nation: None, text: form.note.trim().to_string() });
    }
    let recent: Vec<_> =
        game.ex().log().iter().rev().filter(|e| e.kind() == LogKind::Facilitator).take(6).collect();
    for e in recent.into_iter().rev() {
        let line = super::board::log::entry_line(game.ex().scenario(), e, l);
        ui.label(RichText::new(line).size(13.5).color(theme::MUTED));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::intent::{Intent, apply};
    use crate::app::overlay::{Overlay, Panels};
    use crate::scenario::{Effect, Scenario};
    use std::sync::Arc;

    /// The notice is read by the team at the desk: a facilitator firing an
    /// inject that starts a hidden intrusion must not tell the room about it.
    #[test]
    fn a_facilitators_notice_carries_nothing_the_desk_may_not_see() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
        let s = Arc::new(Scenario::load(path).unwrap());
        let mut game = Game::new(s.clone(), 5, Mode::Workshop);
        let inject = s
            .def
            .injects
            .iter()
            .find(|d| d.effects.iter().any(|e| matches!(e, Effect::StartIncident(_))))
            .expect("the flagship starts an intrusion from an inject");
        let before = game.ex().log().len();
        let fire = Intent::Facilitate(Decision::FireInject(inject.id.clone()));
        let (mut table, mut overlay, mut panels) = (Table::default(), Overlay::None, Panels::default());
        apply(&mut game, &mut table, &mut overlay, &mut panels, fire);
        let notice = game.notice.clone().expect("the firing is announced");
        assert!(
            notice.ok && notice.text.contains(&inject.title),
            "the desk learns what was fired: {notice:?}"
        );
        let hidden: Vec<String> = game.ex().log()[before..]
            .iter()
            .filter(|e| !game.entry_visible(e))
            .map(|e| crate::narrate::entry(crate::i18n::Lang::En, &s, e))
            .collect();
        assert!(!hidden.is_empty(), "the inject starts an intrusion nobody has seen");
        for line in hidden {
            assert!(!notice.text.contains(&line), "the desk reads a hidden line: {line}");
        }
    }
}
