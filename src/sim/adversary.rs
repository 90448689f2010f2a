//! The adversary: how it adapts to what the defenders achieve (its mode per
//! actor), the chance each intrusion advances, and what reaching a stage does.
//! It is part of the world, drawn from the one RNG inside turn resolution.

use super::difficulty::Knobs;
use super::event::Event;
use super::exercise::Exercise;
use super::state::{AdversaryMode, State};
use crate::scenario::Scenario;

/// The adversary's odds, read from a borrowed world: pure, so a rule test can
/// ask "what if" of a copy of the state without touching an exercise.
#[derive(Clone, Copy)]
pub struct Odds<'a> {
    pub scenario: &'a Scenario,
    pub state: &'a State,
    pub knobs: Knobs,
}

impl Odds<'_> {
    /// The mode each actor is in now, from what the defenders have achieved.
    pub fn modes(&self) -> Vec<AdversaryMode> {
        let s = self.scenario;
        let st = self.state;
        (0..s.def.actors.len())
            .map(|a| {
                if !self.knobs.adversary_adapts {
                    return AdversaryMode::Script;
                }
                let mine = || (0..st.incidents.len()).filter(move |&i| s.incident_actor[i] == a);
                // Under the second balance only a public naming tells the actor it is known.
                let named = |i: usize| {
                    st.incidents[i].publicly_attributed
                        || (!st.dilemmas2() && st.incidents[i].attributed_turn.is_some())
                };
                // Fourth balance: named from a safe haven, it has nothing to fear.
                let sheltered = st.dilemmas4() && super::dilemmas::safe_haven(s, a);
                if mine().any(named) && !sheltered {
                    AdversaryMode::Quiet
                } else if mine()
                    .any(|i| st.incidents[i].status.is_known() && st.incidents[i].status.is_active())
                {
                    AdversaryMode::Pivot
                } else {
                    AdversaryMode::Press
                }
            })
            .collect()
    }

    /// The nation whose assets are least defended (mean hardening + monitoring).
    pub fn weaker_ally(&self) -> usize {
        let s = self.scenario;
        let n = s.def.nations.len();
        let mut sum = vec![(0.0f64, 0usize); n];
        for (i, a) in self.state.assets.iter().enumerate() {
            let e = &mut sum[s.asset_nation[i]];
            e.0 += a.hardening + a.monitoring;
            e.1 += 1;
        }
        (0..n)
            .min_by(|&x, &y| {
                let m = |k: usize| if sum[k].1 == 0 { f64::MAX } else { sum[k].0 / sum[k].1 as f64 };
                m(x).total_cmp(&m(y)).then(x.cmp(&y))
            })
            .unwrap_or(0)
    }

    /// This turn's chance that an active incident moves to its next stage.
    pub fn advance_chance(&self, i: usize) -> f64 {
        self.advance_chance_with(i, &self.modes(), self.weaker_ally())
    }

    fn advance_chance_with(&self, i: usize, modes: &[AdversaryMode], weaker: usize) -> f64 {
        let s = self.scenario;
        let inc = &self.state.incidents[i];
        let stages = &s.def.incidents[i].stages;
        if !inc.status.is_active() || inc.stage + 1 >= stages.len() {
            return 0.0;
        }
        let target = s.incident_target[i];
        let asset = &self.state.assets[target];
        if asset.isolated {
            return 0.0;
        }
        let actor = &self.state.actors[s.incident_actor[i]];
        let k = self.knobs;
        let adapt = match modes[s.incident_actor[i]] {
            AdversaryMode::Script => 1.0,
            AdversaryMode::Quiet => k.quiet,
            AdversaryMode::Pivot => {
                if inc.status.is_known() {
                    k.burned
                } else {
                    k.pivot
                }
            }
            AdversaryMode::Press => {
                if s.asset_nation[target] == weaker {
                    k.press_weaker
                } else {
                    1.0
                }
            }
        };
        (stages[inc.stage].advance
            * k.advance
            * adapt
            * (0.6 + actor.capability / 125.0)
            * (1.0 - asset.hardening / 200.0)
            * self.impunity(s.incident_actor[i])
            * if actor.curbed { self.curbed_pace(s.incident_actor[i]) } else { 1.0 }
            // A burned source: the actor knows what is seen and hurries what is not.
            * if !inc.status.is_known() && self.state.evasive(s.incident_actor[i]) {
                super::dilemmas::burn_hurry(self.state.rules)
            } else {
                1.0
            }
            // Named on sound evidence, it lies low while the world watches.
            * if self.state.lies_low(s.incident_actor[i]) { super::dilemmas::LIE_LOW_PACE } else { 1.0 })
        .clamp(0.0, 1.0)
    }
}

