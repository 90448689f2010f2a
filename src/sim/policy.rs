//! Built-in players: they decide for every nation, turn by turn, from what the
//! players could know (never from hidden incidents). Used by `play --policy`,
//! `simulate`, the screenshots and the tests.

use super::decision::{ActionKind, Decision, InvestArea};
use super::exercise::Exercise;
use super::rng::SimRng;
use clap::ValueEnum;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum PolicyName {
    /// Ends every turn without acting.
    Passive,
    /// Takes random affordable actions.
    Random,
    /// Shares, investigates jointly, hunts together, calls the hotline when escalation is high.
    Cooperative,
    /// Each nation defends alone: no sharing, no joint work, no hotline.
    Unilateral,
    /// The partner AI of solo play (protects its own, answers by trust), for every nation it plays.
    Ai,
}

impl PolicyName {
    pub const ALL: [PolicyName; 5] = [
        PolicyName::Passive,
        PolicyName::Random,
        PolicyName::Cooperative,
        PolicyName::Unilateral,
        PolicyName::Ai,
    ];
    pub fn label(self) -> &'static str {
        match self {
            PolicyName::Passive => "passive",
            PolicyName::Random => "random",
            PolicyName::Cooperative => "cooperative",
            PolicyName::Unilateral => "unilateral",
            PolicyName::Ai => "ai",
        }
    }
}

/// A policy decides one turn at a time.
#[derive(Debug, Clone)]
pub struct Policy {
    name: PolicyName,
    /// The policy's own randomness, derived from the seed: it never touches the
    /// exercise's RNG, and its choices are recorded as decisions anyway.
    rng: SimRng,
}

impl Policy {
    pub fn new(name: PolicyName, seed: u64) -> Policy {
        Policy { name, rng: SimRng::new(seed ^ 0x9E37_79B9_7F4A_7C15) }
    }

    pub fn name(&self) -> PolicyName {
        self.name
    }

    /// Plays the current turn for all nations in `nations` (their actions and
    /// any pending choices); does not end the turn.
    pub fn play_turn(&mut self, ex: &mut Exercise, nations: &[usize]) {
        match self.name {
            PolicyName::Passive => {}
            PolicyName::Random => self.random(ex, nations),
            PolicyName::Cooperative => cooperative(ex, nations),
            PolicyName::Unilateral => unilateral(ex, nations),
            PolicyName::Ai => {
                for &n in nations {
                    super::ai::partner_turn(ex, n);
                }
            }
        }
        self.choose(ex);
    }

    fn choose(&mut self, ex: &mut Exercise) {
        let s = ex.scenario.clone();
        for (i, inj) in s.def.injects.iter().enumerate() {
            if !ex.state.injects[i].awaiting_choice {
                continue;
            }
            let choice = match self.name {
                PolicyName::Passive => 0,
                PolicyName::Random => self.rng.below(inj.choices.len()),
                // Prefer the option whose effects build trust and cool the crisis.
                PolicyName::Cooperative | PolicyName::Ai => best_choice(&s.def.injects[i].choices, 1),
                PolicyName::Unilateral => best_choice(&s.def.injects[i].choices, -1),
            };
            let _ = ex.submit(Decision::Choose { inject: inj.id.clone(), choice });
        }
    }

    fn random(&mut self, ex: &mut Exercise, nations: &[usize]) {
        for &n in nations {
            for _ in 0..8 {
                // Indices, not actions: only the one picked is built.
                let opts = ex.option_ixs(n);
                if opts.is_empty() || self.rng.chance(0.3) {
                    break;
                }
                let a = ex.action_of(n, opts[self.rng.below(opts.len())]);
                let _ = ex.submit(Decision::Act { action: a, rationale: String::new() });
            }
        }
    }
}

