//! Teaching the solo learner: the "Next step" coach of the tutorial (the
//! steps come from `teach::coach_step`, the Directive's typed `expects`), the
//! glossary overlay (G), and readable key decisions for the debrief, all in
//! the reader's language (`glossary.ftl`, `coach.ftl`).
//!
//! The logic is in plain functions (tested without a window); the drawing
//! functions only read the [`Game`].

use super::intent::Intent;
use super::lang::Languages;
use super::overlay::Overlay;
use super::screens::Screen;
use super::session::Game;
use super::theme;
use super::words::family_effect;
use crate::i18n::Lang;
use crate::scenario::ActionKindName;
use crate::sim::{Decision, Exercise};
use crate::teach::{KeyDecision, Term, coach_step};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_glossary.run_if(in_state(Screen::Board).or_else(in_state(Screen::Debrief))),
    );
}

/// Whose decision it was in a solo game: "YOU" or "PARTNER" (empty in a workshop).
pub fn whose(l: Lang, ex: &Exercise, mode: super::session::Mode, k: &KeyDecision) -> String {
    let super::session::Mode::Solo(me) = mode else {
        return String::new();
    };
    match &k.decision {
        Decision::Act { action, .. } => match ex.scenario().nation_ix.get(&action.nation) {
            Some(&n) if n == me => tr!(l, "coach-whose-you"),
            Some(_) => tr!(l, "coach-whose-partner"),
            None => String::new(),
        },
        Decision::Choose { .. } => tr!(l, "coach-whose-you"),
        _ => String::new(),
    }
}

/// "+6.2 points: KISA hardens Incheon substation, turn 2", in `l`.
pub fn key_decision_line(l: Lang, ex: &Exercise, k: &KeyDecision) -> String {
    k.line(l, ex.scenario())
}

/// The "Next step" coach box (tutorial): the directive, its steps ticked off,
/// and the family to try next, in the desk's language. Draws nothing when no
/// directive is in play.
pub fn coach_box(ui: &mut egui::Ui, game: &mut Game, out: &mut Vec<Intent>) {
    let l = game.lang;
    let Some(step) = coach_step(l, game.ex(), game.acting) else {
        return;
    };
    let next = step.next();
    let mut pick = None;
    egui::Frame::new()
        .fill(theme::YELLOW.gamma_multiply(0.10))
        .stroke(egui::Stroke::new(1.5, theme::YELLOW.gamma_multiply(0.8)))
        .corner_radius(6.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tr!(l, "coach-title")).size(18.0).strong().color(theme::YELLOW));
            ui.label(RichText::new(&step.title).size(15.0).strong()).on_hover_text(&step.text);
            for (k, done) in &step.steps {
                let (icon, colour) = if *done {
                    ("☑", theme::GOOD)
                } else if Some(*k) == next {
                    ("➜", theme::YELLOW)
                } else {
                    ("☐", theme::TEXT)
                };
                let hover = match k {
                    ActionKindName::Hotline => {
                        tr!(l, "coach-step-hover-hotline", effect = family_effect(l, *k))
                    }
                    _ => tr!(l, "coach-step-hover", effect = family_effect(l, *k)),
                };
                let r = ui
                    .add(
                        egui::Label::new(
                            RichText::new(format!("{icon} {}", k.label_in(l))).size(15.0).color(colour),
                        )
                        .sense(egui::Sense::click()),
                    )
                    .on_hover_text(hover);
                if r.clicked() {
                    pick = Some(*k);
                }
            }
            let expected = step.expected.as_str();
            let hint = match next {
                Some(ActionKindName::Hotline) => tr!(l, "coach-try-hotline", expected = expected),
                Some(k) => tr!(l, "coach-try", family = k.label_in(l), expected = expected),
                None => tr!(l, "coach-all-done"),
            };
            ui.label(RichText::new(hint).size(13.5).color(theme::MUTED));
        });
    ui.add_space(4.0);
    match pick {
        Some(ActionKindName::Hotline) => out.push(Intent::CallHotline),
        Some(k) => {
            game.draft.family = k;
            game.pick_agency();
        }
        None => {}
    }
}

/// The family the coach asks for next, to highlight in the action panel.
pub fn coach_highlight(game: &Game) -> Option<ActionKindName> {
    coach_step(game.lang, game.ex(), game.acting).and_then(|s| s.next())
}

/// A term with its glossary definition as a hover text, in `l`.
pub fn term_hover(r: egui::Response, l: Lang, term: Term) -> egui::Response {
    r.on_hover_text(tr!(l, "glossary-hover", term = term.name(l), definition = term.definition(l)))
}

