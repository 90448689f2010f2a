//! What a host and its seats say to each other. Seats send intents (claim a
//! seat, a decision, "we are done"); the host answers with the seat's own view
//! of the exercise. Plain serde types: the transport serialises them.

use crate::scenario::Scenario;
use crate::sim::{Decision, Difficulty, LogEntry, Seat, State};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The seat a joiner asks for, by name (`--seat us|rok|facilitator|projector|observer`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SeatClaim {
    /// A nation's team, by the scenario's nation id.
    Nation(String),
    Facilitator,
    Projector,
    Observer,
}

impl FromStr for SeatClaim {
    type Err = String;
    fn from_str(s: &str) -> Result<SeatClaim, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("a seat is a nation id, facilitator, projector or observer".into());
        }
        Ok(match s.to_ascii_lowercase().as_str() {
            "facilitator" => SeatClaim::Facilitator,
            "projector" => SeatClaim::Projector,
            "observer" => SeatClaim::Observer,
            _ => SeatClaim::Nation(s.to_string()),
        })
    }
}

impl fmt::Display for SeatClaim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeatClaim::Nation(id) => f.write_str(id),
            SeatClaim::Facilitator => f.write_str("facilitator"),
            SeatClaim::Projector => f.write_str("projector"),
            SeatClaim::Observer => f.write_str("observer"),
        }
    }
}

impl SeatClaim {
    /// The visibility seat this claim stands for in scenario `s`, or why there is none.
    pub fn seat(&self, s: &Scenario) -> Result<Seat, String> {
        Ok(match self {
            SeatClaim::Nation(id) => match s.nation_ix.get(id) {
                Some(&n) => Seat::Remote(n),
                None => {
                    let ids: Vec<&str> = s.def.nations.iter().map(|n| n.id.as_str()).collect();
                    return Err(format!(
                        "no nation `{id}` in this exercise (nations: {}; or facilitator, projector, observer)",
                        ids.join(", ")
                    ));
                }
            },
            SeatClaim::Facilitator => Seat::Facilitator,
            SeatClaim::Projector => Seat::Projector,
            SeatClaim::Observer => Seat::Observer,
        })
    }
}

/// From a seat to the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToHost {
    /// The first thing a joiner says: which seat it takes.
    Claim(SeatClaim),
    /// A decision, checked by `authority::may_submit` and applied through `Exercise::submit`.
    Decide(Decision),
    /// This team has finished planning the turn (for the facilitator: advance now).
    Done,
}

/// From the host to one seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToSeat {
    /// The claim is granted. The scenario is sent as its source text: the
    /// exercise's playbook, which every seat of a hot-seat workshop has too.
    Welcome { seat: SeatClaim, file: String, source: String, difficulty: Difficulty },
    /// The claim is refused (taken, unknown); the connection is closed after this.
    Refused(String),
    /// What changed for this seat.
    Update(SeatUpdate),
    /// A decision the host did not apply, and why.
    Rejected { decision: Decision, reason: String },
}

/// What a seat learns at once: the log entries it may see that it has not
/// been sent yet, the state as this seat may see it (when it changed), and
/// which nations are still planning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeatUpdate {
    pub entries: Vec<LogEntry>,
    pub state: Option<State>,
    /// Per nation: its team is still planning this turn.
    pub planning: Vec<bool>,
    /// The exercise has ended.
    pub over: bool,
}
