//! A running exercise: scenario + seed + decisions → state, log and history.
//!
//! Everything that changes the world goes through [`Exercise::submit`] with a
//! [`Decision`], which is recorded; replaying the decisions from the same seed
//! rebuilds the same exercise byte for byte.

use super::actions::{Action, ActionError};
use super::ai::Difficulty;
use super::event::{Adjudicated, Answer, DetectedBy, EndReason, Event, InvestigationMode, LogEntry, Payoff};
use super::rng::SimRng;
use super::state::{DelayedEffect, State, Status, level_of};
use crate::scenario::{ActionKindName, EffectIx, Scenario, TriggerIx};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Something a player or facilitator decided. The decision log is a list of these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Decision {
    /// A nation's agency acts; `rationale` is the team's "why" (may be empty).
    Act {
        action: Action,
        #[serde(default)]
        rationale: String,
    },
    /// The players pick option `choice` (0-based) of a fired inject.
    Choose { inject: String, choice: usize },
    /// Resolve the turn and move to the next.
    EndTurn,
    /// Facilitator: fire an inject now, whatever its trigger.
    FireInject(String),
    /// Facilitator: hold an inject (it will not fire) or release it.
    HoldInject { inject: String, hold: bool },
    /// Facilitator: drop an inject from this exercise (it never fires).
    SkipInject(String),
    /// Facilitator: override a value, with the reason recorded.
    Adjudicate { target: AdjudicationTarget, value: f64, reason: String },
    /// A line for the log: a facilitator's note (older saves also hold the
    /// partner AI's explanations as notes).
    Note {
        #[serde(default)]
        nation: Option<String>,
        text: String,
    },
    /// A program player explains a move it did not make ("ROK declines to
    /// share …: trust 38"), typed so that it can be read back and translated.
    Explain { nation: String, why: super::event::Explanation },
}

