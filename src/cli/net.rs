//! `hotline host` and `hotline join`: a networked exercise from the command
//! line. The host owns the exercise; each team joins from its own machine with
//! the join code. Each runs headless or as the desktop app's window.

use super::saves;
use hotline::i18n::Lang;
use hotline::net::{HostOptions, JoinOptions};
use hotline::sim::{Difficulty, Exercise, PolicyName};
use hotline::tr;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `hotline host` (the variant in mod.rs takes this about).
#[derive(clap::Args, Debug)]
#[command(about = "Host a networked exercise: each team joins from its own machine")]
pub struct HostArgs {
    /// The scenario (not with --resume: the save carries it).
    #[arg(required_unless_present = "resume")]
    scenario: Option<PathBuf>,
    /// Run without a window (else the window is the facilitator's console).
    #[arg(long)]
    headless: bool,
    /// The window saves a PNG of itself here once seated (with --screenshot-after) and goes on.
    #[arg(long, hide = true, conflicts_with = "headless")]
    screenshot: Option<PathBuf>,
    /// Seconds after the window's seat is welcomed to take the --screenshot.
    #[arg(long, hide = true, default_value_t = 5)]
    screenshot_after: u64,
    /// Take the --screenshot once a turn is in progress (a team done, another planning) instead.
    #[arg(long, hide = true, requires = "screenshot")]
    screenshot_mid_turn: bool,
    /// UDP port to listen on.
    #[arg(long, default_value_t = 7450)]
    port: u16,
    /// The join code the seats must give (default: a new one, printed).
    #[arg(long)]
    code: Option<String>,
    /// Seed of the exercise (default 1).
    #[arg(long, conflicts_with = "resume")]
    seed: Option<u64>,
    /// exercise, standard or crisis (default standard).
    #[arg(long, value_enum, conflicts_with = "resume")]
    difficulty: Option<Difficulty>,
    /// A nation the partner AI plays instead of a team (repeatable).
    #[arg(long, value_name = "NATION")]
    ai: Vec<String>,
    /// The facilitator's countdown: a turn resolves after this many seconds
    /// even if a team is still planning (nothing is decided for it).
    #[arg(long, value_name = "SECONDS")]
    turn_seconds: Option<u64>,
    /// Write the finished game as a save file.
    #[arg(long)]
    save: Option<PathBuf>,
    /// Replace the --save file if it exists.
    #[arg(long, requires = "save")]
    force: bool,
    /// Save after every turn to this file (atomically); restart a host that died with --resume.
    #[arg(long)]
    autosave: Option<PathBuf>,
    /// Continue a saved (or autosaved) exercise; the seats rejoin with the same code.
    #[arg(long)]
    resume: Option<PathBuf>,
}

/// Options of `hotline join`.
#[derive(clap::Args, Debug)]
#[command(about = "Join a networked exercise with the host's address and join code")]
pub struct JoinArgs {
    /// The host's address and port, e.g. 192.168.1.20:7450.
    address: String,
    /// The join code the host printed.
    #[arg(long)]
    code: String,
    /// The seat: a nation id (e.g. us, rok), facilitator, projector or observer.
    #[arg(long, default_value = "observer")]
    seat: String,
    /// Run without a window (else the window is this seat).
    #[arg(long)]
    headless: bool,
    /// The window saves a PNG of itself here once seated (with --screenshot-after) and exits.
    #[arg(long, hide = true, conflicts_with = "headless")]
    screenshot: Option<PathBuf>,
    /// Seconds after the seat is welcomed to take the --screenshot.
    #[arg(long, hide = true, default_value_t = 5)]
    screenshot_after: u64,
    /// Take the --screenshot once a turn is in progress (a team done, another planning) instead.
    #[arg(long, hide = true, requires = "screenshot")]
    screenshot_mid_turn: bool,
    /// Play the team's turns with a built-in policy (a bot seat).
    #[arg(long, value_enum)]
    policy: Option<PolicyName>,
    /// The bot's own randomness (for --policy random).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Seconds to keep rejoining when the host goes away (e.g. restarted with --resume).
    #[arg(long, default_value_t = 60)]
    rejoin_seconds: u64,
    /// Write every message received and sent to this file, one line each (tests, measurements).
    #[arg(long, hide = true)]
    capture: Option<PathBuf>,
    /// A bot seat calls the hotline and says this on it, the first turn it can (tests, CI screenshots).
    #[arg(long, hide = true, requires = "policy")]
    say: Option<String>,
}

