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
    /// A bot seat's line for the hotline, said once when the line is open (tests).
    pub say: Option<String>,
}

/// A join code that is easy to read aloud: no 0/O, 1/I/L.
pub fn new_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let mut x = crate::hash::fnv1a(format!("{nanos}-{}", std::process::id()).as_bytes());
    (0..8)
        .map(|i| {
            let c = ALPHABET[(x % ALPHABET.len() as u64) as usize] as char;
            x /= ALPHABET.len() as u64;
            if i == 4 { format!("-{c}") } else { c.to_string() }
        })
        .collect()
}

/// The overlays beside the scenario file, by language code, for the seats.
pub fn translations_of(scenario: &str) -> Vec<(String, String)> {
    use crate::scenario::translation::overlay_path;
    let path = std::path::Path::new(scenario);
    Lang::ALL
        .into_iter()
        .filter(|&l| l != Lang::En)
        .filter_map(|l| Some((l.code().to_string(), std::fs::read_to_string(overlay_path(path, l)).ok()?)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_new_code_is_nine_readable_characters() {
        let c = super::new_code();
        assert_eq!(c.len(), 9, "{c}");
        assert!(c.chars().all(|ch| ch == '-' || ch.is_ascii_uppercase() || ch.is_ascii_digit()), "{c}");
    }
}
