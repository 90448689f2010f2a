//! The action panel: pick a desk (nation), see what is known about the
//! selection, choose an action family, agency and target, read the cost and
//! the expected effect, then commit. Refusals show the rules' own words.

use crate::app::intent::Intent;
use crate::app::session::{Game, Mode};
use crate::app::{teaching, theme, words};
use crate::i18n::{Arg, Lang};
use crate::scenario::{ActionKindName, Text};
use crate::sim::InvestArea;
use crate::tr;
use bevy_egui::egui::{self, RichText};

pub fn show(ui: &mut egui::Ui, game: &mut Game, l: Lang, out: &mut Vec<Intent>) {
    egui::ScrollArea::vertical().id_salt("actions_scroll").auto_shrink([false, false]).show(ui, |ui| {
        desk_picker(ui, game, l);
        ui.separator();
        selection_facts(ui, game, l);
        ui.separator();
        composer(ui, game, l, out);
        if let Some(n) = &game.notice {
            ui.add_space(6.0);
            let (colour, icon) = if n.ok { (theme::GOOD, "✔") } else { (theme::BAD, "✖") };
            egui::Frame::new()
                .fill(colour.gamma_multiply(0.18))
                .stroke(egui::Stroke::new(1.5, colour))
                .corner_radius(6.0)
                .inner_margin(8.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(format!("{icon} {}", n.text)).size(15.0));
                });
        }
    });
}

fn desk_picker(ui: &mut egui::Ui, game: &mut Game, l: Lang) {
    let s = game.ex().scenario().clone();
    match game.mode {
        Mode::Solo(n) => {
            ui.label(theme::big(tr!(l, "app-actions-your-desk", nation = s.text(l, Text::Nation(n))), 20.0));
        }
        Mode::Workshop => {
            // Hot-seat: the desk belongs to the team whose turn it is.
            ui.label(theme::big(
                tr!(l, "app-actions-team-desk", nation = s.text(l, Text::Nation(game.acting))),
                20.0,
            ));
        }
    }
}

/// What the table knows about the selected incident or asset.
fn selection_facts(ui: &mut egui::Ui, game: &mut Game, l: Lang) {
    let s = game.ex().scenario().clone();
    let st = game.ex().state();
    if let Some(i) = game.draft.incident.filter(|&i| i < s.def.incidents.len() && game.incident_visible(i)) {
        let inc = &st.incidents[i];
        let def = &s.def.incidents[i];
        ui.label(
            RichText::new(format!("{} {}", theme::status_icon(inc.status), def.name))
                .size(18.0)
                .strong()
                .color(theme::status_colour(inc.status)),
        );
        let target = &s.def.assets[s.incident_target[i]].name;
        ui.label(tr!(
            l,
            "app-actions-on",
            target = target.as_str(),
            status = crate::narrate::labels::status(l, inc.status)
        ));
        let stage = def.stages.get(inc.stage).map_or("?", |x| x.name.as_str());
        ui.label(tr!(l, "app-actions-stage", stage = inc.stage + 1, stages = def.stages.len(), name = stage));
        // MITRE ATT&CK techniques seen at this stage, by name.
        if let Some(current) = def.stages.get(inc.stage) {
            for t in &current.techniques {
                let name = crate::attack::technique_name(t)
                    .map_or_else(|| tr!(l, "app-actions-unknown-technique"), str::to_string);
                ui.label(RichText::new(format!("ATT&CK {t} · {name}")).color(theme::MUTED));
            }
        }
        let knows: Vec<&str> = s
            .def
            .nations
            .iter()
            .enumerate()
            .filter(|&(n, _)| inc.known_by[n])
            .map(|(_, x)| x.short.as_str())
            .collect();
        ui.label(tr!(
            l,
            "app-actions-detected",
            turn = inc.detected_turn.map_or("—".into(), |t| t.to_string()),
            known = knows.join(", ")
        ));
        ui.horizontal(|ui| {
            ui.label(tr!(l, "app-actions-investigation"));
            ui.add(
                egui::ProgressBar::new((inc.investigation / 100.0) as f32)
                    .desired_width(150.0)
                    .text(format!("{:.0}%", inc.investigation)),
            );
        });
        let attributed = if inc.attributed_turn.is_some() {
            tr!(l, "app-actions-attributed", actor = s.def.actors[s.incident_actor[i]].name.as_str())
        } else {
            tr!(l, "app-actions-not-attributed")
        };
        ui.label(RichText::new(attributed).color(theme::MUTED));
        let shared: Vec<&str> = s
            .def
            .nations
            .iter()
            .enumerate()
            .filter(|&(n, _)| inc.shared_by[n])
            .map(|(_, x)| x.short.as_str())
            .collect();
        ui.label(
            RichText::new(tr!(
                l,
                "app-actions-shared",
                shared =
                    if shared.is_empty() { tr!(l, "app-actions-shared-nobody") } else { shared.join(", ") },
                public = if inc.publicly_attributed { tr!(l, "app-yes") } else { tr!(l, "app-no") }
            ))
            .color(theme::MUTED),
        );
    } else if let Some(a) = game.draft.asset.filter(|&a| a < s.def.assets.len()) {
        let def = &s.def.assets[a];
        let ast = &st.assets[a];
        let (word, colour) = theme::service_status(ast.service, l);
        ui.label(RichText::new(&def.name).size(18.0).strong());
        ui.label(tr!(
            l,
            "app-actions-asset",
            nation = s.def.nations[s.asset_nation[a]].short.as_str(),
            sector = crate::narrate::labels::sector(l, def.sector),
            people = def.population
        ));
        ui.label(
            RichText::new(tr!(l, "app-actions-service", service = Arg::num(ast.service, 0), word = word))
                .color(colour),
        );
        let hardening = tr!(
            l,
            "app-actions-protection",
            hardening = Arg::num(ast.hardening, 0),
            monitoring = Arg::num(ast.monitoring, 0)
        );
        ui.label(
            RichText::new(if ast.isolated {
                format!("{hardening} · {}", tr!(l, "app-actions-isolated"))
            } else {
                hardening
            })
            .color(theme::MUTED),
        );
    } else {
        ui.label(RichText::new(tr!(l, "app-actions-select")).color(theme::MUTED));
    }
}

