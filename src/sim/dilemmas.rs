//! The dilemma rules (`state::DILEMMA_RULES`, docs/dilemmas.md): what
//! cooperation costs, as allies find it. Sharing can burn a source and waits
//! for classification review; the hotline loses weight when called for small
//! things; a third state answers by its cooperation, its own law and the
//! evidence; trust gates how much a partner's work is worth. Games under the
//! legacy rules only pass through the hotline call here, with its weight at 1
//! (saves of formats 1–3 replay as played).

use super::event::{Answer, Event};
use super::exercise::Exercise;
use super::state::Status;

/// Chance that sharing with a partner burns the source, by the pair's trust:
/// 14 % between close allies, 46 % between strangers (handling rules differ,
/// leaks happen, and the actor watches for its tooling in partners' feeds).
/// The second balance (`rules` 2) spreads it wider: 10 % at 90, 49 % at 20.
pub fn burn_chance(rules: u32, trust: f64) -> f64 {
    if rules >= super::state::DILEMMA_RULES_2 {
        0.05 + 0.55 * (1.0 - trust / 100.0)
    } else {
        0.10 + 0.40 * (1.0 - trust / 100.0)
    }
}

/// How much faster a burned actor's unseen intrusions advance while it is evasive.
pub fn burn_hurry(rules: u32) -> f64 {
    if rules >= super::state::DILEMMA_RULES_2 { 1.5 } else { 1.3 }
}

/// Investigation lost on the incident whose indicators burned a source: the
/// actor cleans up and the trail goes cold.
pub const BURN_SETBACK: f64 = 15.0;

/// The weight a hotline call keeps after being spent on a small thing.
pub const SMALL_CALL_WEAR: f64 = 0.6;

/// The weight a call for a small thing leaves under the second balance: a
/// leaders' channel used for routine loses most of what made it special.
pub const SMALL_CALL_WEAR_2: f64 = 0.4;

/// Lowest weight a worn hotline keeps.
pub const MIN_WEIGHT: f64 = 0.2;

/// Investigation multiplier of a joint investigation at a pair's trust (a
/// low-trust pair duplicates work and withholds; in sync it does better).
/// The second balance makes trust weigh more: 0.74 at 20, 2.06 at 80.
pub fn joint_multiplier(rules: u32, trust: f64, synced: bool) -> f64 {
    let base = if rules >= super::state::DILEMMA_RULES_2 {
        0.3 + 2.2 * trust / 100.0
    } else {
        0.6 + 1.6 * trust / 100.0
    };
    base * if synced { 1.25 } else { 1.0 }
}

/// Escalation a full-weight hotline call relieves. Under the second balance
/// it is 10 × (0.5 + trust/100): leaders calm a crisis when their alliance is
/// seen to hold (7 at trust 20, 13 at 80); the first balance relieves 8.
pub fn hotline_relief(rules: u32, trust: f64) -> f64 {
    if rules >= super::state::DILEMMA_RULES_2 { 10.0 * (0.5 + trust / 100.0) } else { 8.0 }
}

/// Investigation points a day of a combined hunt adds, at alliance trust.
pub fn hunt_gain(rules: u32, trust: f64) -> f64 {
    if rules >= super::state::DILEMMA_RULES_2 { 36.0 * trust / 100.0 } else { 30.0 * (0.1 + trust / 100.0) }
}

/// How far a partner acts on shared indicators, by the pair's trust (the
/// second balance weighs trust more: 36 % at 20, 84 % at 80, was 52 % and 88 %).
pub fn intel_uptake(rules: u32, trust: f64) -> f64 {
    if rules >= super::state::DILEMMA_RULES_2 { 0.2 + 0.8 * trust / 100.0 } else { 0.4 + 0.6 * trust / 100.0 }
}

/// How far a partner answers a hotline call or a combined hunt, by the
/// pair's trust (third balance): fully from 60, half at 40, not at all at 20. A wary capital listens but does not commit to a common line; a wary
/// military opens little of its network to the partner's operators.
pub fn partner_answer(trust: f64) -> f64 {
    ((trust - 20.0) / 40.0).clamp(0.0, 1.0)
}

/// How far investigation alone (national, joint, a third state's takedown)
/// goes on an intrusion in a military-linked asset (third balance): the
/// investigators know who and how, but evicting an intruder from a network
/// the military depends on takes the operators of a combined hunt.
pub const MIL_EVICT_CAP: f64 = 90.0;