/// Index of the choice that best serves cooperation (`sign` 1) or national
/// autonomy (`sign` −1): trust and de-escalation weigh most.
fn best_choice(choices: &[crate::scenario::ChoiceDef], sign: i32) -> usize {
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

fn act(ex: &mut Exercise, nation: usize, kind: ActionKind) -> bool {
    match ex.agency_for(nation, &kind) {
        Some(action) => ex.submit(Decision::Act { action, rationale: String::new() }).is_ok(),
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

fn cooperative(ex: &mut Exercise, nations: &[usize]) {
    let s = ex.scenario.clone();
    let n_all = s.def.nations.len();
    // 1. Share everything new, at once.
    for &n in nations {
        for i in 0..ex.state.incidents.len() {
            if ex.state.incidents[i].known_by[n] && !ex.state.incidents[i].shared_by[n] {
                for w in 0..n_all {
                    if w != n {
                        act(
                            ex,
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
        act(ex, n, ActionKind::Hotline);
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
            act(ex, n, ActionKind::JointInvestigation(s.def.incidents[i].id.clone()));
        }
    }
    // 4. Mil-to-mil hunts on the assets under attack, else the key assets.
    for &n in nations {
        let mut hunt: Vec<usize> = targets.iter().map(|&i| s.incident_target[i]).collect();
        hunt.extend(key_assets(ex, n).into_iter().take(1));
        for a in hunt {
            if act(ex, n, ActionKind::MilitaryCooperation(s.def.assets[a].id.clone())) {
                break;
            }
        }
    }
    // 5. Public attribution, jointly when the capitals are in sync and the evidence holds.
    for &n in nations {
        for i in known_active(ex, n) {
            if ex.state.incidents[i].investigation >= 60.0 && !ex.state.incidents[i].publicly_attributed {
                let id = s.def.incidents[i].id.clone();
                if !act(ex, n, ActionKind::AttributePublicly { incident: id.clone(), joint: true }) {
                    act(ex, n, ActionKind::AttributePublicly { incident: id, joint: false });
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
    defend_and_invest(ex, nations, true);
}

fn unilateral(ex: &mut Exercise, nations: &[usize]) {
    let s = ex.scenario.clone();
    for &n in nations {
        for i in known_active(ex, n).into_iter().take(3) {
            act(ex, n, ActionKind::Investigate(s.def.incidents[i].id.clone()));
            if ex.state.incidents[i].investigation >= 60.0 {
                act(
                    ex,
                    n,
                    ActionKind::AttributePublicly { incident: s.def.incidents[i].id.clone(), joint: false },
                );
            }
        }
    }
    defend_and_invest(ex, nations, false);
}

/// Restore, isolate and harden own assets; invest what is left early on.
fn defend_and_invest(ex: &mut Exercise, nations: &[usize], cooperative: bool) {
    let s = ex.scenario.clone();
    for &n in nations {
        // Isolate an asset whose intruder is close to impact and not yet contained.
        for i in known_active(ex, n) {
            let a = s.incident_target[i];
            let stages = &s.def.incidents[i].stages;
            let inc = &ex.state.incidents[i];
            if s.asset_nation[a] == n
                && inc.stage + 1 < stages.len()
                && stages[inc.stage + 1].effects.service_loss >= 30
                && !ex.state.assets[a].isolated
            {
                act(ex, n, ActionKind::Isolate(s.def.assets[a].id.clone()));
            }
        }
        for a in own_assets_by_damage(ex, n) {
            let st = &ex.state.assets[a];
            if (st.own < 70.0 || st.isolated) && !ex.intruder_active(a) {
                act(ex, n, ActionKind::Restore(s.def.assets[a].id.clone()));
            }
        }
        if ex.state.turn <= 3 {
            let area = if cooperative {
                InvestArea::PolicyConsultations
            } else {
                InvestArea::ResearchAndDevelopment
            };
            act(ex, n, ActionKind::Invest(area));
            act(ex, n, ActionKind::Invest(InvestArea::Workforce));
        }
        for a in key_assets(ex, n).into_iter().take(4) {
            if ex.state.assets[a].hardening < 60.0 {
                act(ex, n, ActionKind::Harden(s.def.assets[a].id.clone()));
            }
        }
    }
}

/// Plays an exercise to its end with one policy for every nation.
pub fn play_out(ex: &mut Exercise, policy: &mut Policy) {
    let nations: Vec<usize> = (0..ex.scenario.nations()).collect();
    while !ex.state.is_over() {
        policy.play_turn(ex, &nations);
        let _ = ex.submit(Decision::EndTurn);
    }
}

/// Plays to the end with `player` in the first nation's seat and `partner`
/// playing every other nation, the player acting first each turn (as in solo play).
pub fn play_out_seats(ex: &mut Exercise, player: &mut Policy, partner: &mut Policy) {
    let others: Vec<usize> = (1..ex.scenario.nations()).collect();
    while !ex.state.is_over() {
        player.play_turn(ex, &[0]);
        partner.play_turn(ex, &others);
        let _ = ex.submit(Decision::EndTurn);
    }
}
