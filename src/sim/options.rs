//! What a nation may do now. The rules that refuse an action for its target
//! (not for the agency) work on scenario indices and build no text, because
//! policies ask them thousands of times a turn: the random policy on a scenario
//! at the size limits spent 4 s a game building every option as strings.
//! `check` turns a refusal into the player's message.

use super::decision::{Action, ActionError, ActionKind, IdKind, InvestArea, NotNow};
use super::exercise::Exercise;
use super::state::{DelayedEffect, Status};
use crate::scenario::ActionKindName;

/// An action's target by scenario index: an [`ActionKind`] without its strings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Target {
    Share { incident: usize, with: usize },
    Investigate(usize),
    Joint(usize),
    Military(usize),
    Hotline,
    Harden(usize),
    Isolate(usize),
    Restore(usize),
    Assistance { third: usize, actor: usize },
    Attribute { incident: usize, joint: bool },
    Invest(InvestArea),
}

/// An action the rules allow now: what, and the first agency able to do it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OptionIx {
    target: Target,
    agency: usize,
}

impl OptionIx {
    /// The action family of this option.
    pub fn family(self) -> ActionKindName {
        self.target.name()
    }
}

/// Why the rules refuse a target now, whatever the agency (see [`Exercise::refusal`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Refusal {
    Over,
    ShareWithSelf,
    Unknown(usize),
    AlreadyShared(usize),
    NotActive(usize),
    JointCommitted,
    HuntArranged(usize),
    NoCalls,
    HotlineCooling(u32),
    NotOwner(usize),
    FullyHardened(usize),
    Isolated(usize),
    FullService(usize),
    ActorUnseen(usize),
    RequestPending,
    AlreadyAttributed(usize),
    NotInSync,
    NoPartnerMilitary,
}

impl Exercise {
    /// The target of an action kind, or which of its ids is unknown.
    pub(crate) fn target_of(&self, kind: &ActionKind) -> Result<Target, ActionError> {
        let s = &*self.scenario;
        let ix = Self::ix;
        Ok(match kind {
            ActionKind::ShareIntel { incident, with } => Target::Share {
                incident: ix(&s.incident_ix, IdKind::Incident, incident)?,
                with: ix(&s.nation_ix, IdKind::Nation, with)?,
            },
            ActionKind::Investigate(id) => Target::Investigate(ix(&s.incident_ix, IdKind::Incident, id)?),
            ActionKind::JointInvestigation(id) => Target::Joint(ix(&s.incident_ix, IdKind::Incident, id)?),
            ActionKind::MilitaryCooperation(id) => Target::Military(ix(&s.asset_ix, IdKind::Asset, id)?),
            ActionKind::Hotline => Target::Hotline,
            ActionKind::Harden(id) => Target::Harden(ix(&s.asset_ix, IdKind::Asset, id)?),
            ActionKind::Isolate(id) => Target::Isolate(ix(&s.asset_ix, IdKind::Asset, id)?),
            ActionKind::Restore(id) => Target::Restore(ix(&s.asset_ix, IdKind::Asset, id)?),
            ActionKind::RequestAssistance { third_state, actor } => Target::Assistance {
                third: ix(&s.third_ix, IdKind::ThirdState, third_state)?,
                actor: ix(&s.actor_ix, IdKind::Actor, actor)?,
            },
            ActionKind::AttributePublicly { incident, joint } => {
                Target::Attribute { incident: ix(&s.incident_ix, IdKind::Incident, incident)?, joint: *joint }
            }
            ActionKind::Invest(area) => Target::Invest(*area),
        })
    }

    /// The action kind of a target, with the scenario's ids.
    fn kind_of(&self, t: Target) -> ActionKind {
        let d = &self.scenario.def;
        match t {
            Target::Share { incident, with } => ActionKind::ShareIntel {
                incident: d.incidents[incident].id.clone(),
                with: d.nations[with].id.clone(),
            },
            Target::Investigate(i) => ActionKind::Investigate(d.incidents[i].id.clone()),
            Target::Joint(i) => ActionKind::JointInvestigation(d.incidents[i].id.clone()),
            Target::Military(a) => ActionKind::MilitaryCooperation(d.assets[a].id.clone()),
            Target::Hotline => ActionKind::Hotline,
            Target::Harden(a) => ActionKind::Harden(d.assets[a].id.clone()),
            Target::Isolate(a) => ActionKind::Isolate(d.assets[a].id.clone()),
            Target::Restore(a) => ActionKind::Restore(d.assets[a].id.clone()),
            Target::Assistance { third, actor } => ActionKind::RequestAssistance {
                third_state: d.third_states[third].id.clone(),
                actor: d.actors[actor].id.clone(),
            },
            Target::Attribute { incident, joint } => {
                ActionKind::AttributePublicly { incident: d.incidents[incident].id.clone(), joint }
            }
            Target::Invest(area) => ActionKind::Invest(area),
        }
    }

