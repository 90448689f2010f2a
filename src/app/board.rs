//! The board: status bar (turn clock, escalation track, trust, score, the
//! hotline, end turn), agencies and known incidents, both nations' assets by
//! sector with dependency links, and the panels of the other features.

use super::screens::{Screen, escape_pressed, root_ui};
use super::session::{Game, Mode};
use super::{actions_panel, help, injects, log_panel, theme};
use crate::narrate;
use crate::scenario::{ActionKindName, Sector};
use crate::sim::Score;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText, Stroke};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_board.run_if(in_state(Screen::Board).and_then(resource_exists::<Game>)),
    );
}

/// Keys the board answers to (read once per frame).
struct Keys {
    end_turn: bool,
    hotline: bool,
    log: bool,
    script: bool,
    projector: bool,
    reload: bool,
    escape: bool,
}

fn read_keys(ctx: &egui::Context) -> Keys {
    let typing = ctx.egui_wants_keyboard_input();
    let plain = |k: egui::Key| {
        !typing && ctx.input(|i| i.key_pressed(k) && !i.modifiers.ctrl && !i.modifiers.command)
    };
    Keys {
        end_turn: plain(egui::Key::Space) || plain(egui::Key::Enter),
        hotline: plain(egui::Key::H),
        log: plain(egui::Key::L),
        script: plain(egui::Key::M) || plain(egui::Key::F2),
        projector: plain(egui::Key::F3),
        reload: plain(egui::Key::F5),
        escape: escape_pressed(ctx),
    }
}

fn draw_board(
    mut contexts: EguiContexts,
    mut game: ResMut<Game>,
    mut help_open: ResMut<help::HelpOpen>,
    mut glossary: ResMut<super::teaching::GlossaryOpen>,
    mut next: ResMut<NextState<Screen>>,
    mut leaving: Local<bool>,
    mut table: ResMut<super::workshop::Table>,
    mut form: Local<super::console::Form>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let keys = read_keys(ctx);
    let game = &mut *game;
    // Workshop: the projector view, the hand-over card and the pause cover the board.
    if super::workshop::covered(ctx, game, &mut table, &mut form, keys.script, keys.projector) {
        return Ok(());
    }

    // Keyboard: overlays first, then the board's own shortcuts.
    if keys.escape {
        if help_open.0 {
            help_open.0 = false;
        } else if glossary.0 {
            glossary.0 = false;
        } else if game.summary.is_some() {
            game.summary = None;
        } else if game.notice.is_some() {
            game.notice = None;
        } else {
            *leaving = !*leaving;
        }
    } else if !help_open.0 && !glossary.0 && !*leaving {
        if keys.end_turn {
            if game.summary.is_some() {
                game.summary = None;
            } else if injects::confirm_top(game) {
                // The key read the card on top.
            } else if !injects::blocking(game) {
                super::workshop::team_done(game, &mut table);
            }
        }
        if keys.hotline {
            game.call_hotline();
        }
        if keys.log {
            game.show_log = !game.show_log;
        }
        if keys.reload {
            game.reload();
        }
        if keys.script && game.mode == Mode::Workshop {
            game.show_script = !game.show_script;
        }
    }

    let mut root = root_ui(ctx, "board");
    egui::Panel::top("status")
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(egui::Margin::symmetric(14, 8)))
        .show(&mut root, |ui| {
            status_bar(ui, game, &mut table);
        });
    egui::Panel::left("desks")
        .resizable(false)
        .exact_size(250.0)
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(10.0))
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().id_salt("desks_scroll").show(ui, |ui| desks(ui, game));
        });
    egui::Panel::right("actions")
        .resizable(false)
        .exact_size(380.0)
        .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(10.0))
        .show(&mut root, |ui| actions_panel::show(ui, game));
    if game.show_log {
        egui::Panel::bottom("log")
            .resizable(true)
            .default_size(180.0)
            .frame(egui::Frame::new().fill(theme::PANEL).inner_margin(8.0))
            .show(&mut root, |ui| log_panel::show(ui, game));
    }
    egui::CentralPanel::default().frame(egui::Frame::new().fill(theme::BG).inner_margin(10.0)).show(
        &mut root,
        |ui| {
            egui::ScrollArea::vertical()
                .id_salt("board_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| assets_board(ui, game));
        },
    );

    super::console::show(ctx, game, &mut table, &mut form);
    injects::show(ctx, game);
    turn_summary(ctx, game, &mut next);
    if *leaving {
        egui::Modal::new("leave".into()).show(ctx, |ui| {
            ui.label(theme::big("Leave the exercise?", 22.0));
            ui.label("The exercise in progress will be lost.");
            ui.horizontal(|ui| {
                if ui.button("Back to the board (Esc)").clicked() {
                    *leaving = false;
                }
                if ui.button("Leave to the title screen").clicked() {
                    *leaving = false;
                    next.set(Screen::Title);
                }
            });
        });
    }
    Ok(())
}