fn draw_glossary(
    mut contexts: EguiContexts,
    overlay: Res<Overlay>,
    mut intents: MessageWriter<Intent>,
    langs: Res<Languages>,
    game: Option<Res<Game>>,
) -> Result {
    if *overlay != Overlay::Glossary {
        return Ok(());
    }
    // The reader at the desk (the help overlay's choice).
    let l = game.map_or(langs.ui, |g| langs.desk(&g));
    let ctx = contexts.ctx_mut()?;
    let mut close = false;
    egui::Modal::new("glossary".into()).show(ctx, |ui| {
        ui.set_width(820.0);
        ui.label(theme::big(tr!(l, "glossary-title"), 26.0));
        ui.add_space(6.0);
        egui::ScrollArea::vertical().max_height(ctx.viewport_rect().height() * 0.7).show(ui, |ui| {
            let row = |ui: &mut egui::Ui, term: RichText, def: String| {
                ui.horizontal_top(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(210.0, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(210.0);
                            ui.add(egui::Label::new(term).wrap());
                        },
                    );
                    ui.add_space(10.0);
                    ui.add(egui::Label::new(RichText::new(def).size(15.0)).wrap());
                });
                ui.add_space(6.0);
            };
            for term in Term::ALL {
                let name = RichText::new(term.name(l)).strong().size(16.0).color(theme::SKY);
                row(ui, name, term.definition(l));
            }
            ui.separator();
            for k in ActionKindName::ALL {
                let def = tr!(l, "glossary-family", effect = family_effect(l, k), cost = k.cost());
                row(ui, RichText::new(k.label_in(l)).strong().size(16.0).color(theme::YELLOW), def);
            }
        });
        ui.add_space(8.0);
        if ui.button(tr!(l, "glossary-close")).clicked() {
            close = true;
        }
    });
    if close {
        intents.write(Intent::Toggle(Overlay::Glossary));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Scenario;
    use crate::sim::{ActionKind, Decision};
    use std::sync::Arc;

    fn tutorial() -> Exercise {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron");
        Exercise::new(Arc::new(Scenario::load(path).expect("tutorial loads")), 3)
    }

    #[test]
    fn solo_turn_summary_has_the_partner_and_the_why() {
        use crate::app::session::Mode;
        use crate::sim::Difficulty;
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
        let s = Arc::new(Scenario::load(path).unwrap());
        let rok = s.nation_ix["rok"];
        let mut game = Game::with_difficulty(s, 3, Mode::Solo(rok), Difficulty::Crisis);
        let mut partner_spoke = false;
        for _ in 0..4 {
            crate::app::intent::end_turn(&mut game);
            let summary = game.summary.take().expect("a summary after each turn");
            assert!(summary.partner.iter().all(|e| e.nation != Some(rok)), "only the partner's moves");
            partner_spoke |= !summary.partner.is_empty();
            // The why is narrated when drawn, in the language of the moment.
            let why = |l| summary.why.as_ref().map(|e| crate::teach::why_text(l, game.ex().scenario(), e));
            assert!(why(Lang::En).is_none_or(|w| w.starts_with("Why: ")));
            assert!(why(Lang::Ko).is_none_or(|w| !w.starts_with("Why") && w != why(Lang::En).unwrap()));
        }
        assert!(partner_spoke, "the partner AI acts or explains itself");
        assert_eq!(game.ex().difficulty(), Difficulty::Crisis);
    }

    #[test]
    fn key_decisions_in_words_in_each_language() {
        let mut ex = tutorial();
        let rok = ex.scenario().nation_ix["rok"];
        let s = ex.scenario().clone();
        let a = (0..s.def.assets.len()).find(|&a| s.asset_nation[a] == rok).unwrap();
        let action = ex.agency_for(rok, &ActionKind::Harden(s.def.assets[a].id.clone())).unwrap();
        let d = Decision::Act { action, rationale: String::new(), motive: None };
        ex.submit(d.clone()).unwrap();
        let k = KeyDecision { index: 0, turn: 1, decision: d, score_delta: 6.25 };
        let en = key_decision_line(Lang::En, &ex, &k);
        assert!(
            en.starts_with("+6.2 points: ")
                && en.ends_with(&format!("hardens {}, turn 1", s.def.assets[a].name))
        );
        let ko = key_decision_line(Lang::Ko, &ex, &k);
        let name = s.text(Lang::Ko, crate::scenario::Text::Asset(a));
        assert!(ko.starts_with("+6.2점: ") && ko.contains(name) && ko.ends_with("(1턴)"), "{ko}");
        assert_ne!(name, s.def.assets[a].name, "the tutorial's asset has its Korean name");
        let solo = super::super::session::Mode::Solo(rok);
        assert_eq!(whose(Lang::Ko, &ex, solo, &k), "플레이어");
        assert_eq!(whose(Lang::En, &ex, super::super::session::Mode::Workshop, &k), "");
    }
}
