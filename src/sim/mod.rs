//! The rules of the exercise, free of Bevy. `Exercise` (exercise.rs) is the
//! door: decisions go in (decision.rs), events come out (event.rs, who may
//! see them: visibility.rs). The rules live by phase: actions.rs, injects.rs,
//! turn.rs, adversary.rs, score.rs; the program's players in policy.rs and
//! ai.rs; difficulty.rs, state.rs and rng.rs hold what they share.

mod actions;
pub mod adversary;
pub mod ai;
pub mod decision;
pub mod difficulty;
pub mod dilemmas;
pub mod event;
pub mod exercise;
mod heuristics;
mod injects;
mod options;
pub mod planner;
pub mod policy;
pub mod rng;
pub mod score;
mod seat_copy;
pub mod state;
mod turn;
pub mod visibility;

pub use adversary::Odds;
pub use ai::partner_turn;
pub use decision::{
    Action, ActionError, ActionKind, AdjudicationTarget, Decision, DecisionError, IdKind, InvestArea, NotNow,
};
pub use difficulty::{Difficulty, Knobs};
pub use event::{Event, LogEntry, LogKind, NationSet, Visibility};
pub use exercise::{Exercise, TurnRecord};
pub use options::OptionIx;
pub use policy::{Policy, PolicyName, play_out};
pub use score::Score;
pub use state::{AdversaryMode, Outcome, State, Status};
pub use visibility::Seat;

use crate::hash::fnv1a;

/// The hotline of every save of formats 1 and 2, whose hash covers its name.
const LEGACY_HOTLINE_NAME: &str = "White House–Blue House";

impl Exercise {
    /// Fingerprint of the whole state, event log and history: equal hashes
    /// mean the same exercise byte for byte.
    pub fn state_hash(&self) -> u64 {
        let text = ron::to_string(&(&self.state, &self.log, &self.history)).unwrap_or_default();
        fnv1a(text.as_bytes())
    }

    /// The fingerprint saves of format 1 recorded, when the log was English
    /// lines: the same state and history with the log as narrated text. Kept
    /// so that an older save still verifies on replay.
    pub fn legacy_state_hash(&self) -> u64 {
        #[derive(serde::Serialize)]
        struct Line {
            turn: u32,
            kind: LogKind,
            nation: Option<usize>,
            text: String,
            secret: bool,
        }
        // Those saves were played when every hotline was the White House–Blue
        // House channel, before scenarios could name it: narrate it so.
        let named;
        let scenario = match self.scenario.def.hotline_name {
            Some(_) => &*self.scenario,
            None => {
                let mut s = (*self.scenario).clone();
                s.def.hotline_name = Some(LEGACY_HOTLINE_NAME.to_string());
                named = s;
                &named
            }
        };
        let log: Vec<Line> = self
            .log
            .iter()
            .map(|e| Line {
                turn: e.turn,
                kind: e.kind(),
                nation: e.nation,
                text: crate::narrate::legacy_entry(scenario, e),
                secret: e.secret(),
            })
            .collect();
        let text = ron::to_string(&(&self.state, &log, &self.history)).unwrap_or_default();
        fnv1a(text.as_bytes())
    }
}