/// What civilian monitoring sees of an intrusion in a military-linked asset
/// (third balance): its sensors do not reach into those networks.
pub const MIL_MONITORING: f64 = 0.5;

/// A third state with cooperation under this has a law that bars acting on
/// foreign requests unless the evidence is near conclusive (norm 3: help
/// "consistent with its domestic law"); from the fourth balance an actor it
/// hosts is in a safe haven.
pub const SAFE_HAVEN_BELOW: f64 = 30.0;

/// Escalation a misfired public attribution adds from the fourth balance
/// (15 before): the state wrongly named protests, and the crisis grows.
pub const MISFIRE_ESCALATION: f64 = 20.0;

/// The pace of an actor lying low after a sound public naming (third balance).
pub const LIE_LOW_PACE: f64 = 0.1;

/// What a sound public naming adds, times the state's cooperation/100, to a
/// third state's chance to act (third balance; any public naming adds 0.15):
/// with the evidence public and two allies behind it, refusing costs a
/// willing host state more.
pub const SOUND_NAMING_PULL: f64 = 0.3;

/// What a third state's takedown leaves of the actor's capability, by the
/// state's cooperation (0..=100): 0.6 until the fourth balance; from it
/// 1 − 0.6 × cooperation/100 (0.64 at 60, 0.4 at 100): a willing state
/// seizes everything it finds, a reluctant one the servers it was shown.
pub fn takedown_capability(rules: u32, cooperation: f64) -> f64 {
    if rules >= super::state::DILEMMA_RULES_4 { 1.0 - 0.6 * cooperation / 100.0 } else { 0.6 }
}

/// The pace of a curbed actor's intrusions after a third state's takedown,
/// by the state's cooperation: 0.5 until the fourth balance; from it
/// 1 − 0.7 × cooperation/100 (0.58 at 60, 0.3 at 100): a willing state keeps
/// the infrastructure down and takes the next servers too, a reluctant one
/// takes down what it was shown.
pub fn curbed_pace(rules: u32, cooperation: f64) -> f64 {
    if rules >= super::state::DILEMMA_RULES_4 { 1.0 - 0.7 * cooperation / 100.0 } else { 0.5 }
}

/// Investigation a third state's takedown adds to each running intrusion of
/// the actor: 25 until the fourth balance; from it 10 + 60 × (cooperation/100)²
/// (32 at 60, 70 at 100): a fully willing state hands over the forensic
/// images and logs of the servers it seized, often enough to close the case.
pub fn takedown_evidence(rules: u32, cooperation: f64) -> f64 {
    if rules >= super::state::DILEMMA_RULES_4 { 10.0 + 60.0 * (cooperation / 100.0).powi(2) } else { 25.0 }
}

/// Detection a sound public naming gives every nation's defenders against
/// the actor (fourth balance): the joint advisory that comes with it
/// publishes the actor's indicators.
pub const ADVISORY: f64 = 0.4;

/// What a sound public naming leaves of the actor's capability (fourth
/// balance): the advisory exposes its tooling, and it must rebuild.
pub const EXPOSURE: f64 = 0.7;

/// The share of a stealing stage's haul an intruder still holding it takes
/// again each later turn (fourth balance), until the asset is isolated or
/// the intrusion contained, or a takedown seizes the actor's drop servers:
/// data keeps leaving while the channel is open.
pub const EXFIL_TRICKLE: f64 = 0.25;

/// What public alarm keeps each turn while visible harm stays unnamed
/// (fourth balance; 0.85 otherwise): the public asks who did it until the
/// allies say so.
pub const ALARM_FADE_UNNAMED: f64 = 0.95;

/// What public alarm keeps each turn: 0.85, and while visible harm stays
/// unnamed [`ALARM_FADE_UNNAMED`] from the fourth balance, all of it from
/// the fifth (the question does not go away by itself).
pub fn alarm_fade(rules: u32, unnamed_harm: bool) -> f64 {
    match unnamed_harm {
        true if rules >= super::state::DILEMMA_RULES_5 => 1.0,
        true if rules >= super::state::DILEMMA_RULES_4 => ALARM_FADE_UNNAMED,
        _ => 0.85,
    }
}

/// Below this own service (percent) a system no longer comes back by itself
/// (fourth balance): failover and operators bring back a light hit (a fifth
/// of its service at most), a wrecked control system needs a restoration.
pub const SELF_RECOVERY_FLOOR: f64 = 80.0;

