//! What the expert planner would have done at a solo learner's key decisions
//! (issue 12, part 2): "at turn 5 the planner would have shared with ROK: +4.1
//! expected score over 64 rollouts". The debrief and the after-action report
//! show these lines for a game where one learner held one nation and the
//! program played the others; a game without a learner gets none.
//!
//! How: the turns of the learner's key decisions ([`teach::key_decisions`],
//! the learner's own actions and the room's choices, largest effect first; at
//! most [`Budget::turns`] turns) are each rebuilt from the decision log up to
//! the start of that turn (replay). There the planner weighs its candidate
//! plans for the learner's nation ([`planner::evaluate`]) with
//! [`Budget::rollouts`] seeded rollouts on copies that hold only what the
//! learner's seat could see ([`planner::belief`]), and the learner's own turn
//! (the actions and choices the learner made in it) is played on the same
//! copies and draws, followed by the same continuation as the planner's best
//! plan ([`planner::evaluate_turn`]): the difference is that turn's play, not
//! luck. A line is kept only where the planner's expected final score beats
//! the learner's by at least [`THRESHOLD`] points and the two turns differ.
//!
//! Deterministic: the rollouts' seed derives from the game's seed and the
//! turn, so the same save gives the same lines. Cost: per examined turn
//! (13 candidates + 1) × `rollouts` rollouts of the rest of the game, so at
//! most 5 × 14 × 64 ≈ 4,500 part-games with the default budget: 0.3–0.6 s on
//! the flagship in a release build (docs/dilemmas.md).
//!
//! [`teach::key_decisions`]: crate::teach::key_decisions

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::sim::planner::{self, PLANS};
use crate::sim::policy::Families;
use crate::sim::{Decision, Exercise};
use crate::tr;

/// Points of expected final score below which the planner's turn is not
/// called better than the learner's (the spread of 64 rollouts' mean on the
/// same draws is well under this).
pub const THRESHOLD: f64 = 1.0;

/// How much the planner looks back at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Rollouts per candidate (and for the learner's own turn).
    pub rollouts: usize,
    /// Turns examined at most: those of the learner's largest key decisions.
    pub turns: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget { rollouts: 64, turns: 5 }
    }
}

/// One turn where the planner would have played better than the learner.
#[derive(Debug, Clone, PartialEq)]
pub struct Hindsight {
    pub turn: u32,
    /// The learner's nation.
    pub nation: usize,
    /// The planner's candidate for the turn (index in [`PLANS`]).
    pub plan: usize,
    /// What the planner's turn does that the learner's did not (actions of
    /// the learner's nation, choices on injects).
    pub would: Vec<Decision>,
    /// What the learner did that the planner's turn does not.
    pub instead_of: Vec<Decision>,
    /// Mean final score over the rollouts: the planner's turn, the learner's.
    pub planner_score: f64,
    pub learner_score: f64,
    pub rollouts: usize,
}

impl Hindsight {
    /// Expected final score the planner's turn adds over the learner's.
    pub fn gain(&self) -> f64 {
        self.planner_score - self.learner_score
    }

    /// "Turn 5: the planner would have played differently: +4.1 expected
    /// score over 64 rollouts", in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        tr!(
            lang,
            "hindsight-line",
            turn = self.turn,
            delta = format!("{:+.1}", self.gain()),
            rollouts = self.rollouts
        )
    }

    /// The differences in words, in `lang`: "Would have: …", "Instead of: …".
    pub fn details(&self, lang: Lang, s: &Scenario) -> Vec<String> {
        let words = |ds: &[Decision]| -> String {
            ds.iter().map(|d| crate::narrate::decision(lang, s, d).1).collect::<Vec<_>>().join("; ")
        };
        let mut out = Vec::new();
        if !self.would.is_empty() {
            out.push(tr!(lang, "hindsight-would", what = words(&self.would)));
        }
        if !self.instead_of.is_empty() {
            out.push(tr!(lang, "hindsight-instead", what = words(&self.instead_of)));
        }
        out
    }
}

