//! A headless seat (`hotline join --headless`): connects with the join code,
//! claims its seat, keeps its view of the exercise from the host's updates
//! and, with `--policy`, plays its team's turns as a bot. A connection that
//! never opens is reported as a refused code; a host that goes away is
//! rejoined with the same code for a while (a host restarted with `--resume`).

use super::options::JoinOptions;
use super::protocol::{ToHost, ToSeat};
use super::transport::{self, CHANNEL, CONNECT_TIMEOUT_SECS};
use super::view::{Bot, SeatView};
use bevy::prelude::*;
use bevy_renet::RenetClient;
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

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
}

/// Joins as `options` says until the exercise ends or the seat is refused.
pub fn run(options: JoinOptions) -> ExitCode {
    let mut app = transport::headless_app();
    transport::client_plugins(&mut app);
    if let Err(e) = transport::start_client(app.world_mut(), options.host, &options.code) {
        eprintln!("{e}");
        return ExitCode::from(1);
    }
    let capture = match &options.capture {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Some(f),
            Err(e) => {
                eprintln!("{}: cannot write the capture: {e}", p.display());
                return ExitCode::from(1);
            }
        },
        None => None,
    };
    let bot = options.policy.map(|p| Bot::new(p, options.seed));
    println!("Joining {} as {}…", options.host, options.claim);
    app.insert_resource(Joined {
        options,
        view: None,
        bot,
        capture,
        attempt: Instant::now(),
        lost: None,
        connected_once: false,
        claimed: false,
    });
    app.add_systems(Update, (watch_connection, claim, receive).chain());
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
    let mut seat = world.resource_mut::<Joined>();
    if connected {
        seat.connected_once = true;
        seat.lost = None;
        return;
    }
    if !disconnected && seat.attempt.elapsed() < Duration::from_secs(CONNECT_TIMEOUT_SECS as u64 + 1) {
        return;
    }
    let waited = seat.attempt.elapsed();
    let host = seat.options.host;
    if !seat.connected_once {
        // netcode drops a token made with another code without a word: the
        // only sign is silence until the token's timeout.
        if waited >= Duration::from_secs(CONNECT_TIMEOUT_SECS as u64 + 1) {
            eprintln!(
                "refused: the host at {host} did not accept the join code (a wrong code, or no host listening there)"
            );
            world.write_message(AppExit::from_code(3));
        }
        return;
    }
    let lost = *seat.lost.get_or_insert_with(Instant::now);
    if lost.elapsed() >= Duration::from_secs(seat.options.rejoin_seconds) {
        eprintln!("the host at {host} went away");
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

fn receive(mut seat: ResMut<Joined>, client: Option<ResMut<RenetClient>>, mut exit: MessageWriter<AppExit>) {
    let Some(mut client) = client else { return };
    let mut received = Vec::new();
    while let Some(bytes) = client.receive_message(CHANNEL) {
        match transport::decode_down(&bytes) {
            Some(m) => received.push((bytes.len(), m)),
            None => eprintln!("ignored a message from the host that is not one of ours"),
        }
    }
    for (size, msg) in &received {
        if let Some(f) = seat.capture.as_mut() {
            record(f, "recv", *size, &ron::to_string(msg).unwrap_or_default());
        }
        match msg {
            ToSeat::Welcome { seat: claim, file, source, difficulty } => {
                match SeatView::welcome(claim.clone(), file, source, *difficulty) {
                    Ok(v) => {
                        println!("Seated as {claim} in \"{}\".", v.scenario.def.title);
                        // A rejoin keeps nothing old: the host sends the whole view again,
                        // and says whether this team still has the turn to play.
                        seat.view = Some(v);
                        let (policy, seed) = (seat.options.policy, seat.options.seed);
                        seat.bot = policy.map(|p| Bot::new(p, seed));
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        exit.write(AppExit::from_code(1));
                    }
                }
            }
            ToSeat::Refused(why) => {
                eprintln!("refused: {why}");
                exit.write(AppExit::from_code(3));
            }
            ToSeat::Update(u) => {
                if let Some(v) = seat.view.as_mut() {
                    v.apply(u.clone());
                }
            }
            ToSeat::Rejected { reason, .. } => println!("not applied: {reason}"),
        }
    }
    let Joined { view, bot, capture, .. } = &mut *seat;
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
        let outcome = view.state.outcome.map_or("ended".to_string(), |o| o.label().to_string());
        println!("The exercise is over ({outcome}) after turn {}.", view.state.turn);
        exit.write(AppExit::Success);
    }
}

/// One line of a capture: direction, microseconds since the Unix epoch, bytes on the channel, the message.
fn record(f: &mut std::fs::File, what: &str, size: usize, ron: &str) {
    let micros =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_micros();
    let _ = writeln!(f, "{what} {micros} {size} {ron}");
}
