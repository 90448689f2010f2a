//! The rules of the exercise, free of Bevy: state, actions, turn resolution,
//! the seeded RNG, scoring and built-in policies.

/// Formats and records a log line, only when the exercise narrates: batch
/// runs switch narration off and skip the formatting (the rules never read the log).
macro_rules! say {
    ($ex:expr, $method:ident, $kind:expr, $nation:expr, $($fmt:tt)+) => {
        if $ex.narrate {
            let text = format!($($fmt)+);
            $ex.$method($kind, $nation, text);
        }
    };
}

pub mod actions;
pub mod ai;
pub mod exercise;
pub mod log;
pub mod policy;
pub mod rng;
pub mod score;
pub mod state;

pub use actions::{Action, ActionError, ActionKind, InvestArea};
pub use ai::{AdversaryMode, Difficulty, partner_turn};
pub use exercise::{AdjudicationTarget, Decision, DecisionError, Exercise, TurnRecord};
pub use log::{LogEntry, LogKind};
pub use policy::{Policy, PolicyName, play_out};
pub use score::Score;
pub use state::{Outcome, State, Status};

/// FNV-1a, 64-bit: a stable hash for state fingerprints and source ids
/// (std's hasher may change between releases).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Exercise {
    /// Fingerprint of the whole state, log and history: equal hashes mean the
    /// same exercise byte for byte.
    pub fn state_hash(&self) -> u64 {
        let text = ron::to_string(&(&self.state, &self.log, &self.history)).unwrap_or_default();
        fnv1a(text.as_bytes())
    }
}