/// What a facilitator can override.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AdjudicationTarget {
    /// An asset's own service (0..=100).
    Service(String),
    /// Alliance trust between every pair (0..=100).
    Trust,
    /// Escalation pressure (0..=100).
    Escalation,
    /// An incident's stage (0-based index).
    Stage(String),
}

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
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    pub difficulty: Difficulty,
    pub(super) rng: SimRng,
    pub state: State,
    pub log: Vec<LogEntry>,
    pub decisions: Vec<Decision>,
    pub history: Vec<TurnRecord>,
    /// Turn resolutions' log entries start here (for "what changed this turn").
    pub last_turn_log_start: usize,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DecisionError {
    #[error(transparent)]
    Action(#[from] ActionError),
    #[error("unknown inject `{0}`")]
    UnknownInject(String),
    #[error("inject `{0}` is not waiting for a choice")]
    NoChoicePending(String),
    #[error("inject `{inject}` has {count} choice(s); {choice} is out of range")]
    ChoiceOutOfRange { inject: String, choice: usize, count: usize },
    #[error("the exercise is over")]
    Over,
    #[error("unknown {what} `{id}`")]
    Unknown { what: &'static str, id: String },
    #[error("value {0} is out of range")]
    Range(f64),
}

impl Exercise {
    /// A new exercise at the standard difficulty.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Exercise {
        Exercise::with_difficulty(scenario, seed, Difficulty::Standard)
    }

    pub fn with_difficulty(scenario: Arc<Scenario>, seed: u64, difficulty: Difficulty) -> Exercise {
        let state = State::new(&scenario);
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
        let mut ex = Exercise::with_difficulty(scenario, seed, difficulty);
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

    fn record_event(&mut self, nation: Option<usize>, event: Event, secret: bool) {
        let visibility = super::visibility::classify(&self.scenario, &self.state, nation, &event, secret);
        self.log.push(LogEntry { turn: self.state.turn, nation, visibility, event });
    }

    /// Applies and records a decision. A refused decision changes nothing.
    pub fn submit(&mut self, d: Decision) -> Result<(), DecisionError> {
        if self.state.is_over() {
            return Err(DecisionError::Over);
        }
        match &d {
            Decision::Act { action, rationale } => {
                let (nation, agency) = self.check(action)?;
                self.apply_action(action, nation, agency);
                if !rationale.trim().is_empty() {
                    self.emit(Some(nation), Event::Rationale { text: rationale.trim().to_string() });
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
                self.emit(Some(n), Event::Explained(why.clone()));
            }
        }
        self.decisions.push(d);
        Ok(())
    }

    fn nation_ix(&self, id: &str) -> Result<usize, DecisionError> {
        self.scenario
            .nation_ix
            .get(id)
            .copied()
            .ok_or_else(|| DecisionError::Unknown { what: "nation", id: id.into() })
    }

    fn inject_ix(&self, id: &str) -> Result<usize, DecisionError> {
        self.scenario.inject_ix.get(id).copied().ok_or_else(|| DecisionError::UnknownInject(id.to_string()))
    }

    fn adjudicate(
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
                let i = *s.asset_ix.get(id).ok_or_else(|| unknown("asset", id))?;
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
                let i = *s.incident_ix.get(id).ok_or_else(|| unknown("incident", id))?;
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

    // --- injects ------------------------------------------------------------------

    pub(super) fn fire(&mut self, i: usize) {
        let s = self.scenario.clone();
        let def = &s.def.injects[i];
        let st = &mut self.state.injects[i];
        st.fired_turn = Some(self.state.turn);
        st.times_fired += 1;
        st.awaiting_choice = !def.choices.is_empty();
        st.choice = None;
        self.emit(None, Event::InjectFired { inject: i });
        for e in &s.inject_effects[i] {
            self.apply_effect(e);
        }
    }

    fn apply_choice(&mut self, i: usize, choice: usize, by_default: bool) {
        let s = self.scenario.clone();
        let st = &mut self.state.injects[i];
        st.awaiting_choice = false;
        st.choice = Some(choice);
        self.emit(None, Event::ChoiceMade { inject: i, choice, by_default });
        for e in &s.choice_effects[i][choice] {
            self.apply_effect(e);
        }
    }

    fn apply_effect(&mut self, e: &EffectIx) {
        let st = &mut self.state;
        match *e {
            EffectIx::Escalation(d) => st.add_escalation(d as f64),
            EffectIx::Trust(d) => {
                for t in &mut st.trust {
                    *t = (*t + d as f64).clamp(0.0, 100.0);
                }
            }
            EffectIx::Alarm(d) => st.alarm = (st.alarm + d as f64).clamp(0.0, 100.0),
            EffectIx::Service { asset, delta } => {
                st.assets[asset].own = (st.assets[asset].own + delta as f64).clamp(0.0, 100.0);
                self.refresh_service();
            }
            EffectIx::Hardening { asset, delta } => {
                st.assets[asset].hardening = (st.assets[asset].hardening + delta as f64).clamp(0.0, 100.0);
            }
            EffectIx::Capacity { nation, delta } => {
                for g in &mut st.nations[nation].agencies {
                    g.capacity = (g.capacity as i64 + delta as i64).clamp(0, 10) as u32;
                }
            }
            EffectIx::ActorCapability { actor, delta } => {
                st.actors[actor].capability = (st.actors[actor].capability + delta as f64).clamp(0.0, 100.0);
            }
            EffectIx::StartIncident(i) => self.start_incident(i),
            EffectIx::HotlineCall => st.hotline.calls_left += 1,
        }
    }

    fn start_incident(&mut self, i: usize) {
        if self.state.incidents[i].status != Status::Dormant {
            return;
        }
        let inc = &mut self.state.incidents[i];
        inc.status = Status::Hidden;
        inc.started_turn = Some(self.state.turn);
        inc.stage = 0;
        let owner = self.scenario.asset_nation[self.scenario.incident_target[i]];
        self.emit_secret(Some(owner), Event::IncidentBegins { incident: i });
        self.enter_stage(i, 0);
    }

    /// Injects whose state-based trigger holds now (not timed, not action-based).
    fn fire_due(&mut self, turn_start: bool) {
        let s = self.scenario.clone();
        for i in 0..s.def.injects.len() {
            let st = &self.state.injects[i];
            if st.held
                || st.skipped
                || (s.def.injects[i].once && st.times_fired > 0)
                || st.fired_turn == Some(self.state.turn)
            {
                continue;
            }
            let due = match s.inject_triggers[i] {
                TriggerIx::AtTurn(n) => turn_start && n == self.state.turn,
                TriggerIx::Chance { p, from_turn, to_turn } => {
                    turn_start && (from_turn..=to_turn).contains(&self.state.turn) && self.rng.chance(p)
                }
                TriggerIx::StageReached { incident, stage } => {
                    let inc = &self.state.incidents[incident];
                    inc.status != Status::Dormant && inc.stage >= stage
                }
                TriggerIx::Detected(incident) => self.state.incidents[incident].detected_turn.is_some(),
                TriggerIx::EscalationAtLeast(l) => self.state.level() >= l,
                TriggerIx::ServiceBelow { asset, level } => self.state.assets[asset].service < level as f64,
                TriggerIx::ActionTaken { .. } => false,
            };
            if due {
                self.fire(i);
            }
        }
    }

    fn fire_on_action(&mut self, action: ActionKindName, nation: usize) {
        let s = self.scenario.clone();
        for i in 0..s.def.injects.len() {
            let st = &self.state.injects[i];
            if st.held
                || st.skipped
                || (s.def.injects[i].once && st.times_fired > 0)
                || st.fired_turn == Some(self.state.turn)
            {
                continue;
            }
            if let TriggerIx::ActionTaken { action: a, nation: n } = s.inject_triggers[i]
                && a == action
                && n.is_none_or(|n| n == nation)
            {
                self.fire(i);
            }
        }
    }

    // --- turn resolution ---------------------------------------------------------------

    /// Start of a turn: fresh capacity, matured investments, due incidents and injects.
    fn begin_turn(&mut self) {
        let turn = self.state.turn;
        self.emit(None, Event::TurnBegins { turn });
        for n in &mut self.state.nations {
            for g in &mut n.agencies {
                g.used = 0;
            }
        }
        for inc in &mut self.state.incidents {
            inc.effort.iter_mut().for_each(|e| *e = 0.0);
            inc.joint.iter_mut().for_each(|j| *j = false);
        }
        self.state.joint_actions_this_turn = 0;
        self.mature_delayed();
        let s = self.scenario.clone();
        for (i, inc) in s.def.incidents.iter().enumerate() {
            if inc.start_turn == Some(turn) {
                self.start_incident(i);
            }
        }
        self.fire_due(true);
    }

    fn mature_delayed(&mut self) {
        let turn = self.state.turn;
        let (due, later): (Vec<_>, Vec<_>) =
            std::mem::take(&mut self.state.delayed).into_iter().partition(|d| d.turn <= turn);
        self.state.delayed = later;
        let s = self.scenario.clone();
        for d in due {
            match d.what {
                DelayedEffect::Monitoring(v) => {
                    for (i, a) in self.state.assets.iter_mut().enumerate() {
                        if s.asset_nation[i] == d.nation {
                            a.monitoring = (a.monitoring + v).min(100.0);
                        }
                    }
                    self.emit(
                        Some(d.nation),
                        Event::Matured { nation: d.nation, payoff: Payoff::Monitoring(v) },
                    );
                }
                DelayedEffect::Skill(v) => {
                    for g in &mut self.state.nations[d.nation].agencies {
                        for k in &mut g.skills {
                            if *k > 0 {
                                *k = (*k as f64 + v).min(100.0) as u8;
                            }
                        }
                    }
                    self.emit(Some(d.nation), Event::Matured { nation: d.nation, payoff: Payoff::Skill(v) });
                }
                DelayedEffect::Capacity { agency } => {
                    let g = &mut self.state.nations[d.nation].agencies[agency];
                    g.capacity = (g.capacity + 1).min(10);
                    let payoff = Payoff::Capacity { agency };
                    self.emit(Some(d.nation), Event::Matured { nation: d.nation, payoff });
                }
                DelayedEffect::Trust(v) => {
                    self.state.add_trust_all(d.nation, v);
                    self.emit(Some(d.nation), Event::Matured { nation: d.nation, payoff: Payoff::Trust(v) });
                }
                DelayedEffect::Assistance { third, actor } => self.answer_assistance(d.nation, third, actor),
            }
        }
    }

    fn answer_assistance(&mut self, nation: usize, third: usize, actor: usize) {
        let s = self.scenario.clone();
        let t = &s.def.third_states[third];
        let attributed = self
            .state
            .incidents
            .iter()
            .enumerate()
            .any(|(i, inc)| s.incident_actor[i] == actor && inc.attributed_turn.is_some());
        let public = self
            .state
            .incidents
            .iter()
            .enumerate()
            .any(|(i, inc)| s.incident_actor[i] == actor && inc.publicly_attributed);
        let mut p = t.cooperation as f64 / 100.0 * if attributed { 1.0 } else { 0.45 };
        if public {
            p += 0.15; // norms invoked in public make refusal costly
        }
        if self.state.hotline_synced() {
            p += 0.1; // a request backed by both allies
        }
        let yes = self.rng.chance(p);
        let answered = |answer| Event::AssistanceAnswered { nation, third, actor, answer };
        if !yes {
            self.emit(Some(nation), answered(Answer::Declines { chance: p }));
            return;
        }
        if s.actor_third_state[actor] != Some(third) {
            self.emit(Some(nation), answered(Answer::NothingFound));
            return;
        }
        let a = &mut self.state.actors[actor];
        a.curbed = true;
        a.capability *= 0.6;
        for (i, inc) in self.state.incidents.iter_mut().enumerate() {
            if s.incident_actor[i] == actor && inc.status.is_active() {
                inc.investigation = (inc.investigation + 25.0).min(100.0);
            }
        }
        self.emit(Some(nation), answered(Answer::Acts));
    }

    fn end_turn(&mut self) {
        let s = self.scenario.clone();
        let turn = self.state.turn;
        self.last_turn_log_start = self.log.len();
        // Choices nobody made take their default.
        for i in 0..s.def.injects.len() {
            if self.state.injects[i].awaiting_choice {
                self.apply_choice(i, 0, true);
            }
        }
        self.resolve_investigations();
        self.resolve_hunts();
        self.resolve_attacks();
        self.resolve_detection();
        self.recover_services();
        self.resolve_escalation();
        self.record_turn();
        let over = self.check_end();
        if over {
            return;
        }
        self.state.turn = turn + 1;
        self.begin_turn();
    }

    fn resolve_investigations(&mut self) {
        let turn = self.state.turn;
        let synced = self.state.hotline_synced();
        for i in 0..self.state.incidents.len() {
            let inc = &self.state.incidents[i];
            let total: f64 = inc.effort.iter().sum();
            if total <= 0.0 || !inc.status.is_active() {
                continue;
            }
            let partners: Vec<usize> = (0..inc.joint.len()).filter(|&n| inc.joint[n]).collect();
            let mut gain = total;
            let mut how = InvestigationMode::National;
            if partners.len() >= 2 {
                let trust = self.state.trust(partners[0], partners[1]);
                gain *= 1.6 * (0.5 + trust / 100.0) * if synced { 1.25 } else { 1.0 };
                how = InvestigationMode::Joint { trust, synced };
                for a in 0..partners.len() {
                    for b in (a + 1)..partners.len() {
                        self.state.add_trust(partners[a], partners[b], 2.0);
                    }
                }
                self.state.joint_actions_this_turn += 1;
            } else if partners.len() == 1 {
                how = InvestigationMode::Unmatched;
            }
            let inc = &mut self.state.incidents[i];
            inc.investigation = (inc.investigation + gain).min(100.0);
            let progress = inc.investigation;
            self.emit(None, Event::InvestigationProgress { incident: i, gain, mode: how, progress });
            self.update_investigation_status(i, turn);
        }
    }

    fn update_investigation_status(&mut self, i: usize, turn: u32) {
        let inc = &mut self.state.incidents[i];
        if inc.investigation >= 60.0 && inc.attributed_turn.is_none() {
            inc.attributed_turn = Some(turn);
            if inc.status < Status::Attributed {
                inc.status = Status::Attributed;
            }
            self.emit(None, Event::Attributed { incident: i });
        }
        let inc = &mut self.state.incidents[i];
        if inc.investigation >= 100.0 && inc.contained_turn.is_none() {
            inc.contained_turn = Some(turn);
            inc.status = Status::Contained;
            self.emit(None, Event::Contained { incident: i });
        }
    }

    fn resolve_hunts(&mut self) {
        let s = self.scenario.clone();
        let turn = self.state.turn;
        for a in 0..self.state.assets.len() {
            let asset = &self.state.assets[a];
            if !(asset.hunt_from..=asset.hunt_until).contains(&turn) || asset.hunt_until == 0 {
                continue;
            }
            self.state.assets[a].hardening = (self.state.assets[a].hardening + 5.0).min(100.0);
            let owner = s.asset_nation[a];
            let trust = self.state.alliance_trust();
            for i in 0..self.state.incidents.len() {
                if s.incident_target[i] != a || !self.state.incidents[i].status.is_active() {
                    continue;
                }
                if self.state.incidents[i].status == Status::Hidden && self.rng.chance(0.7) {
                    self.detect(i, owner, DetectedBy::Hunt);
                }
                if self.state.incidents[i].status.is_known() {
                    let gain = 40.0 * (0.5 + trust / 100.0);
                    let inc = &mut self.state.incidents[i];
                    inc.investigation = (inc.investigation + gain).min(100.0);
                    if inc.status < Status::Investigating {
                        inc.status = Status::Investigating;
                    }
                    self.emit(Some(owner), Event::HuntDrivesOut { asset: a, incident: i, gain });
                    self.update_investigation_status(i, turn);
                }
            }
        }
    }

    fn resolve_attacks(&mut self) {
        let modes = self.adversary_modes();
        let weaker = self.weaker_ally();
        for (a, &mode) in modes.iter().enumerate() {
            if self.state.actors[a].mode != mode {
                self.state.actors[a].mode = mode;
                if mode != super::ai::AdversaryMode::Script {
                    self.emit_secret(None, Event::AdversaryShifts { actor: a, mode, weaker });
                }
            }
        }
        for i in 0..self.state.incidents.len() {
            let p = self.advance_chance_with(i, &modes, weaker);
            if p > 0.0 && self.rng.chance(p) {
                let next = self.state.incidents[i].stage + 1;
                self.state.incidents[i].stage = next;
                self.enter_stage(i, next);
            }
        }
    }

    /// Applies a stage's effects on entering it.
    fn enter_stage(&mut self, i: usize, stage: usize) {
        let s = self.scenario.clone();
        let st = &s.def.incidents[i].stages[stage];
        let e = &st.effects;
        let target = s.incident_target[i];
        let owner = s.asset_nation[target];
        let known = self.state.incidents[i].status.is_known();
        if e.service_loss > 0 {
            let a = &mut self.state.assets[target];
            a.own = (a.own - e.service_loss as f64).max(0.0);
        }
        self.state.data_stolen += e.data_stolen as u64;
        self.state.ip_stolen += e.ip_stolen as u64;
        self.state.alarm = (self.state.alarm + e.alarm as f64).min(100.0);
        let event = Event::StageReached {
            incident: i,
            stage,
            service_loss: e.service_loss,
            data_stolen: e.data_stolen,
            ip_stolen: e.ip_stolen,
        };
        // An intrusion nobody has seen stays secret until it does visible harm.
        if known || e.service_loss > 0 || e.alarm > 0 {
            self.emit(Some(owner), event);
        } else {
            self.emit_secret(Some(owner), event);
        }
        if e.service_loss > 0 {
            self.refresh_service();
            self.check_withheld(i);
        }
    }

    /// Withholding what later proves critical costs trust: when an actor hits a
    /// nation's asset, any partner that knew of that actor's campaign for a
    /// turn or more and never shared it is blamed.
    fn check_withheld(&mut self, i: usize) {
        let s = self.scenario.clone();
        let victim = s.asset_nation[s.incident_target[i]];
        let actor = s.incident_actor[i];
        let turn = self.state.turn;
        for p in 0..self.state.nations.len() {
            if p == victim {
                continue;
            }
            let withheld = self.state.incidents.iter().enumerate().any(|(k, inc)| {
                s.incident_actor[k] == actor
                    && inc.known_by[p]
                    && !inc.shared_by[p]
                    && inc.detected_turn.is_some_and(|d| d < turn)
                    && s.asset_nation[s.incident_target[k]] == p
            });
            if withheld {
                self.state.add_trust(p, victim, -8.0);
                self.emit(Some(p), Event::Withheld { nation: p, actor, victim, trust: -8.0 });
            }
        }
    }

    fn resolve_detection(&mut self) {
        let s = self.scenario.clone();
        for i in 0..self.state.incidents.len() {
            if self.state.incidents[i].status != Status::Hidden {
                continue;
            }
            let p = self.detection_chance(i);
            if self.rng.chance(p) {
                let owner = s.asset_nation[s.incident_target[i]];
                let by = if self.state.nations[owner].intel[s.incident_actor[i]] > 0.0 {
                    DetectedBy::SharedIndicators
                } else {
                    DetectedBy::Monitoring
                };
                self.detect(i, owner, by);
            }
        }
    }

    /// This turn's chance that the owner detects a hidden incident.
    pub fn detection_chance(&self, i: usize) -> f64 {
        let s = &*self.scenario;
        let inc = &self.state.incidents[i];
        let target = s.incident_target[i];
        let owner = s.asset_nation[target];
        let actor = s.incident_actor[i];
        let stage = &s.def.incidents[i].stages[inc.stage];
        let asset = &self.state.assets[target];
        let base = (stage.detect
            * self.difficulty.knobs().detect
            * (0.6 + asset.monitoring / 100.0)
            * (1.0 - s.def.actors[actor].stealth as f64 / 200.0))
            .clamp(0.0, 1.0);
        let intel = self.state.nations[owner].intel[actor];
        1.0 - (1.0 - base) * (1.0 - intel)
    }

    fn detect(&mut self, i: usize, nation: usize, by: DetectedBy) {
        let turn = self.state.turn;
        let inc = &mut self.state.incidents[i];
        inc.status = Status::Detected;
        inc.known_by[nation] = true;
        inc.detected_turn = Some(turn);
        let stage = inc.stage;
        self.emit(Some(nation), Event::Detected { incident: i, nation, stage, by });
    }

    fn recover_services(&mut self) {
        let turn = self.state.turn;
        for a in 0..self.state.assets.len() {
            let intruder = self.intruder_active(a);
            let asset = &mut self.state.assets[a];
            if !intruder && !asset.isolated && asset.own < 100.0 {
                asset.own = (asset.own + 4.0).min(100.0);
            }
        }
        // Contained incidents are resolved after two quiet turns.
        for inc in &mut self.state.incidents {
            if inc.status == Status::Contained && inc.contained_turn.is_some_and(|c| turn >= c + 2) {
                inc.status = Status::Resolved;
                inc.resolved_turn = Some(turn);
            }
        }
        self.refresh_service();
    }

    /// Recomputes effective service along dependencies (dependencies first).
    pub(super) fn refresh_service(&mut self) {
        let s = &*self.scenario;
        let slack = s.def.rules.cascade_slack as f64;
        for &a in &s.topo {
            let mut v = self.state.assets[a].own;
            if self.state.assets[a].isolated {
                v = v.min(50.0);
            }
            for &d in &s.asset_deps[a] {
                v = v.min(self.state.assets[d].service + slack);
            }
            let asset = &mut self.state.assets[a];
            asset.service = v.clamp(0.0, 100.0);
            asset.min_service = asset.min_service.min(asset.service);
        }
    }

    fn resolve_escalation(&mut self) {
        let s = self.scenario.clone();
        let st = &self.state;
        let total_pop: f64 = s.def.assets.iter().map(|a| a.population as f64).sum::<f64>().max(1.0);
        let impact: f64 = s
            .def
            .assets
            .iter()
            .zip(&st.assets)
            .map(|(d, a)| d.population as f64 * (100.0 - a.service) / 100.0)
            .sum::<f64>()
            / total_pop;
        let damaging = st
            .incidents
            .iter()
            .enumerate()
            .filter(|(i, inc)| {
                inc.status.is_active()
                    && s.def.incidents[*i].stages[..=inc.stage].iter().any(|x| {
                        x.effects.service_loss > 0 || x.effects.data_stolen > 0 || x.effects.ip_stolen > 0
                    })
            })
            .count() as f64;
        let joint = st.joint_actions_this_turn.min(4) as f64;
        let synced = st.hotline_synced();
        let delta = 25.0 * impact + 0.08 * st.alarm + 1.8 * damaging
            - 1.5 * joint
            - if synced { 4.0 } else { 0.0 }
            - 2.5;
        let before = st.level();
        self.state.add_escalation(delta);
        self.state.alarm *= 0.85;
        let after = self.state.level();
        if after != before {
            let rises = after > before;
            self.emit(
                None,
                Event::EscalationChanges { level: after, rises, impact, damaging, joint, synced },
            );
        }
    }

    fn record_turn(&mut self) {
        let r = self.record();
        self.history.push(r);
    }

    /// A snapshot of the values charts are drawn from.
    pub fn record(&self) -> TurnRecord {
        let s = &*self.scenario;
        let st = &self.state;
        let mut sums = vec![(0.0f64, 0.0f64); crate::scenario::Sector::ALL.len()];
        let mut all = (0.0, 0.0);
        for (d, a) in s.def.assets.iter().zip(&st.assets) {
            let w = d.population.max(1) as f64;
            let e = &mut sums[d.sector as usize];
            e.0 += w * a.service;
            e.1 += w;
            all.0 += w * a.service;
            all.1 += w;
        }
        TurnRecord {
            turn: st.turn,
            escalation: st.escalation,
            level: st.level(),
            trust: st.alliance_trust(),
            alarm: st.alarm,
            sector_service: sums.iter().map(|&(v, w)| (w > 0.0).then(|| v / w)).collect(),
            service: if all.1 > 0.0 { all.0 / all.1 } else { 100.0 },
            data_stolen: st.data_stolen,
            ip_stolen: st.ip_stolen,
        }
    }

    fn check_end(&mut self) -> bool {
        let s = self.scenario.clone();
        let turn = self.state.turn;
        let defeated = s.defeat_conditions.iter().position(|c| super::score::holds(self, c, true));
        let all_done = self.state.incidents.iter().enumerate().all(|(i, inc)| {
            inc.status == Status::Resolved
                || (inc.status == Status::Dormant && s.def.incidents[i].start_turn.is_none_or(|t| t <= turn))
        }) && !s.def.injects.iter().enumerate().any(|(k, _)| {
            self.state.injects[k].times_fired == 0
                && !self.state.injects[k].skipped
                && (s.inject_effects[k]
                    .iter()
                    .chain(s.choice_effects[k].iter().flatten())
                    .any(|e| matches!(e, EffectIx::StartIncident(_))))
        });
        let reason = if let Some(d) = defeated {
            EndReason::Defeat(d)
        } else if turn >= s.def.turns {
            EndReason::LastTurn
        } else if all_done {
            EndReason::AllResolved
        } else {
            return false;
        };
        let score = super::score::Score::of(self);
        let outcome = if defeated.is_some() {
            super::state::Outcome::Defeat
        } else if score.total >= s.def.win_score {
            super::state::Outcome::Success
        } else {
            super::state::Outcome::Partial
        };
        self.state.outcome = Some(outcome);
        self.emit(None, Event::Ends { reason, outcome, score: score.total });
        true
    }

    /// Level 1..=5 of the current escalation pressure.
    pub fn level(&self) -> u8 {
        level_of(self.state.escalation)
    }

    /// Log entries of the last resolved turn (what changed and why).
    pub fn last_turn_log(&self) -> &[LogEntry] {
        &self.log[self.last_turn_log_start.min(self.log.len())..]
    }
}
