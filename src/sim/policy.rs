//! Built-in players: they decide for every nation, turn by turn, from what the
//! players could know (never from hidden incidents). Used by `play --policy`,
//! `simulate`, the screenshots and the tests.

use super::decision::Decision;
use super::exercise::Exercise;
pub use super::heuristics::Families;
use super::heuristics::{best_choice, cooperative, unilateral};
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
    /// Looks ahead: seeded rollouts of each candidate plan on copies of what its seat may see.
    Planner,
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
            PolicyName::Planner => "planner",
        }
    }
}

/// A policy decides one turn at a time.
#[derive(Debug, Clone)]
pub struct Policy {
    name: PolicyName,
    /// Families this policy leaves alone.
    without: Families,
    /// The policy's own randomness, derived from the seed: it never touches the
    /// exercise's RNG, and its choices are recorded as decisions anyway.
    rng: SimRng,
}

impl Policy {
    pub fn new(name: PolicyName, seed: u64) -> Policy {
        Policy { name, without: Families::NONE, rng: SimRng::new(seed ^ 0x9E37_79B9_7F4A_7C15) }
    }

    /// The same policy, leaving these families alone.
    pub fn without(mut self, families: Families) -> Policy {
        self.without = families;
        self
    }

    pub fn name(&self) -> PolicyName {
        self.name
    }

    /// Plays the current turn for all nations in `nations` (their actions and
    /// any pending choices); does not end the turn.
    pub fn play_turn(&mut self, ex: &mut Exercise, nations: &[usize]) {
        let off = self.without;
        match self.name {
            PolicyName::Passive => {}
            PolicyName::Random => self.random(ex, nations),
            PolicyName::Cooperative => cooperative(ex, nations, off),
            PolicyName::Unilateral => unilateral(ex, nations, off),
            PolicyName::Ai => {
                for &n in nations {
                    super::ai::partner_turn_without(ex, n, off);
                }
            }
            PolicyName::Planner => {
                let seed = self.rng.next_u64();
                super::planner::plan_turn(ex, nations, off, seed, &super::planner::Budget::default());
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
                PolicyName::Cooperative | PolicyName::Ai | PolicyName::Planner => {
                    best_choice(&s.def.injects[i].choices, 1)
                }
                PolicyName::Unilateral => best_choice(&s.def.injects[i].choices, -1),
            };
            let _ = ex.submit(Decision::Choose { inject: inj.id.clone(), choice });
        }
    }

    fn random(&mut self, ex: &mut Exercise, nations: &[usize]) {
        for &n in nations {
            // The targets once a turn; each draw checks only what it draws
            // (indices, not actions: only the one picked is built).
            let mut pool = ex.targets(n);
            pool.retain(|t| !self.without.contains(t.name()));
            for _ in 0..8 {
                let rng = &mut self.rng;
                let Some(o) = ex.draw_option(n, &mut pool, |len| rng.below(len)) else {
                    break;
                };
                if self.rng.chance(0.3) {
                    break;
                }
                let a = ex.action_of(n, o);
                let _ = ex.submit(Decision::Act { action: a, rationale: String::new(), motive: None });
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
