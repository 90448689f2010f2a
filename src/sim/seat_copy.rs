//! A networked seat's working copy of an exercise: built from what the host
//! sent that seat (its view of the state, the log entries it may read), so a
//! bot seat's policy can decide on it. Never the exercise of record: its
//! decisions go to the host, which checks and applies them.

use super::decision::Decision;
use super::difficulty::Difficulty;
use super::event::LogEntry;
use super::exercise::Exercise;
use super::rng::SimRng;
use super::state::State;
use crate::scenario::Scenario;
use std::sync::Arc;

impl Exercise {
    /// A copy that knows only `state` and `log` (a seat's view). Its RNG is not
    /// the host's: the seed stays on the host.
    pub fn seat_copy(
        scenario: Arc<Scenario>,
        difficulty: Difficulty,
        state: State,
        log: Vec<LogEntry>,
    ) -> Exercise {
        Exercise {
            scenario,
            seed: 0,
            difficulty,
            rng: SimRng::new(0),
            state,
            log,
            decisions: Vec::new(),
            history: Vec::new(),
            last_turn_log_start: 0,
        }
    }

    /// The decisions this copy accepted, in order (what a bot seat sends on).
    pub fn accepted(&self) -> &[Decision] {
        &self.decisions
    }
}
