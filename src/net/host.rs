//! The headless host (`hotline host --headless`): a Bevy app without a window
//! that owns the exercise ([`Session`]), takes seats' messages off the wire,
//! sends each seat its own updates, autosaves every turn and, at the end,
//! prints the debrief and writes the save as `hotline play` does.

use super::options::HostOptions;
use super::protocol::{ToHost, ToSeat};
use super::session::{ClientId, Session};
use super::transport::{self, CHANNEL};
use crate::narrate::net::seat;
use crate::report;
use crate::save::{Overwrite, SaveFile, write_file};
use crate::scenario::Text;
use crate::tr;
use bevy::prelude::*;
use bevy_renet::netcode::NetcodeServerTransport;
use bevy_renet::renet::ServerEvent;
use bevy_renet::{RenetServer, RenetServerEvent};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

#[derive(Resource)]
struct Host {
    session: Session,
    options: HostOptions,
    turn_started: Instant,
    /// When the facilitator paused (the turn's clock stands still from then).
    paused_at: Option<Instant>,
    /// When the exercise ended (the host lingers briefly so the last updates reach the seats).
    ended: Option<Instant>,
    failed: bool,
    to_close: Vec<ClientId>,
    closing_next: Vec<ClientId>,
}

/// How long an ended host waits for its seats to leave before it exits anyway.
const LINGER: Duration = Duration::from_secs(3);

/// Hosts `session` until its exercise ends; the process's exit code.
pub fn run(session: Session, options: HostOptions) -> ExitCode {
    let mut app = match start(session, options) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(_) => ExitCode::from(1),
    }
}

/// The host for the desktop app's window, on its own thread: the same host
/// as `hotline host --headless`, stopped when `stop` is set (the window
/// closed). Returns once it listens, or why it cannot.
pub fn spawn(session: Session, options: HostOptions, stop: Arc<AtomicBool>) -> Result<(), String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || match start(session, options) {
        Ok(mut app) => {
            let _ = tx.send(Ok(()));
            super::pace::calm(&mut app);
            app.add_systems(Update, move |mut exit: MessageWriter<AppExit>| {
                if stop.load(Ordering::Relaxed) {
                    exit.write(AppExit::Success);
                }
            });
            app.run();
        }
        Err(e) => {
            let _ = tx.send(Err(e));
        }
    });
    rx.recv().unwrap_or_else(|e| Err(e.to_string()))
}

/// Listens, prints where to join, autosaves the start; the app to run.
fn start(session: Session, options: HostOptions) -> Result<App, String> {
    let mut app = transport::headless_app();
    let addresses = transport::host_addresses(options.port);
    let l = options.lang;
    if let Err(e) = transport::start_server(&mut app, options.port, &options.code, addresses.clone()) {
        return Err(tr!(l, "net-host-cannot-listen", port = options.port, error = e.to_string()));
    }
    let s = &session.exercise().scenario();
    let seed = session.exercise().seed();
    println!(
        "{}",
        tr!(l, "net-host-hosting", title = s.text(l, Text::Title), seed = seed, port = options.port)
    );
    for a in &addresses {
        println!("{}", tr!(l, "net-host-join-with", address = a.to_string(), code = &options.code));
    }
    let teams: Vec<&str> =
        s.def.nations.iter().zip(&options.teams).filter(|(_, t)| **t).map(|(n, _)| n.id.as_str()).collect();
    println!("{}", tr!(l, "net-host-team-seats", teams = teams.join(", ")));
    // The first autosave is the start: a host killed in turn 1 resumes from it.
    if let Some(path) = &options.autosave {
        autosave(l, session.exercise(), path);
    }
    let session = session.with_turn_seconds(options.turn_seconds);
    app.insert_resource(Host {
        session,
        options,
        turn_started: Instant::now(),
        paused_at: None,
        ended: None,
        failed: false,
        to_close: Vec::new(),
        closing_next: Vec::new(),
    });
    // A turn that ended restarts its clock before the updates carry the countdown.
    app.add_systems(Update, (close, receive, countdown, after_turn, send, finish).chain());
    app.add_observer(seat_left);
    Ok(app)
}

/// A seat silent this long has dropped (netcode sends keep-alives ten times a
/// second); a claim for its seat takes it over rather than wait for the timeout.
const DROPPED: Duration = Duration::from_millis(1500);

fn receive(
    mut host: ResMut<Host>,
    mut server: ResMut<RenetServer>,
    transport: Res<NetcodeServerTransport>,
    mut pace: Option<ResMut<super::pace::Pace>>,
) {
    for client in server.clients_id() {
        while let Some(bytes) = server.receive_message(client, CHANNEL) {
            if let Some(p) = pace.as_mut() {
                p.stir();
            }
            let Some(msg) = transport::decode_up(&bytes) else {
                eprintln!("{}", tr!(host.options.lang, "net-host-ignored", client = client));
                continue;
            };
            if let ToHost::Claim(claim) = &msg
                && let Some(old) = host.session.holder(claim)
                && transport.time_since_last_received_packet(old).is_none_or(|t| t >= DROPPED)
            {
                println!(
                    "{}",
                    tr!(host.options.lang, "net-host-takeover", seat = seat(host.options.lang, claim))
                );
                host.session.disconnect(old);
                server.disconnect(old);
            }
            host.session.receive(client, msg);
        }
    }
}

