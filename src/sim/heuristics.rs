//! The built-in heuristic players' rules of thumb (cooperative, unilateral,
//! defend-and-invest) and the set of action families a player may be told to
//! leave alone. `policy.rs` dispatches to them; the planner plays them as plans.

use super::decision::{ActionKind, Decision, InvestArea};
use super::exercise::Exercise;
use crate::scenario::ActionKindName;

/// A set of action families (the program's players leave these alone:
/// `simulate --without`). Not a rule: a decision naming one is still accepted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Families(u16);

impl Families {
    pub const NONE: Families = Families(0);

    pub const fn with(self, f: ActionKindName) -> Families {
        Families(self.0 | 1 << f as u16)
    }

    pub fn union(self, other: Families) -> Families {
        Families(self.0 | other.0)
    }

    pub fn contains(self, f: ActionKindName) -> bool {
        self.0 & (1 << f as u16) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The families in the set, in catalogue order.
    pub fn names(self) -> Vec<ActionKindName> {
        ActionKindName::ALL.into_iter().filter(|&f| self.contains(f)).collect()
    }
}

/// Index of the choice that best serves cooperation (`sign` 1) or national
/// autonomy (`sign` −1): trust and de-escalation weigh most.
pub(super) fn best_choice(choices: &[crate::scenario::ChoiceDef], sign: i32) -> usize {
    use crate::scenario::Effect;
    let value = |c: &crate::scenario::ChoiceDef| -> i32 {
        c.effects
            .iter()
            .map(|e| match e {
                Effect::Trust(d) => sign * d * 2,
                Effect::Escalation(d) => -d,
                Effect::Service { delta, .. } => *delta / 2,
                Effect::Alarm(d) => -d / 2,
                Effect::ActorCapability { delta, .. } => -delta,
                Effect::HotlineCall => sign * 5,
                _ => 0,
            })
            .sum()
    };
    (0..choices.len()).max_by_key(|&i| (value(&choices[i]), std::cmp::Reverse(i))).unwrap_or(0)
}

fn act(ex: &mut Exercise, off: Families, nation: usize, kind: ActionKind) -> bool {
    if off.contains(kind.name()) {
        return false;
    }
    match ex.agency_for(nation, &kind) {
        Some(action) => ex.submit(Decision::Act { action, rationale: String::new(), motive: None }).is_ok(),
        None => false,
    }
}

/// Known, still-running incidents of a nation, most advanced first.
fn known_active(ex: &Exercise, nation: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..ex.state.incidents.len())
        .filter(|&i| ex.state.incidents[i].known_by[nation] && ex.state.incidents[i].status.is_active())
        .collect();
    v.sort_by_key(|&i| (std::cmp::Reverse(ex.state.incidents[i].stage), i));
    v
}

fn own_assets_by_damage(ex: &Exercise, nation: usize) -> Vec<usize> {
    let s = &*ex.scenario;
    let mut v: Vec<usize> = (0..s.def.assets.len()).filter(|&a| s.asset_nation[a] == nation).collect();
    v.sort_by(|&a, &b| ex.state.assets[a].own.total_cmp(&ex.state.assets[b].own).then(a.cmp(&b)));
    v
}

/// Assets with the most people depending on them, directly or one step downstream.
fn key_assets(ex: &Exercise, nation: usize) -> Vec<usize> {
    let s = &*ex.scenario;
    // Weights once, then sort: this runs every turn for every nation.
    let mut weight: Vec<u64> = s.def.assets.iter().map(|a| a.population as u64).collect();
    for (b, deps) in s.asset_deps.iter().enumerate() {
        for &d in deps {
            weight[d] += s.def.assets[b].population as u64;
        }
    }
    let mut v: Vec<usize> = (0..s.def.assets.len()).filter(|&a| s.asset_nation[a] == nation).collect();
    v.sort_by_key(|&a| (std::cmp::Reverse(weight[a]), a));
    v
}

/// The assets the scenario's objectives name (service never below, a
/// sector's service at the end) and what they depend on: an expert reads the
/// objectives and guards these first.
fn objective_assets(ex: &Exercise, nation: usize) -> Vec<usize> {
    use crate::scenario::ConditionIx as C;
    let s = &*ex.scenario;
    let mut named = vec![false; s.def.assets.len()];
    for c in &s.objective_conditions {
        match *c {
            C::ServiceNeverBelow { asset, .. } => named[asset] = true,
            C::SectorServiceAtEnd { sector, nation: only, .. } => {
                for (a, d) in s.def.assets.iter().enumerate() {
                    if d.sector == sector && only.is_none_or(|n| s.asset_nation[a] == n) {
                        named[a] = true;
                    }
                }
            }
            _ => {}
        }
    }
    // Dependencies after dependants: walk the order backwards.
    for &a in s.topo.iter().rev() {
        if named[a] {
            for &d in &s.asset_deps[a] {
                named[d] = true;
            }
        }
    }
    (0..named.len()).filter(|&a| named[a] && s.asset_nation[a] == nation).collect()
}

