//! The wire under a networked exercise: renet's reliable ordered channel over
//! its UDP transport with netcode's secure connect tokens (bevy_renet's
//! plugins drive them from a headless Bevy app). The token key is derived from
//! the join code, so only someone who knows the code can make a token the
//! host accepts, and every packet is encrypted and authenticated with it:
//! garbage and wrong-code packets are dropped by netcode before they reach the
//! exercise. The messages travel as RON, the save files' format, whose
//! numbers read back exactly (serde_json's default parser may be a bit off).
//!
//! A wrong code cannot be refused in words: netcode's host cannot read a
//! connect request made with another key, and anything it sent back could
//! only be encrypted with keys from inside that request, so it stays silent
//! (it answers only a request it can read: a challenge, or "denied" when it
//! is full). What a seat can tell, and how fast ([`Knock`]): the host answers
//! a request it can read within one round trip (netcode resends it every
//! 250 ms), so no answer within [`NO_ANSWER`] means the code is wrong or the
//! traffic does not arrive; and on Linux and Windows a port where nothing
//! listens is reported by the system at once (ICMP port unreachable), which
//! tells "no host running there" apart from "wrong code".

use super::protocol::{ToHost, ToSeat};
use bevy::prelude::*;
use bevy_renet::netcode::{
    ClientAuthentication, ConnectToken, NetcodeClientPlugin, NetcodeClientTransport, NetcodeDisconnectReason,
    NetcodeErrorEvent, NetcodeServerPlugin, NetcodeServerTransport, NetcodeTransportError,
    ServerAuthentication, ServerConfig,
};
use bevy_renet::renet::{ConnectionConfig, DefaultChannel};
use bevy_renet::{RenetClient, RenetClientPlugin, RenetServer, RenetServerPlugin};
use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::time::{Duration, SystemTime};

/// Changes whenever the messages change, so an older build cannot join a newer host.
const PROTOCOL_ID: u64 = 0x686f_746c_696e_6501;
/// netcode's timeout of a connection: either side lets it go after this much
/// silence (a seat that dropped frees its seat after it; a host that went
/// away is rejoined after it).
pub const CONNECT_TIMEOUT_SECS: i32 = 5;
/// How long a seat that never connected waits for the host's first answer
/// before it says why it cannot join. A host holding the same code answers
/// within one round trip; netcode resends the request every 250 ms, so this
/// allows eight tries (and a round trip of up to a second) on a lossy link.
pub const NO_ANSWER: Duration = Duration::from_secs(2);
/// Most seats a host takes (two teams, a facilitator, a projector and observers).
pub const MAX_SEATS: usize = 16;
/// The headless loop's period: short enough for a quick hand-on of decisions,
/// long enough that an idle host or seat costs next to nothing.
pub const TICK: Duration = Duration::from_millis(10);
/// Every message goes on renet's reliable, ordered channel.
pub const CHANNEL: DefaultChannel = DefaultChannel::ReliableOrdered;

/// The secure-token key: the join code stretched into 32 bytes.
pub fn key_of(code: &str) -> [u8; 32] {
    blake3::derive_key("hotline 2026-12 networked exercise join code", code.trim().as_bytes())
}

pub fn encode_up(m: &ToHost) -> Vec<u8> {
    ron::to_string(m).unwrap_or_default().into_bytes()
}

pub fn encode_down(m: &ToSeat) -> Vec<u8> {
    ron::to_string(m).unwrap_or_default().into_bytes()
}

/// A message from a seat, or `None` for bytes that are not one (never a panic).
pub fn decode_up(bytes: &[u8]) -> Option<ToHost> {
    ron::from_str(std::str::from_utf8(bytes).ok()?).ok()
}

pub fn decode_down(bytes: &[u8]) -> Option<ToSeat> {
    ron::from_str(std::str::from_utf8(bytes).ok()?).ok()
}

/// A headless Bevy app: a loop at [`TICK`] and no window.
pub fn headless_app() -> App {
    let mut app = App::new();
    app.add_plugins(MinimalPlugins.set(bevy::app::ScheduleRunnerPlugin::run_loop(TICK)));
    app
}

fn now() -> Duration {
    SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default()
}

/// The addresses seats can reach this machine at on `port`: loopback, and the
/// address of the interface that routes outward (found without sending anything).
pub fn host_addresses(port: u16) -> Vec<SocketAddr> {
    let mut out = vec![SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port)];
    let outward = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| s.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).and(s.local_addr()));
    if let Ok(a) = outward
        && !a.ip().is_unspecified()
        && !a.ip().is_loopback()
    {
        out.push(SocketAddr::new(a.ip(), port));
    }
    out
}

/// Starts the host's side on `port`: the server and its UDP transport.
pub fn start_server(app: &mut App, port: u16, code: &str, public: Vec<SocketAddr>) -> std::io::Result<()> {
    let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, port))?;
    let config = ServerConfig {
        current_time: now(),
        max_clients: MAX_SEATS,
        protocol_id: PROTOCOL_ID,
        public_addresses: public,
        authentication: ServerAuthentication::Secure { private_key: key_of(code) },
    };
    let transport = NetcodeServerTransport::new(config, socket)?;
    app.add_plugins((RenetServerPlugin, NetcodeServerPlugin));
    app.insert_resource(RenetServer::new(ConnectionConfig::default()));
    app.insert_resource(transport);
    Ok(())
}