impl Odds<'_> {
    /// What a public naming's deterrence leaves of an actor's pace, and, from
    /// the fifth balance, how much harder an actor in a safe haven presses:
    /// it fears no arrest or seizure, so naming does not slow it.
    fn impunity(&self, actor: usize) -> f64 {
        let st = self.state;
        if st.dilemmas5() && super::dilemmas::safe_haven(self.scenario, actor) {
            super::dilemmas::SAFE_HAVEN_BOLDNESS
        } else {
            1.0 - st.actors[actor].deterrence
        }
    }

    /// The pace of an actor curbed by its host state's takedown.
    fn curbed_pace(&self, actor: usize) -> f64 {
        let s = self.scenario;
        let cooperation =
            s.actor_third_state[actor].map_or(0.0, |t| s.def.third_states[t].cooperation as f64);
        super::dilemmas::curbed_pace(self.state.rules, cooperation)
    }
}

impl Exercise {
    /// The adversary's odds on this exercise as it stands.
    pub fn odds(&self) -> Odds<'_> {
        Odds { scenario: &self.scenario, state: &self.state, knobs: self.knobs() }
    }

    /// The difficulty's numbers under this game's rules: the second balance
    /// runs a crisis faster and stealthier (advance 1.55, was 1.2; detection
    /// 0.7, was 0.85) and the exercise level gentler (advance 0.75, was 0.85;
    /// detection 1.2, was 1.1). The fourth balance spreads them further
    /// (crisis advance 1.8, detection 0.6; exercise 0.65 and 1.3).
    pub fn knobs(&self) -> super::difficulty::Knobs {
        use super::difficulty::Difficulty;
        let mut k = self.difficulty.knobs();
        let (fourth, second) = (self.state.dilemmas4(), self.state.dilemmas2());
        match self.difficulty {
            Difficulty::Exercise if fourth => (k.advance, k.detect) = (0.65, 1.3),
            Difficulty::Exercise if second => (k.advance, k.detect) = (0.75, 1.2),
            Difficulty::Crisis if fourth => (k.advance, k.detect) = (1.8, 0.6),
            Difficulty::Crisis if second => (k.advance, k.detect) = (1.55, 0.7),
            _ => {}
        }
        k
    }

    /// This turn's chance that an active incident moves to its next stage.
    pub fn advance_chance(&self, i: usize) -> f64 {
        self.odds().advance_chance(i)
    }

    /// The nation whose assets are least defended (mean hardening + monitoring).
    pub fn weaker_ally(&self) -> usize {
        self.odds().weaker_ally()
    }

    pub(super) fn resolve_attacks(&mut self) {
        let odds = self.odds();
        let (modes, weaker) = (odds.modes(), odds.weaker_ally());
        for (a, &mode) in modes.iter().enumerate() {
            if self.state.actors[a].mode != mode {
                self.state.actors[a].mode = mode;
                if mode != AdversaryMode::Script {
                    self.emit_secret(None, Event::AdversaryShifts { actor: a, mode, weaker });
                }
            }
        }
        for i in 0..self.state.incidents.len() {
            let p = self.odds().advance_chance_with(i, &modes, weaker);
            if p > 0.0 && self.rng.chance(p) {
                let next = self.state.incidents[i].stage + 1;
                self.state.incidents[i].stage = next;
                self.enter_stage(i, next);
            }
        }
    }

    /// Applies a stage's effects on entering it.
    pub(super) fn enter_stage(&mut self, i: usize, stage: usize) {
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
    /// turn or more and never shared it with that nation is blamed.
    pub(super) fn check_withheld(&mut self, i: usize) {
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
                    && !inc.has_shared(p, victim)
                    && inc.detected_turn.is_some_and(|d| d < turn)
                    && s.asset_nation[s.incident_target[k]] == p
            });
            if withheld {
                self.state.add_trust(p, victim, -8.0);
                self.emit(Some(p), Event::Withheld { nation: p, actor, victim, trust: -8.0 });
            }
        }
    }
}
