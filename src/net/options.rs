//! How a host runs and how a seat joins: plain options, filled in by the
//! command line (and later the app's Host and Join screens).

use super::protocol::SeatClaim;
use crate::i18n::Lang;
use crate::sim::PolicyName;
use std::net::SocketAddr;
use std::path::PathBuf;

/// How a host runs: where it listens, its code and what it writes.
#[derive(Debug, Clone)]
pub struct HostOptions {
    pub port: u16,
    pub code: String,
    /// Per nation: played by a team at a seat (else by the partner AI).
    pub teams: Vec<bool>,
    /// Seconds each turn may run before it resolves anyway (the facilitator's countdown).
    pub turn_seconds: Option<u64>,
    pub save: Option<PathBuf>,
    pub force: bool,
    pub autosave: Option<PathBuf>,
    /// The language of the host's console and its debrief.
    pub lang: Lang,
}

/// How a seat joins.
#[derive(Debug, Clone)]
pub struct JoinOptions {
    pub host: SocketAddr,
    pub code: String,
    pub claim: SeatClaim,
    /// A bot seat: the policy that plays the team's turns.
    pub policy: Option<PolicyName>,
    /// The bot's own randomness.
    pub seed: u64,
    /// Seconds to keep rejoining after the host went away (0: end at once).
    pub rejoin_seconds: u64,
    /// Write every message received and sent, one line each: `recv|sent MICROS BYTES RON`
    /// (the privacy test and the network measurements read it).
    pub capture: Option<PathBuf>,
    /// The language of this seat's console (the host's refusals are worded here).
    pub lang: Lang,
}
