//! Networked windows without a network: the real [`AppPlugin`] on
//! `MinimalPlugins`, its seat's link wired to a host [`Session`] in this
//! process (`net_seat::wired`), messages passed by hand. The facilitator's
//! console and a team's board send their intents through the one door; the
//! host's authority decides, and the assertions are on the host's exercise and
//! on what each window then shows.

use super::Screen;
use super::intent::Intent;
use super::lang::Languages;
use super::net_seat::{self, NetLink};
use super::session::{Game, Launch, Mode};
use super::table::Table;
use super::tests::{flagship, headless_app};
use crate::i18n::Lang;
use crate::net::seat::LinkEvent;
use crate::net::{ClientId, JoinOptions, SeatClaim, Session, ToHost};
use crate::scenario::{Audience, Trigger};
use crate::sim::{AdjudicationTarget, Decision, Exercise, Seat};
use crate::tr;
use bevy::prelude::*;
use bevy_egui::egui;
use std::sync::mpsc::{Receiver, Sender};

fn options(claim: SeatClaim) -> JoinOptions {
    JoinOptions {
        host: std::net::SocketAddr::from(([127, 0, 0, 1], 7450)),
        code: "TEST-CODE".into(),
        claim,
        policy: None,
        seed: 1,
        rejoin_seconds: 0,
        capture: None,
        lang: Lang::En,
        say: None,
    }
}

/// A window seated at a host as some seat: the app, and the seat's ends of its link.
struct Seated {
    app: App,
    client: ClientId,
    from_window: Receiver<ToHost>,
    to_window: Sender<LinkEvent>,
}

impl Seated {
    fn join(host: &mut Session, client: ClientId, claim: SeatClaim) -> Seated {
        let mut app = headless_app(Launch::default());
        app.update();
        let (link, from_window, to_window) = net_seat::wired(&options(claim.clone()));
        app.insert_resource(link);
        // What the seat thread says first once connected.
        host.receive(client, ToHost::Claim(claim));
        Seated { app, client, from_window, to_window }
    }

    fn send(&mut self, intent: Intent) {
        self.app.world_mut().write_message(intent);
        self.app.update();
    }

    fn game(&self) -> &Game {
        self.app.world().resource::<Game>()
    }

    fn screen(&self) -> Screen {
        *self.app.world().resource::<State<Screen>>().get()
    }
}

/// Passes messages both ways until every window has what the host sent.
fn exchange(host: &mut Session, windows: &mut [&mut Seated]) {
    for _ in 0..3 {
        for w in windows.iter_mut() {
            while let Ok(m) = w.from_window.try_recv() {
                host.receive(w.client, m);
            }
        }
        for (client, m) in host.flush() {
            if let Some(w) = windows.iter().find(|w| w.client == client) {
                w.to_window.send(LinkEvent::Message(Box::new(m))).expect("the window listens");
            }
        }
        for w in windows.iter_mut() {
            w.app.update();
        }
    }
}

/// The facilitator's console at a seat fires, holds and adjudicates, pauses
/// and advances: each reaches the host and changes its exercise, and comes back
/// on the console's game. A team's board that tries the facilitator's
/// decisions is rejected and told why; while paused its own move waits.
#[test]
fn the_facilitators_console_at_a_seat_runs_the_hosts_exercise_and_a_team_cannot() {
    let s = flagship();
    let mut host = Session::new(Exercise::new(s.clone(), 3), vec![true, true]);
    let mut console = Seated::join(&mut host, 1, SeatClaim::Facilitator);
    let mut us = Seated::join(&mut host, 2, SeatClaim::Nation("us".into()));
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert_eq!(console.screen(), Screen::Net, "the facilitator's seat is the console");
    assert_eq!((console.game().net_seat, console.game().mode), (Some(Seat::Facilitator), Mode::Workshop));
    assert_eq!(us.screen(), Screen::Board);

    let later: Vec<_> =
        s.def.injects.iter().filter(|d| matches!(d.trigger, Trigger::AtTurn(t) if t > 2)).collect();
    let (fire, hold) = (later[0].id.clone(), later[1].id.clone());
    let fired = s.inject_ix[&fire];
    let adjudicate =
        Decision::Adjudicate { target: AdjudicationTarget::Trust, value: 42.0, reason: "tabletop".into() };
    // The team first: the host refuses, and the board says so.
    us.send(Intent::Facilitate(Decision::FireInject(fire.clone())));
    us.send(Intent::Facilitate(adjudicate.clone()));
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert!(host.exercise().decisions().is_empty(), "{:?}", host.exercise().decisions());
    let notice = us.game().notice.clone().expect("the team is told");
    let why = tr!(Lang::En, "net-rejection-not-yours", nation = "us");
    assert!(!notice.ok && notice.text.contains(&why), "{notice:?}");

    let decisions = [
        Decision::FireInject(fire.clone()),
        Decision::HoldInject { inject: hold.clone(), hold: true },
        adjudicate.clone(),
    ];
    for d in &decisions {
        console.send(Intent::Facilitate(d.clone()));
    }
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert_eq!(host.exercise().decisions(), decisions.to_vec());
    let st = console.game().ex().state();
    assert!(st.injects[fired].fired_turn.is_some() && st.injects[s.inject_ix[&hold]].held);
    assert_eq!(st.alliance_trust().round(), 42.0, "the console's game is the host's, adjudicated");

    // Paused: the team's board is covered and its move waits; Space on the console does nothing.
    console.send(Intent::TogglePause);
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert!(host.clock().paused && us.app.world().resource::<NetLink>().paused());
    us.send(Intent::TeamDone);
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert_eq!(host.planning(), vec![true, true], "Done waits for the resume");
    let notice = us.game().notice.clone().expect("the team is told");
    assert!(notice.text.contains(&tr!(Lang::En, "net-rejection-paused")), "{notice:?}");
    console.send(Intent::TogglePause);
    console.send(Intent::SetCountdown(5));
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert_eq!(host.clock(), crate::net::Clock { paused: false, turn_seconds: Some(300) });
    for state in [bevy::input::ButtonState::Pressed, bevy::input::ButtonState::Released] {
        console.app.world_mut().write_message(bevy::input::keyboard::KeyboardInput {
            key_code: KeyCode::Space,
            logical_key: bevy::input::keyboard::Key::Character(" ".into()),
            state,
            text: None,
            repeat: false,
            window: Entity::PLACEHOLDER,
        });
        console.app.update();
    }
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert_eq!(host.exercise().state().turn, 1, "no board keys on the console");
    console.send(Intent::AdvanceTurn);
    exchange(&mut host, &mut [&mut console, &mut us]);
    assert_eq!((host.exercise().state().turn, console.game().ex().state().turn), (2, 2));
}

