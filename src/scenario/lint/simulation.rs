//! Lints by simulation: objectives no seeded run met and injects no run fired.

use super::*;
use std::sync::Arc;

/// Objectives no run met and injects no run fired, over `runs` seeded
/// playthroughs of every built-in policy (seeds `SIMULATION_SEED..`). Findings
/// [`lint`] already reports as impossible are left out. Deterministic.
pub fn lint_by_simulation(s: &Arc<Scenario>, runs: usize) -> Vec<Diagnostic> {
    lint_by_simulation_within(s, runs, None).0
}

/// Work `hotline validate` gives the simulation lints of one file, in
/// element-turns (see [`work_per_turn`]): every shipped scenario gets its 200
/// runs per policy, and a file at the size limits a few (about 1 s on one core
/// of a release build). Counted, not timed, so the findings are the same on
/// every machine.
pub const SIMULATION_WORK: u64 = 6_000_000;

/// What one turn of one playthrough costs, in elements of the scenario: a
/// turn looks at every asset, incident, inject and agency, and the policies
/// weigh every action (third states × actors for the assistance requests).
pub fn work_per_turn(s: &Scenario) -> u64 {
    let d = &s.def;
    let agencies: usize = d.nations.iter().map(|n| n.agencies.len()).sum();
    let stages: usize = d.incidents.iter().map(|i| i.stages.len()).sum();
    (1 + d.assets.len() * d.nations.len()
        + stages
        + d.injects.len()
        + agencies
        + d.third_states.len() * d.actors.len()) as u64
}

/// [`lint_by_simulation`] within `work` element-turns (see [`SIMULATION_WORK`]):
/// every policy plays the same number of runs, and a round of runs starts only
/// if it fits in what is left even if every game lasts all its turns. Returns
/// the findings and the runs per policy played (fewer than `runs` when cut
/// short: the findings then cover those runs, so callers must say so).
/// Deterministic: the cut depends on the scenario, not on the machine.
pub fn lint_by_simulation_within(
    s: &Arc<Scenario>,
    runs: usize,
    work: Option<u64>,
) -> (Vec<Diagnostic>, usize) {
    lint_by_simulation_in(Lang::En, s, runs, work)
}

/// [`lint_by_simulation_within`] with the messages in `l`.
pub fn lint_by_simulation_in(
    l: Lang,
    s: &Arc<Scenario>,
    runs: usize,
    work: Option<u64>,
) -> (Vec<Diagnostic>, usize) {
    let mut w = Warn::new(s);
    if runs == 0 {
        return (w.finish(), 0);
    }
    let reach = Reach::of(s);
    let def = &s.def;
    let mut met = vec![false; def.objectives.len()];
    let mut fired = vec![false; def.injects.len()];
    let threads = crate::batch::all_cores();
    let per_turn = work_per_turn(s);
    let longest = per_turn.saturating_mul(def.turns as u64).max(1);
    let policies = PolicyName::ALL.len() as u64;
    let mut spent = 0u64;
    // Each policy's total score and runs, for the dilemma lints.
    let mut scores = vec![(0.0f64, 0usize); PolicyName::ALL.len()];
    // Rounds of runs per policy, in a fixed order: once every objective
    // was met and every inject fired there is nothing left to report, so the
    // rest is skipped. Run k of a policy always has seed SIMULATION_SEED + k,
    // so the findings are those of the full `runs` and do not depend on threads.
    let mut from = 0;
    while from < runs && !(met.iter().all(|&m| m) && fired.iter().all(|&f| f)) {
        let mut n = 25.min(runs - from);
        if let Some(work) = work {
            let fits = (work.saturating_sub(spent) / (longest * policies)) as usize;
            n = n.min(fits);
            if n == 0 {
                break;
            }
        }
        for (p, policy) in PolicyName::ALL.into_iter().enumerate() {
            for r in crate::batch::run_many(s, policy, n, SIMULATION_SEED + from as u64, threads, &|_| {}) {
                scores[p].0 += r.score.total;
                scores[p].1 += 1;
                met.iter_mut().zip(&r.objectives).for_each(|(m, &x)| *m |= x);
                fired.iter_mut().zip(&r.inject_turns).for_each(|(f, t)| *f |= t.is_some());
                spent += per_turn * r.turns_played.max(1) as u64;
            }
        }
        from += n;
    }
    let played: Vec<&str> = PolicyName::ALL.iter().map(|p| p.label()).collect();
    let finished = met.iter().all(|&m| m) && fired.iter().all(|&f| f);
    let done = if finished { runs } else { from };
    let evidence = tr!(l, "lint-sim-evidence", done = done, policies = played.join(", "));
    if done == 0 {
        // Cut short before one run of each policy: no evidence for or against anything.
        return (w.finish(), 0);
    }

    for (o, obj) in def.objectives.iter().enumerate() {
        if met[o] || reach.objective_impossible(l, s, &s.objective_conditions[o]).is_some() {
            continue;
        }
        w.at_element(
            "objectives",
            &obj.id,
            Some("condition:"),
            tr!(l, "lint-sim-objective", id = &obj.id, evidence = &evidence),
            tr!(l, "lint-sim-objective.hint", advice = objective_hint(l, &s.objective_conditions[o])),
        );
    }
    for (k, inj) in def.injects.iter().enumerate() {
        if fired[k] || !reach.inject_live[k] {
            continue;
        }
        w.at_element(
            "injects",
            &inj.id,
            Some("trigger:"),
            tr!(l, "lint-sim-inject", id = &inj.id, evidence = &evidence),
            trigger_hint(l, s, &s.inject_triggers[k]),
        );
    }
    let mean = |p: PolicyName| {
        let (total, n) = scores[PolicyName::ALL.iter().position(|&x| x == p).unwrap_or(0)];
        total / n.max(1) as f64
    };
    super::dilemmas::cooperation_pays(
        l,
        &mut w,
        mean(PolicyName::Cooperative),
        mean(PolicyName::Unilateral),
        &evidence,
    );
    // The choice lint has its own budget, whoever calls (a file at the size
    // limits must stay quick to validate even without one).
    let choice_work = work.unwrap_or(u64::MAX).min(super::choices::CHOICE_WORK);
    let choice_runs = super::choices::choice_runs(s, runs, Some(choice_work));
    super::choices::dominant_defaults(l, s, &mut w, choice_runs);
    (w.finish(), done)
}