fn seat_left(event: On<RenetServerEvent>, mut host: ResMut<Host>) {
    let ServerEvent::ClientDisconnected { client_id, .. } = **event else { return };
    let l = host.options.lang;
    if let Some((_, claim)) = host.session.seated().find(|(c, _)| *c == client_id) {
        println!("{}", tr!(l, "net-host-seat-left", seat = seat(l, claim)));
    }
    host.session.disconnect(client_id);
}

impl Host {
    /// How long this turn's clock has run (not counting a pause).
    fn elapsed(&self) -> Duration {
        self.paused_at.unwrap_or_else(Instant::now).saturating_duration_since(self.turn_started)
    }
}

/// The facilitator's clock: a pause stops it, a new countdown starts it
/// again, and a countdown that runs out resolves the turn.
fn countdown(mut host: ResMut<Host>) {
    let now = Instant::now();
    let l = host.options.lang;
    if host.session.take_clock_set() {
        host.turn_started = now;
        host.paused_at = host.paused_at.map(|_| now);
        match host.session.clock().turn_seconds {
            Some(seconds) => println!("{}", tr!(l, "net-host-countdown-set", seconds = seconds)),
            None => println!("{}", tr!(l, "net-host-countdown-off")),
        }
    }
    match (host.session.clock().paused, host.paused_at) {
        (true, None) => {
            host.paused_at = Some(now);
            println!("{}", tr!(l, "net-host-paused"));
        }
        (false, Some(at)) => {
            host.turn_started += now.saturating_duration_since(at);
            host.paused_at = None;
            println!("{}", tr!(l, "net-host-resumed"));
        }
        _ => {}
    }
    let Some(secs) = host.session.clock().turn_seconds else { return };
    if host.paused_at.is_none()
        && host.elapsed() >= Duration::from_secs(secs)
        && !host.session.exercise().state().is_over()
    {
        println!("{}", tr!(l, "net-host-countdown", turn = host.session.exercise().state().turn));
        host.session.countdown_expired();
    }
}

fn send(
    mut host: ResMut<Host>,
    mut server: ResMut<RenetServer>,
    mut pace: Option<ResMut<super::pace::Pace>>,
) {
    let elapsed = host.elapsed().as_secs();
    let left = host.session.clock().turn_seconds.map(|s| s.saturating_sub(elapsed));
    host.session.set_countdown_left(left);
    let out = host.session.flush();
    if let (Some(p), false) = (pace.as_mut(), out.is_empty()) {
        p.stir();
    }
    for (client, msg) in out {
        if let ToSeat::Welcome { seat: claim, .. } = &msg {
            println!(
                "{}",
                tr!(host.options.lang, "net-host-seat-joined", seat = seat(host.options.lang, claim))
            );
        }
        if server.is_connected(client) {
            server.send_message(client, CHANNEL, transport::encode_down(&msg));
        }
    }
    // A refused claim is told why before its connection closes.
    let closing = host.session.take_closing();
    host.to_close.extend(closing);
}

/// Closes refused connections a frame after their refusal was sent.
fn close(mut host: ResMut<Host>, mut server: ResMut<RenetServer>) {
    for client in std::mem::take(&mut host.closing_next) {
        server.disconnect(client);
    }
    host.closing_next = std::mem::take(&mut host.to_close);
}

fn after_turn(mut host: ResMut<Host>) {
    if host.session.take_turns_ended() == 0 {
        return;
    }
    host.turn_started = Instant::now();
    host.paused_at = host.paused_at.map(|_| host.turn_started);
    let (ex, l) = (host.session.exercise(), host.options.lang);
    if !ex.state().is_over() {
        println!("{}", tr!(l, "net-host-turn-begins", turn = ex.state().turn));
    }
    if let Some(path) = &host.options.autosave {
        autosave(l, ex, path);
    }
}

/// Writes the autosave; a failure is reported and the exercise goes on.
fn autosave(l: crate::i18n::Lang, ex: &crate::sim::Exercise, path: &std::path::Path) {
    if let Err(e) = SaveFile::of(ex).write(path) {
        let path = path.display().to_string();
        eprintln!("{}", tr!(l, "net-cannot-autosave", path = path, error = e.to_string()));
    }
}

fn finish(mut host: ResMut<Host>, server: Res<RenetServer>, mut exit: MessageWriter<AppExit>) {
    if !host.session.exercise().state().is_over() {
        return;
    }
    let Some(ended) = host.ended else {
        host.ended = Some(Instant::now());
        let (ex, l) = (host.session.exercise(), host.options.lang);
        print!("{}", report::doc::text(&report::debrief::debrief_doc(l, ex)));
        if let Some(out) = &host.options.save {
            let overwrite = if host.options.force { Overwrite::Yes } else { Overwrite::No };
            let path = out.display().to_string();
            match write_file(out, SaveFile::of(ex).to_ron().as_bytes(), overwrite) {
                Ok(()) => println!("{}", tr!(l, "cli-saved-to", path = path)),
                Err(e) => {
                    eprintln!("{}", tr!(l, "net-cannot-write-save", path = path, error = e.to_string()));
                    host.failed = true;
                }
            }
        }
        return;
    };
    if !server.has_connections() || ended.elapsed() >= LINGER {
        exit.write(if host.failed { AppExit::from_code(1) } else { AppExit::Success });
    }
}
