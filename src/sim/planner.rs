//! The expert planner (`--policy planner`): before each turn it tries every
//! candidate plan for the turn on copies of the exercise and keeps the one
//! whose seeded rollouts end best.
//!
//! It plays fair: a copy holds only what its seat may see
//! ([`Seat::sees_incident`]). Incidents it has not seen are put back to where
//! the scenario's script would start them (an unseen campaign may be under
//! way, but not how far it got), and each copy draws from its own random
//! stream, so the planner knows the odds, never the dice. A rollout plays the
//! candidate for the planner's nations from this turn to the end (the solo
//! partner AI plays any other nation) and takes the final score; the planner
//! then plays this turn of the best candidate and thinks again next turn
//! (policy switching: never worse in expectation than its best plan alone).
//! Every candidate is judged on the same rollout seeds (common random
//! numbers), so a difference between plans is the plans', not luck's.
//!
//! Budget ([`Budget`]): `rollouts` copies per candidate per turn, at most
//! [`PLANS`] candidates, one rollout being the rest of the game. On the
//! flagship that is 16 turns × 13 candidates × 6 rollouts ≈ 1,250 part-games.

use super::decision::Decision;
use super::exercise::Exercise;
use super::heuristics::{Families, cooperative, guarded, unilateral};
use super::rng::SimRng;
use super::score::Score;
use super::state::Status;
use super::visibility::Seat;
use crate::scenario::ActionKindName as K;

/// How much looking ahead the planner does per turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Rollouts per candidate plan per turn.
    pub rollouts: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget { rollouts: 6 }
    }
}

/// A candidate plan for one turn: a playing style and the families it holds back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// The cooperative policy, holding back `Families`.
    Cooperative(Families),
    /// The cooperative policy guarding what the objectives name first, holding back `Families`.
    Guarded(Families),
    /// Each nation alone (national investigation, no joint work).
    Unilateral,
}

/// A candidate: this turn's plan, then the plan the rollout continues with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub now: Plan,
    pub then: Plan,
}

const fn coop(hold: Families) -> Plan {
    Plan::Cooperative(hold)
}

const fn hold(f: K) -> Families {
    Families::NONE.with(f)
}

const fn keep(p: Plan) -> Candidate {
    Candidate { now: p, then: p }
}

const fn wait(f: K) -> Candidate {
    Candidate { now: guard(hold(f)), then: guard(Families::NONE) }
}

const fn guard(hold: Families) -> Plan {
    Plan::Guarded(hold)
}

/// The candidates, in the order ties are broken: a style kept to the end,
/// or one family held back this turn only (timing: call the hotline, share
/// or attribute later rather than now).
pub const PLANS: [Candidate; 13] = [
    keep(coop(Families::NONE)),
    keep(guard(Families::NONE)),
    keep(guard(hold(K::AttributePublicly))),
    keep(guard(hold(K::ShareIntel))),
    keep(guard(hold(K::Hotline))),
    keep(guard(hold(K::MilitaryCooperation))),
    keep(guard(hold(K::Invest))),
    keep(guard(hold(K::RequestAssistance))),
    keep(Plan::Unilateral),
    wait(K::AttributePublicly),
    wait(K::ShareIntel),
    wait(K::Hotline),
    wait(K::MilitaryCooperation),
];

impl Plan {
    /// Plays this plan's turn for `nations` (not ending the turn).
    pub fn play(self, ex: &mut Exercise, nations: &[usize], off: Families) {
        match self {
            Plan::Cooperative(hold) => cooperative(ex, nations, off.union(hold)),
            Plan::Guarded(hold) => guarded(ex, nations, off.union(hold)),
            Plan::Unilateral => unilateral(ex, nations, off),
        }
    }
}

/// What the planner's seat may know: the exercise with every incident its
/// nations have not seen put back to the script, and a fresh random stream.
pub fn belief(ex: &Exercise, nations: &[usize], seed: u64) -> Exercise {
    let s = &*ex.scenario;
    let mut state = ex.state.clone();
    let turn = state.turn;
    for (i, inc) in state.incidents.iter_mut().enumerate() {
        if nations.iter().any(|&n| Seat::Team(n).sees_incident(&ex.state, i)) {
            continue;
        }
        let start = s.def.incidents[i].start_turn.filter(|&t| t <= turn);
        inc.status = if start.is_some() { Status::Hidden } else { Status::Dormant };
        inc.stage = 0;
        inc.started_turn = start;
        inc.detected_turn = None;
        inc.investigation = 0.0;
        inc.known_by.iter_mut().for_each(|k| *k = false);
    }
    Exercise {
        scenario: ex.scenario.clone(),
        seed: ex.seed,
        difficulty: ex.difficulty,
        rng: SimRng::new(seed),
        state,
        log: Vec::new(),
        decisions: Vec::new(),
        history: ex.history.clone(),
        last_turn_log_start: 0,
    }
}