/// The always-visible strip: clock, escalation, trust, score, hotline, end turn.
fn status_bar(ui: &mut egui::Ui, game: &mut Game, table: &mut super::workshop::Table) {
    let (mut end_clicked, mut call_clicked) = (false, false);
    let blocked = injects::blocking(game);
    let end_label = if game.mode == Mode::Workshop {
        super::workshop::done_label(game, table)
    } else {
        "End turn ↵".to_string()
    };
    let ex = &game.ex;
    let s = &ex.scenario;
    let st = &ex.state;
    let score = Score::of(ex);
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.label(theme::big(format!("Turn {} of {}", st.turn.min(s.def.turns), s.def.turns), 24.0));
            ui.label(RichText::new(s.time_label(st.turn)).size(15.0).color(theme::MUTED));
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("difficulty: {}", ex.difficulty.label())).size(14.0).color(theme::MUTED))
                    .on_hover_text(super::screens::difficulty_line(ex.difficulty));
                if ui.small_button("📖 Glossary (G)").on_hover_text("Every term and action, in plain words").clicked() {
                    super::teaching::request_glossary(ui.ctx());
                }
            });
        });
        ui.separator();
        // Escalation track 1..5: the level is a number and a word, not only a colour.
        ui.vertical(|ui| {
            let level = st.level();
            let r = ui.label(RichText::new(format!("Escalation ▲ {level} · {}", theme::level_name(level))).size(17.0).strong().color(theme::level_colour(level)));
            super::teaching::term_hover(r, "Escalation");
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 3.0;
                for l in 1..=5u8 {
                    let on = l <= level;
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(34.0, 20.0), egui::Sense::hover());
                    let fill = if on { theme::level_colour(l) } else { theme::CARD };
                    ui.painter().rect_filled(rect, 3.0, fill);
                    if l == level {
                        ui.painter().rect_stroke(rect, 3.0, Stroke::new(2.0, theme::TEXT), egui::StrokeKind::Outside);
                    }
                    ui.painter().text(rect.center(), egui::Align2::CENTER_CENTER, l.to_string(), egui::FontId::proportional(13.0), if on { Color32::BLACK } else { theme::MUTED });
                }
            })
            .response
            .on_hover_text(format!("Escalation pressure {:.0}/100 (level = 1 + pressure / 20). Peak so far ▲ {}.", st.escalation, st.peak_level));
        });
        ui.separator();
        ui.vertical(|ui| {
            let trust = st.alliance_trust();
            let (word, colour) = if trust >= 70.0 {
                ("strong", theme::GOOD)
            } else if trust >= 45.0 {
                ("steady", theme::SKY)
            } else {
                ("strained", theme::BAD)
            };
            let r = ui.label(RichText::new(format!("Alliance trust {trust:.0} · {word}")).size(17.0).strong().color(colour));
            super::teaching::term_hover(r, "Alliance trust");
            ui.add(egui::ProgressBar::new((trust / 100.0) as f32).desired_width(170.0).fill(colour));
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.label(RichText::new(format!("Score {:.0}", score.total)).size(17.0).strong()).on_hover_text(format!(
                "Success at {:.0}\nattributed {:.0}% · contained {:.0}% · loss avoided {:.0}% · public alarm {:.0}",
                s.def.win_score, score.attribution, score.containment, score.loss_avoided, st.alarm
            ));
            ui.label(RichText::new(format!("service {:.0}% · objectives {}/{}", score.continuity, score.objectives_met, score.objectives_total)).size(13.0).color(theme::MUTED));
            ui.label(RichText::new(format!("stolen: {}k records · ${}M IP", st.data_stolen, st.ip_stolen)).size(13.0).color(theme::MUTED));
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let over = st.is_over();
            let end = ui.add_enabled(
                !over && !blocked,
                egui::Button::new(theme::big(end_label, 20.0)).min_size(egui::vec2(150.0, 50.0)).fill(theme::ACCENT.gamma_multiply(0.55)),
            );
            let end = end.on_hover_text("Space or Enter").on_disabled_hover_text("Answer the inject card first");
            end_clicked = end.clicked();
            ui.add_space(10.0);
            call_clicked = hotline_button(ui, st);
            super::workshop::clock_label(ui, table);
        });
    });
    if end_clicked {
        super::workshop::team_done(game, table);
    }
    if call_clicked {
        game.call_hotline();
    }
}

