//! Injects: firing them (scripted, triggered, by a facilitator or by an
//! action), the room's choices and the effects both apply.

use super::event::Event;
use super::exercise::Exercise;
use super::state::Status;
use crate::scenario::{ActionKindName, EffectIx, TriggerIx};

impl Exercise {
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

    pub(super) fn apply_choice(&mut self, i: usize, choice: usize, by_default: bool) {
        let s = self.scenario.clone();
        let st = &mut self.state.injects[i];
        st.awaiting_choice = false;
        st.choice = Some(choice);
        self.emit(None, Event::ChoiceMade { inject: i, choice, by_default });
        for e in &s.choice_effects[i][choice] {
            self.apply_effect(e);
        }
    }

    pub(super) fn apply_effect(&mut self, e: &EffectIx) {
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

    pub(super) fn start_incident(&mut self, i: usize) {
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

    /// Whether inject `i` may fire now: not held or skipped by the facilitator,
    /// not a spent one-shot, not fired already this turn.
    fn may_fire(&self, i: usize) -> bool {
        let st = &self.state.injects[i];
        !(st.held
            || st.skipped
            || (self.scenario.def.injects[i].once && st.times_fired > 0)
            || st.fired_turn == Some(self.state.turn))
    }

    /// Injects whose state-based trigger holds now (not timed, not action-based).
    pub(super) fn fire_due(&mut self, turn_start: bool) {
        let s = self.scenario.clone();
        for i in 0..s.def.injects.len() {
            if !self.may_fire(i) {
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

    pub(super) fn fire_on_action(&mut self, action: ActionKindName, nation: usize) {
        let s = self.scenario.clone();
        for i in 0..s.def.injects.len() {
            if !self.may_fire(i) {
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
}
