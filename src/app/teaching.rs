//! Teaching the solo learner: the "Next step" coach of the tutorial (the
//! steps come from `teach::coach_step`, the Directive's typed `expects`), the
//! glossary overlay (G), and readable key decisions for the debrief.
//!
//! The logic is in plain functions (tested without a window); the drawing
//! functions only read the [`Game`].

use super::intent::Intent;
use super::overlay::Overlay;
use super::screens::Screen;
use super::session::Game;
use super::theme;
use crate::scenario::ActionKindName;
use crate::sim::{Decision, Exercise};
use crate::teach::{KeyDecision, coach_step};
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_glossary.run_if(in_state(Screen::Board).or_else(in_state(Screen::Debrief))),
    );
}

/// A decision in words: "KISA hardens Incheon substation" (actions and the
/// room's choices; the narrator's words, as in the reports).
pub fn describe_decision(ex: &Exercise, d: &Decision) -> Option<String> {
    matches!(d, Decision::Act { .. } | Decision::Choose { .. })
        .then(|| crate::narrate::decision(crate::i18n::Lang::En, ex.scenario(), d).1)
}

/// Whose decision it was in a solo game: "YOU" or "PARTNER" (empty in a workshop).
pub fn whose(ex: &Exercise, mode: super::session::Mode, k: &KeyDecision) -> &'static str {
    let super::session::Mode::Solo(me) = mode else {
        return "";
    };
    match ex.decisions().get(k.index) {
        Some(Decision::Act { action, .. }) => match ex.scenario().nation_ix.get(&action.nation) {
            Some(&n) if n == me => "YOU",
            Some(_) => "PARTNER",
            None => "",
        },
        Some(Decision::Choose { .. }) => "YOU",
        _ => "",
    }
}

/// "+6.2 points: KISA hardens Incheon substation, turn 2".
pub fn key_decision_line(ex: &Exercise, k: &KeyDecision) -> String {
    let what =
        ex.decisions().get(k.index).and_then(|d| describe_decision(ex, d)).unwrap_or_else(|| k.text.clone());
    format!("{:+.1} points: {what}, turn {}", k.score_delta, k.turn)
}

/// The "Next step" coach box (tutorial): the directive, its steps ticked off,
/// and the family to try next. Draws nothing when no directive is in play.
pub fn coach_box(ui: &mut egui::Ui, game: &mut Game, out: &mut Vec<Intent>) {
    let Some(step) = coach_step(game.ex(), game.acting) else {
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
            ui.label(RichText::new("🎓 Next step").size(18.0).strong().color(theme::YELLOW));
            ui.label(RichText::new(&step.title).size(15.0).strong()).on_hover_text(&step.text);
            for (k, done) in &step.steps {
                let (icon, colour) = if *done {
                    ("☑", theme::GOOD)
                } else if Some(*k) == next {
                    ("➜", theme::YELLOW)
                } else {
                    ("☐", theme::TEXT)
                };
                let r = ui
                    .add(
                        egui::Label::new(
                            RichText::new(format!("{icon} {}", k.label())).size(15.0).color(colour),
                        )
                        .sense(egui::Sense::click()),
                    )
                    .on_hover_text(format!(
                        "{}\n({})",
                        k.effect(),
                        if *k == ActionKindName::Hotline {
                            "click to call now"
                        } else {
                            "click to choose it"
                        }
                    ));
                if r.clicked() {
                    pick = Some(*k);
                }
            }
            let hint = match next {
                Some(ActionKindName::Hotline) => {
                    format!("Try: the red ☎ HOTLINE button at the top (H). {}", step.expected)
                }
                Some(k) => {
                    format!("Try: {} (marked ➜ in the action panel, right). {}", k.label(), step.expected)
                }
                None => "All done for this turn — end the turn when ready (Space).".into(),
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
    coach_step(game.ex(), game.acting).and_then(|s| s.next())
}

/// A term with its glossary definition as a hover text.
pub fn term_hover(r: egui::Response, term: &str) -> egui::Response {
    match crate::teach::define(term) {
        Some(d) => r.on_hover_text(format!("{term}: {d}\n(G: glossary)")),
        None => r,
    }
}

fn draw_glossary(
    mut contexts: EguiContexts,
    overlay: Res<Overlay>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    if *overlay != Overlay::Glossary {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut close = false;
    egui::Modal::new("glossary".into()).show(ctx, |ui| {
        ui.set_width(820.0);
        ui.label(theme::big("📖 Glossary", 26.0));
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
            for (term, def) in crate::teach::GLOSSARY {
                row(ui, RichText::new(*term).strong().size(16.0).color(theme::SKY), def.to_string());
            }
            ui.separator();
            for k in ActionKindName::ALL {
                let cost = k.cost();
                let def = format!("{} (costs {cost} point{})", k.effect(), if cost == 1 { "" } else { "s" });
                row(ui, RichText::new(k.label()).strong().size(16.0).color(theme::YELLOW), def);
            }
        });
        ui.add_space(8.0);
        if ui.button("Close (G / Esc)").clicked() {
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
            assert!(summary.why.as_deref().is_none_or(|w| w.starts_with("Why: ")));
        }
        assert!(partner_spoke, "the partner AI acts or explains itself");
        assert_eq!(game.ex().difficulty(), Difficulty::Crisis);
    }

    #[test]
    fn decisions_in_words() {
        let mut ex = tutorial();
        let rok = ex.scenario().nation_ix["rok"];
        let asset = ex
            .scenario()
            .def
            .assets
            .iter()
            .find(|a| ex.scenario().asset_nation[ex.scenario().asset_ix[&a.id]] == rok)
            .unwrap();
        let name = asset.name.clone();
        let action = ex.agency_for(rok, &ActionKind::Harden(asset.id.clone())).unwrap();
        let d = Decision::Act { action, rationale: String::new() };
        let text = describe_decision(&ex, &d).unwrap();
        assert!(text.ends_with(&format!("hardens {name}")), "{text}");
        ex.submit(d).unwrap();
        let k = KeyDecision { index: 0, turn: 1, text: String::new(), score_delta: 6.25 };
        assert!(key_decision_line(&ex, &k).starts_with("+6.2 points: "));
        assert!(key_decision_line(&ex, &k).ends_with(", turn 1"));
    }
}