/// The red phone: availability in words, H to call.
fn hotline_button(ui: &mut egui::Ui, st: &crate::sim::State) -> bool {
    let h = &st.hotline;
    let synced = st.hotline_synced();
    let (ready, status) = if h.calls_left == 0 {
        (false, "no calls left".to_string())
    } else if st.turn < h.ready_turn {
        (false, format!("ready on turn {} · {} left", h.ready_turn, h.calls_left))
    } else {
        (true, format!("READY · {} call(s) left", h.calls_left))
    };
    let fill = if ready { theme::HOTLINE_RED } else { Color32::from_rgb(80, 40, 44) };
    let sync = if synced { "\ncapitals in sync" } else { "" };
    let text =
        RichText::new(format!("☎  HOTLINE  (H)\n{status}{sync}")).size(15.0).strong().color(Color32::WHITE);
    let b = ui.add(
        egui::Button::new(text)
            .fill(fill)
            .stroke(Stroke::new(2.0, Color32::from_rgb(255, 120, 120)))
            .min_size(egui::vec2(200.0, 50.0)),
    );
    let b = b.on_hover_text(format!(
        "{}\n\nHotline: {}",
        ActionKindName::Hotline.effect(),
        crate::teach::define("Hotline").unwrap_or_default()
    ));
    b.clicked()
}

/// Left panel: every agency's remaining capacity, and the incidents known at the table.
fn desks(ui: &mut egui::Ui, game: &mut Game) {
    let s = game.ex.scenario.clone();
    super::teaching::coach_box(ui, game);
    ui.label(theme::big("Agencies", 18.0));
    for (n, nation) in s.def.nations.iter().enumerate() {
        let you = match game.mode {
            Mode::Solo(me) if me == n => " (you)",
            Mode::Solo(_) => " (partner AI)",
            Mode::Workshop if game.acting == n => " (at the desk)",
            Mode::Workshop => "",
        };
        ui.add_space(4.0);
        ui.label(RichText::new(format!("{}{you}", nation.name)).strong().color(theme::SKY));
        if !game.seat().sees_capacity(n) {
            // Hot-seat: the other team's remaining points stay with that team.
            ui.label(RichText::new("capacity hidden — not at the desk").color(theme::MUTED));
            continue;
        }
        for (g, agency) in nation.agencies.iter().enumerate() {
            let a = &game.ex.state.nations[n].agencies[g];
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
                ui.add(egui::Label::new(RichText::new(&agency.name).color(colour)).truncate());
            })
            .response
            .on_hover_text(
                crate::scenario::Skill::ALL
                    .iter()
                    .filter(|&&k| a.skill(k) > 0)
                    .map(|&k| format!("{} {}", k.label(), a.skill(k)))
                    .collect::<Vec<_>>()
                    .join(" · "),
            );
        }
    }
    ui.add_space(10.0);
    ui.separator();
    ui.label(theme::big("Known incidents", 18.0));
    let mut any = false;
    for i in 0..s.def.incidents.len() {
        if !game.incident_visible(i) {
            continue;
        }
        any = true;
        let inc = &game.ex.state.incidents[i];
        let def = &s.def.incidents[i];
        let selected = game.draft.incident == Some(i);
        let text = format!(
            "{} {}\n   {} · {}",
            status_icon(inc.status),
            def.name,
            def.stages.get(inc.stage).map_or("?", |x| x.name.as_str()),
            inc.status.label()
        );
        if ui.selectable_label(selected, RichText::new(text).color(status_colour(inc.status))).clicked() {
            select_incident(game, i);
            game.scroll_to = s.incident_target.get(i).copied();
        }
    }
    if !any {
        ui.label(RichText::new("None detected yet.").color(theme::MUTED));
    }
}

pub fn status_icon(status: crate::sim::Status) -> &'static str {
    use crate::sim::Status as S;
    match status {
        S::Dormant | S::Hidden => "?",
        S::Detected => "⚠",
        S::Investigating => "🔍",
        S::Attributed => "🎯",
        S::Contained => "⛔",
        S::Resolved => "✔",
    }
}

