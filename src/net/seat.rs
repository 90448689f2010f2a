//! A headless seat (`hotline join --headless`): connects with the join code,
//! claims its seat, keeps its view of the exercise from the host's updates
//! and, with `--policy`, plays its team's turns as a bot. A connection that
//! never opens is reported within `transport::NO_ANSWER` (at once when the
//! system says nothing listens at that port); a host that goes away is
//! rejoined with the same code for a while (a host restarted with `--resume`).

use super::options::JoinOptions;
use super::protocol::{ToHost, ToSeat};
use super::transport::{self, CHANNEL, CONNECT_TIMEOUT_SECS, NoJoin};
use super::view::{Bot, SeatView};
use crate::narrate::{labels, net};
use crate::scenario::Text;
use crate::tr;
use bevy::prelude::*;
use bevy_renet::RenetClient;
use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// What a seat running for a window tells it.
#[derive(Debug, Clone)]
pub enum LinkEvent {
    /// A message from the host, as received.
    Message(Box<ToSeat>),
    /// The seat stopped, and why (worded in the seat's language; empty: the exercise ended).
    Ended(String),
}

/// Ties the seat to a window: it hands every message on (and wakes the
/// window), sends what the window's intents ask for, and stops with it.
pub struct Bridge {
    pub to_window: mpsc::Sender<LinkEvent>,
    pub from_window: Mutex<mpsc::Receiver<ToHost>>,
    /// Wakes a reactive window (which otherwise sleeps until input).
    pub wake: Box<dyn Fn() + Send + Sync>,
    pub stop: Arc<AtomicBool>,
}

impl Bridge {
    fn tell(&self, e: LinkEvent) {
        let _ = self.to_window.send(e);
        (self.wake)();
    }
}

#[derive(Resource)]
struct Joined {
    options: JoinOptions,
    view: Option<SeatView>,
    bot: Option<Bot>,
    capture: Option<std::fs::File>,
    /// When the current attempt to connect began.
    attempt: Instant,
    /// When the host was last heard while connected (a rejoin is tried after that).
    lost: Option<Instant>,
    connected_once: bool,
    claimed: bool,
    /// A window this seat runs for (the desktop app's joined seat).
    bridge: Option<Bridge>,
}

impl Joined {
    /// Reports why the seat stops: on stderr, and to the window.
    fn fail(&self, line: String) {
        eprintln!("{line}");
        if let Some(b) = &self.bridge {
            b.tell(LinkEvent::Ended(line));
        }
    }
}

/// Joins as `options` says until the exercise ends or the seat is refused.
pub fn run(options: JoinOptions) -> ExitCode {
    run_with(options, None)
}

/// The seat for a window, on its own thread: the same seat as `hotline join
/// --headless`, whose messages go to the window through `bridge`.
pub fn spawn(options: JoinOptions, bridge: Bridge) -> std::thread::JoinHandle<ExitCode> {
    std::thread::spawn(move || run_with(options, Some(bridge)))
}