/// Plays a copy to its end: `nations` by the candidate, the others as the partner AI.
fn roll_out(ex: &mut Exercise, c: Candidate, nations: &[usize], off: Families) {
    roll_out_with(ex, &|ex: &mut Exercise| c.now.play(ex, nations, off), c.then, nations, off);
}

/// Plays a copy to its end: this turn `now` for `nations`, then `then`; the
/// others as the partner AI.
fn roll_out_with(
    ex: &mut Exercise,
    now: &dyn Fn(&mut Exercise),
    then: Plan,
    nations: &[usize],
    off: Families,
) {
    let others: Vec<usize> = (0..ex.scenario.nations()).filter(|n| !nations.contains(n)).collect();
    let first = ex.state.turn;
    while !ex.state.is_over() {
        match ex.state.turn == first {
            true => now(ex),
            false => then.play(ex, nations, off),
        }
        for &n in &others {
            super::ai::partner_turn_without(ex, n, Families::NONE);
        }
        choose_defaults(ex);
        let _ = ex.submit(Decision::EndTurn);
    }
}

/// Pending choices in a rollout take the cooperative choice.
pub fn choose_defaults(ex: &mut Exercise) {
    let s = ex.scenario.clone();
    for (i, inj) in s.def.injects.iter().enumerate() {
        if ex.state.injects[i].awaiting_choice {
            let choice = super::heuristics::best_choice(&inj.choices, 1);
            let _ = ex.submit(Decision::Choose { inject: inj.id.clone(), choice });
        }
    }
}

/// Each candidate plan's mean final score over the budget's rollouts, in [`PLANS`] order.
pub fn evaluate(ex: &Exercise, nations: &[usize], off: Families, seed: u64, budget: &Budget) -> Vec<f64> {
    let seeds = rollout_seeds(seed, budget);
    PLANS
        .iter()
        .map(|&plan| {
            let total: f64 = seeds
                .iter()
                .map(|&sd| {
                    let mut copy = belief(ex, nations, sd);
                    roll_out(&mut copy, plan, nations, off);
                    Score::of(&copy).total
                })
                .sum();
            total / seeds.len() as f64
        })
        .collect()
}

/// The rollouts' seeds for `seed`: the same for every candidate (common random numbers).
fn rollout_seeds(seed: u64, budget: &Budget) -> Vec<u64> {
    let mut rng = SimRng::new(seed);
    (0..budget.rollouts.max(1)).map(|_| rng.next_u64()).collect()
}

/// The mean final score, over the rollouts [`evaluate`] plays with `seed`,
/// of `now` played for `nations` this turn (the decisions of someone else,
/// say a learner), then `then` to the end: weighed against [`evaluate`]'s
/// values on the same draws, the difference is this turn's play, not luck.
pub fn evaluate_turn(
    ex: &Exercise,
    nations: &[usize],
    off: Families,
    seed: u64,
    budget: &Budget,
    now: &dyn Fn(&mut Exercise),
    then: Plan,
) -> f64 {
    let seeds = rollout_seeds(seed, budget);
    let total: f64 = seeds
        .iter()
        .map(|&sd| {
            let mut copy = belief(ex, nations, sd);
            roll_out_with(&mut copy, now, then, nations, off);
            Score::of(&copy).total
        })
        .sum();
    total / seeds.len() as f64
}

/// The candidate [`plan_turn`] picks from [`evaluate`]'s values (ties: the first).
pub fn best_of(values: &[f64]) -> usize {
    (0..values.len().min(PLANS.len())).fold(0, |b, k| if values[k] > values[b] + 1e-9 { k } else { b })
}

/// Plays the current turn for `nations` with the plan whose rollouts score best.
pub fn plan_turn(ex: &mut Exercise, nations: &[usize], off: Families, seed: u64, budget: &Budget) {
    let values = evaluate(ex, nations, off, seed, budget);
    PLANS[best_of(&values)].now.play(ex, nations, off);
}
