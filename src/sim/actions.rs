//! What players do: the action families of the design, their costs, checks and
//! immediate effects. Effects that need the turn to pass (investigation,
//! hunts, third-state answers, investments) are queued on the state.

use super::exercise::Exercise;
use super::log::LogKind;
use super::state::{DelayedEffect, Status};
use crate::scenario::{ActionKindName, Skill};
use serde::{Deserialize, Serialize};

/// A long-term investment (fact sheet: R&D, education, workforce; policy consultations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvestArea {
    /// Research and development: better monitoring on every asset in 3 turns.
    ResearchAndDevelopment,
    /// Education: every agency gains skill in 3 turns.
    Education,
    /// Workforce development: the acting agency gains one action point per turn in 2 turns.
    Workforce,
    /// Cyber Policy Consultations: trust now and more in 2 turns.
    PolicyConsultations,
}

impl InvestArea {
    pub const ALL: [InvestArea; 4] = [
        InvestArea::ResearchAndDevelopment,
        InvestArea::Education,
        InvestArea::Workforce,
        InvestArea::PolicyConsultations,
    ];
    pub fn label(self) -> &'static str {
        match self {
            InvestArea::ResearchAndDevelopment => "R&D",
            InvestArea::Education => "Education",
            InvestArea::Workforce => "Workforce",
            InvestArea::PolicyConsultations => "Policy consultations",
        }
    }
}

/// What an action does and to what. Targets are scenario ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ActionKind {
    ShareIntel { incident: String, with: String },
    Investigate(String),
    JointInvestigation(String),
    MilitaryCooperation(String),
    Hotline,
    Harden(String),
    Isolate(String),
    Restore(String),
    RequestAssistance { third_state: String, actor: String },
    AttributePublicly { incident: String, joint: bool },
    Invest(InvestArea),
}

impl ActionKind {
    pub fn name(&self) -> ActionKindName {
        match self {
            ActionKind::ShareIntel { .. } => ActionKindName::ShareIntel,
            ActionKind::Investigate(_) => ActionKindName::Investigate,
            ActionKind::JointInvestigation(_) => ActionKindName::JointInvestigation,
            ActionKind::MilitaryCooperation(_) => ActionKindName::MilitaryCooperation,
            ActionKind::Hotline => ActionKindName::Hotline,
            ActionKind::Harden(_) => ActionKindName::Harden,
            ActionKind::Isolate(_) => ActionKindName::Isolate,
            ActionKind::Restore(_) => ActionKindName::Restore,
            ActionKind::RequestAssistance { .. } => ActionKindName::RequestAssistance,
            ActionKind::AttributePublicly { .. } => ActionKindName::AttributePublicly,
            ActionKind::Invest(_) => ActionKindName::Invest,
        }
    }
}

/// Skill an agency needs for this family (none for investments).
pub fn skill_for(kind: ActionKindName) -> Option<Skill> {
    use ActionKindName as K;
    match kind {
        K::ShareIntel => Some(Skill::Intelligence),
        K::Investigate | K::JointInvestigation => Some(Skill::Investigation),
        K::MilitaryCooperation => Some(Skill::Military),
        K::Hotline | K::RequestAssistance | K::AttributePublicly => Some(Skill::Diplomacy),
        K::Harden | K::Isolate | K::Restore => Some(Skill::Defense),
        K::Invest => None,
    }
}

/// Action points the family costs.
pub fn cost_of(kind: ActionKindName) -> u32 {
    use ActionKindName as K;
    match kind {
        K::ShareIntel
        | K::Investigate
        | K::Hotline
        | K::Isolate
        | K::RequestAssistance
        | K::AttributePublicly => 1,
        K::JointInvestigation | K::Harden | K::Restore | K::Invest => 2,
        K::MilitaryCooperation => 3,
    }
}