/// How much faster an actor in a safe haven presses its intrusions (fifth
/// balance): with no arrest or seizure to fear, it takes the risks an actor
/// within reach of a willing state would not.
pub const SAFE_HAVEN_BOLDNESS: f64 = 1.2;

/// Escalation each turn while harm the public saw stays unnamed (fifth
/// balance): the pressure on leaders to say who did it grows.
pub const UNNAMED_PRESSURE: f64 = 2.0;

/// Whether an actor works from a state whose law bars acting on foreign
/// requests (cooperation under [`SAFE_HAVEN_BELOW`]): named, it fears no
/// arrest or seizure there, so it neither lies low nor goes quiet (fourth
/// balance).
pub fn safe_haven(s: &crate::scenario::Scenario, actor: usize) -> bool {
    s.actor_third_state[actor].is_some_and(|t| (s.def.third_states[t].cooperation as f64) < SAFE_HAVEN_BELOW)
}

impl Exercise {
    /// An asset of the defence sector, or one a defence-sector asset depends
    /// on directly (the substation that powers a garrison): its networks are
    /// the military's to hunt in.
    pub fn military_linked(&self, asset: usize) -> bool {
        let s = &*self.scenario;
        let defense = |a: usize| s.def.assets[a].sector == crate::scenario::Sector::Defense;
        defense(asset) || (0..s.def.assets.len()).any(|b| defense(b) && s.asset_deps[b].contains(&asset))
    }

    /// The most investigation other than a hunt can bring an incident to
    /// (third balance: [`MIL_EVICT_CAP`] on a military-linked asset, never
    /// below where it already is).
    pub(super) fn evict_cap(&self, incident: usize) -> f64 {
        let inc = &self.state.incidents[incident];
        if self.state.dilemmas3() && self.military_linked(self.scenario.incident_target[incident]) {
            MIL_EVICT_CAP.max(inc.investigation)
        } else {
            100.0
        }
    }

    /// A public attribution that holds: the actor lies low this turn and the
    /// next (third balance).
    pub(super) fn name_soundly(&mut self, actor: usize) {
        if self.state.dilemmas3() && !(self.state.dilemmas4() && safe_haven(&self.scenario, actor)) {
            self.state.actors[actor].named_turn = self.state.turn;
        }
        if self.state.dilemmas4() {
            // The joint advisory: every ally's defenders get the indicators,
            // and the actor must rebuild the tooling it exposes.
            for n in &mut self.state.nations {
                Self::add_intel(&mut n.intel[actor], ADVISORY);
            }
            self.state.actors[actor].capability *= EXPOSURE;
        }
    }

    /// Adds a detection bonus from shared indicators (capped at 0.6).
    pub(super) fn add_intel(intel: &mut f64, value: f64) {
        *intel = (1.0 - (1.0 - *intel) * (1.0 - value)).min(0.6);
    }

    /// After `nation` shares about `actor` with `with`: the source may burn.
    pub(super) fn maybe_burn_source(&mut self, nation: usize, with: usize, incident: usize) {
        let trust = self.state.trust(nation, with);
        let rules = self.state.rules;
        if !self.rng.chance(burn_chance(rules, trust)) {
            return;
        }
        let actor = self.scenario.incident_actor[incident];
        let until = self.state.turn + 2;
        self.state.actors[actor].evasive_until = until;
        let inc = &mut self.state.incidents[incident];
        inc.investigation = (inc.investigation - BURN_SETBACK).max(0.0);
        self.state.add_trust(nation, with, -3.0);
        self.emit(Some(nation), Event::SourceBurned { actor, with, until });
    }

    /// A combined hunt needs two militaries: every partner's first military
    /// agency starts next turn a point down (its operators are on the hunt).
    pub(super) fn tie_partner_militaries(&mut self, nation: usize) {
        let military = crate::scenario::Skill::Military;
        for (p, n) in self.state.nations.iter_mut().enumerate() {
            if p == nation {
                continue;
            }
            if let Some(g) = n.agencies.iter_mut().find(|g| g.skill(military) > 0) {
                g.tied = 1;
            }
        }
    }