/// Starts (or restarts) a seat's side: a connect token made with the join code for `host`.
pub fn start_client(world: &mut World, host: SocketAddr, code: &str) -> Result<(), String> {
    let client_id = now().as_nanos() as u64 ^ u64::from(std::process::id()).rotate_left(40);
    let token = ConnectToken::generate(
        now(),
        PROTOCOL_ID,
        300,
        client_id,
        CONNECT_TIMEOUT_SECS,
        vec![host],
        None,
        &key_of(code),
    )
    .map_err(|e| format!("cannot make a connect token: {e}"))?;
    let any = if host.is_ipv4() {
        IpAddr::V4(Ipv4Addr::UNSPECIFIED)
    } else {
        IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED)
    };
    let socket = UdpSocket::bind((any, 0)).map_err(|e| format!("cannot open a UDP socket: {e}"))?;
    // A connected socket hears the system's "port unreachable" (ECONNREFUSED)
    // when nothing listens at `host`; netcode still sends to the same address.
    // Only on Linux: a BSD or macOS socket refuses sendto once connected, and
    // Windows reports the unreachable port on an unconnected socket anyway.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    socket.connect(host).map_err(|e| format!("cannot open a UDP socket: {e}"))?;
    let transport =
        NetcodeClientTransport::new(now(), ClientAuthentication::Secure { connect_token: token }, socket)
            .map_err(|e| format!("cannot start the connection: {e}"))?;
    if let Some(mut old) = world.remove_resource::<NetcodeClientTransport>() {
        old.disconnect();
    }
    world.insert_resource(Knock::default());
    world.insert_resource(RenetClient::new(ConnectionConfig::default()));
    world.insert_resource(transport);
    Ok(())
}

/// The client plugins, added once before [`start_client`], and the watch on
/// the system's answer to the connect requests ([`Knock`]).
pub fn client_plugins(app: &mut App) {
    app.add_plugins((RenetClientPlugin, NetcodeClientPlugin));
    app.init_resource::<Knock>();
    app.add_observer(|e: On<NetcodeErrorEvent>, mut knock: ResMut<Knock>| {
        if let NetcodeTransportError::IO(io) = &e.0
            && matches!(io.kind(), ErrorKind::ConnectionRefused | ErrorKind::ConnectionReset)
        {
            knock.nothing_listens = true;
        }
    });
}

/// What the system said about the seat's connect requests since the last
/// [`start_client`]: nothing listens at the host's port.
#[derive(Resource, Default, Debug)]
pub struct Knock {
    pub nothing_listens: bool,
}

/// Why a seat that never connected cannot join, once it can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoJoin {
    /// The system says nothing listens at the host's port: no host is running there.
    NothingListens,
    /// The host read the request and denied it: it has [`MAX_SEATS`] connections.
    Full,
    /// No answer within [`NO_ANSWER`]: a wrong join code (the host cannot read
    /// the request), or the traffic does not arrive (a firewall, a wrong address).
    NoAnswer,
}

/// The verdict on a seat's first connection, not open yet: `world` holds its
/// transport and [`Knock`]; `started` is when the attempt began.
pub fn no_join(world: &World, started: std::time::Instant) -> Option<NoJoin> {
    if world.get_resource::<Knock>().is_some_and(|k| k.nothing_listens) {
        return Some(NoJoin::NothingListens);
    }
    let transport = world.get_resource::<NetcodeClientTransport>();
    if transport.and_then(|t| t.disconnect_reason()) == Some(NetcodeDisconnectReason::ConnectionDenied) {
        return Some(NoJoin::Full);
    }
    // Silence since the host's last packet (a challenge restarts it), else since the start.
    let silence = transport.map_or_else(|| started.elapsed(), |t| t.time_since_last_received_packet());
    (silence.min(started.elapsed()) >= NO_ANSWER).then_some(NoJoin::NoAnswer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::protocol::SeatClaim;

    #[test]
    fn the_key_depends_on_the_code_only() {
        assert_eq!(key_of("tiger-42"), key_of(" tiger-42\n"));
        assert_ne!(key_of("tiger-42"), key_of("tiger-43"));
        assert_ne!(key_of(""), [0; 32]);
    }

    #[test]
    fn messages_round_trip_and_garbage_is_none() {
        let m = ToHost::Claim(SeatClaim::Nation("us".into()));
        assert_eq!(decode_up(&encode_up(&m)), Some(m));
        assert_eq!(decode_up(b"\xff\x00{"), None);
        assert_eq!(decode_down(b""), None);
        // Numbers cross exactly (the seat's view must equal the host's).
        let x = 122.63999999999999_f64;
        let m = ToHost::Decide(crate::sim::Decision::Adjudicate {
            target: crate::sim::AdjudicationTarget::Trust,
            value: x,
            reason: String::new(),
        });
        assert_eq!(decode_up(&encode_up(&m)), Some(m));
    }
}