    /// Why `nation` may not act on `t` now, whoever acts; `None` when it may.
    pub(crate) fn refusal(&self, nation: usize, t: Target) -> Option<Refusal> {
        let (s, st) = (&*self.scenario, &self.state);
        let known_active = |i: usize| {
            if !st.incidents[i].known_by[nation] {
                Some(Refusal::Unknown(i))
            } else if !st.incidents[i].status.is_active() {
                Some(Refusal::NotActive(i))
            } else {
                None
            }
        };
        let own = |a: usize, r: Refusal, refused: bool| {
            if s.asset_nation[a] != nation { Some(Refusal::NotOwner(a)) } else { refused.then_some(r) }
        };
        if st.is_over() {
            return Some(Refusal::Over);
        }
        match t {
            Target::Share { incident: i, with } => {
                if with == nation {
                    Some(Refusal::ShareWithSelf)
                } else if !st.incidents[i].known_by[nation] {
                    Some(Refusal::Unknown(i))
                } else {
                    st.incidents[i].has_shared(nation, with).then_some(Refusal::AlreadyShared(i))
                }
            }
            Target::Investigate(i) => known_active(i),
            Target::Joint(i) => {
                known_active(i).or_else(|| st.incidents[i].joint[nation].then_some(Refusal::JointCommitted))
            }
            Target::Military(a) => {
                // A combined hunt needs two militaries: another ally must have one.
                let military = crate::scenario::Skill::Military;
                let partner = st
                    .nations
                    .iter()
                    .enumerate()
                    .any(|(p, n)| p != nation && n.agencies.iter().any(|g| g.skill(military) > 0));
                if !partner {
                    Some(Refusal::NoPartnerMilitary)
                } else {
                    (st.assets[a].hunt_until >= st.turn).then_some(Refusal::HuntArranged(a))
                }
            }
            Target::Hotline if st.hotline.calls_left == 0 => Some(Refusal::NoCalls),
            Target::Hotline => {
                (st.turn < st.hotline.ready_turn).then_some(Refusal::HotlineCooling(st.hotline.ready_turn))
            }
            Target::Harden(a) => own(a, Refusal::FullyHardened(a), st.assets[a].hardening >= 100.0),
            Target::Isolate(a) => own(a, Refusal::Isolated(a), st.assets[a].isolated),
            Target::Restore(a) => {
                own(a, Refusal::FullService(a), !st.assets[a].isolated && st.assets[a].own >= 100.0)
            }
            Target::Assistance { third, actor } => {
                let seen = st
                    .incidents
                    .iter()
                    .enumerate()
                    .any(|(i, inc)| inc.known_by[nation] && s.incident_actor[i] == actor);
                let pending = || {
                    st.delayed.iter().any(|d| {
                        matches!(d.what, DelayedEffect::Assistance { third: t, actor: x } if t == third && x == actor)
                    })
                };
                if !seen {
                    Some(Refusal::ActorUnseen(actor))
                } else {
                    pending().then_some(Refusal::RequestPending)
                }
            }
            Target::Attribute { incident: i, joint } => {
                let inc = &st.incidents[i];
                if !inc.known_by[nation] || inc.status == Status::Dormant {
                    Some(Refusal::Unknown(i))
                } else if inc.publicly_attributed {
                    Some(Refusal::AlreadyAttributed(i))
                } else {
                    (joint && !st.hotline_synced()).then_some(Refusal::NotInSync)
                }
            }
            Target::Invest(_) => None,
        }
    }

    /// The player's refusal, with the ids the narrator names.
    pub(crate) fn refusal_error(&self, nation: usize, r: Refusal) -> ActionError {
        let d = &self.scenario.def;
        let short = || d.nations[nation].short.clone();
        let incident = |i: usize| d.incidents[i].id.clone();
        let asset = |a: usize| d.assets[a].id.clone();
        ActionError::NotNow(match r {
            Refusal::Over => return ActionError::Over,
            Refusal::ShareWithSelf => NotNow::ShareWithSelf,
            Refusal::Unknown(i) => NotNow::UnknownIncident { nation: short(), incident: incident(i) },
            Refusal::AlreadyShared(i) => NotNow::AlreadyShared(incident(i)),
            Refusal::NotActive(i) => {
                NotNow::NotActive { incident: incident(i), status: self.state.incidents[i].status }
            }
            Refusal::JointCommitted => NotNow::JointCommitted,
            Refusal::HuntArranged(a) => NotNow::HuntArranged(asset(a)),
            Refusal::NoCalls => NotNow::NoCalls,
            Refusal::HotlineCooling(turn) => NotNow::HotlineCooling(turn),
            Refusal::NotOwner(a) => NotNow::NotOwner {
                asset: asset(a),
                owner: d.nations[self.scenario.asset_nation[a]].short.clone(),
            },
            Refusal::FullyHardened(a) => NotNow::FullyHardened(asset(a)),
            Refusal::Isolated(a) => NotNow::Isolated(asset(a)),
            Refusal::FullService(a) => NotNow::FullService(asset(a)),
            Refusal::ActorUnseen(x) => NotNow::ActorUnseen { nation: short(), actor: d.actors[x].id.clone() },
            Refusal::RequestPending => NotNow::RequestPending,
            Refusal::AlreadyAttributed(i) => NotNow::AlreadyAttributed(incident(i)),
            Refusal::NotInSync => NotNow::NotInSync,
            Refusal::NoPartnerMilitary => NotNow::NoPartnerMilitary,
        })
    }

