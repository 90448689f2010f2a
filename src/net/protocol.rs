//! What a host and its seats say to each other. Seats send intents (claim a
//! seat, a decision, "we are done"); the host answers with the seat's own view
//! of the exercise. Plain serde types: the transport serialises them.

use crate::scenario::Scenario;
use crate::sim::{Decision, DecisionError, Difficulty, LogEntry, Seat, State};
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

/// An empty `--seat` (the command line says what a seat is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoSeatName;

impl FromStr for SeatClaim {
    type Err = NoSeatName;
    fn from_str(s: &str) -> Result<SeatClaim, NoSeatName> {
        let s = s.trim();
        if s.is_empty() {
            return Err(NoSeatName);
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
    pub fn seat(&self, s: &Scenario) -> Result<Seat, Refusal> {
        Ok(match self {
            SeatClaim::Nation(id) => match s.nation_ix.get(id) {
                Some(&n) => Seat::Remote(n),
                None => {
                    let nations = s.def.nations.iter().map(|n| n.id.clone()).collect();
                    return Err(Refusal::NoSuchNation { id: id.clone(), nations });
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
    /// The facilitator pauses (`true`) or resumes the exercise: while paused
    /// the countdown stands still and the teams' decisions wait.
    Pause(bool),
    /// The facilitator sets the countdown: seconds per turn (none: off). This
    /// turn's clock starts again from the new length.
    Countdown(Option<u64>),
}

/// From the host to one seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToSeat {
    /// The claim is granted. The scenario is sent as its source text: the
    /// exercise's playbook, which every seat of a hot-seat workshop has too;
    /// `translations` are its overlays' texts by language code (`ko`), so a
    /// seat reads the scenario's prose in its own language.
    Welcome {
        seat: SeatClaim,
        file: String,
        source: String,
        difficulty: Difficulty,
        #[serde(default)]
        translations: Vec<(String, String)>,
        /// Per nation: the partner AI plays it (no team's seat), so every
        /// seat's who-is-planning strip says so. Empty from an older host.
        #[serde(default)]
        partner_ai: Vec<bool>,
    },
    /// The claim is refused (taken, unknown); the connection is closed after this.
    Refused(Refusal),
    /// What changed for this seat.
    Update(SeatUpdate),
    /// A decision the host did not apply, and why.
    Rejected { decision: Decision, reason: Rejection },
}

/// Why the host refused a seat. Typed: each seat words it in its own language
/// (`narrate::net`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Refusal {
    /// The claimed nation is not in the exercise; `nations` are the ids that are.
    NoSuchNation { id: String, nations: Vec<String> },
    /// The partner AI plays this nation in this exercise.
    PlayedByAi(SeatClaim),
    /// A team's or the facilitator's seat is held by another connection.
    Taken(SeatClaim),
    /// A message came before the claim.
    ClaimFirst,
    /// This connection already holds a seat.
    AlreadySeated,
}

/// Why the host did not apply a seat's decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Rejection {
    /// The projector and observers decide nothing.
    Watches,
    /// The facilitator does not act for a nation.
    FacilitatorActs,
    /// A team decided for another nation, or as the facilitator; `nation` is the team's id.
    NotYours { nation: String },
    /// A seat that is not a network seat (never sent; a guard).
    NotNetworked,
    /// The facilitator paused the exercise: decide again once it resumes.
    Paused,
    /// The rules refused it.
    Rules(DecisionError),
}

/// The facilitator's clock, as every seat is told it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Clock {
    /// The facilitator paused the exercise.
    pub paused: bool,
    /// The countdown's length in seconds (none: no countdown).
    pub turn_seconds: Option<u64>,
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
    /// Seconds left on the facilitator's countdown when this was sent (none:
    /// no countdown). Sent along with an update, never on its own.
    #[serde(default)]
    pub countdown: Option<u64>,
    /// The facilitator's pause and countdown length.
    #[serde(default)]
    pub clock: Clock,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A welcome from a host that predates `partner_ai` still reads: no nation is the AI's.
    #[test]
    fn a_welcome_without_partner_ai_reads_as_teams_everywhere() {
        let old = r#"Welcome(seat: Nation("us"), file: "x.ron", source: "", difficulty: standard)"#;
        let Ok(ToSeat::Welcome { partner_ai, translations, .. }) = ron::from_str::<ToSeat>(old) else {
            panic!("an older welcome does not read")
        };
        assert!(partner_ai.is_empty() && translations.is_empty());
        let new = ToSeat::Welcome {
            seat: SeatClaim::Observer,
            file: "x.ron".into(),
            source: String::new(),
            difficulty: Difficulty::Standard,
            translations: Vec::new(),
            partner_ai: vec![false, true],
        };
        let back: ToSeat = ron::from_str(&ron::to_string(&new).expect("writes")).expect("reads");
        assert_eq!(back, new);
    }
}
