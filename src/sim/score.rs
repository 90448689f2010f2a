//! Scoring and objectives: how well the alliance did, component by component.

use super::event::Event;
use super::exercise::Exercise;
use super::state::Status;
use crate::scenario::{ActionKindName, ConditionIx, Sector};
use serde::{Deserialize, Serialize};

/// The score of an exercise (final or so far). Every component is 0..=100
/// except the raw losses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Population-weighted service averaged over the turns played.
    pub continuity: f64,
    /// Continuity per sector (index = `Sector as usize`), None where the sector has no asset.
    pub sector_continuity: Vec<Option<f64>>,
    /// Thousands of records stolen.
    pub data_stolen: u64,
    /// Millions of dollars of IP stolen.
    pub ip_stolen: u64,
    /// Share of what could have been stolen that was not (100 = nothing lost).
    pub loss_avoided: f64,
    /// Share of started incidents attributed.
    pub attribution: f64,
    /// Share of started incidents contained or resolved.
    pub containment: f64,
    pub peak_level: u8,
    pub trust: f64,
    pub objectives_met: usize,
    pub objectives_total: usize,
    /// Weighted total 0..=100.
    pub total: f64,
}

impl Score {
    pub fn of(ex: &Exercise) -> Score {
        let s = &*ex.scenario;
        let st = &ex.state;
        let n = ex.history.len().max(1) as f64;
        let continuity = ex.history.iter().map(|r| r.service).sum::<f64>() / n;
        let sector_continuity = Sector::ALL
            .iter()
            .map(|&sec| {
                let vals: Vec<f64> =
                    ex.history.iter().filter_map(|r| r.sector_service[sec as usize]).collect();
                (!vals.is_empty()).then(|| vals.iter().sum::<f64>() / vals.len() as f64)
            })
            .collect();
        let started: Vec<usize> =
            (0..st.incidents.len()).filter(|&i| st.incidents[i].status != Status::Dormant).collect();
        let share = |f: &dyn Fn(usize) -> bool| {
            if started.is_empty() {
                100.0
            } else {
                100.0 * started.iter().filter(|&&i| f(i)).count() as f64 / started.len() as f64
            }
        };
        let attribution = share(&|i| st.incidents[i].attributed_turn.is_some());
        let containment = share(&|i| matches!(st.incidents[i].status, Status::Contained | Status::Resolved));
        // What the started campaigns could have taken, had every stage been reached.
        let (mut data_pot, mut ip_pot) = (0u64, 0u64);
        for &i in &started {
            for stg in &s.def.incidents[i].stages {
                data_pot += stg.effects.data_stolen as u64;
                ip_pot += stg.effects.ip_stolen as u64;
            }
        }
        let frac = |lost: u64, pot: u64| if pot == 0 { 0.0 } else { lost as f64 / pot as f64 };
        let lost = if data_pot + ip_pot == 0 {
            0.0
        } else {
            (frac(st.data_stolen, data_pot) + frac(st.ip_stolen, ip_pot))
                / ((data_pot > 0) as u8 + (ip_pot > 0) as u8) as f64
        };
        let loss_avoided = 100.0 * (1.0 - lost.min(1.0));
        let objectives_total = s.objective_conditions.len();
        let objectives_met = s.objective_conditions.iter().filter(|c| holds(ex, c, false)).count();
        let objectives_pct = if objectives_total == 0 {
            100.0
        } else {
            100.0 * objectives_met as f64 / objectives_total as f64
        };
        let trust = st.alliance_trust();
        let calm = 100.0 - (st.peak_level.saturating_sub(1)) as f64 * 25.0;
        let total = 0.25 * continuity
            + 0.15 * calm
            + 0.15 * trust
            + 0.15 * objectives_pct
            + 0.10 * containment
            + 0.10 * attribution
            + 0.10 * loss_avoided;
        Score {
            continuity,
            sector_continuity,
            data_stolen: st.data_stolen,
            ip_stolen: st.ip_stolen,
            loss_avoided,
            attribution,
            containment,
            peak_level: st.peak_level,
            trust,
            objectives_met,
            objectives_total,
            total: total.clamp(0.0, 100.0),
        }
    }