fn objective_hint(l: Lang, c: &ConditionIx) -> String {
    match c {
        ConditionIx::Attributed { by_turn: Some(_), .. }
        | ConditionIx::Contained { by_turn: Some(_), .. }
        | ConditionIx::AttributedJointly { by_turn: Some(_), .. }
        | ConditionIx::SharedWith { by_turn: Some(_), .. }
        | ConditionIx::ActionTaken { by_turn: Some(_), .. } => {
            tr!(l, "lint-advice-by-turn")
        }
        ConditionIx::Attributed { .. }
        | ConditionIx::Contained { .. }
        | ConditionIx::AttributedJointly { .. } => {
            tr!(l, "lint-advice-attributed")
        }
        ConditionIx::ServiceNeverBelow { .. } | ConditionIx::SectorServiceAtEnd { .. } => {
            tr!(l, "lint-advice-service")
        }
        ConditionIx::EscalationNeverAbove(_) => tr!(l, "lint-advice-escalation"),
        ConditionIx::TrustAtEnd(_) => tr!(l, "lint-advice-trust"),
        ConditionIx::DataStolenAtMost(_) | ConditionIx::IpStolenAtMost(_) => tr!(l, "lint-advice-stolen"),
        _ => tr!(l, "lint-advice-other"),
    }
}

fn trigger_hint(l: Lang, s: &Scenario, t: &TriggerIx) -> String {
    let d = &s.def;
    match *t {
        TriggerIx::AtTurn(n) => tr!(l, "lint-fire-at-turn", turn = n),
        TriggerIx::StageReached { incident, stage } => {
            let inc = &d.incidents[incident];
            tr!(l, "lint-fire-stage", id = &inc.id, stage = &inc.stages[stage].name)
        }
        TriggerIx::Detected(i) => tr!(l, "lint-fire-detected", id = &d.incidents[i].id),
        TriggerIx::EscalationAtLeast(level) => tr!(l, "lint-fire-escalation", level = level),
        TriggerIx::ServiceBelow { asset, level } => {
            tr!(l, "lint-fire-service", asset = &d.assets[asset].id, level = level)
        }
        TriggerIx::ActionTaken { action, .. } => tr!(l, "lint-fire-action", family = action.label_in(l)),
        TriggerIx::Chance { .. } => tr!(l, "lint-fire-chance"),
    }
}

// --- static reachability ------------------------------------------------------------------------