fn composer(ui: &mut egui::Ui, game: &mut Game, l: Lang, out: &mut Vec<Intent>) {
    let s = game.ex().scenario().clone();
    let n = game.acting;
    ui.label(theme::big(tr!(l, "app-actions-action"), 18.0));
    let coach = teaching::coach_highlight(game);
    // Families, two columns, cost beside each.
    egui::Grid::new("families").num_columns(2).spacing([6.0, 4.0]).show(ui, |ui| {
        for (k, fam) in ActionKindName::ALL.iter().filter(|f| **f != ActionKindName::Hotline).enumerate() {
            let text = RichText::new(format!("{} · {}", words::family_short(l, *fam), fam.cost()));
            let text = if coach == Some(*fam) {
                RichText::new(format!("➜ {} · {}", words::family_short(l, *fam), fam.cost()))
                    .strong()
                    .color(theme::YELLOW)
            } else {
                text
            };
            if ui
                .selectable_label(game.draft.family == *fam, text)
                .on_hover_text(words::family_effect(l, *fam))
                .clicked()
            {
                game.draft.family = *fam;
                game.pick_agency();
            }
            if k % 2 == 1 {
                ui.end_row();
            }
        }
    });
    ui.add_space(4.0);
    if game.draft.agency.is_none() {
        game.pick_agency();
    }
    let fam = game.draft.family;
    // Agency.
    let nation = &s.def.nations[n];
    let agency_text =
        game.draft.agency.and_then(|g| nation.agencies.get(g)).map_or("—".to_string(), |g| g.name.clone());
    ui.horizontal(|ui| {
        ui.label(tr!(l, "app-actions-agency"));
        egui::ComboBox::from_id_salt("agency").width(230.0).selected_text(agency_text).show_ui(ui, |ui| {
            for (g, agency) in nation.agencies.iter().enumerate() {
                let a = &game.ex().state().nations[n].agencies[g];
                let skilled = fam.skill().is_none_or(|k| a.skill(k) > 0);
                let label = if skilled {
                    tr!(l, "app-actions-agency-points", agency = agency.name.as_str(), points = a.remaining())
                } else {
                    tr!(
                        l,
                        "app-actions-agency-unskilled",
                        agency = agency.name.as_str(),
                        points = a.remaining()
                    )
                };
                ui.selectable_value(&mut game.draft.agency, Some(g), label);
            }
        });
    });
    // Targets.
    use ActionKindName as K;
    match fam {
        K::ShareIntel | K::Investigate | K::JointInvestigation | K::AttributePublicly => {
            let known: Vec<usize> = (0..s.def.incidents.len())
                .filter(|&i| {
                    game.ex().state().incidents[i].known_by[n]
                        && game.ex().state().incidents[i].status.is_known()
                })
                .collect();
            if game.draft.incident.is_none_or(|i| !known.contains(&i)) {
                game.draft.incident = known.first().copied();
            }
            let text = game
                .draft
                .incident
                .map_or_else(|| tr!(l, "app-actions-no-incident"), |i| s.def.incidents[i].name.clone());
            ui.horizontal(|ui| {
                ui.label(tr!(l, "app-actions-incident"));
                egui::ComboBox::from_id_salt("incident").width(230.0).selected_text(text).show_ui(ui, |ui| {
                    for &i in &known {
                        ui.selectable_value(&mut game.draft.incident, Some(i), &s.def.incidents[i].name);
                    }
                });
            });
            if fam == K::ShareIntel {
                if game.draft.partner == n || game.draft.partner >= s.def.nations.len() {
                    game.draft.partner = usize::from(n == 0);
                }
                ui.horizontal(|ui| {
                    ui.label(tr!(l, "app-actions-share-with"));
                    for (w, other) in s.def.nations.iter().enumerate() {
                        if w != n {
                            ui.selectable_value(&mut game.draft.partner, w, &other.short);
                        }
                    }
                });
            }
            if fam == K::AttributePublicly {
                ui.checkbox(&mut game.draft.joint, tr!(l, "app-actions-joint"));
            }
        }
        K::MilitaryCooperation | K::Harden | K::Isolate | K::Restore => {
            let own_only = fam != K::MilitaryCooperation;
            let assets: Vec<usize> =
                (0..s.def.assets.len()).filter(|&a| !own_only || s.asset_nation[a] == n).collect();
            if game.draft.asset.is_none_or(|a| !assets.contains(&a)) {
                game.draft.asset = assets.first().copied();
            }
            let text = game.draft.asset.map_or("—".to_string(), |a| s.def.assets[a].name.clone());
            ui.horizontal(|ui| {
                ui.label(tr!(l, "app-actions-asset-pick"));
                egui::ComboBox::from_id_salt("asset").width(250.0).selected_text(text).show_ui(ui, |ui| {
                    for &a in &assets {
                        let label = format!(
                            "{} · {} · {:.0}%",
                            s.def.nations[s.asset_nation[a]].short,
                            s.def.assets[a].name,
                            game.ex().state().assets[a].service
                        );
                        ui.selectable_value(&mut game.draft.asset, Some(a), label);
                    }
                });
            });
        }
        K::RequestAssistance => {
            if s.def.third_states.is_empty() {
                ui.label(RichText::new(tr!(l, "app-actions-no-third")).color(theme::MUTED));
            } else {
                let third = s.def.third_states.get(game.draft.third).map_or("—", |t| t.name.as_str());
                ui.horizontal(|ui| {
                    ui.label(tr!(l, "app-actions-ask"));
                    egui::ComboBox::from_id_salt("third").width(230.0).selected_text(third).show_ui(
                        ui,
                        |ui| {
                            for (t, ts) in s.def.third_states.iter().enumerate() {
                                ui.selectable_value(&mut game.draft.third, t, &ts.name);
                            }
                        },
                    );
                });
                let actor = s.def.actors.get(game.draft.actor).map_or("—", |a| a.name.as_str());
                ui.horizontal(|ui| {
                    ui.label(tr!(l, "app-actions-about"));
                    egui::ComboBox::from_id_salt("actor").width(230.0).selected_text(actor).show_ui(
                        ui,
                        |ui| {
                            for (k, ac) in s.def.actors.iter().enumerate() {
                                let seen = (0..s.def.incidents.len()).any(|i| {
                                    s.incident_actor[i] == k
                                        && game.ex().state().incidents[i].known_by[n]
                                        && game.ex().state().incidents[i].status.is_known()
                                });
                                if seen {
                                    ui.selectable_value(&mut game.draft.actor, k, &ac.name);
                                }
                            }
                        },
                    );
                });
            }
        }
        K::Invest => {
            ui.horizontal_wrapped(|ui| {
                for area in InvestArea::ALL {
                    ui.selectable_value(
                        &mut game.draft.area,
                        area,
                        crate::narrate::labels::invest_area(l, area),
                    );
                }
            });
        }
        K::Hotline => {}
    }
    // Cost, effect and the rules' verdict before committing.
    ui.add_space(4.0);
    egui::Frame::new().fill(theme::CARD).corner_radius(6.0).inner_margin(8.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(tr!(l, "app-actions-cost", action = fam.label_in(l), cost = fam.cost())).strong(),
        );
        ui.label(RichText::new(words::family_effect(l, fam)).size(14.0).color(theme::MUTED));
    });
    let verdict = game.draft_action().map(|a| game.ex().check(&a));
    let ready = matches!(verdict, Some(Ok(_)));
    match &verdict {
        Some(Ok(_)) => ui.label(RichText::new(tr!(l, "app-actions-allowed")).color(theme::GOOD)),
        Some(Err(e)) => ui.label(RichText::new(format!("✖ {e}")).color(theme::BAD)),
        None => ui.label(RichText::new(tr!(l, "app-actions-choose")).color(theme::BAD)),
    };
    ui.add(
        egui::TextEdit::singleline(&mut game.draft.rationale)
            .hint_text(tr!(l, "app-actions-why"))
            .desired_width(f32::INFINITY),
    );
    let commit = ui.add_enabled(
        ready && !game.ex().state().is_over(),
        egui::Button::new(theme::big(tr!(l, "app-actions-commit"), 18.0))
            .min_size(egui::vec2(ui.available_width(), 38.0))
            .fill(theme::GOOD.gamma_multiply(0.5)),
    );
    if commit.clicked() {
        out.push(Intent::CommitDraft);
    }
}
