//! What players do: the action families of the design, their costs, checks and
//! immediate effects. Effects that need the turn to pass (investigation,
//! hunts, third-state answers, investments) are queued on the state.

use super::decision::{Action, ActionError, ActionKind, IdKind, InvestArea};
use super::event::Event;
use super::exercise::Exercise;
use super::state::{DelayedEffect, Status};
use crate::scenario::Skill;

impl Exercise {
    pub(super) fn ix(
        map: &std::collections::BTreeMap<String, usize>,
        what: IdKind,
        id: &str,
    ) -> Result<usize, ActionError> {
        map.get(id).copied().ok_or_else(|| ActionError::Unknown { what, id: id.to_string() })
    }

    /// Checks an action without changing anything; returns (nation, agency) indices.
    pub fn check(&self, a: &Action) -> Result<(usize, usize), ActionError> {
        if self.state.is_over() {
            return Err(ActionError::Over);
        }
        let s = &*self.scenario;
        let nation = Self::ix(&s.nation_ix, IdKind::Nation, &a.nation)?;
        let agency = s.def.nations[nation]
            .agencies
            .iter()
            .position(|g| g.id == a.agency)
            .ok_or_else(|| ActionError::Unknown { what: IdKind::Agency, id: a.agency.clone() })?;
        let name = a.kind.name();
        let ag = &self.state.nations[nation].agencies[agency];
        let agency_name = &s.def.nations[nation].agencies[agency].name;
        if let Some(skill) = name.skill()
            && ag.skill(skill) == 0
        {
            return Err(ActionError::Skill { agency: agency_name.clone(), skill });
        }
        let cost = name.cost();
        if ag.remaining() < cost {
            return Err(ActionError::Capacity { agency: agency_name.clone(), left: ag.remaining(), cost });
        }
        let target = self.target_of(&a.kind)?;
        match self.refusal(nation, target) {
            Some(r) => Err(self.refusal_error(nation, r)),
            None => Ok((nation, agency)),
        }
    }

    /// Applies a checked action's immediate effects. Called by `submit`.
    pub(super) fn apply_action(&mut self, a: &Action, nation: usize, agency: usize) {
        let name = a.kind.name();
        let turn = self.state.turn;
        self.state.nations[nation].agencies[agency].used += name.cost();
        self.state.actions.push(super::state::ActionRecord { turn, nation, kind: name });
        let s = self.scenario.clone();
        let skill = |ex: &Exercise, k: Skill| ex.state.nations[nation].agencies[agency].skill(k) as f64;
        match &a.kind {
            ActionKind::ShareIntel { incident, with } => {
                let i = s.incident_ix[incident];
                let w = s.nation_ix[with];
                let actor = s.incident_actor[i];
                let delay = turn.saturating_sub(self.state.incidents[i].detected_turn.unwrap_or(turn));
                let mut value =
                    0.45 * 0.75f64.powi(delay as i32) * (0.5 + skill(self, Skill::Intelligence) / 200.0);
                let dilemmas = self.state.dilemmas();
                let trust_before = self.state.trust(nation, w);
                if dilemmas {
                    // A partner acts on indicators as far as it trusts their source.
                    value *= super::dilemmas::intel_uptake(self.state.rules, trust_before);
                }
                if dilemmas && !self.state.hotline_synced() {
                    // Classification review: the indicators reach the partner's
                    // defenders next turn (at once while the capitals are in sync).
                    let what = DelayedEffect::Intel { actor, value };
                    self.state.delayed.push(super::state::Delayed { turn: turn + 1, nation: w, what });
                } else {
                    Self::add_intel(&mut self.state.nations[w].intel[actor], value);
                }
                let inc = &mut self.state.incidents[i];
                inc.mark_shared(nation, w, turn);
                inc.known_by[w] = true;
                let gain = if delay <= 1 { 2.0 } else { 1.0 };
                self.state.add_trust(nation, w, gain);
                let gain = if dilemmas { self.state.trust(nation, w) - trust_before } else { gain };
                if !dilemmas {
                    // (Under the dilemma rules sharing is confidential: it calms no public.)
                    self.state.joint_actions_this_turn += 1;
                }
                let shared =
                    Event::Shared { agency, incident: i, with: w, delay, detection: value, trust: gain };
                self.emit(Some(nation), shared);
                if dilemmas {
                    self.maybe_burn_source(nation, w, i);
                }
            }
            ActionKind::Investigate(id) | ActionKind::JointInvestigation(id) => {
                let i = s.incident_ix[id];
                let joint = matches!(a.kind, ActionKind::JointInvestigation(_));
                let pts = skill(self, Skill::Investigation) * 0.35;
                if joint && self.state.dilemmas() {
                    // Liaison, evidence exchange and legal process: the agency
                    // starts next turn one point down.
                    self.state.nations[nation].agencies[agency].tied = 1;
                }
                let inc = &mut self.state.incidents[i];
                inc.effort[nation] += pts;
                inc.joint[nation] |= joint;
                if inc.status < Status::Investigating {
                    inc.status = Status::Investigating;
                }
                self.emit(Some(nation), Event::Investigates { agency, incident: i, joint });
            }
            ActionKind::MilitaryCooperation(id) => {
                let i = s.asset_ix[id];
                let start = if self.state.hotline_synced() { turn } else { turn + 1 };
                let asset = &mut self.state.assets[i];
                asset.hunt_from = start;
                asset.hunt_until = start + 2;
                self.state.add_trust_all(nation, 2.0);
                self.state.joint_actions_this_turn += 1;
                if self.state.dilemmas() {
                    self.tie_partner_militaries(nation);
                }
                self.emit(Some(nation), Event::HuntArranged { agency, asset: i, start });
            }
            ActionKind::Hotline => self.call_hotline(nation),
            ActionKind::Harden(id) => {
                let i = s.asset_ix[id];
                let asset = &mut self.state.assets[i];
                asset.hardening = (asset.hardening + 20.0).min(100.0);
                asset.own = (asset.own - 5.0).max(0.0);
                let level = asset.hardening;
                self.emit(Some(nation), Event::Hardened { agency, asset: i, level });
                self.refresh_service();
            }
            ActionKind::Isolate(id) => {
                let i = s.asset_ix[id];
                let asset = &mut self.state.assets[i];
                asset.isolated = true;
                asset.own = asset.own.min(50.0);
                self.emit(Some(nation), Event::Isolated { agency, asset: i });
                self.refresh_service();
            }
            ActionKind::Restore(id) => {
                let i = s.asset_ix[id];
                let intruder = self.intruder_active(i);
                let gain = if intruder { 15.0 } else { 35.0 };
                let asset = &mut self.state.assets[i];
                asset.isolated = false;
                asset.own = (asset.own + gain).min(100.0);
                let mut resolved = Vec::new();
                for (k, inc) in self.state.incidents.iter_mut().enumerate() {
                    if s.incident_target[k] == i && inc.status == Status::Contained {
                        inc.status = Status::Resolved;
                        inc.resolved_turn = Some(turn);
                        resolved.push(k);
                    }
                }
                self.emit(Some(nation), Event::Restored { agency, asset: i, gain, intruder, resolved });
                self.refresh_service();
            }
            ActionKind::RequestAssistance { third_state, actor } => {
                let t = s.third_ix[third_state];
                let ac = s.actor_ix[actor];
                self.state.delayed.push(super::state::Delayed {
                    turn: turn + 1,
                    nation,
                    what: DelayedEffect::Assistance { third: t, actor: ac },
                });
                self.emit(Some(nation), Event::AssistanceRequested { third: t, actor: ac });
            }
            ActionKind::AttributePublicly { incident, joint } => {
                let i = s.incident_ix[incident];
                self.attribute_publicly(i, nation, *joint);
            }
            ActionKind::Invest(area) => {
                let (at, what) = match area {
                    InvestArea::ResearchAndDevelopment => (turn + 3, DelayedEffect::Monitoring(10.0)),
                    InvestArea::Education => (turn + 3, DelayedEffect::Skill(8.0)),
                    InvestArea::Workforce => (turn + 2, DelayedEffect::Capacity { agency }),
                    InvestArea::PolicyConsultations => {
                        self.state.add_trust_all(nation, 2.0);
                        (turn + 2, DelayedEffect::Trust(6.0))
                    }
                };
                self.state.delayed.push(super::state::Delayed { turn: at, nation, what });
                self.emit(Some(nation), Event::Invested { agency, area: *area, pays_on: at });
            }
        }
    }