/// What the family is expected to do, for the player before committing.
pub fn expected_effect(kind: ActionKindName) -> &'static str {
    use ActionKindName as K;
    match kind {
        K::ShareIntel => {
            "Partner sees the incident and detects this actor more easily; worth more the sooner it is shared; builds trust."
        }
        K::Investigate => "Investigation progress this turn: attribution at 60, containment at 100.",
        K::JointInvestigation => {
            "If the partner also commits this turn: about 1.8× the combined progress, scaled by trust; builds trust."
        }
        K::MilitaryCooperation => {
            "Joint hunt on the asset for 3 turns starting next turn (this turn during hotline sync): finds hidden intrusions, drives containment, hardens."
        }
        K::Hotline => {
            "Both capitals in sync this turn and next: escalation −8, trust +5, all known incidents shared, joint attribution unlocked."
        }
        K::Harden => "+20 hardening (slower intrusions); −5 service now for the maintenance window.",
        K::Isolate => "Incidents on the asset cannot advance; service capped at 50 until restored.",
        K::Restore => {
            "+35 service (+15 while an intruder is still active); ends isolation; resolves contained incidents."
        }
        K::RequestAssistance => {
            "Next turn the third state decides; if the activity emanates from its territory, it curbs the actor."
        }
        K::AttributePublicly => {
            "Deters the actor if the evidence holds (investigation ≥ 60); a wrong attribution raises escalation sharply."
        }
        K::Invest => {
            "Pays later: R&D → monitoring, education → skills, workforce → capacity, policy consultations → trust."
        }
    }
}

/// A player's action: a nation's agency does something.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub nation: String,
    pub agency: String,
    pub kind: ActionKind,
}

