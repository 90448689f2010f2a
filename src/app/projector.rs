//! The projector view (F3): only what the whole room should see — the turn
//! clock, escalation and trust, the current inject for everyone with its
//! discussion questions in large text, and a compact board of service per
//! asset by nation. No team's private information, no facilitator script.

use super::lang::Languages;
use super::session::{Game, Mode};
use super::table::{Table, mmss};
use super::theme;
use crate::i18n::Lang;
use crate::scenario::Text;
use crate::sim::Seat;
use crate::tr;
use bevy::camera::RenderTarget;
use bevy::ecs::schedule::ScheduleLabel;
use bevy::prelude::*;
use bevy::window::{WindowRef, WindowResolution};
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContext, EguiSchedule, PrimaryEguiContext};

/// The egui pass of the projector's own window.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProjectorPass;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, sync_window.in_set(super::AppSystems::Update))
        .add_systems(ProjectorPass, draw_window);
}

/// The projector's second window and its camera, while open.
#[derive(Component)]
struct ProjectorWindow;

/// Opens or closes the second window to match `Table::projector_window`;
/// a window the user closed clears the flag.
fn sync_window(
    mut commands: Commands,
    mut table: ResMut<Table>,
    game: Option<Res<Game>>,
    windows: Query<Entity, (With<Window>, With<ProjectorWindow>)>,
    cameras: Query<Entity, (With<Camera>, With<ProjectorWindow>)>,
    langs: Res<Languages>,
    mut was_open: Local<bool>,
) {
    let open = !windows.is_empty();
    if *was_open && !open {
        // Closed from its title bar.
        table.projector_window = false;
        for c in &cameras {
            commands.entity(c).despawn();
        }
    }
    let want = table.projector_window && game.is_some_and(|g| g.mode == Mode::Workshop);
    if want && !open {
        let window = commands
            .spawn((
                ProjectorWindow,
                Window {
                    title: tr!(langs.ui, "app-projector-window"),
                    resolution: WindowResolution::new(1280, 720),
                    ..default()
                },
            ))
            .id();
        commands.spawn((
            ProjectorWindow,
            Name::new("Projector camera"),
            Camera2d,
            Camera { order: 1, ..default() },
            RenderTarget::Window(WindowRef::Entity(window)),
            EguiSchedule::new(ProjectorPass),
        ));
    } else if !want && open {
        for e in windows.iter().chain(cameras.iter()) {
            commands.entity(e).despawn();
        }
    }
    *was_open = want;
}

fn draw_window(
    mut ctx: Single<&mut EguiContext, (With<ProjectorWindow>, Without<PrimaryEguiContext>)>,
    game: Option<Res<Game>>,
    table: Res<Table>,
    langs: Res<Languages>,
    net: Option<Res<super::net_seat::NetLink>>,
    mut styled: Local<bool>,
) {
    let ctx = ctx.get_mut();
    if !*styled {
        ctx.set_fonts(theme::fonts());
        let mut visuals = egui::Visuals::dark();
        visuals.panel_fill = theme::BG;
        visuals.override_text_color = Some(theme::TEXT);
        ctx.set_visuals(visuals);
        *styled = true;
    }
    match (game, net.as_deref()) {
        // A networked facilitator's second window: the host's clock, and how to join.
        (Some(game), Some(link)) => {
            let table = link.table(&table);
            let aside = link.wall_lines(langs.ui);
            show(ctx, &game, &table, &langs.projector_langs(), &aside);
        }
        (Some(game), None) => show(ctx, &game, &table, &langs.projector_langs(), &[]),
        (None, _) => {
            egui::Area::new(egui::Id::new("projector_idle"))
                .fixed_pos(egui::pos2(40.0, 40.0))
                .show(ctx, |ui| ui.label(theme::big("Hotline", 48.0)));
        }
    }
}

/// The inject the room is discussing: the latest fired one addressed to everyone.
pub fn current_inject(game: &Game) -> Option<usize> {
    let s = &game.ex().scenario().def;
    let st = game.ex().state();
    (0..s.injects.len())
        .filter(|&i| {
            st.injects[i].fired_turn.is_some() && Seat::Projector.sees_inject(game.ex().scenario(), i)
        })
        .max_by_key(|&i| (st.injects[i].fired_turn, i))
}