    /// Each objective's result, in scenario order.
    pub fn objectives(ex: &Exercise) -> Vec<bool> {
        ex.scenario.objective_conditions.iter().map(|c| holds(ex, c, false)).collect()
    }
}

/// Whether a condition holds now. `during` is true while judging defeat
/// mid-exercise (end-only conditions do not count then).
pub fn holds(ex: &Exercise, c: &ConditionIx, during: bool) -> bool {
    let s = &*ex.scenario;
    let st = &ex.state;
    let by = |t: Option<u32>, limit: Option<u32>| t.is_some_and(|t| limit.is_none_or(|l| t <= l));
    match *c {
        ConditionIx::ServiceNeverBelow { asset, min } => st.assets[asset].min_service >= min as f64,
        ConditionIx::ServiceBelow { asset, level } => st.assets[asset].service < level as f64,
        ConditionIx::SectorServiceAtEnd { sector, nation, min } => {
            if during {
                return false;
            }
            let (mut v, mut w) = (0.0, 0.0);
            for (i, d) in s.def.assets.iter().enumerate() {
                if d.sector == sector && nation.is_none_or(|n| s.asset_nation[i] == n) {
                    let p = d.population.max(1) as f64;
                    v += p * st.assets[i].service;
                    w += p;
                }
            }
            w > 0.0 && v / w >= min as f64
        }
        ConditionIx::Attributed { incident, by_turn } => by(st.incidents[incident].attributed_turn, by_turn),
        ConditionIx::Contained { incident, by_turn } => {
            by(st.incidents[incident].contained_turn.or(st.incidents[incident].resolved_turn), by_turn)
        }
        ConditionIx::EscalationNeverAbove(l) => st.peak_level <= l,
        ConditionIx::EscalationReached(l) => st.level() >= l,
        ConditionIx::TrustAtEnd(v) => !during && st.alliance_trust() >= v as f64,
        ConditionIx::TrustBelow(v) => st.alliance_trust() < v as f64,
        ConditionIx::DataStolenAtMost(v) => st.data_stolen <= v as u64,
        ConditionIx::IpStolenAtMost(v) => st.ip_stolen <= v as u64,
        ConditionIx::ActionTaken { action, by_turn } => {
            st.actions.iter().any(|a| a.kind == action && by_turn.is_none_or(|l| a.turn <= l))
        }
        ConditionIx::SharedWith { nation, by_turn } => shared_with(ex, nation, by_turn),
        ConditionIx::AttributedJointly { incident, by_turn } => ex.log.iter().any(|e| {
            // A misfire is no attribution: only a correct joint naming is logged so.
            matches!(e.event, Event::PublicAttribution { incident: i, joint: true, .. } if i == incident)
                && by_turn.is_none_or(|l| e.turn <= l)
        }),
    }
}

/// Whether an ally shared threat information with `nation` by `by_turn`.
fn shared_with(ex: &Exercise, nation: usize, by_turn: Option<u32>) -> bool {
    let st = &ex.state;
    let n = st.nations.len();
    let by = |t: u32| t > 0 && by_turn.is_none_or(|l| t <= l);
    if n <= 2 {
        // Two nations: whatever the other one shared, it shared with `nation`.
        st.actions.iter().any(|a| a.kind == ActionKindName::ShareIntel && a.nation != nation && by(a.turn))
    } else {
        let turn = |inc: &super::state::IncidentState, from: usize| {
            inc.shared_with.get(from * n + nation).copied().unwrap_or(0)
        };
        st.incidents.iter().any(|inc| (0..n).any(|from| by(turn(inc, from))))
    }
}