    /// Fourth balance: an intruder holding a stage that steals, on an asset
    /// that is not isolated, takes [`EXFIL_TRICKLE`] of that stage's haul again
    /// (unless its host state took its servers down).
    pub(super) fn resolve_exfiltration(&mut self) {
        if !self.state.dilemmas4() {
            return;
        }
        let s = self.scenario.clone();
        for i in 0..self.state.incidents.len() {
            let inc = &self.state.incidents[i];
            let target = s.incident_target[i];
            // A takedown seized the drop servers: a curbed actor's haul stops.
            let curbed = self.state.actors[s.incident_actor[i]].curbed;
            if !inc.status.is_active() || self.state.assets[target].isolated || curbed {
                continue;
            }
            let e = &s.def.incidents[i].stages[inc.stage].effects;
            let take = |v: u32| (v as f64 * EXFIL_TRICKLE).round() as u32;
            let (data_stolen, ip_stolen) = (take(e.data_stolen), take(e.ip_stolen));
            if data_stolen + ip_stolen == 0 {
                continue;
            }
            self.state.data_stolen += data_stolen as u64;
            self.state.ip_stolen += ip_stolen as u64;
            let known = inc.status.is_known();
            let owner = s.asset_nation[target];
            let event = Event::Exfiltrates { incident: i, data_stolen, ip_stolen };
            if known { self.emit(Some(owner), event) } else { self.emit_secret(Some(owner), event) }
        }
    }

    /// Fourth balance: an actor has done visible harm (lost service or public
    /// alarm) and none of its intrusions is named in public.
    pub fn unnamed_harm(&self) -> bool {
        let s = &*self.scenario;
        let st = &self.state;
        let named = |actor: usize| {
            (0..st.incidents.len())
                .any(|k| s.incident_actor[k] == actor && st.incidents[k].publicly_attributed)
        };
        st.dilemmas4()
            && (0..st.incidents.len()).any(|i| {
                let inc = &st.incidents[i];
                inc.status != Status::Dormant
                    && s.def.incidents[i].stages[..=inc.stage]
                        .iter()
                        .any(|x| x.effects.service_loss > 0 || x.effects.alarm > 0)
                    && !named(s.incident_actor[i])
            })
    }

    /// Any incident a nation knows of that is running and has already done harm.
    pub fn harm_known(&self) -> bool {
        let s = &*self.scenario;
        self.state.incidents.iter().enumerate().any(|(i, inc)| {
            inc.status.is_known()
                && inc.status.is_active()
                && s.def.incidents[i].stages[..=inc.stage].iter().any(|x| {
                    x.effects.service_loss > 0 || x.effects.data_stolen > 0 || x.effects.ip_stolen > 0
                })
        })
    }

    /// A hotline call. Under the dilemma rules its relief is worth the weight
    /// the channel still carries, and a call for a small thing (escalation at
    /// level 2 or below, no known harm) wears that weight down; under the
    /// legacy rules the weight stays 1.
    pub(super) fn call_hotline(&mut self, nation: usize) {
        let turn = self.state.turn;
        let cooldown = self.scenario.def.rules.hotline_cooldown;
        let dilemmas = self.state.dilemmas();
        let small = dilemmas && self.state.level() <= 2 && !self.harm_known();
        let weight = self.state.hotline.weight;
        let wear = if self.state.dilemmas2() { SMALL_CALL_WEAR_2 } else { SMALL_CALL_WEAR };
        let h = &mut self.state.hotline;
        h.calls_left -= 1;
        h.calls_made += 1;
        h.ready_turn = turn + cooldown + 1;
        h.sync_until = turn + 1;
        if small {
            h.weight = (weight * wear).max(MIN_WEIGHT);
        }
        let relief = hotline_relief(self.state.rules, self.state.alliance_trust()) * weight;
        self.state.add_escalation(-relief);
        let before = self.state.alliance_trust();
        self.state.add_trust_all(nation, 5.0 * weight);
        let trust = self.state.alliance_trust() - before;
        self.state.joint_actions_this_turn += 1;
        // Synchronising: each capital learns what the other knows.
        let n = self.state.nations.len();
        for inc in &mut self.state.incidents {
            if inc.known_by.iter().any(|&k| k) {
                inc.known_by = vec![true; n];
            }
        }
        let sync_until = self.state.hotline.sync_until;
        let event = if dilemmas {
            let weight = self.state.hotline.weight;
            Event::HotlineWeighed { sync_until, relief, trust, weight, small }
        } else {
            Event::HotlineCall { sync_until }
        };
        self.emit(Some(nation), event);
    }

