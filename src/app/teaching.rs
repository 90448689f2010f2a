//! Teaching the solo learner: the "Next step" coach of the tutorial (reads
//! the turn's Directive inject and ticks off the action families taken), the
//! glossary overlay (G), and readable key decisions for the debrief.
//!
//! The logic is in plain functions (tested without a window); the drawing
//! functions only read the [`Game`].

use super::intent::Intent;
use super::overlay::Overlay;
use super::screens::Screen;
use super::session::Game;
use super::theme;
use crate::scenario::{ActionKindName, Audience, InjectKind};
use crate::sim::{ActionKind, Decision, Exercise};
use crate::teach::KeyDecision;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_glossary.run_if(in_state(Screen::Board).or_else(in_state(Screen::Debrief))),
    );
}

/// The action families a directive's words ask for, in the order they appear.
pub fn families_in(text: &str) -> Vec<ActionKindName> {
    use ActionKindName as K;
    let t = text.to_lowercase();
    // Longer phrases first, so "joint investigation" is not also "investigate".
    const WORDS: &[(&str, K)] = &[
        ("joint investigation", K::JointInvestigation),
        ("joint public attribution", K::AttributePublicly),
        ("attribute publicly", K::AttributePublicly),
        ("public attribution", K::AttributePublicly),
        ("request assistance", K::RequestAssistance),
        ("mil-to-mil", K::MilitaryCooperation),
        ("military cooperation", K::MilitaryCooperation),
        ("hunt", K::MilitaryCooperation),
        ("share", K::ShareIntel),
        ("investigat", K::Investigate),
        ("hotline", K::Hotline),
        ("harden", K::Harden),
        ("isolate", K::Isolate),
        ("restor", K::Restore),
        ("invest", K::Invest),
    ];
    let mut found: Vec<(usize, K)> = Vec::new();
    let mut taken = vec![false; t.len()];
    for &(w, k) in WORDS {
        let mut from = 0;
        while let Some(p) = t[from..].find(w) {
            let at = from + p;
            from = at + w.len();
            if taken[at..at + w.len()].iter().any(|&x| x) {
                continue;
            }
            // "invest" must not be the start of "investigate"/"investigation".
            if w == "invest" && t[at..].starts_with("investigat") {
                continue;
            }
            taken[at..at + w.len()].iter_mut().for_each(|x| *x = true);
            if !found.iter().any(|&(_, f)| f == k) {
                found.push((at, k));
            }
        }
    }
    found.sort_by_key(|&(at, _)| at);
    found.into_iter().map(|(_, k)| k).collect()
}

/// The coach's step for this turn: the Directive inject the nation is reading,
/// and which of the families it asks for the nation has already taken.
#[derive(Debug, Clone, PartialEq)]
pub struct CoachStep {
    pub inject: usize,
    pub title: String,
    pub text: String,
    pub expected: String,
    /// Each family asked for, and whether `nation` took it this turn.
    pub steps: Vec<(ActionKindName, bool)>,
}

impl CoachStep {
    /// The first family not yet taken (the one to highlight).
    pub fn next(&self) -> Option<ActionKindName> {
        self.steps.iter().find(|(_, done)| !done).map(|&(k, _)| k)
    }
}

/// The Directive inject fired this turn for `nation`, if any, with its steps.
pub fn coach_step(ex: &Exercise, nation: usize) -> Option<CoachStep> {
    let s = &ex.scenario;
    let turn = ex.state.turn;
    let my_id = &s.def.nations.get(nation)?.id;
    let i = s.def.injects.iter().enumerate().position(|(i, d)| {
        d.kind == InjectKind::Directive
            && ex.state.injects[i].fired_turn == Some(turn)
            && match &d.audience {
                Audience::All | Audience::Role(_) => true,
                Audience::Nation(n) => n == my_id,
            }
    })?;
    let def = &s.def.injects[i];
    let mut fams = families_in(&def.expected_action);
    if fams.is_empty() {
        fams = families_in(&def.text);
    }
    let steps = fams
        .into_iter()
        .map(|k| {
            let done = ex.state.actions.iter().any(|a| a.turn == turn && a.nation == nation && a.kind == k);
            (k, done)
        })
        .collect();
    Some(CoachStep {
        inject: i,
        title: def.title.clone(),
        text: def.text.clone(),
        expected: def.expected_action.clone(),
        steps,
    })
}

/// An agency's short name: the part in brackets if any ("… (Blue House)" keeps the name).
fn agency_name(ex: &Exercise, nation: &str, agency: &str) -> String {
    let s = &ex.scenario.def;
    s.nations
        .iter()
        .find(|n| n.id == nation)
        .and_then(|n| n.agencies.iter().find(|g| g.id == agency))
        .map_or(agency.to_uppercase(), |g| g.name.clone())
}

