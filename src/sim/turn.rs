//! Turn resolution: the start of a turn (capacity, matured investments, due
//! incidents and injects) and its end (investigations, hunts, the
//! adversary's moves, detection, recovery, escalation, the record, the end).

use super::event::{Answer, DetectedBy, EndReason, Event, InvestigationMode, Payoff};
use super::exercise::{Exercise, TurnRecord};
use super::score::{Score, holds};
use super::state::{DelayedEffect, Outcome, Status};
use crate::scenario::EffectIx;

impl Exercise {
    /// Start of a turn: fresh capacity, matured investments, due incidents and injects.
    pub(super) fn begin_turn(&mut self) {
        let turn = self.state.turn;
        self.emit(None, Event::TurnBegins { turn });
        for n in &mut self.state.nations {
            for g in &mut n.agencies {
                // Points promised last turn (always 0 under the legacy rules).
                g.used = std::mem::take(&mut g.tied);
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

    pub(super) fn mature_delayed(&mut self) {
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
                DelayedEffect::Intel { actor, value } => {
                    Self::add_intel(&mut self.state.nations[d.nation].intel[actor], value);
                    let cleared = Event::IntelCleared { nation: d.nation, actor, detection: value };
                    self.emit(Some(d.nation), cleared);
                }
            }
        }
    }

    pub(super) fn answer_assistance(&mut self, nation: usize, third: usize, actor: usize) {
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
        let answered = |answer| Event::AssistanceAnswered { nation, third, actor, answer };
        let p = if self.state.dilemmas() {
            match self.assistance_chance(third, actor, public) {
                Ok(p) => p,
                Err(answer) => {
                    if let Answer::Shelters { until, .. } = answer {
                        // Tipped off, the actor rotates its infrastructure.
                        let a = &mut self.state.actors[actor];
                        a.evasive_until = a.evasive_until.max(until);
                    }
                    self.emit(Some(nation), answered(answer));
                    return;
                }
            }
        } else {
            let mut p = t.cooperation as f64 / 100.0 * if attributed { 1.0 } else { 0.45 };
            if public {
                p += 0.15; // norms invoked in public make refusal costly
            }
            if self.state.hotline_synced() {
                p += 0.1; // a request backed by both allies
            }
            p
        };
        let yes = self.rng.chance(p);
        if !yes {
            self.emit(Some(nation), answered(Answer::Declines { chance: p }));
            return;
        }
        if s.actor_third_state[actor] != Some(third) {
            self.emit(Some(nation), answered(Answer::NothingFound));
            return;
        }
        let rules = self.state.rules;
        let cooperation = t.cooperation as f64;
        let a = &mut self.state.actors[actor];
        a.curbed = true;
        a.capability *= super::dilemmas::takedown_capability(rules, cooperation);
        if self.state.dilemmas2() {
            // A takedown: the servers it seizes show whom the actor is in,
            // and it hands those victims over to the nation that asked.
            for i in 0..self.state.incidents.len() {
                if s.incident_actor[i] == actor && self.state.incidents[i].status == Status::Hidden {
                    self.detect(i, nation, DetectedBy::SharedIndicators);
                }
            }
        }
        for i in 0..self.state.incidents.len() {
            let cap = self.evict_cap(i);
            let inc = &mut self.state.incidents[i];
            if s.incident_actor[i] == actor && inc.status.is_active() {
                let evidence = super::dilemmas::takedown_evidence(rules, cooperation);
                inc.investigation = (inc.investigation + evidence).min(cap);
            }
        }
        let answer = if self.state.dilemmas4() {
            Answer::TakesDown {
                cut: 100.0 * (1.0 - super::dilemmas::takedown_capability(rules, cooperation)),
            }
        } else {
            Answer::Acts
        };
        self.emit(Some(nation), answered(answer));
    }

    pub(super) fn end_turn(&mut self) {
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
        self.resolve_exfiltration();
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

    pub(super) fn resolve_investigations(&mut self) {
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
                // Three or more allies work as well as their pairs trust each other.
                let trust = self.state.mean_trust(&partners);
                gain *= if self.state.dilemmas() {
                    super::dilemmas::joint_multiplier(self.state.rules, trust, synced)
                } else {
                    1.6 * (0.5 + trust / 100.0) * if synced { 1.25 } else { 1.0 }
                };
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
            let cap = self.evict_cap(i);
            let inc = &mut self.state.incidents[i];
            inc.investigation = (inc.investigation + gain).min(cap);
            let progress = inc.investigation;
            self.emit(None, Event::InvestigationProgress { incident: i, gain, mode: how, progress });
            self.update_investigation_status(i, turn);
        }
    }

    pub(super) fn update_investigation_status(&mut self, i: usize, turn: u32) {
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

    pub(super) fn resolve_hunts(&mut self) {
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
            // A wary partner's military opens less of its network (third balance).
            let answer = if self.state.dilemmas3() { super::dilemmas::partner_answer(trust) } else { 1.0 };
            for i in 0..self.state.incidents.len() {
                if s.incident_target[i] != a || !self.state.incidents[i].status.is_active() {
                    continue;
                }
                if self.state.incidents[i].status == Status::Hidden && self.rng.chance(0.7 * answer) {
                    self.detect(i, owner, DetectedBy::Hunt);
                }
                if self.state.incidents[i].status.is_known() {
                    let gain = if self.state.dilemmas() {
                        super::dilemmas::hunt_gain(self.state.rules, trust)
                    } else {
                        40.0 * (0.5 + trust / 100.0)
                    };
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

    pub(super) fn resolve_detection(&mut self) {
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
            * self.knobs().detect
            * (0.6 + asset.monitoring / 100.0)
            * (1.0 - s.def.actors[actor].stealth as f64 / 200.0))
            .clamp(0.0, 1.0);
        let mut intel = self.state.nations[owner].intel[actor];
        let mut base = base;
        if self.state.dilemmas3() && self.military_linked(target) {
            // Civilian sensors do not reach into a military-linked network.
            base *= super::dilemmas::MIL_MONITORING;
        }
        if self.state.evasive(actor) {
            // The actor rotated its infrastructure: old indicators miss, and it treads carefully.
            base *= 0.5;
            intel *= 0.3;
        }
        1.0 - (1.0 - base) * (1.0 - intel)
    }

    pub(super) fn detect(&mut self, i: usize, nation: usize, by: DetectedBy) {
        let turn = self.state.turn;
        let inc = &mut self.state.incidents[i];
        inc.status = Status::Detected;
        inc.known_by[nation] = true;
        inc.detected_turn = Some(turn);
        let stage = inc.stage;
        self.emit(Some(nation), Event::Detected { incident: i, nation, stage, by });
    }

    pub(super) fn recover_services(&mut self) {
        let turn = self.state.turn;
        // Fourth balance: a wrecked system needs a restoration to come back.
        let floor = if self.state.dilemmas4() { super::dilemmas::SELF_RECOVERY_FLOOR } else { 0.0 };
        for a in 0..self.state.assets.len() {
            let intruder = self.intruder_active(a);
            let asset = &mut self.state.assets[a];
            if !intruder && !asset.isolated && asset.own < 100.0 && asset.own >= floor {
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

    pub(super) fn resolve_escalation(&mut self) {
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
        let mut delta = 25.0 * impact + 0.08 * st.alarm + 1.8 * damaging
            - 1.5 * joint
            - if synced { 4.0 } else { 0.0 }
            - 2.5;
        // (Added after, so games under the earlier rules add up bit for bit as played.)
        if st.dilemmas2() {
            if synced {
                // Capitals in sync speak with one voice: alarm and running
                // campaigns push up to half as hard, as far as the channel
                // still carries weight.
                // (Third balance: as far as the partner's capital answers.)
                let answer =
                    if st.dilemmas3() { super::dilemmas::partner_answer(st.alliance_trust()) } else { 1.0 };
                delta -= 0.5 * st.hotline.weight * answer * (0.08 * st.alarm + 1.8 * damaging);
            } else {
                // The public sees a joint response the leaders present
                // together: outside sync joint work calms half as much.
                delta += 0.75 * joint;
            }
        }
        let unnamed = self.unnamed_harm();
        if st.dilemmas5() && unnamed {
            // Fifth balance: the public asks who did it, and the pressure on
            // the leaders grows until the allies say so.
            delta += super::dilemmas::UNNAMED_PRESSURE;
        }
        let before = st.level();
        self.state.add_escalation(delta);
        // Fourth balance: while visible harm stays unanswered (nobody named in
        // public for it), the public keeps asking who did it (fifth: all of it).
        self.state.alarm *= super::dilemmas::alarm_fade(self.state.rules, unnamed);
        if self.state.dilemmas5() {
            if unnamed && !self.state.public_asks {
                self.emit(None, Event::PublicAsks { pressure: super::dilemmas::UNNAMED_PRESSURE });
            }
            self.state.public_asks = unnamed;
        }
        let after = self.state.level();
        if after != before {
            let rises = after > before;
            self.emit(
                None,
                Event::EscalationChanges { level: after, rises, impact, damaging, joint, synced },
            );
        }
    }

    pub(super) fn record_turn(&mut self) {
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

    pub(super) fn check_end(&mut self) -> bool {
        let s = self.scenario.clone();
        let turn = self.state.turn;
        let defeated = s.defeat_conditions.iter().position(|c| holds(self, c, true));
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
        let score = Score::of(self);
        let outcome = if defeated.is_some() {
            Outcome::Defeat
        } else if score.total >= s.def.win_score {
            Outcome::Success
        } else {
            Outcome::Partial
        };
        self.state.outcome = Some(outcome);
        self.emit(None, Event::Ends { reason, outcome, score: score.total });
        true
    }
}