    /// The first agency of `nation` that may act on `t` now.
    fn agency_for_target(&self, nation: usize, t: Target) -> Option<usize> {
        let name = t.name();
        let (skill, cost) = (name.skill(), name.cost());
        // Cheap filters first; past skill and points the rules refuse for the
        // target, not the agency, so one refusal check answers for them all.
        let agency = self.state.nations[nation]
            .agencies
            .iter()
            .position(|g| g.remaining() >= cost && skill.is_none_or(|k| g.skill(k) != 0))?;
        self.refusal(nation, t).is_none().then_some(agency)
    }

    /// The first agency able to take this action now, as a full action.
    pub fn agency_for(&self, nation: usize, kind: &ActionKind) -> Option<Action> {
        let t = self.target_of(kind).ok()?;
        self.agency_for_target(nation, t).map(|agency| self.action_of(nation, OptionIx { target: t, agency }))
    }

    /// Every action this nation could take now, in a fixed order, without
    /// building them (see [`Exercise::action_of`]).
    pub fn option_ixs(&self, nation: usize) -> Vec<OptionIx> {
        self.targets(nation)
            .into_iter()
            .filter_map(|target| {
                self.agency_for_target(nation, target).map(|agency| OptionIx { target, agency })
            })
            .collect()
    }

    /// An option drawn uniformly from `pool` (targets from [`Exercise::targets`])
    /// by `below(len)`: a target no agency may act on now is dropped from the
    /// pool and another drawn, so a turn of random play checks only the
    /// targets it draws instead of every target for every action.
    pub(crate) fn draw_option(
        &self,
        nation: usize,
        pool: &mut Vec<Target>,
        mut below: impl FnMut(usize) -> usize,
    ) -> Option<OptionIx> {
        while !pool.is_empty() {
            let k = below(pool.len());
            match self.agency_for_target(nation, pool[k]) {
                Some(agency) => return Some(OptionIx { target: pool[k], agency }),
                None => {
                    pool.swap_remove(k);
                }
            }
        }
        None
    }

    /// Every target this nation might act on, before any check, in a fixed order.
    pub(crate) fn targets(&self, nation: usize) -> Vec<Target> {
        let s = &*self.scenario;
        let st = &self.state;
        let mut targets: Vec<Target> = Vec::new();
        for (i, inc) in st.incidents.iter().enumerate() {
            if !inc.known_by[nation] {
                continue;
            }
            targets.extend(
                (0..s.def.nations.len())
                    .filter(|&w| w != nation)
                    .map(|with| Target::Share { incident: i, with }),
            );
            targets.extend([
                Target::Investigate(i),
                Target::Joint(i),
                Target::Attribute { incident: i, joint: false },
                Target::Attribute { incident: i, joint: true },
            ]);
        }
        for a in 0..s.def.assets.len() {
            targets.push(Target::Military(a));
            if s.asset_nation[a] == nation {
                targets.extend([Target::Harden(a), Target::Isolate(a), Target::Restore(a)]);
            }
        }
        targets.push(Target::Hotline);
        // Only actors the nation has seen can be asked about: listing them once
        // keeps this linear in the scenario's size.
        let mut seen = vec![false; s.def.actors.len()];
        for (i, inc) in st.incidents.iter().enumerate() {
            seen[s.incident_actor[i]] |= inc.known_by[nation];
        }
        for third in 0..s.def.third_states.len() {
            targets.extend(
                (0..seen.len()).filter(|&x| seen[x]).map(|actor| Target::Assistance { third, actor }),
            );
        }
        targets.extend(InvestArea::ALL.map(Target::Invest));
        targets
    }

    /// The action an option stands for.
    pub fn action_of(&self, nation: usize, o: OptionIx) -> Action {
        let n = &self.scenario.def.nations[nation];
        Action { nation: n.id.clone(), agency: n.agencies[o.agency].id.clone(), kind: self.kind_of(o.target) }
    }

    /// Every action this nation could take now (for pickers and policies).
    pub fn options(&self, nation: usize) -> Vec<Action> {
        self.option_ixs(nation).into_iter().map(|o| self.action_of(nation, o)).collect()
    }
}

impl Target {
    pub(crate) fn name(self) -> ActionKindName {
        match self {
            Target::Share { .. } => ActionKindName::ShareIntel,
            Target::Investigate(_) => ActionKindName::Investigate,
            Target::Joint(_) => ActionKindName::JointInvestigation,
            Target::Military(_) => ActionKindName::MilitaryCooperation,
            Target::Hotline => ActionKindName::Hotline,
            Target::Harden(_) => ActionKindName::Harden,
            Target::Isolate(_) => ActionKindName::Isolate,
            Target::Restore(_) => ActionKindName::Restore,
            Target::Assistance { .. } => ActionKindName::RequestAssistance,
            Target::Attribute { .. } => ActionKindName::AttributePublicly,
            Target::Invest(_) => ActionKindName::Invest,
        }
    }
}