    /// Public attribution: deters when the evidence holds, backfires when it doesn't.
    pub(super) fn attribute_publicly(&mut self, i: usize, nation: usize, joint: bool) {
        let s = self.scenario.clone();
        let actor = s.incident_actor[i];
        let investigation = self.state.incidents[i].investigation;
        let confidence = (investigation / 60.0).min(1.0);
        let misfire = if self.state.dilemmas() {
            // Attribution at 60 is a judgement, not proof: only a complete
            // investigation rules out a misfire; two allies' analysts cross-check.
            0.75 * (1.0 - investigation / 100.0).max(0.0).powf(1.5) * if joint { 0.6 } else { 1.0 }
        } else {
            (1.0 - confidence) * 0.8
        };
        let wrong = self.rng.chance(misfire);
        // A misfire names the wrong state (second balance): the record stays open.
        self.state.incidents[i].publicly_attributed = !(wrong && self.state.dilemmas2());
        if wrong {
            // Fourth balance: the wrongly named state protests loudly.
            self.state.add_escalation(if self.state.dilemmas4() {
                super::dilemmas::MISFIRE_ESCALATION
            } else {
                15.0
            });
            self.state.alarm = (self.state.alarm + 10.0).min(100.0);
            self.state.add_trust_all(nation, -8.0);
            self.emit(Some(nation), Event::WrongAttribution { incident: i, joint, confidence });
            return;
        }
        if joint || investigation >= 100.0 {
            // Sound evidence, named together or proven: the actor lies low.
            self.name_soundly(actor);
        }
        let deter = if joint { 0.45 } else { 0.25 };
        let a = &mut self.state.actors[actor];
        a.deterrence = (a.deterrence + deter).min(0.8);
        self.state.alarm = (self.state.alarm - 10.0).max(0.0);
        let mut not_consulted = Vec::new();
        if joint {
            self.state.add_escalation(-3.0);
            self.state.add_trust_all(nation, 3.0);
            self.state.joint_actions_this_turn += 1;
        } else {
            self.state.add_escalation(3.0);
            let partners_involved: Vec<usize> = (0..self.state.nations.len())
                .filter(|&p| p != nation && self.state.incidents[i].known_by[p])
                .collect();
            for p in partners_involved {
                self.state.add_trust(nation, p, -4.0);
                not_consulted.push(p);
            }
        }
        let event = Event::PublicAttribution { incident: i, joint, deterrence: deter, not_consulted };
        self.emit(Some(nation), event);
    }

    /// An uncontained intrusion is still on the asset.
    pub fn intruder_active(&self, asset: usize) -> bool {
        self.state
            .incidents
            .iter()
            .enumerate()
            .any(|(k, inc)| self.scenario.incident_target[k] == asset && inc.status.is_active())
    }
}
