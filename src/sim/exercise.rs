//! A running exercise: scenario + seed + decisions → state, log and history.
//!
//! Everything that changes the world goes through [`Exercise::submit`] with a
//! [`Decision`], which is recorded; replaying the decisions from the same seed
//! rebuilds the same exercise byte for byte.

use super::decision::{AdjudicationTarget, Decision, DecisionError, IdKind};
use super::difficulty::Difficulty;
use super::event::{Adjudicated, Event, LogEntry};
use super::rng::SimRng;
use super::state::{State, Status, level_of};
use crate::scenario::Scenario;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A value per turn, recorded after each resolution (for charts and reports).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnRecord {
    pub turn: u32,
    pub escalation: f64,
    pub level: u8,
    pub trust: f64,
    pub alarm: f64,
    /// Population-weighted service per sector (index = `Sector as usize`), None when the sector has no assets.
    pub sector_service: Vec<Option<f64>>,
    /// Population-weighted service of all assets.
    pub service: f64,
    pub data_stolen: u64,
    pub ip_stolen: u64,
}

#[derive(Debug, Clone)]
pub struct Exercise {
    pub(super) scenario: Arc<Scenario>,
    pub(super) seed: u64,
    pub(super) difficulty: Difficulty,
    pub(super) rng: SimRng,
    pub(super) state: State,
    pub(super) log: Vec<LogEntry>,
    pub(super) decisions: Vec<Decision>,
    pub(super) history: Vec<TurnRecord>,
    /// Turn resolutions' log entries start here (for "what changed this turn").
    pub(super) last_turn_log_start: usize,
}

