//! The partner nation for solo play: a program player.
//!
//! The adversary adapts inside the turn resolution (it is part of the world,
//! drawn from the one RNG). The partner AI is a player: it acts only through
//! recorded decisions, and explains itself with `Decision::Explain`, so a solo
//! game replays exactly like any other. It reads what happened from the typed
//! events of the log, never from their prose.

use super::decision::{ActionKind, Decision, InvestArea, Motive};
use super::event::{Event, Explanation, TrustReason};
use super::exercise::Exercise;
use super::heuristics::Families;

fn act(ex: &mut Exercise, off: Families, nation: usize, kind: ActionKind, why: Motive) -> bool {
    if off.contains(kind.name()) {
        return false;
    }
    match ex.agency_for(nation, &kind) {
        Some(action) => {
            ex.submit(Decision::Act { action, rationale: String::new(), motive: Some(why) }).is_ok()
        }
        None => false,
    }
}

fn explain(ex: &mut Exercise, nation: usize, why: Explanation) {
    let id = ex.scenario.def.nations[nation].id.clone();
    let _ = ex.submit(Decision::Explain { nation: id, why });
}

/// Why trust is where it is, for the partner's explanations: the level, and
/// the last withheld warning while trust is low.
fn trust_reason(ex: &Exercise, me: usize, other: usize) -> TrustReason {
    let trust = ex.state.trust(me, other);
    let withheld = ex.log.iter().rev().find(|e| matches!(e.event, Event::Withheld { .. }));
    TrustReason { trust, withheld_turn: withheld.filter(|_| trust < 60.0).map(|e| e.turn) }
}

/// Whether `me` has already explained that it will not share incident `i`
/// (it says so once, not every turn).
fn declined_to_share(ex: &Exercise, me: usize, i: usize) -> bool {
    ex.log.iter().any(|e| {
        e.nation == Some(me)
            && matches!(e.event, Event::Explained(Explanation::DeclinesShare { incident, .. }) if incident == i)
    })
}

/// Plays one turn for `me`, the nation the program controls in a solo game.
///
/// Order of concern: its own assets first, then answering the partner
/// (joint investigations the partner has committed to this turn), then sharing
/// what it knows (more readily when trust is high), then the hotline when it
/// sees the crisis rising, then longer-term work.
pub fn partner_turn(ex: &mut Exercise, me: usize) {
    partner_turn_without(ex, me, Families::NONE);
}

/// [`partner_turn`], leaving the families in `off` alone (`simulate --without`).
pub fn partner_turn_without(ex: &mut Exercise, me: usize, off: Families) {
    let s = ex.scenario.clone();
    let k = ex.knobs();
    let others: Vec<usize> = (0..s.def.nations.len()).filter(|&n| n != me).collect();

    // 1. Own assets: contain what threatens them, bring service back.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        let a = s.incident_target[i];
        if s.asset_nation[a] != me || !inc.known_by[me] || !inc.status.is_active() {
            continue;
        }
        let stages = &s.def.incidents[i].stages;
        let near_impact = inc.stage + 1 < stages.len() && stages[inc.stage + 1].effects.service_loss >= 30;
        if near_impact && !ex.state.assets[a].isolated {
            act(ex, off, me, ActionKind::Isolate(s.def.assets[a].id.clone()), Motive::IsolatesOwn);
        }
        act(ex, off, me, ActionKind::Investigate(s.def.incidents[i].id.clone()), Motive::InvestigatesOwn);
    }
    for a in 0..s.def.assets.len() {
        let st = &ex.state.assets[a];
        let badly_hit = st.own < super::heuristics::restore_below(ex);
        if s.asset_nation[a] == me && (badly_hit || st.isolated) && !ex.intruder_active(a) {
            act(ex, off, me, ActionKind::Restore(s.def.assets[a].id.clone()), Motive::RestoresOwn);
        }
    }

    // 2. Answer the partner's requests: joint investigations it committed to.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        if inc.joint[me] || !inc.status.is_active() {
            continue;
        }
        for &o in &others {
            // Joined already (with another ally this turn): one commitment is enough.
            if ex.state.incidents[i].joint[me] {
                break;
            }
            if !ex.state.incidents[i].joint[o] {
                continue;
            }
            if !ex.state.incidents[i].known_by[me] {
                explain(ex, me, Explanation::CannotJoin { incident: i, other: o });
            } else if ex.state.trust(me, o) >= k.join_trust {
                let why = Motive::JoinsJoint { incident: i, trust: trust_reason(ex, me, o) };
                if !act(ex, off, me, ActionKind::JointInvestigation(s.def.incidents[i].id.clone()), why) {
                    explain(ex, me, Explanation::NoInvestigators { incident: i });
                }
            } else {
                let trust = trust_reason(ex, me, o);
                explain(ex, me, Explanation::DeclinesJoin { incident: i, trust });
            }
        }
    }

    // 3. Share what it has detected with each ally, when their trust allows.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        if !inc.known_by[me] || inc.detected_turn.is_none() {
            continue;
        }
        for &o in &others {
            if ex.state.incidents[i].has_shared(me, o) {
                continue;
            }
            if ex.state.trust(me, o) >= k.share_trust {
                let why = Motive::Shares { incident: i, with: o, trust: trust_reason(ex, me, o) };
                act(
                    ex,
                    off,
                    me,
                    ActionKind::ShareIntel {
                        incident: s.def.incidents[i].id.clone(),
                        with: s.def.nations[o].id.clone(),
                    },
                    why,
                );
            } else if !declined_to_share(ex, me, i) {
                let trust = trust_reason(ex, me, o);
                explain(ex, me, Explanation::DeclinesShare { incident: i, trust });
            }
        }
    }

    // 4. The hotline when the crisis rises and nobody has called.
    if ex.state.level() >= 3 && !ex.state.hotline_synced() {
        act(ex, off, me, ActionKind::Hotline, Motive::CallsHotline { level: ex.state.level() });
    }
    // Norm 3: ask the state an attributed actor operates from to act.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        let actor = s.incident_actor[i];
        if inc.known_by[me]
            && inc.attributed_turn.is_some()
            && inc.status.is_active()
            && let Some(t) = s.actor_third_state[actor]
        {
            let kind = ActionKind::RequestAssistance {
                third_state: s.def.third_states[t].id.clone(),
                actor: s.def.actors[actor].id.clone(),
            };
            act(ex, off, me, kind, Motive::AsksThirdState { third: t, actor });
        }
    }
    // Take up a partner's hunt offer on shared ground: hunt where its own known incidents are.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        let a = s.incident_target[i];
        if s.asset_nation[a] == me
            && inc.known_by[me]
            && inc.status.is_active()
            && ex.state.assets[a].hunt_until < ex.state.turn
        {
            act(
                ex,
                off,
                me,
                ActionKind::MilitaryCooperation(s.def.assets[a].id.clone()),
                Motive::AsksHunt { asset: a },
            );
        }
    }

    // 5. Longer-term: harden its most depended-on assets, invest early.
    if ex.state.turn <= 2 {
        act(ex, off, me, ActionKind::Invest(InvestArea::Workforce), Motive::InvestsWorkforce);
    }
    let mut own: Vec<usize> = (0..s.def.assets.len()).filter(|&a| s.asset_nation[a] == me).collect();
    own.sort_by_key(|&a| (std::cmp::Reverse(s.def.assets[a].population), a));
    for a in own.into_iter().take(3) {
        if ex.state.assets[a].hardening < 60.0 {
            act(ex, off, me, ActionKind::Harden(s.def.assets[a].id.clone()), Motive::Hardens { asset: a });
        }
    }
}