/// The same move, whichever agency makes it and whatever the rationale.
fn same(a: &Decision, b: &Decision) -> bool {
    match (a, b) {
        (Decision::Act { action: x, .. }, Decision::Act { action: y, .. }) => {
            x.nation == y.nation && x.kind == y.kind
        }
        _ => a == b,
    }
}

/// The learner's part of a turn's decisions: the learner nation's actions and
/// the room's choices.
fn learners(ds: &[Decision], id: &str) -> Vec<Decision> {
    ds.iter()
        .filter(|d| match d {
            Decision::Act { action, .. } => action.nation == id,
            Decision::Choose { .. } => true,
            _ => false,
        })
        .cloned()
        .collect()
}

/// The lines for a finished solo game whose learner held `learner`, best
/// first by turn (see the module documentation). Empty when the planner found
/// nothing better by [`THRESHOLD`] or the learner decided nothing.
pub fn hindsight(ex: &Exercise, learner: usize, budget: &Budget) -> Vec<Hindsight> {
    let s = ex.scenario();
    let Some(id) = s.def.nations.get(learner).map(|n| n.id.clone()) else {
        return Vec::new();
    };
    let ds = ex.decisions();
    // Where each turn's decisions start: turn t (1-based) is starts[t - 1]..starts[t].
    let mut starts = vec![0];
    starts.extend(ds.iter().enumerate().filter(|(_, d)| **d == Decision::EndTurn).map(|(i, _)| i + 1));
    starts.push(ds.len());
    let mut turns: Vec<u32> = Vec::new();
    for k in crate::teach::key_decisions(ex, usize::MAX) {
        if turns.len() >= budget.turns {
            break;
        }
        if !learners(std::slice::from_ref(&k.decision), &id).is_empty() && !turns.contains(&k.turn) {
            turns.push(k.turn);
        }
    }
    turns.sort_unstable();
    let nations = [learner];
    let off = Families::NONE;
    let pb = planner::Budget { rollouts: budget.rollouts.max(1) };
    let mut out = Vec::new();
    for turn in turns {
        let t = turn as usize;
        let (Some(&from), Some(&to)) = (starts.get(t - 1), starts.get(t)) else { continue };
        let rules = ex.state().rules;
        let Ok(at) = Exercise::replay_rules(s.clone(), ex.seed(), ex.difficulty(), rules, &ds[..from]) else {
            continue;
        };
        if at.state().is_over() {
            continue;
        }
        let mine = learners(&ds[from..to.min(ds.len())], &id);
        let seed = ex.seed() ^ (turn as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let values = planner::evaluate(&at, &nations, off, seed, &pb);
        let best = planner::best_of(&values);
        let play_mine = |copy: &mut Exercise| {
            for d in &mine {
                let _ = copy.submit(d.clone());
            }
        };
        let learner_score =
            planner::evaluate_turn(&at, &nations, off, seed, &pb, &play_mine, PLANS[best].then);
        if values[best] - learner_score < THRESHOLD {
            continue;
        }
        // The planner's turn as a decision list (on the learner's view; the
        // dice do not decide what a plan does at the start of a turn).
        let mut copy = planner::belief(&at, &nations, seed);
        let before = copy.decisions().len();
        PLANS[best].now.play(&mut copy, &nations, off);
        planner::choose_defaults(&mut copy);
        let theirs = learners(&copy.decisions()[before..], &id);
        let would: Vec<Decision> =
            theirs.iter().filter(|d| !mine.iter().any(|m| same(m, d))).cloned().collect();
        let instead_of: Vec<Decision> =
            mine.iter().filter(|m| !theirs.iter().any(|d| same(m, d))).cloned().collect();
        if would.is_empty() && instead_of.is_empty() {
            continue;
        }
        out.push(Hindsight {
            turn,
            nation: learner,
            plan: best,
            would,
            instead_of,
            planner_score: values[best],
            learner_score,
            rollouts: pb.rollouts,
        });
    }
    out
}