fn run_with(options: JoinOptions, bridge: Option<Bridge>) -> ExitCode {
    let l = options.lang;
    let mut app = transport::headless_app();
    transport::client_plugins(&mut app);
    if let Err(e) = transport::start_client(app.world_mut(), options.host, &options.code) {
        eprintln!("{e}");
        if let Some(b) = &bridge {
            b.tell(LinkEvent::Ended(e));
        }
        return ExitCode::from(1);
    }
    let capture = match &options.capture {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Some(f),
            Err(e) => {
                let path = p.display().to_string();
                eprintln!("{}", tr!(l, "net-join-cannot-capture", path = path, error = e.to_string()));
                return ExitCode::from(1);
            }
        },
        None => None,
    };
    let bot = options.policy.map(|p| Bot::new(p, options.seed).saying(options.say.clone()));
    let (host, seat) = (options.host.to_string(), net::seat(l, &options.claim));
    println!("{}", tr!(l, "net-join-joining", host = host, seat = seat));
    app.insert_resource(Joined {
        options,
        view: None,
        bot,
        capture,
        attempt: Instant::now(),
        lost: None,
        connected_once: false,
        claimed: false,
        bridge,
    });
    app.add_systems(Update, (watch_connection, claim, receive, from_window).chain());
    // A window's seat slows down while nothing comes or goes (net::pace).
    if app.world().resource::<Joined>().bridge.is_some() {
        super::pace::calm(&mut app);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Refused codes, lost hosts and rejoins.
fn watch_connection(world: &mut World) {
    let (connected, disconnected) = world
        .get_resource::<RenetClient>()
        .map_or((false, true), |c| (c.is_connected(), c.is_disconnected()));
    let verdict = {
        let seat = world.resource::<Joined>();
        (!connected && !seat.connected_once).then(|| transport::no_join(world, seat.attempt)).flatten()
    };
    let mut seat = world.resource_mut::<Joined>();
    let (host, l) = (seat.options.host, seat.options.lang);
    if connected {
        seat.connected_once = true;
        seat.lost = None;
        return;
    }
    if !seat.connected_once {
        // netcode drops a request made with another code without a word: the
        // signs are silence, or the system's "nothing listens there".
        let (line, code) = match verdict {
            None => return,
            Some(NoJoin::NoAnswer) => {
                let seconds = transport::NO_ANSWER.as_secs();
                (tr!(l, "net-join-wrong-code", host = host.to_string(), seconds = seconds), 3)
            }
            Some(NoJoin::NothingListens) => (tr!(l, "net-join-no-host", host = host.to_string()), 5),
            Some(NoJoin::Full) => {
                (tr!(l, "net-join-full", host = host.to_string(), seats = transport::MAX_SEATS), 3)
            }
        };
        seat.fail(line);
        world.write_message(AppExit::from_code(code));
        return;
    }
    let waited = seat.attempt.elapsed();
    if !disconnected && waited < Duration::from_secs(CONNECT_TIMEOUT_SECS as u64 + 1) {
        return;
    }
    let lost = *seat.lost.get_or_insert_with(Instant::now);
    if lost.elapsed() >= Duration::from_secs(seat.options.rejoin_seconds) {
        seat.fail(tr!(l, "net-join-host-gone", host = host.to_string()));
        world.write_message(AppExit::from_code(4));
        return;
    }
    if waited >= Duration::from_secs(CONNECT_TIMEOUT_SECS as u64 + 1) || seat.claimed {
        // Try again with a fresh token; the seat is claimed anew once connected.
        seat.attempt = Instant::now();
        seat.claimed = false;
        let code = seat.options.code.clone();
        if let Err(e) = transport::start_client(world, host, &code) {
            eprintln!("{e}");
        }
    }
}

fn claim(mut seat: ResMut<Joined>, client: Option<ResMut<RenetClient>>) {
    if let Some(mut client) = client
        && client.is_connected()
        && !seat.claimed
    {
        seat.claimed = true;
        client.send_message(CHANNEL, transport::encode_up(&ToHost::Claim(seat.options.claim.clone())));
    }
}

fn receive(
    mut seat: ResMut<Joined>,
    client: Option<ResMut<RenetClient>>,
    mut exit: MessageWriter<AppExit>,
    mut pace: Option<ResMut<super::pace::Pace>>,
) {
    let Some(mut client) = client else { return };
    let l = seat.options.lang;
    let mut received = Vec::new();
    while let Some(bytes) = client.receive_message(CHANNEL) {
        match transport::decode_down(&bytes) {
            Some(m) => received.push((bytes.len(), m)),
            None => eprintln!("{}", tr!(l, "net-join-ignored")),
        }
    }
    if let (Some(p), false) = (pace.as_mut(), received.is_empty()) {
        p.stir();
    }
    for (size, msg) in &received {
        if let Some(f) = seat.capture.as_mut() {
            record(f, "recv", *size, &ron::to_string(msg).unwrap_or_default());
        }
        if let Some(b) = &seat.bridge {
            b.tell(LinkEvent::Message(Box::new(msg.clone())));
        }
        match msg {
            ToSeat::Welcome { seat: claim, file, source, difficulty, translations, partner_ai } => {
                match SeatView::welcome(claim.clone(), file, source, *difficulty, translations, partner_ai, l)
                {
                    Ok(v) => {
                        let name = net::seat(l, claim);
                        println!(
                            "{}",
                            tr!(l, "net-join-seated", seat = name, title = v.scenario.text(l, Text::Title))
                        );
                        // A rejoin keeps nothing old: the host sends the whole view again,
                        // and says whether this team still has the turn to play.
                        seat.view = Some(v);
                        let (policy, seed) = (seat.options.policy, seat.options.seed);
                        let say = seat.bot.as_mut().and_then(Bot::unsaid);
                        seat.bot = policy.map(|p| Bot::new(p, seed).saying(say));
                    }
                    Err(e) => {
                        seat.fail(e);
                        exit.write(AppExit::from_code(1));
                    }
                }
            }
            ToSeat::Refused(why) => {
                seat.fail(tr!(l, "net-join-refused", why = net::refusal(l, why)));
                exit.write(AppExit::from_code(3));
            }
            ToSeat::Update(u) => {
                if let Some(v) = seat.view.as_mut() {
                    v.apply(u.clone());
                }
            }
            // The host rejects decisions of seated connections only: a view is there.
            ToSeat::Rejected { reason, .. } => {
                if let Some(v) = seat.view.as_ref() {
                    let why = net::rejection(l, &v.scenario, reason);
                    println!("{}", tr!(l, "net-join-not-applied", why = why));
                }
            }
        }
    }
    let Joined { view, bot, capture, bridge, .. } = &mut *seat;
    let Some(view) = view.as_ref() else { return };
    if let Some(bot) = bot.as_mut() {
        for m in bot.decide(view) {
            let bytes = transport::encode_up(&m);
            if let Some(f) = capture.as_mut() {
                record(f, "sent", bytes.len(), &ron::to_string(&m).unwrap_or_default());
            }
            client.send_message(CHANNEL, bytes);
        }
    }
    if view.over {
        let outcome =
            view.state.outcome.map_or_else(|| tr!(l, "net-join-ended"), |o| labels::outcome(l, Some(o)));
        println!("{}", tr!(l, "net-join-over", outcome = outcome, turn = view.state.turn));
        if let Some(b) = bridge {
            b.tell(LinkEvent::Ended(String::new()));
        }
        exit.write(AppExit::Success);
    }
}

/// The window's intents go out; a closed window stops the seat.
fn from_window(
    seat: Res<Joined>,
    client: Option<ResMut<RenetClient>>,
    mut exit: MessageWriter<AppExit>,
    mut pace: Option<ResMut<super::pace::Pace>>,
) {
    let Some(bridge) = &seat.bridge else { return };
    if bridge.stop.load(Ordering::Relaxed) {
        exit.write(AppExit::Success);
        return;
    }
    let Some(mut client) = client.filter(|c| c.is_connected()) else { return };
    let Ok(rx) = bridge.from_window.lock() else { return };
    while let Ok(m) = rx.try_recv() {
        if let Some(p) = pace.as_mut() {
            p.stir();
        }
        client.send_message(CHANNEL, transport::encode_up(&m));
    }
}

/// One line of a capture: direction, microseconds since the Unix epoch, bytes on the channel, the message.
fn record(f: &mut std::fs::File, what: &str, size: usize, ron: &str) {
    let micros =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_micros();
    let _ = writeln!(f, "{what} {micros} {size} {ron}");
}