/// Why an action was refused. The state is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ActionError {
    #[error("the exercise is over")]
    Over,
    #[error("unknown {what} `{id}`")]
    Unknown { what: &'static str, id: String },
    #[error("{agency} lacks the {skill} skill this action needs")]
    Skill { agency: String, skill: &'static str },
    #[error("{agency} has {left} action point(s) left; this costs {cost}")]
    Capacity { agency: String, left: u32, cost: u32 },
    #[error("{0}")]
    NotNow(String),
}

fn not_now<T>(msg: impl Into<String>) -> Result<T, ActionError> {
    Err(ActionError::NotNow(msg.into()))
}

impl Exercise {
    fn ix(
        map: &std::collections::BTreeMap<String, usize>,
        what: &'static str,
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
        let nation = Self::ix(&s.nation_ix, "nation", &a.nation)?;
        let agency = s.def.nations[nation]
            .agencies
            .iter()
            .position(|g| g.id == a.agency)
            .ok_or_else(|| ActionError::Unknown { what: "agency", id: a.agency.clone() })?;
        let name = a.kind.name();
        let ag = &self.state.nations[nation].agencies[agency];
        let agency_name = &s.def.nations[nation].agencies[agency].name;
        if let Some(skill) = skill_for(name)
            && ag.skill(skill) == 0
        {
            return Err(ActionError::Skill { agency: agency_name.clone(), skill: skill.label() });
        }
        let cost = cost_of(name);
        if ag.remaining() < cost {
            return Err(ActionError::Capacity { agency: agency_name.clone(), left: ag.remaining(), cost });
        }
        let st = &self.state;
        let known_active = |id: &str| -> Result<usize, ActionError> {
            let i = Self::ix(&s.incident_ix, "incident", id)?;
            let inc = &st.incidents[i];
            if !inc.known_by[nation] {
                return not_now(format!("{} does not know of incident `{id}`", s.def.nations[nation].short));
            }
            if !inc.status.is_active() {
                return not_now(format!("incident `{id}` is already {}", inc.status.label()));
            }
            Ok(i)
        };
        let own_asset = |id: &str| -> Result<usize, ActionError> {
            let i = Self::ix(&s.asset_ix, "asset", id)?;
            if s.asset_nation[i] != nation {
                return not_now(format!(
                    "`{id}` belongs to {}: only its owner can do that",
                    s.def.nations[s.asset_nation[i]].short
                ));
            }
            Ok(i)
        };
        match &a.kind {
            ActionKind::ShareIntel { incident, with } => {
                let i = Self::ix(&s.incident_ix, "incident", incident)?;
                let w = Self::ix(&s.nation_ix, "nation", with)?;
                if w == nation {
                    return not_now("share with a partner, not with yourself");
                }
                if !st.incidents[i].known_by[nation] {
                    return not_now(format!(
                        "{} does not know of incident `{incident}`",
                        s.def.nations[nation].short
                    ));
                }
                if st.incidents[i].shared_by[nation] {
                    return not_now(format!("`{incident}` was already shared"));
                }
            }
            ActionKind::Investigate(id) | ActionKind::JointInvestigation(id) => {
                let i = known_active(id)?;
                if matches!(a.kind, ActionKind::JointInvestigation(_)) && st.incidents[i].joint[nation] {
                    return not_now("already committed to this joint investigation this turn");
                }
            }
            ActionKind::MilitaryCooperation(id) => {
                let i = Self::ix(&s.asset_ix, "asset", id)?;
                if st.assets[i].hunt_until >= st.turn {
                    return not_now(format!("a joint hunt is already arranged on `{id}`"));
                }
            }
            ActionKind::Hotline => {
                if st.hotline.calls_left == 0 {
                    return not_now("no hotline calls left in this exercise");
                }
                if st.turn < st.hotline.ready_turn {
                    return not_now(format!(
                        "the hotline is available again on turn {}",
                        st.hotline.ready_turn
                    ));
                }
            }
            ActionKind::Harden(id) => {
                let i = own_asset(id)?;
                if st.assets[i].hardening >= 100.0 {
                    return not_now(format!("`{id}` is already fully hardened"));
                }
            }
            ActionKind::Isolate(id) => {
                let i = own_asset(id)?;
                if st.assets[i].isolated {
                    return not_now(format!("`{id}` is already isolated"));
                }
            }
            ActionKind::Restore(id) => {
                let i = own_asset(id)?;
                if !st.assets[i].isolated && st.assets[i].own >= 100.0 {
                    return not_now(format!("`{id}` is at full service"));
                }
            }
            ActionKind::RequestAssistance { third_state, actor } => {
                let t = Self::ix(&s.third_ix, "third state", third_state)?;
                let ac = Self::ix(&s.actor_ix, "actor", actor)?;
                let known = st
                    .incidents
                    .iter()
                    .enumerate()
                    .any(|(i, inc)| inc.known_by[nation] && s.incident_actor[i] == ac);
                if !known {
                    return not_now(format!(
                        "{} has seen no activity by `{actor}` to ask about",
                        s.def.nations[nation].short
                    ));
                }
                if st.delayed.iter().any(|d| matches!(d.what, DelayedEffect::Assistance { third, actor: x } if third == t && x == ac)) {
                    return not_now("a request about this actor is already with that state");
                }
            }
            ActionKind::AttributePublicly { incident, joint } => {
                let i = Self::ix(&s.incident_ix, "incident", incident)?;
                let inc = &st.incidents[i];
                if !inc.known_by[nation] || inc.status == Status::Dormant {
                    return not_now(format!(
                        "{} does not know of incident `{incident}`",
                        s.def.nations[nation].short
                    ));
                }
                if inc.publicly_attributed {
                    return not_now(format!("`{incident}` has already been attributed publicly"));
                }
                if *joint && !st.hotline_synced() {
                    return not_now(
                        "joint public attribution needs the capitals in sync: use the hotline first",
                    );
                }
            }
            ActionKind::Invest(_) => {}
        }
        Ok((nation, agency))
    }

    /// Applies a checked action's immediate effects. Called by `submit`.
    pub(super) fn apply_action(&mut self, a: &Action, nation: usize, agency: usize) {
        let name = a.kind.name();
        let turn = self.state.turn;
        self.state.nations[nation].agencies[agency].used += cost_of(name);
        self.state.actions.push(super::state::ActionRecord { turn, nation, kind: name });
        let s = self.scenario.clone();
        let short = s.def.nations[nation].short.clone();
        let agency_name = s.def.nations[nation].agencies[agency].name.clone();
        let skill = |ex: &Exercise, k: Skill| ex.state.nations[nation].agencies[agency].skill(k) as f64;
        match &a.kind {
            ActionKind::ShareIntel { incident, with } => {
                let i = s.incident_ix[incident];
                let w = s.nation_ix[with];
                let actor = s.incident_actor[i];
                let delay = turn.saturating_sub(self.state.incidents[i].detected_turn.unwrap_or(turn));
                let value =
                    0.45 * 0.75f64.powi(delay as i32) * (0.5 + skill(self, Skill::Intelligence) / 200.0);
                let intel = &mut self.state.nations[w].intel[actor];
                *intel = (1.0 - (1.0 - *intel) * (1.0 - value)).min(0.6);
                let inc = &mut self.state.incidents[i];
                inc.shared_by[nation] = true;
                inc.known_by[w] = true;
                let gain = if delay <= 1 { 2.0 } else { 1.0 };
                self.state.add_trust(nation, w, gain);
                self.state.joint_actions_this_turn += 1;
                let partner = s.def.nations[w].short.clone();
                say!(
                    self,
                    log,
                    LogKind::Decision,
                    Some(nation),
                    "{agency_name} shares indicators of {} with {partner} ({delay} turn(s) after detection): {partner} detection of {} +{:.0}%, trust +{gain:.0}",
                    s.def.incidents[i].name,
                    s.def.actors[actor].name,
                    value * 100.0
                );
            }
            ActionKind::Investigate(id) | ActionKind::JointInvestigation(id) => {
                let i = s.incident_ix[id];
                let joint = matches!(a.kind, ActionKind::JointInvestigation(_));
                let pts = skill(self, Skill::Investigation) * 0.35;
                let inc = &mut self.state.incidents[i];
                inc.effort[nation] += pts;
                inc.joint[nation] |= joint;
                if inc.status < Status::Investigating {
                    inc.status = Status::Investigating;
                }
                let what = if joint { "commits to a joint investigation of" } else { "investigates" };
                say!(
                    self,
                    log,
                    LogKind::Decision,
                    Some(nation),
                    "{agency_name} ({short}) {what} {}",
                    s.def.incidents[i].name
                );
            }
            ActionKind::MilitaryCooperation(id) => {
                let i = s.asset_ix[id];
                let start = if self.state.hotline_synced() { turn } else { turn + 1 };
                let asset = &mut self.state.assets[i];
                asset.hunt_from = start;
                asset.hunt_until = start + 2;
                self.state.add_trust_all(nation, 2.0);
                self.state.joint_actions_this_turn += 1;
                say!(
                    self,
                    log,
                    LogKind::Decision,
                    Some(nation),
                    "{agency_name} arranges a combined mil-to-mil hunt on {} (turns {start}–{})",
                    s.def.assets[i].name,
                    start + 2
                );
            }
            ActionKind::Hotline => {
                let cooldown = s.def.rules.hotline_cooldown;
                let h = &mut self.state.hotline;
                h.calls_left -= 1;
                h.calls_made += 1;
                h.ready_turn = turn + cooldown + 1;
                h.sync_until = turn + 1;
                self.state.add_escalation(-8.0);
                self.state.add_trust_all(nation, 5.0);
                self.state.joint_actions_this_turn += 1;
                // Synchronising: each capital learns what the other knows.
                let n = self.state.nations.len();
                for inc in &mut self.state.incidents {
                    if inc.known_by.iter().any(|&k| k) {
                        inc.known_by = vec![true; n];
                    }
                }
                say!(
                    self,
                    log,
                    LogKind::Diplomacy,
                    Some(nation),
                    "White House–Blue House hotline call from {short}: capitals in sync through turn {}, escalation −8, trust +5, known incidents pooled",
                    turn + 1
                );
            }
            ActionKind::Harden(id) => {
                let i = s.asset_ix[id];
                let asset = &mut self.state.assets[i];
                asset.hardening = (asset.hardening + 20.0).min(100.0);
                asset.own = (asset.own - 5.0).max(0.0);
                let level = asset.hardening;
                say!(
                    self,
                    log,
                    LogKind::Decision,
                    Some(nation),
                    "{agency_name} hardens {} (hardening {level:.0}, −5 service during maintenance)",
                    s.def.assets[i].name
                );
                self.refresh_service();
            }
            ActionKind::Isolate(id) => {
                let i = s.asset_ix[id];
                let asset = &mut self.state.assets[i];
                asset.isolated = true;
                asset.own = asset.own.min(50.0);
                say!(
                    self,
                    log,
                    LogKind::Decision,
                    Some(nation),
                    "{agency_name} isolates {}: intrusions frozen, service capped at 50",
                    s.def.assets[i].name
                );
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
                        resolved.push(s.def.incidents[k].name.clone());
                    }
                }
                let why = if intruder { " (intruder still active: partial)" } else { "" };
                let mut text =
                    format!("{agency_name} restores {}: service +{gain:.0}{why}", s.def.assets[i].name);
                if !resolved.is_empty() {
                    text.push_str(&format!("; resolved {}", resolved.join(", ")));
                }
                self.log(LogKind::Decision, Some(nation), text);
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
                say!(
                    self,
                    log,
                    LogKind::Diplomacy,
                    Some(nation),
                    "{short} asks {} for assistance against {} under norm 3 (answer next turn)",
                    s.def.third_states[t].name,
                    s.def.actors[ac].name
                );
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
                say!(
                    self,
                    log,
                    LogKind::Decision,
                    Some(nation),
                    "{agency_name} invests in {} (pays off on turn {at})",
                    area.label()
                );
            }
        }
    }

    /// Public attribution: deters when the evidence holds, backfires when it doesn't.
    fn attribute_publicly(&mut self, i: usize, nation: usize, joint: bool) {
        let s = self.scenario.clone();
        let actor = s.incident_actor[i];
        let confidence = (self.state.incidents[i].investigation / 60.0).min(1.0);
        let wrong = self.rng.chance((1.0 - confidence) * 0.8);
        self.state.incidents[i].publicly_attributed = true;
        let short = &s.def.nations[nation].short;
        let who = if joint { "The allies jointly".to_string() } else { short.clone() };
        if wrong {
            self.state.add_escalation(15.0);
            self.state.alarm = (self.state.alarm + 10.0).min(100.0);
            self.state.add_trust_all(nation, -8.0);
            say!(
                self,
                log,
                LogKind::Diplomacy,
                Some(nation),
                "{who} publicly blame the wrong party for {} (evidence at {:.0}%): the claim collapses, escalation +15, trust −8",
                s.def.incidents[i].name,
                confidence * 100.0
            );
            return;
        }
        let deter = if joint { 0.45 } else { 0.25 };
        let a = &mut self.state.actors[actor];
        a.deterrence = (a.deterrence + deter).min(0.8);
        self.state.alarm = (self.state.alarm - 10.0).max(0.0);
        let mut text = format!(
            "{who} attribute {} to {} and invoke the UN GGE norms: actor slowed {:.0}%",
            s.def.incidents[i].name,
            s.def.actors[actor].name,
            deter * 100.0
        );
        if joint {
            self.state.add_escalation(-3.0);
            self.state.add_trust_all(nation, 3.0);
            self.state.joint_actions_this_turn += 1;
            text.push_str(", escalation −3, trust +3");
        } else {
            self.state.add_escalation(3.0);
            text.push_str(", escalation +3");
            let partners_involved: Vec<usize> = (0..self.state.nations.len())
                .filter(|&p| p != nation && self.state.incidents[i].known_by[p])
                .collect();
            for p in partners_involved {
                self.state.add_trust(nation, p, -4.0);
                text.push_str(&format!("; {} not consulted: trust −4", s.def.nations[p].short));
            }
        }
        self.log(LogKind::Diplomacy, Some(nation), text);
    }

    /// An uncontained intrusion is still on the asset.
    pub fn intruder_active(&self, asset: usize) -> bool {
        self.state
            .incidents
            .iter()
            .enumerate()
            .any(|(k, inc)| self.scenario.incident_target[k] == asset && inc.status.is_active())
    }

    /// Every action this nation could take now (for pickers and policies).
    pub fn options(&self, nation: usize) -> Vec<Action> {
        let s = &*self.scenario;
        let st = &self.state;
        let mut kinds: Vec<ActionKind> = Vec::new();
        for (i, inc) in st.incidents.iter().enumerate() {
            if !inc.known_by[nation] {
                continue;
            }
            let id = &s.def.incidents[i].id;
            for (w, other) in s.def.nations.iter().enumerate() {
                if w != nation {
                    kinds.push(ActionKind::ShareIntel { incident: id.clone(), with: other.id.clone() });
                }
            }
            kinds.push(ActionKind::Investigate(id.clone()));
            kinds.push(ActionKind::JointInvestigation(id.clone()));
            kinds.push(ActionKind::AttributePublicly { incident: id.clone(), joint: false });
            kinds.push(ActionKind::AttributePublicly { incident: id.clone(), joint: true });
        }
        for (i, a) in s.def.assets.iter().enumerate() {
            kinds.push(ActionKind::MilitaryCooperation(a.id.clone()));
            if s.asset_nation[i] == nation {
                kinds.push(ActionKind::Harden(a.id.clone()));
                kinds.push(ActionKind::Isolate(a.id.clone()));
                kinds.push(ActionKind::Restore(a.id.clone()));
            }
        }
        kinds.push(ActionKind::Hotline);
        // Only actors the nation has seen can be asked about (as `check` says): listing
        // them once keeps this linear in the scenario's size.
        let mut seen = vec![false; s.def.actors.len()];
        for (i, inc) in st.incidents.iter().enumerate() {
            seen[s.incident_actor[i]] |= inc.known_by[nation];
        }
        for t in &s.def.third_states {
            for (_, ac) in s.def.actors.iter().enumerate().filter(|(k, _)| seen[*k]) {
                kinds.push(ActionKind::RequestAssistance { third_state: t.id.clone(), actor: ac.id.clone() });
            }
        }
        for area in InvestArea::ALL {
            kinds.push(ActionKind::Invest(area));
        }
        kinds.into_iter().filter_map(|kind| self.agency_for(nation, &kind)).collect()
    }

    /// The first agency of the nation that can take this action now.
    pub fn agency_for(&self, nation: usize, kind: &ActionKind) -> Option<Action> {
        let s = &*self.scenario;
        let name = kind.name();
        let (skill, cost) = (skill_for(name), cost_of(name));
        let agencies = &self.state.nations[nation].agencies;
        for (i, g) in s.def.nations[nation].agencies.iter().enumerate() {
            // Cheap filters first: policies ask often, and most asks fail here.
            let st = &agencies[i];
            if st.remaining() < cost || skill.is_some_and(|k| st.skill(k) == 0) {
                continue;
            }
            let a =
                Action { nation: s.def.nations[nation].id.clone(), agency: g.id.clone(), kind: kind.clone() };
            // Past skill and points, `check` refuses for the action, not the agency:
            // every other agency would be refused alike (asking them all made
            // options() cost agencies × actions × incidents).
            return self.check(&a).is_ok().then_some(a);
        }
        None
    }
}