    /// The evidence against an actor: its best-investigated incident, 0..=1.
    pub fn evidence_against(&self, actor: usize) -> f64 {
        let s = &*self.scenario;
        let st = &self.state;
        (0..st.incidents.len())
            .filter(|&i| s.incident_actor[i] == actor && st.incidents[i].status != Status::Dormant)
            .map(|i| st.incidents[i].investigation / 100.0)
            .fold(0.0, f64::max)
    }

    /// A third state's chance to act on a request about `actor`, or the
    /// answer it gives at once. Norm 3 asks for help "consistent with its
    /// domestic law": a state whose law bars acting on foreign requests
    /// (cooperation under 30) acts only on near-conclusive evidence; any other
    /// weighs the evidence given by its willingness.
    pub(super) fn assistance_chance(&self, third: usize, actor: usize, public: bool) -> Result<f64, Answer> {
        let cooperation = self.scenario.def.third_states[third].cooperation as f64;
        let evidence = self.evidence_against(actor);
        if cooperation < SAFE_HAVEN_BELOW && evidence < 0.8 {
            if self.state.dilemmas4() {
                // Asked, a state that shelters the actor tells it what the allies know.
                let until = self.state.turn + 2;
                return Err(Answer::Shelters { evidence, until });
            }
            return Err(Answer::BarredByLaw { evidence });
        }
        let mut p = cooperation / 100.0 * (0.25 + 0.75 * evidence);
        // Fourth balance: public pressure and two allies' voice move a state
        // as far as it is willing at all (a safe haven shrugs them off).
        let pressure = if self.state.dilemmas4() { cooperation / 100.0 } else { 1.0 };
        if public {
            p += 0.15 * pressure;
        }
        if self.state.dilemmas3() && self.state.actors[actor].named_turn > 0 {
            p += SOUND_NAMING_PULL * cooperation / 100.0;
        }
        if self.state.hotline_synced() {
            p += 0.1 * pressure;
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_fall_as_trust_rises() {
        for rules in [1, 2] {
            assert!(burn_chance(rules, 10.0) > 0.4 && burn_chance(rules, 90.0) < 0.15);
            assert!(joint_multiplier(rules, 10.0, false) < 1.0, "strangers gain nothing by working jointly");
            assert!(joint_multiplier(rules, 90.0, false) > 2.0);
        }
        for rules in [1, 2] {
            assert!(hunt_gain(rules, 20.0) < hunt_gain(rules, 80.0) / 2.0);
            assert!(intel_uptake(rules, 20.0) < intel_uptake(rules, 80.0));
        }
        assert!(partner_answer(40.0) == 0.5 && partner_answer(60.0) == 1.0 && partner_answer(20.0) == 0.0);
    }

    #[test]
    fn the_fourth_balance_steepens_trust_and_the_third_state() {
        use crate::sim::state::{DILEMMA_RULES_3 as R3, DILEMMA_RULES_4 as R4, trust_gain, trust_warmth};
        // A gesture between wary allies counts a fifth of what it did.
        assert_eq!(trust_gain(R3, 20.0, 5.0), 4.0);
        assert!((trust_gain(R4, 20.0, 5.0) - 0.8).abs() < 1e-12);
        assert_eq!(trust_gain(R4, 60.0, 5.0), trust_gain(R3, 60.0, 5.0), "no change from 60 up");
        assert!((trust_warmth(40.0) - 0.5).abs() < 1e-12 && trust_warmth(80.0) == 1.0);
        // A willing third state goes further; the older rules keep their numbers.
        assert!(takedown_capability(R4, 100.0) < takedown_capability(R4, 60.0));
        assert!(takedown_evidence(R4, 100.0) > 2.0 * takedown_evidence(R4, 60.0) - 5.0);
        assert!(curbed_pace(R4, 100.0) < curbed_pace(R4, 60.0) && curbed_pace(R4, 60.0) < 0.6);
        assert_eq!(
            (takedown_capability(R3, 0.0), takedown_evidence(R3, 0.0), curbed_pace(R3, 0.0)),
            (0.6, 25.0, 0.5)
        );
    }

    #[test]
    fn from_the_fifth_balance_unnamed_harm_keeps_the_public_alarmed() {
        use crate::sim::state::{DILEMMA_RULES_4 as R4, DILEMMA_RULES_5 as R5};
        assert_eq!((alarm_fade(R5, true), alarm_fade(R4, true)), (1.0, ALARM_FADE_UNNAMED));
        assert_eq!((alarm_fade(R5, false), alarm_fade(R4, false), alarm_fade(3, true)), (0.85, 0.85, 0.85));
    }
}