/// A decision in words: "KISA hardens Incheon substation".
pub fn describe_decision(ex: &Exercise, d: &Decision) -> Option<String> {
    let s = &ex.scenario;
    let asset = |id: &str| s.asset_ix.get(id).map_or(id.to_string(), |&a| s.def.assets[a].name.clone());
    let incident =
        |id: &str| s.incident_ix.get(id).map_or(id.to_string(), |&i| s.def.incidents[i].name.clone());
    let nation = |id: &str| s.nation_ix.get(id).map_or(id.to_string(), |&n| s.def.nations[n].short.clone());
    match d {
        Decision::Act { action, .. } => {
            let who = agency_name(ex, &action.nation, &action.agency);
            let what = match &action.kind {
                ActionKind::ShareIntel { incident: i, with } => {
                    format!("shares {} with {}", incident(i), nation(with))
                }
                ActionKind::Investigate(i) => format!("investigates {}", incident(i)),
                ActionKind::JointInvestigation(i) => {
                    format!("commits to a joint investigation of {}", incident(i))
                }
                ActionKind::MilitaryCooperation(a) => format!("arranges a mil-to-mil hunt on {}", asset(a)),
                ActionKind::Hotline => "calls the hotline".to_string(),
                ActionKind::Harden(a) => format!("hardens {}", asset(a)),
                ActionKind::Isolate(a) => format!("isolates {}", asset(a)),
                ActionKind::Restore(a) => format!("restores {}", asset(a)),
                ActionKind::RequestAssistance { third_state, actor } => {
                    let t = s
                        .third_ix
                        .get(third_state)
                        .map_or(third_state.clone(), |&k| s.def.third_states[k].name.clone());
                    let a = s.actor_ix.get(actor).map_or(actor.clone(), |&k| s.def.actors[k].name.clone());
                    format!("asks {t} for help against {a}")
                }
                ActionKind::AttributePublicly { incident: i, joint } => {
                    format!("attributes {} publicly{}", incident(i), if *joint { ", jointly" } else { "" })
                }
                ActionKind::Invest(area) => format!("invests in {}", area.label()),
            };
            Some(format!("{who} {what}"))
        }
        Decision::Choose { inject, choice } => {
            let def = s.inject_ix.get(inject).map(|&k| &s.def.injects[k])?;
            let label = def.choices.get(*choice).map_or("?", |c| c.label.as_str());
            Some(format!("on \"{}\": {label}", def.title))
        }
        _ => None,
    }
}

/// Whose decision it was in a solo game: "YOU" or "PARTNER" (empty in a workshop).
pub fn whose(ex: &Exercise, mode: super::session::Mode, k: &KeyDecision) -> &'static str {
    let super::session::Mode::Solo(me) = mode else {
        return "";
    };
    match ex.decisions.get(k.index) {
        Some(Decision::Act { action, .. }) => match ex.scenario.nation_ix.get(&action.nation) {
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
        ex.decisions.get(k.index).and_then(|d| describe_decision(ex, d)).unwrap_or_else(|| k.text.clone());
    format!("{:+.1} points: {what}, turn {}", k.score_delta, k.turn)
}

/// The "Next step" coach box (tutorial): the directive, its steps ticked off,
/// and the family to try next. Draws nothing when no directive is in play.
pub fn coach_box(ui: &mut egui::Ui, game: &mut Game, out: &mut Vec<Intent>) {
    let Some(step) = coach_step(&game.ex, game.acting) else {
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
                        crate::sim::actions::expected_effect(*k),
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
    coach_step(&game.ex, game.acting).and_then(|s| s.next())
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
                let cost = crate::sim::actions::cost_of(k);
                let def = format!(
                    "{} (costs {cost} point{})",
                    crate::sim::actions::expected_effect(k),
                    if cost == 1 { "" } else { "s" }
                );
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
    use crate::sim::Decision;
    use ActionKindName as K;
    use std::sync::Arc;

    #[test]
    fn families_from_directive_words() {
        assert_eq!(
            families_in("Harden kr-sub; invest in Policy Consultations or R&D."),
            vec![K::Harden, K::Invest]
        );
        assert_eq!(
            families_in("Share the substation intrusion with the US; investigate."),
            vec![K::ShareIntel, K::Investigate]
        );
        assert_eq!(
            families_in("Both nations commit a joint investigation to the most advanced incident."),
            vec![K::JointInvestigation]
        );
        assert_eq!(
            families_in("Hotline call, then a mil-to-mil hunt on the water utility."),
            vec![K::Hotline, K::MilitaryCooperation]
        );
        assert_eq!(
            families_in("Isolate an asset whose intruder is near impact; restore degraded ones."),
            vec![K::Isolate, K::Restore]
        );
        assert_eq!(
            families_in("Joint public attribution; request assistance from Norland."),
            vec![K::AttributePublicly, K::RequestAssistance]
        );
        assert!(families_in("Discuss.").is_empty());
    }

    fn tutorial() -> Exercise {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron");
        Exercise::new(Arc::new(Scenario::load(path).expect("tutorial loads")), 3)
    }

    #[test]
    fn coach_reads_the_directive_and_ticks_off() {
        let mut ex = tutorial();
        let rok = ex.scenario.nation_ix["rok"];
        let step = coach_step(&ex, rok).expect("turn 1 has a directive");
        assert_eq!(step.steps, vec![(K::Harden, false), (K::Invest, false)]);
        assert_eq!(step.next(), Some(K::Harden));
        let asset = ex
            .scenario
            .def
            .assets
            .iter()
            .find(|a| ex.scenario.asset_nation[ex.scenario.asset_ix[&a.id]] == rok)
            .unwrap()
            .id
            .clone();
        let action = ex.agency_for(rok, &ActionKind::Harden(asset)).expect("an agency can harden");
        ex.submit(Decision::Act { action, rationale: String::new() }).unwrap();
        let step = coach_step(&ex, rok).unwrap();
        assert_eq!(step.steps[0], (K::Harden, true));
        assert_eq!(step.next(), Some(K::Invest));
        ex.submit(Decision::EndTurn).unwrap();
        let step = coach_step(&ex, rok).expect("turn 2 has a directive");
        assert_eq!(step.steps.first(), Some(&(K::ShareIntel, false)));
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
        assert_eq!(game.ex.difficulty, Difficulty::Crisis);
    }

    #[test]
    fn decisions_in_words() {
        let mut ex = tutorial();
        let rok = ex.scenario.nation_ix["rok"];
        let asset = ex
            .scenario
            .def
            .assets
            .iter()
            .find(|a| ex.scenario.asset_nation[ex.scenario.asset_ix[&a.id]] == rok)
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