/// Whether the next stage of an incident does harm the objectives count:
/// service lost on a guarded asset, or anything stolen.
fn next_stage_hurts(ex: &Exercise, i: usize, guarded: &[usize]) -> bool {
    let s = &*ex.scenario;
    let stages = &s.def.incidents[i].stages;
    let inc = &ex.state.incidents[i];
    stages.get(inc.stage + 1).is_some_and(|x| {
        x.effects.ip_stolen > 0
            || x.effects.data_stolen > 0
            || (x.effects.service_loss > 0 && guarded.contains(&s.incident_target[i]))
    })
}

/// Whether an intruder holds a stage that keeps stealing (fourth balance:
/// data leaves every turn until the asset is isolated).
fn stage_steals(ex: &Exercise, i: usize) -> bool {
    let e = &ex.scenario.def.incidents[i].stages[ex.state.incidents[i].stage].effects;
    ex.state.dilemmas4() && (e.data_stolen > 0 || e.ip_stolen > 0)
}

/// The cooperative style of an expert who has read the objectives: before
/// anything else each nation isolates an asset whose intruder is one stage
/// from harm the objectives count (or still stealing), and hardens the
/// assets the objectives name.
pub(super) fn guarded(ex: &mut Exercise, nations: &[usize], off: Families) {
    let s = ex.scenario.clone();
    for &n in nations {
        let guard = objective_assets(ex, n);
        for i in known_active(ex, n) {
            let a = s.incident_target[i];
            if s.asset_nation[a] == n
                && !ex.state.assets[a].isolated
                && (next_stage_hurts(ex, i, &guard) || stage_steals(ex, i))
            {
                act(ex, off, n, ActionKind::Isolate(s.def.assets[a].id.clone()));
            }
        }
        for &a in &guard {
            if ex.state.assets[a].hardening < 70.0 {
                act(ex, off, n, ActionKind::Harden(s.def.assets[a].id.clone()));
            }
        }
        // Ask the actor's host state as soon as one of its intrusions is
        // known, before attribution: what a takedown finds is worth most early.
        for i in known_active(ex, n) {
            let actor = s.incident_actor[i];
            let asked = ex.state.delayed.iter().any(|d| {
                d.nation == n
                    && matches!(d.what, super::state::DelayedEffect::Assistance { actor: x, .. } if x == actor)
            });
            if let Some(t) = s.actor_third_state[actor]
                && !asked
                && !ex.state.actors[actor].curbed
            {
                let third_state = s.def.third_states[t].id.clone();
                act(
                    ex,
                    off,
                    n,
                    ActionKind::RequestAssistance { third_state, actor: s.def.actors[actor].id.clone() },
                );
            }
        }
        // The hotline when harm is known, the crisis heats up, or an
        // attribution is ready to be made together (not for small things).
        let ready = (0..ex.state.incidents.len()).any(|i| {
            let inc = &ex.state.incidents[i];
            inc.known_by[n] && !inc.publicly_attributed && inc.investigation >= 60.0
        });
        if ready || ex.state.level() >= 3 || ex.harm_known() {
            act(ex, off, n, ActionKind::Hotline);
        }
        // Name in public only on sound evidence: together while the capitals
        // are in sync, alone once the investigation is complete.
        for i in 0..ex.state.incidents.len() {
            let inc = &ex.state.incidents[i];
            if !inc.known_by[n] || inc.publicly_attributed || inc.investigation < 60.0 {
                continue;
            }
            let complete = inc.investigation >= 100.0;
            let id = s.def.incidents[i].id.clone();
            if !act(ex, off, n, ActionKind::AttributePublicly { incident: id.clone(), joint: true })
                && complete
            {
                act(ex, off, n, ActionKind::AttributePublicly { incident: id, joint: false });
            }
        }
    }
    cooperative(ex, nations, off.with(ActionKindName::AttributePublicly).with(ActionKindName::Hotline));
}