/// Every text a pass of `draw` lays out, at 1280×720.
fn texts(mut draw: impl FnMut(&egui::Context)) -> Vec<String> {
    let ctx = egui::Context::default();
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0))),
        ..Default::default()
    };
    let mut out = Vec::new();
    for _ in 0..2 {
        let mut frame = ctx.run_ui(input.clone(), |ui| draw(ui.ctx()));
        // No renderer here: the font atlas updates are dropped on purpose.
        frame.textures_delta.clear();
        out.clear();
        let mut stack: Vec<egui::Shape> = frame.shapes.into_iter().map(|c| c.shape).collect();
        while let Some(shape) = stack.pop() {
            match shape {
                egui::Shape::Vec(v) => stack.extend(v),
                egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
                _ => {}
            }
        }
    }
    out
}

/// The projector seat's screen is the wall (the projector view of the room's
/// inject, the join line) and nothing of the console; a card addressed to one
/// team, fired after it, shows on the facilitator's console and never on the wall.
#[test]
fn the_projector_seat_shows_the_wall_and_the_facilitator_seat_the_console() {
    let s = flagship();
    let mut host = Session::new(Exercise::new(s.clone(), 3), vec![true, true]);
    let mut console = Seated::join(&mut host, 1, SeatClaim::Facilitator);
    let mut wall = Seated::join(&mut host, 2, SeatClaim::Projector);
    // The last card for everyone: the wall shows the latest fired (by turn, then order).
    let everyone = s.def.injects.iter().rfind(|d| d.audience == Audience::All).expect("a card for all");
    let rok =
        s.def.injects.iter().find(|d| d.audience == Audience::Nation("rok".into())).expect("a ROK card");
    host.receive(1, ToHost::Decide(Decision::FireInject(everyone.id.clone())));
    host.receive(1, ToHost::Decide(Decision::FireInject(rok.id.clone())));
    exchange(&mut host, &mut [&mut console, &mut wall]);
    assert_eq!(wall.screen(), Screen::Net);
    let langs = Languages::new(Lang::En);
    let draw = |w: &mut Seated| {
        let game = w.app.world_mut().remove_resource::<Game>().expect("a game from the view");
        let mut link = w.app.world_mut().remove_resource::<NetLink>().expect("seated");
        let mut form = super::console::Form::default();
        let table = Table::default();
        let shown = texts(|ctx| {
            let mut out = Vec::new();
            super::net_console::screen(ctx, &mut link, Some(&game), &table, &langs, &mut form, &mut out);
        });
        w.app.insert_resource(link);
        w.app.insert_resource(game);
        shown
    };
    let has = |shown: &[String], t: &str| shown.iter().any(|x| x.contains(t));
    let timeline = tr!(Lang::En, "app-console-timeline");
    let on_wall = draw(&mut wall);
    assert!(has(&on_wall, &everyone.title), "the room's inject: {on_wall:?}");
    let join_at = wall.app.world().resource::<NetLink>().join_at.clone();
    let address = join_at.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(" / ");
    let join = tr!(Lang::En, "app-net-join-line", address = address, code = "TEST-CODE");
    assert!(has(&on_wall, &join), "{join} in {on_wall:?}");
    assert!(!has(&on_wall, &rok.title) && !has(&on_wall, &timeline), "{on_wall:?}");
    let on_console = draw(&mut console);
    assert!(has(&on_console, &timeline) && has(&on_console, &rok.title), "{on_console:?}");
    assert!(has(&on_console, "TEST-CODE"), "the console shows the join code");
}