pub fn status_colour(status: crate::sim::Status) -> Color32 {
    use crate::sim::Status as S;
    match status {
        S::Dormant | S::Hidden => theme::MUTED,
        S::Detected => theme::BAD,
        S::Investigating => theme::WARN,
        S::Attributed => theme::YELLOW,
        S::Contained => theme::SKY,
        S::Resolved => theme::GOOD,
    }
}

/// Selecting an incident points the action panel at it.
pub fn select_incident(game: &mut Game, i: usize) {
    game.draft.incident = Some(i);
    // In a workshop, act from a desk that knows the incident.
    if game.mode == Mode::Workshop
        && let Some(known) = game.ex.state.incidents.get(i).map(|inc| inc.known_by.clone())
        && !known.get(game.acting).copied().unwrap_or(false)
        && let Some(n) = known.iter().position(|&k| k)
    {
        game.acting = n;
        game.draft.agency = None;
        game.draft.partner = usize::from(n == 0);
    }
    use ActionKindName as K;
    if !matches!(
        game.draft.family,
        K::ShareIntel | K::Investigate | K::JointInvestigation | K::AttributePublicly
    ) {
        game.draft.family = K::Investigate;
    }
    game.pick_agency();
}

/// Selecting an asset points the action panel at it.
pub fn select_asset(game: &mut Game, i: usize) {
    game.draft.asset = Some(i);
    use ActionKindName as K;
    let own = game.ex.scenario.asset_nation.get(i) == Some(&game.acting);
    if !matches!(game.draft.family, K::MilitaryCooperation | K::Harden | K::Isolate | K::Restore)
        || (!own && game.draft.family != K::MilitaryCooperation)
    {
        game.draft.family = if own {
            if game.ex.state.assets[i].service < 70.0 { K::Restore } else { K::Harden }
        } else {
            K::MilitaryCooperation
        };
    }
    game.pick_agency();
}