impl Exercise {
    /// A new exercise at the standard difficulty.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Exercise {
        Exercise::with_difficulty(scenario, seed, Difficulty::Standard)
    }

    pub fn with_difficulty(scenario: Arc<Scenario>, seed: u64, difficulty: Difficulty) -> Exercise {
        Exercise::with_rules(scenario, seed, difficulty, super::state::CURRENT_RULES)
    }

    /// An exercise under a given rules version (`state::LEGACY_RULES` for
    /// saves of formats 1–3, which must replay as they were played).
    pub fn with_rules(scenario: Arc<Scenario>, seed: u64, difficulty: Difficulty, rules: u32) -> Exercise {
        let mut state = State::new(&scenario);
        state.rules = rules;
        let mut ex = Exercise {
            scenario,
            seed,
            difficulty,
            rng: SimRng::new(seed),
            state,
            log: Vec::new(),
            decisions: Vec::new(),
            history: Vec::new(),
            last_turn_log_start: 0,
        };
        ex.emit(None, Event::Begins { seed, difficulty });
        ex.begin_turn();
        ex.history.push(ex.record());
        ex
    }

    /// Rebuilds an exercise from a seed and a decision log. Stops at the first
    /// decision that is refused and reports it with its index.
    pub fn replay(
        scenario: Arc<Scenario>,
        seed: u64,
        decisions: &[Decision],
    ) -> Result<Exercise, (usize, DecisionError)> {
        Exercise::replay_with(scenario, seed, Difficulty::Standard, decisions)
    }

    pub fn replay_with(
        scenario: Arc<Scenario>,
        seed: u64,
        difficulty: Difficulty,
        decisions: &[Decision],
    ) -> Result<Exercise, (usize, DecisionError)> {
        Exercise::replay_rules(scenario, seed, difficulty, super::state::CURRENT_RULES, decisions)
    }

    /// [`Exercise::replay_with`] under a given rules version.
    pub fn replay_rules(
        scenario: Arc<Scenario>,
        seed: u64,
        difficulty: Difficulty,
        rules: u32,
        decisions: &[Decision],
    ) -> Result<Exercise, (usize, DecisionError)> {
        let mut ex = Exercise::with_rules(scenario, seed, difficulty, rules);
        for (i, d) in decisions.iter().enumerate() {
            ex.submit(d.clone()).map_err(|e| (i, e))?;
        }
        Ok(ex)
    }

    /// Records an event the players may know of (who exactly: `visibility`).
    pub(super) fn emit(&mut self, nation: Option<usize>, event: Event) {
        self.record_event(nation, event, false);
    }

    /// Records an event only the facilitator sees while the exercise runs.
    pub(super) fn emit_secret(&mut self, nation: Option<usize>, event: Event) {
        self.record_event(nation, event, true);
    }

    /// Records a move's why (`Event::Motive`, `Event::Rationale`). With
    /// `as_the_move`, whoever may read the move's first event (logged from
    /// index `first`) reads the why too: it may name what only the ones told
    /// know (a share with one ally). Otherwise the visibility rule decides.
    fn record_why(&mut self, first: usize, nation: usize, why: Event, as_the_move: bool) {
        match self.log.get(first).map(|e| e.visibility) {
            Some(visibility) if as_the_move => {
                let turn = self.state.turn;
                self.log.push(LogEntry { turn, nation: Some(nation), visibility, event: why });
            }
            _ => self.emit(Some(nation), why),
        }
    }

    pub(super) fn record_event(&mut self, nation: Option<usize>, event: Event, secret: bool) {
        let visibility = super::visibility::classify(&self.scenario, &self.state, nation, &event, secret);
        self.log.push(LogEntry { turn: self.state.turn, nation, visibility, event });
    }

    /// Applies and records a decision. A refused decision changes nothing.
    pub fn submit(&mut self, d: Decision) -> Result<(), DecisionError> {
        if self.state.is_over() {
            return Err(DecisionError::Over);
        }
        match &d {
            Decision::Act { action, rationale, motive } => {
                let (nation, agency) = self.check(action)?;
                if let Some(i) = motive.as_ref().and_then(|m| m.stray_index(&self.scenario)) {
                    return Err(DecisionError::Range(i as f64));
                }
                let first = self.log.len();
                self.apply_action(action, nation, agency);
                if let Some(m) = motive {
                    self.record_why(first, nation, Event::Motive(m.clone()), true);
                }
                if !rationale.trim().is_empty() {
                    let why = Event::Rationale { text: rationale.trim().to_string() };
                    // Two-nation games keep their rationales' visibility, so they hash as before.
                    let legacy = self.scenario.nations() <= 2;
                    self.record_why(first, nation, why, !legacy);
                }
                let name = action.kind.name();
                self.fire_on_action(name, nation);
            }
            Decision::Choose { inject, choice } => {
                let i = self.inject_ix(inject)?;
                let st = &self.state.injects[i];
                if !st.awaiting_choice {
                    return Err(DecisionError::NoChoicePending(inject.clone()));
                }
                let count = self.scenario.def.injects[i].choices.len();
                if *choice >= count {
                    return Err(DecisionError::ChoiceOutOfRange {
                        inject: inject.clone(),
                        choice: *choice,
                        count,
                    });
                }
                self.apply_choice(i, *choice, false);
            }
            Decision::EndTurn => self.end_turn(),
            Decision::FireInject(inject) => {
                let i = self.inject_ix(inject)?;
                self.emit(None, Event::FacilitatorFires { inject: i });
                self.fire(i);
            }
            Decision::HoldInject { inject, hold } => {
                let i = self.inject_ix(inject)?;
                self.state.injects[i].held = *hold;
                self.emit(None, Event::FacilitatorHolds { inject: i, hold: *hold });
            }
            Decision::SkipInject(inject) => {
                let i = self.inject_ix(inject)?;
                let st = &mut self.state.injects[i];
                st.skipped = true;
                st.held = false;
                self.emit(None, Event::FacilitatorSkips { inject: i });
            }
            Decision::Adjudicate { target, value, reason } => self.adjudicate(target, *value, reason)?,
            Decision::Note { nation, text } => {
                let n = match nation {
                    Some(id) => Some(self.nation_ix(id)?),
                    None => None,
                };
                self.emit(n, Event::Note { text: text.clone() });
            }
            Decision::Explain { nation, why } => {
                let n = self.nation_ix(nation)?;
                if let Some(i) = why.stray_index(&self.scenario) {
                    return Err(DecisionError::Range(i as f64));
                }
                self.emit(Some(n), Event::Explained(why.clone()));
            }
            Decision::HotlineMessage { nation, text } => {
                let n = self.nation_ix(nation)?;
                if !self.hotline_open() {
                    return Err(DecisionError::HotlineClosed);
                }
                self.emit(Some(n), Event::HotlineMessage { text: text.trim().to_string() });
            }
        }
        self.decisions.push(d);
        Ok(())
    }

    /// A nation called the hotline this turn: the live line between the
    /// teams is open until the turn resolves.
    pub fn hotline_open(&self) -> bool {
        let turn = self.state.turn;
        self.log
            .iter()
            .rev()
            .take_while(|e| e.turn == turn)
            .any(|e| matches!(e.event, Event::HotlineCall { .. } | Event::HotlineWeighed { .. }))
    }

    pub(super) fn nation_ix(&self, id: &str) -> Result<usize, DecisionError> {
        self.scenario
            .nation_ix
            .get(id)
            .copied()
            .ok_or_else(|| DecisionError::Unknown { what: IdKind::Nation, id: id.into() })
    }

    pub(super) fn inject_ix(&self, id: &str) -> Result<usize, DecisionError> {
        self.scenario.inject_ix.get(id).copied().ok_or_else(|| DecisionError::UnknownInject(id.to_string()))
    }

    pub(super) fn adjudicate(
        &mut self,
        target: &AdjudicationTarget,
        value: f64,
        reason: &str,
    ) -> Result<(), DecisionError> {
        let s = self.scenario.clone();
        let unknown = |what, id: &str| DecisionError::Unknown { what, id: id.to_string() };
        if !value.is_finite() {
            return Err(DecisionError::Range(value));
        }
        let what = match target {
            AdjudicationTarget::Service(id) => {
                let i = *s.asset_ix.get(id).ok_or_else(|| unknown(IdKind::Asset, id))?;
                if !(0.0..=100.0).contains(&value) {
                    return Err(DecisionError::Range(value));
                }
                self.state.assets[i].own = value;
                self.refresh_service();
                Adjudicated::Service { asset: i, value }
            }
            AdjudicationTarget::Trust => {
                if !(0.0..=100.0).contains(&value) {
                    return Err(DecisionError::Range(value));
                }
                self.state.trust.iter_mut().for_each(|t| *t = value);
                Adjudicated::Trust(value)
            }
            AdjudicationTarget::Escalation => {
                if !(0.0..=100.0).contains(&value) {
                    return Err(DecisionError::Range(value));
                }
                self.state.add_escalation(value - self.state.escalation);
                Adjudicated::Escalation { value, level: self.state.level() }
            }
            AdjudicationTarget::Stage(id) => {
                let i = *s.incident_ix.get(id).ok_or_else(|| unknown(IdKind::Incident, id))?;
                let stages = s.def.incidents[i].stages.len();
                if value < 0.0 || value as usize >= stages || value.fract() != 0.0 {
                    return Err(DecisionError::Range(value));
                }
                let inc = &mut self.state.incidents[i];
                inc.stage = value as usize;
                if inc.status == Status::Dormant {
                    inc.status = Status::Hidden;
                    inc.started_turn = Some(self.state.turn);
                }
                Adjudicated::Stage { incident: i, stage: value as usize }
            }
        };
        self.emit(None, Event::Adjudicated { what, reason: reason.to_string() });
        Ok(())
    }

    /// The scenario this exercise runs.
    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    /// The seed every random draw derives from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn difficulty(&self) -> Difficulty {
        self.difficulty
    }

    /// The world as it stands (read-only: change it through [`Exercise::submit`]).
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Every event so far, in order.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }

    /// Every accepted decision, in order (what a save records).
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// One record per resolved turn, the first before any turn.
    pub fn history(&self) -> &[TurnRecord] {
        &self.history
    }

    /// Index in [`Exercise::log`] where the last turn resolution's entries start.
    pub fn last_turn_log_start(&self) -> usize {
        self.last_turn_log_start.min(self.log.len())
    }

    /// Level 1..=5 of the current escalation pressure.
    pub fn level(&self) -> u8 {
        level_of(self.state.escalation)
    }

    /// Log entries of the last resolved turn (what changed and why).
    pub fn last_turn_log(&self) -> &[LogEntry] {
        &self.log[self.last_turn_log_start()..]
    }
}