/// The projector in `langs`: one language, or two side by side (the inject
/// in each, for the interpreter; the clock and the board in the first).
/// `aside`: small print at the bottom right (a networked wall: who is still
/// planning, how to join).
///
/// It reads only what the room may see: the turn, escalation and trust, the
/// service of each asset, and the latest inject addressed to everyone
/// ([`current_inject`], decided by `sim::visibility`); so a game built from a
/// projector seat's redacted view shows the same wall as the host's.
pub fn show(ctx: &egui::Context, game: &Game, table: &Table, langs: &[Lang], aside: &[String]) {
    let l = langs.first().copied().unwrap_or_default();
    let vp = ctx.viewport_rect();
    // Text scales with the window so the wall reads the same at any size.
    let k = (vp.height() / 1080.0).clamp(0.6, 2.0);
    egui::Area::new(egui::Id::new("projector")).order(egui::Order::Middle).fixed_pos(vp.min).show(
        ctx,
        |ui| {
            ui.set_min_size(vp.size());
            egui::Frame::new()
                .fill(theme::BG)
                .inner_margin(egui::Margin::symmetric((40.0 * k) as i8, (24.0 * k) as i8))
                .show(ui, |ui| {
                    ui.set_min_size(vp.size() - egui::vec2(80.0 * k, 48.0 * k));
                    ui.set_max_width(vp.width() - 80.0 * k);
                    header(ui, game, table, l, k);
                    ui.add_space(14.0 * k);
                    let both = langs.len() > 1;
                    let board_w = (vp.width() * if both { 0.24 } else { 0.34 }).max(300.0);
                    ui.horizontal_top(|ui| {
                        let inject_w = ui.available_width() - board_w - 30.0 * k;
                        // Two languages: the same inject twice, a little smaller.
                        let column_w =
                            (inject_w - 30.0 * k * (langs.len() as f32 - 1.0)) / langs.len() as f32;
                        let kk = if both { k * 0.72 } else { k };
                        for (c, &lang) in langs.iter().enumerate() {
                            if c > 0 {
                                ui.add_space(14.0 * k);
                                ui.separator();
                                ui.add_space(14.0 * k);
                            }
                            ui.vertical(|ui| {
                                ui.set_width(column_w - if c > 0 { 30.0 * k } else { 0.0 });
                                inject(ui, game, lang, kk);
                            });
                        }
                        ui.add_space(30.0 * k);
                        ui.vertical(|ui| {
                            ui.set_width(board_w);
                            compact_board(ui, game, l, if both { k * 0.85 } else { k });
                        });
                    });
                    ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
                        ui.horizontal(|ui| {
                            let small = |t: &str| RichText::new(t).size(16.0 * k).color(theme::MUTED);
                            ui.label(small(game.ex().scenario().text(l, Text::Title)));
                            // Read from the back of the room: larger than the title, still quiet.
                            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                                for (i, line) in aside.iter().rev().enumerate() {
                                    if i > 0 {
                                        ui.add_space(24.0 * k);
                                    }
                                    ui.label(
                                        RichText::new(line).size((22.0 * k).max(15.0)).color(theme::MUTED),
                                    );
                                }
                            });
                        });
                    });
                });
        },
    );
}