/// The assets of every nation, grouped by sector, with dependency links.
fn assets_board(ui: &mut egui::Ui, game: &mut Game) {
    let s = game.ex.scenario.clone();
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
        for (n, nation) in s.def.nations.iter().enumerate() {
            ui.vertical(|ui| {
                ui.set_width(col_w);
                ui.label(theme::big(format!("{} · {}", nation.short, nation.name), 22.0).color(theme::SKY));
                for sector in Sector::ALL {
                    let ids: Vec<usize> = (0..s.def.assets.len())
                        .filter(|&a| s.asset_nation[a] == n && s.def.assets[a].sector == sector)
                        .collect();
                    if ids.is_empty() {
                        continue;
                    }
                    ui.add_space(4.0);
                    ui.label(
                        RichText::new(sector.label().to_uppercase()).size(13.0).strong().color(theme::MUTED),
                    );
                    for row in ids.chunks(per_row as usize) {
                        ui.horizontal(|ui| {
                            for &a in row {
                                rects[a] = Some(asset_card(ui, game, a, card_w));
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
            let matters = game.ex.state.assets[d].service < 80.0
                || game.draft.asset == Some(a)
                || game.draft.asset == Some(d);
            if total > 30 && !matters {
                continue;
            }
            let (status, colour) = theme::service_status(game.ex.state.assets[d].service);
            let colour = if status == "normal" { theme::MUTED.gamma_multiply(0.6) } else { colour };
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
fn asset_card(ui: &mut egui::Ui, game: &mut Game, a: usize, width: f32) -> egui::Rect {
    let s = game.ex.scenario.clone();
    let def = &s.def.assets[a];
    let st = game.ex.state.assets[a].clone();
    let selected = game.draft.asset == Some(a);
    let (_, colour) = theme::service_status(st.service);
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
        ui.vertical(|ui| asset_card_body(ui, game, a, width, &mut clicked_incident));
    });
    let rect = resp.response.rect;
    if game.scroll_to == Some(a) {
        ui.scroll_to_rect(rect, Some(egui::Align::Center));
        game.scroll_to = None;
    }
    let r = resp.response.interact(egui::Sense::click()).on_hover_text(format!(
        "{} · {} · serves {}k people\nOwn service {:.0}, after dependencies {:.0}, lowest {:.0}\nClick to act on this asset",
        def.sector.label(),
        s.def.nations[s.asset_nation[a]].name,
        def.population,
        st.own,
        st.service,
        st.min_service
    ));
    if let Some(i) = clicked_incident {
        select_incident(game, i);
    } else if r.clicked() {
        select_asset(game, a);
    }
    rect
}

fn asset_card_body(
    ui: &mut egui::Ui,
    game: &Game,
    a: usize,
    width: f32,
    clicked_incident: &mut Option<usize>,
) {
    let s = &game.ex.scenario;
    let def = &s.def.assets[a];
    let st = &game.ex.state.assets[a];
    let turn = game.ex.state.turn;
    let (word, colour) = theme::service_status(st.service);
    ui.add(egui::Label::new(RichText::new(&def.name).size(16.0).strong()).truncate());
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
        flags.push("⛔ isolated".to_string());
    }
    if st.hunt_until >= turn && st.hunt_from > 0 {
        flags.push(format!("🎯 joint hunt t{}–{}", st.hunt_from, st.hunt_until));
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
        flags.push(format!("needs {}", names.join(", ")));
    }
    ui.add(egui::Label::new(RichText::new(flags.join("  ·  ")).size(12.5).color(theme::MUTED)).wrap());
    for i in 0..s.def.incidents.len() {
        if s.incident_target[i] != a || !game.incident_visible(i) {
            continue;
        }
        let inc = &game.ex.state.incidents[i];
        let idef = &s.def.incidents[i];
        let stage = idef.stages.get(inc.stage).map_or("?", |x| x.name.as_str());
        let text = format!(
            "{} {} — {} ({}/{}) · {}",
            status_icon(inc.status),
            idef.name,
            stage,
            inc.stage + 1,
            idef.stages.len(),
            inc.status.label()
        );
        let sel = game.draft.incident == Some(i);
        if ui.selectable_label(sel, RichText::new(text).color(status_colour(inc.status)).size(14.0)).clicked()
        {
            *clicked_incident = Some(i);
        }
    }
}

/// After End turn: what changed, in a short readable list.
fn turn_summary(ctx: &egui::Context, game: &mut Game, next: &mut NextState<Screen>) {
    let Some(summary) = game.summary.clone() else {
        if game.ex.state.is_over() {
            next.set(Screen::Debrief);
        }
        return;
    };
    let s = game.ex.scenario.clone();
    let mut close = false;
    egui::Modal::new("turn_summary".into()).show(ctx, |ui| {
        ui.set_width(760.0);
        ui.label(theme::big(format!("Turn {} resolved — what changed", summary.from_turn), 24.0));
        ui.add_space(6.0);
        egui::ScrollArea::vertical().max_height(ctx.viewport_rect().height() * 0.55).show(ui, |ui| {
            if let Some(why) = &summary.why {
                ui.label(RichText::new(why).size(18.0).strong().color(theme::YELLOW));
                ui.add_space(4.0);
            }
            if !summary.partner.is_empty() {
                let who: Vec<&str> = s
                    .def
                    .nations
                    .iter()
                    .enumerate()
                    .filter(|&(n, _)| !game.at_table(n))
                    .map(|(_, x)| x.short.as_str())
                    .collect();
                ui.label(
                    theme::big(format!("Your partner ({}) this turn", who.join(", ")), 17.0)
                        .color(theme::SKY),
                );
                for e in &summary.partner {
                    let (icon, text) = match &e.event {
                        // A rationale that only repeats the move adds nothing.
                        crate::sim::Event::Rationale { text } if !text.contains(['(', ':']) => continue,
                        crate::sim::Event::Rationale { text } => ("   ↳ why:", text.clone()),
                        _ if e.kind() == crate::sim::LogKind::Diplomacy => ("   ✋", narrate::entry(&s, e)),
                        _ => ("•", narrate::entry(&s, e)),
                    };
                    ui.label(RichText::new(format!("{icon} {text}")).size(15.5));
                }
                ui.add_space(6.0);
                ui.label(theme::big("What the turn brought", 17.0).color(theme::SKY));
            }
            if summary.entries.is_empty() {
                ui.label("A quiet turn: nothing you can see changed.");
            }
            for e in summary.entries.iter().filter(|e| game.entry_visible(e)) {
                let who = e
                    .nation
                    .and_then(|n| s.def.nations.get(n))
                    .map_or(String::new(), |n| format!("[{}] ", n.short));
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!("{:<11}", e.kind().label()))
                            .monospace()
                            .color(log_panel::kind_colour(e.kind())),
                    );
                    ui.label(RichText::new(format!("{who}{}", narrate::entry(&s, e))).size(16.0));
                });
            }
        });
        ui.add_space(8.0);
        let label = if game.ex.state.is_over() { "See the debrief ↵" } else { "Continue ↵" };
        if ui.add(egui::Button::new(theme::big(label, 18.0)).min_size(egui::vec2(200.0, 40.0))).clicked() {
            close = true;
        }
    });
    if close {
        game.summary = None;
    }
}