pub(super) fn host(lang: Lang, args: HostArgs) -> ExitCode {
    let ex = match (&args.resume, &args.scenario) {
        (Some(file), _) => match saves::restore(file, false) {
            Ok((ex, _)) => {
                let file = file.display().to_string();
                println!("{}", tr!(lang, "net-resuming", file = file, turn = ex.state().turn));
                ex
            }
            Err(code) => return code,
        },
        (None, Some(path)) => match super::load(path) {
            Ok(s) => {
                Exercise::with_difficulty(s, args.seed.unwrap_or(1), args.difficulty.unwrap_or_default())
            }
            Err(c) => return c,
        },
        (None, None) => unreachable!("clap requires a scenario or --resume"),
    };
    let s = ex.scenario().clone();
    for id in &args.ai {
        if !s.nation_ix.contains_key(id) {
            let ids: Vec<&str> = s.def.nations.iter().map(|n| n.id.as_str()).collect();
            eprintln!("{}", tr!(lang, "net-no-such-ai-nation", id = id, nations = ids.join(", ")));
            return ExitCode::from(2);
        }
    }
    let teams: Vec<bool> = s.def.nations.iter().map(|n| !args.ai.contains(&n.id)).collect();
    let options = HostOptions {
        port: args.port,
        code: args.code.unwrap_or_else(hotline::net::options::new_code),
        teams: teams.clone(),
        turn_seconds: args.turn_seconds,
        save: args.save,
        force: args.force,
        autosave: args.autosave,
        lang,
    };
    let translations = hotline::net::options::translations_of(&s.path);
    let session = hotline::net::Session::new(ex, teams).with_translations(translations);
    #[cfg(feature = "desktop")]
    if !args.headless {
        let shot = net_shot(args.screenshot, args.screenshot_after, args.screenshot_mid_turn, false);
        return hotline::app::run_networked(
            lang,
            hotline::app::net_seat::NetStart::Host { session: Box::new(session), options },
            shot,
        );
    }
    #[cfg(feature = "desktop")]
    return hotline::net::host::run(session, options);
    #[cfg(not(feature = "desktop"))]
    no_network(lang, (session, options))
}

/// The window's --screenshot: when to take it and whether the window then exits.
#[cfg(feature = "desktop")]
fn net_shot(
    path: Option<PathBuf>,
    after: u64,
    mid_turn: bool,
    exit: bool,
) -> Option<hotline::app::net_seat::NetShot> {
    let after = std::time::Duration::from_secs(after);
    path.map(|path| hotline::app::net_seat::NetShot { path, after, exit, mid_turn })
}

#[cfg(not(feature = "desktop"))]
fn no_network(lang: Lang, _: impl Sized) -> ExitCode {
    eprintln!("{}", tr!(lang, "net-no-network"));
    ExitCode::from(2)
}

pub(super) fn join(lang: Lang, args: JoinArgs) -> ExitCode {
    let host: SocketAddr = match args.address.to_socket_addrs().map(|mut a| a.next()) {
        Ok(Some(a)) => a,
        _ => {
            eprintln!("{}", tr!(lang, "net-bad-address", address = &args.address));
            return ExitCode::from(2);
        }
    };
    let claim: hotline::net::SeatClaim = match args.seat.parse() {
        Ok(c) => c,
        Err(_) => {
            eprintln!("{}", tr!(lang, "net-bad-seat", error = tr!(lang, "net-seat-name-help")));
            return ExitCode::from(2);
        }
    };
    let options = JoinOptions {
        host,
        code: args.code,
        claim,
        policy: args.policy,
        seed: args.seed,
        rejoin_seconds: args.rejoin_seconds,
        capture: args.capture,
        lang,
        say: args.say,
    };
    #[cfg(feature = "desktop")]
    if !args.headless {
        let shot = net_shot(args.screenshot, args.screenshot_after, args.screenshot_mid_turn, true);
        return hotline::app::run_networked(lang, hotline::app::net_seat::NetStart::Join(options), shot);
    }
    #[cfg(feature = "desktop")]
    return hotline::net::seat::run(options);
    #[cfg(not(feature = "desktop"))]
    no_network(lang, options)
}