fn header(ui: &mut egui::Ui, game: &Game, table: &Table, l: Lang, k: f32) {
    let s = game.ex().scenario();
    let st = game.ex().state();
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.label(theme::big(
                tr!(l, "app-status-turn", turn = st.turn.min(s.def.turns), turns = s.def.turns),
                44.0 * k,
            ));
            ui.label(RichText::new(s.time_label(l, st.turn)).size(24.0 * k).color(theme::MUTED));
        });
        ui.add_space(40.0 * k);
        let level = st.level();
        ui.vertical(|ui| {
            ui.label(
                RichText::new(tr!(
                    l,
                    "app-status-escalation",
                    level = level,
                    name = crate::narrate::labels::escalation_level(l, level)
                ))
                .size(34.0 * k)
                .strong()
                .color(theme::level_colour(level)),
            );
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0 * k;
                for step in 1..=5u8 {
                    let on = step <= level;
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(56.0 * k, 22.0 * k), egui::Sense::hover());
                    let fill = if on { theme::level_colour(step) } else { theme::CARD };
                    ui.painter().rect_filled(rect, 3.0, fill);
                }
            });
        });
        ui.add_space(40.0 * k);
        let trust = st.alliance_trust();
        ui.vertical(|ui| {
            ui.label(
                RichText::new(tr!(l, "app-projector-trust", trust = crate::i18n::Arg::num(trust, 0)))
                    .size(30.0 * k)
                    .strong()
                    .color(theme::SKY),
            );
            ui.add(
                egui::ProgressBar::new((trust / 100.0) as f32)
                    .desired_width(240.0 * k)
                    .desired_height(20.0 * k)
                    .fill(theme::SKY),
            );
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if table.paused {
                ui.label(theme::big(tr!(l, "app-projector-paused"), 44.0 * k).color(theme::WARN));
            } else if table.countdown_minutes > 0 {
                let colour = if table.remaining < 60.0 { theme::BAD } else { theme::TEXT };
                ui.label(theme::big(format!("⏱ {}", mmss(table.remaining)), 52.0 * k).color(colour));
            }
        });
    });
}

fn inject(ui: &mut egui::Ui, game: &Game, l: Lang, k: f32) {
    let s = &game.ex().scenario().def;
    let Some(i) = current_inject(game) else {
        ui.label(theme::big(tr!(l, "app-projector-no-inject"), 40.0 * k).color(theme::MUTED));
        ui.label(RichText::new(tr!(l, "app-projector-no-inject.text")).size(26.0 * k).color(theme::MUTED));
        return;
    };
    let def = &s.injects[i];
    let fired = game.ex().state().injects[i].fired_turn.unwrap_or(0);
    ui.label(
        RichText::new(tr!(
            l,
            "app-projector-inject-kind",
            kind = crate::narrate::labels::inject_kind(l, def.kind),
            turn = fired
        ))
        .size(24.0 * k)
        .color(theme::WARN),
    );
    let sc = game.ex().scenario();
    ui.label(theme::big(sc.text(l, Text::InjectTitle(i)), 56.0 * k));
    if !def.from.is_empty() {
        ui.label(
            RichText::new(tr!(l, "app-inject-from", from = sc.text(l, Text::InjectFrom(i))))
                .size(22.0 * k)
                .color(theme::MUTED),
        );
    }
    ui.add_space(10.0 * k);
    ui.label(RichText::new(sc.text(l, Text::InjectText(i))).size(34.0 * k));
    if !def.questions.is_empty() {
        ui.add_space(24.0 * k);
        ui.label(theme::big(tr!(l, "app-projector-discuss"), 40.0 * k).color(theme::SKY));
        for question in 0..def.questions.len() {
            let q = sc.text(l, Text::Question { inject: i, question });
            ui.add_space(6.0 * k);
            ui.label(RichText::new(format!("• {q}")).size(38.0 * k));
        }
    }
}

fn compact_board(ui: &mut egui::Ui, game: &Game, l: Lang, k: f32) {
    let s = game.ex().scenario();
    let st = game.ex().state();
    for n in 0..s.def.nations.len() {
        ui.label(theme::big(s.text(l, Text::Nation(n)), 28.0 * k).color(theme::SKY));
        for a in (0..s.def.assets.len()).filter(|&a| s.asset_nation[a] == n) {
            let service = st.assets[a].service;
            let (word, colour) = theme::service_status(service, l);
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new((service / 100.0) as f32)
                        .desired_width(90.0 * k)
                        .desired_height(18.0 * k)
                        .fill(colour),
                );
                ui.label(RichText::new(format!("{service:>3.0}%")).size(22.0 * k).strong().color(colour));
                let name = s.text(l, Text::Asset(a));
                let text = if service >= 80.0 { name.to_string() } else { format!("{name} · {word}") };
                ui.add(egui::Label::new(RichText::new(text).size(22.0 * k)).truncate());
            });
        }
        ui.add_space(12.0 * k);
    }
}