pub(super) fn cooperative(ex: &mut Exercise, nations: &[usize], off: Families) {
    let s = ex.scenario.clone();
    let n_all = s.def.nations.len();
    // 1. Share everything new with every ally, at once.
    for &n in nations {
        for i in 0..ex.state.incidents.len() {
            if !ex.state.incidents[i].known_by[n] {
                continue;
            }
            for w in 0..n_all {
                if w != n && !ex.state.incidents[i].has_shared(n, w) {
                    act(
                        ex,
                        off,
                        n,
                        ActionKind::ShareIntel {
                            incident: s.def.incidents[i].id.clone(),
                            with: s.def.nations[w].id.clone(),
                        },
                    );
                }
            }
        }
    }
    // 2. The hotline when the crisis heats up or a damaging campaign is running.
    let damaging = (0..ex.state.incidents.len()).any(|i| {
        let inc = &ex.state.incidents[i];
        inc.status.is_known()
            && inc.status.is_active()
            && s.def.incidents[i].stages[..=inc.stage].iter().any(|x| x.effects.service_loss > 0)
    });
    if (ex.state.level() >= 3 || damaging || ex.state.turn == 2)
        && let Some(&n) = nations.first()
    {
        act(ex, off, n, ActionKind::Hotline);
    }
    // 3. Joint investigations: every nation commits to the most advanced incidents.
    let targets: Vec<usize> = {
        let mut v: Vec<usize> = (0..ex.state.incidents.len())
            .filter(|&i| {
                ex.state.incidents[i].status.is_active()
                    && nations.iter().any(|&n| ex.state.incidents[i].known_by[n])
            })
            .collect();
        v.sort_by_key(|&i| (std::cmp::Reverse(ex.state.incidents[i].stage), i));
        v
    };
    for &i in targets.iter().take(3) {
        for &n in nations {
            act(ex, off, n, ActionKind::JointInvestigation(s.def.incidents[i].id.clone()));
        }
    }
    // 4. Mil-to-mil hunts on the assets under attack, else the key assets.
    for &n in nations {
        let mut hunt: Vec<usize> = targets.iter().map(|&i| s.incident_target[i]).collect();
        hunt.extend(key_assets(ex, n).into_iter().take(1));
        for a in hunt {
            if act(ex, off, n, ActionKind::MilitaryCooperation(s.def.assets[a].id.clone())) {
                break;
            }
        }
    }
    // 5. Public attribution, jointly when the capitals are in sync and the evidence holds.
    for &n in nations {
        for i in known_active(ex, n) {
            if ex.state.incidents[i].investigation >= 60.0 && !ex.state.incidents[i].publicly_attributed {
                let id = s.def.incidents[i].id.clone();
                if !act(ex, off, n, ActionKind::AttributePublicly { incident: id.clone(), joint: true }) {
                    act(ex, off, n, ActionKind::AttributePublicly { incident: id, joint: false });
                }
            }
        }
    }
    // 6. Ask the third state about attributed actors.
    for &n in nations {
        for i in 0..ex.state.incidents.len() {
            let inc = &ex.state.incidents[i];
            if inc.known_by[n] && inc.attributed_turn.is_some() && inc.status.is_active() {
                let actor = s.incident_actor[i];
                if let Some(t) = s.actor_third_state[actor] {
                    act(
                        ex,
                        off,
                        n,
                        ActionKind::RequestAssistance {
                            third_state: s.def.third_states[t].id.clone(),
                            actor: s.def.actors[actor].id.clone(),
                        },
                    );
                }
            }
        }
    }
    defend_and_invest(ex, nations, true, off);
}

pub(super) fn unilateral(ex: &mut Exercise, nations: &[usize], off: Families) {
    let s = ex.scenario.clone();
    for &n in nations {
        for i in known_active(ex, n).into_iter().take(3) {
            act(ex, off, n, ActionKind::Investigate(s.def.incidents[i].id.clone()));
            if ex.state.incidents[i].investigation >= 60.0 {
                act(
                    ex,
                    off,
                    n,
                    ActionKind::AttributePublicly { incident: s.def.incidents[i].id.clone(), joint: false },
                );
            }
        }
    }
    defend_and_invest(ex, nations, false, off);
}

/// The service below which the built-in players restore an asset: 70, and
/// from the fourth balance what will not come back by itself.
pub(super) fn restore_below(ex: &Exercise) -> f64 {
    if ex.state.dilemmas4() { super::dilemmas::SELF_RECOVERY_FLOOR } else { 70.0 }
}

/// Restore, isolate and harden own assets; invest what is left early on.
pub(super) fn defend_and_invest(ex: &mut Exercise, nations: &[usize], cooperative: bool, off: Families) {
    let s = ex.scenario.clone();
    for &n in nations {
        // Isolate an asset whose intruder is close to impact and not yet
        // contained, or (fourth balance) still stealing.
        for i in known_active(ex, n) {
            let a = s.incident_target[i];
            let stages = &s.def.incidents[i].stages;
            let inc = &ex.state.incidents[i];
            let impact = inc.stage + 1 < stages.len() && stages[inc.stage + 1].effects.service_loss >= 30;
            if s.asset_nation[a] == n && (impact || stage_steals(ex, i)) && !ex.state.assets[a].isolated {
                act(ex, off, n, ActionKind::Isolate(s.def.assets[a].id.clone()));
            }
        }
        for a in own_assets_by_damage(ex, n) {
            let st = &ex.state.assets[a];
            if (st.own < restore_below(ex) || st.isolated) && !ex.intruder_active(a) {
                act(ex, off, n, ActionKind::Restore(s.def.assets[a].id.clone()));
            }
        }
        if ex.state.turn <= 3 {
            let area = if cooperative {
                InvestArea::PolicyConsultations
            } else {
                InvestArea::ResearchAndDevelopment
            };
            act(ex, off, n, ActionKind::Invest(area));
            act(ex, off, n, ActionKind::Invest(InvestArea::Workforce));
        }
        for a in key_assets(ex, n).into_iter().take(4) {
            if ex.state.assets[a].hardening < 60.0 {
                act(ex, off, n, ActionKind::Harden(s.def.assets[a].id.clone()));
            }
        }
    }
}
