//! Lints: things a valid scenario does that are probably not what its author
//! meant. Every finding is a [`Severity::Warning`] located at file:line:col
//! with a plain-language hint; none of them stops a scenario from loading.
//!
//! [`lint`] reasons about the scenario without playing it:
//!
//! - **unreachable stages**: a stage (other than the last) with `advance: 0`
//!   holds every incident there, so the stages after it are never entered;
//! - **incidents that never start** because every inject that starts them can
//!   never fire (`validate` already warns when nothing starts them at all);
//! - **injects that can never fire**: on a stage nobody reaches, on detection
//!   of an incident that never starts, on `ServiceBelow` of an asset that
//!   nothing in the scenario can take that low (incident stages, inject
//!   effects and cascades along `depends_on` are counted; the players' own
//!   Harden and Isolate are not), on an action nobody can take;
//! - **objectives that can never be met**: an action nobody can take, an
//!   incident that never starts;
//! - **action families that have no effect here**: no agency has the skill a
//!   family needs (e.g. `MilitaryCooperation` without a Military agency), no
//!   hotline calls, no third state to ask (or no actor operating from one),
//!   joint investigation with only one nation able to investigate. (A single
//!   nation, where `ShareIntel` would have nobody to share with, is already
//!   an error in `validate`.)
//! - **objectives only the players themselves can lose**: `ServiceNeverBelow` or
//!   `SectorServiceAtEnd` on assets nothing can take that low; and **defeat
//!   conditions that can never hold** (`ServiceBelow` likewise);
//! - **assets nothing threatens that the scenario singles out**. An asset is
//!   *threatened* when an incident that can start targets it, or something in
//!   the scenario can lower its service (an incident stage, an inject or
//!   choice effect, or a cascade beyond `cascade_slack` from a threatened
//!   asset it depends on). Unthreatened assets are normal: every shipped
//!   scenario has bystanders (a telecom backbone, a hospital contractor, a
//!   cloud region) that make the players choose where to spend hardening and
//!   hunts, and that weigh the continuity score; the upstream asset of a
//!   threatened one is part of the dependency web players reason about. So an
//!   unthreatened asset is only reported when an objective, a defeat
//!   condition, an inject's trigger or an effect names it: the author expected
//!   something to happen to it that nothing in the scenario makes happen.
//!
//! Escalation levels, detection and the like depend on play and luck and are
//! not statically decidable. [`lint_by_simulation`] plays every built-in
//! policy many times from a fixed seed (deterministic, whatever the number of
//! threads) and reports objectives that no run met and injects that no run
//! fired, skipping those [`lint`] already reports as impossible.

use super::*;
use crate::sim::PolicyName;
use crate::sim::actions::skill_for;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Seed of the first simulated run; run `k` of every policy uses `SIMULATION_SEED + k`.
pub const SIMULATION_SEED: u64 = 1;
/// Runs per built-in policy that `hotline validate` uses: enough to see rare
/// injects fire, cheap enough to run on every save.
pub const DEFAULT_RUNS: usize = 200;

/// Static lints (see the module documentation).
pub fn lint(s: &Scenario) -> Vec<Diagnostic> {
    let reach = Reach::of(s);
    let mut w = Warn::new(s);
    let def = &s.def;

    // --- unreachable stages, incidents that never start ----------------------------
    for (i, inc) in def.incidents.iter().enumerate() {
        let started_by_inject = starters(s, i).next().is_some();
        if !reach.incident_live[i] {
            if started_by_inject {
                let names: Vec<String> = starters(s, i).map(|k| format!("`{}`", def.injects[k].id)).collect();
                w.at_element(
                    "incidents",
                    &inc.id,
                    None,
                    format!("incident `{}` never starts: the inject(s) that start it ({}) can never fire", inc.id, names.join(", ")),
                    "give it a start_turn, or start it from an inject that can fire (see the warnings on those injects)",
                );
            }
            continue;
        }
        let n = reach.stages[i];
        if n < inc.stages.len() {
            let blocker = &inc.stages[n - 1];
            let lost: Vec<String> = inc.stages[n..].iter().map(|st| format!("\"{}\"", st.name)).collect();
            let at = w.stage(&inc.id, &blocker.name);
            w.push(
                at,
                format!(
                    "stage \"{}\" of incident `{}` has advance 0, so {} can never be reached",
                    blocker.name,
                    inc.id,
                    lost.join(", ")
                ),
                format!(
                    "give \"{}\" an advance chance above 0 (e.g. `advance: 0.3`), or remove the stages after it; only a facilitator's adjudication could move the incident on",
                    blocker.name
                ),
            );
        }
    }

    // --- injects that can never fire ------------------------------------------------------
    for (k, inj) in def.injects.iter().enumerate() {
        if reach.inject_live[k] {
            continue;
        }
        let (why, hint) = reach.why_dead(s, &s.inject_triggers[k]);
        w.at_element(
            "injects",
            &inj.id,
            Some("trigger:"),
            format!("inject `{}` can never fire: {why}", inj.id),
            hint,
        );
    }

    // --- objectives that can never be met ------------------------------------------------------
    for (o, obj) in def.objectives.iter().enumerate() {
        if let Some((why, hint)) = reach.objective_impossible(s, &s.objective_conditions[o]) {
            w.at_element(
                "objectives",
                &obj.id,
                Some("condition:"),
                format!("objective `{}` can never be met: {why}", obj.id),
                hint,
            );
        }
    }

    // --- action families with no effect ------------------------------------------------------------
    let mut blocked: Vec<(Block, Vec<ActionKindName>)> = Vec::new();
    for f in ActionKindName::ALL {
        if let Some(b) = reach.family_block(s, f, None) {
            match blocked.iter_mut().find(|(x, _)| *x == b) {
                Some((_, fs)) => fs.push(f),
                None => blocked.push((b, vec![f])),
            }
        }
    }
    for (b, fs) in blocked {
        let labels: Vec<&str> = fs.iter().map(|f| f.label()).collect();
        let at = w.place(b.place);
        let verb = if fs.len() == 1 { "is" } else { "are" };
        w.push(
            at,
            format!("{} {verb} never possible in this scenario: {}", labels.join(", "), b.why),
            b.hint,
        );
    }
    if !def.third_states.is_empty()
        && !def.actors.is_empty()
        && s.actor_third_state.iter().all(Option::is_none)
    {
        let at = w.place(Place::Actors);
        w.push(
            at,
            format!(
                "{} has no effect in this scenario: no actor operates from a third state, so every request comes back empty",
                ActionKindName::RequestAssistance.label()
            ),
            "set an actor's origin to a third state's id if its activity emanates from there, or remove the third states",
        );
    }
    let investigators: Vec<usize> =
        (0..def.nations.len()).filter(|&n| has_skill(s, n, Skill::Investigation)).collect();
    if investigators.len() == 1 {
        let at = w.place(Place::Nations);
        w.push(
            at,
            format!(
                "{} has no joint effect in this scenario: only {} has an agency with the Investigation skill, so no partner can match it",
                ActionKindName::JointInvestigation.label(),
                def.nations[investigators[0]].short
            ),
            "give an agency of another nation the Investigation skill, or expect players to investigate nationally",
        );
    }

    // --- objectives only the players can lose; defeat that never comes -----------------------------
    for (o, obj) in def.objectives.iter().enumerate() {
        if let Some((why, hint)) = reach.objective_trivial(s, &s.objective_conditions[o]) {
            w.at_element(
                "objectives",
                &obj.id,
                Some("condition:"),
                format!("objective `{}` can only be lost by the players' own actions: {why}", obj.id),
                hint,
            );
        }
    }
    for (d, cond) in s.defeat_conditions.iter().enumerate() {
        if let ConditionIx::ServiceBelow { asset, level } = *cond
            && reach.min_service[asset] >= level as f64
        {
            let earlier = s.defeat_conditions[..d]
                .iter()
                .filter(|c| matches!(**c, ConditionIx::ServiceBelow { asset: x, .. } if x == asset))
                .count();
            let at = w.defeat(&def.assets[asset].id, earlier);
            w.push(
                at,
                format!(
                    "defeat condition {} can never hold: nothing in the scenario can take `{}` below {level} (the lowest it can fall is {:.0})",
                    d + 1,
                    def.assets[asset].id,
                    reach.min_service[asset]
                ),
                "raise the level, or target the asset (or one it depends on) with a stage that has service_loss",
            );
        }
    }

    // --- assets nothing threatens, that the scenario singles out -------------------------------------
    for (a, asset) in def.assets.iter().enumerate() {
        if reach.threatened(s, a) {
            continue;
        }
        let refs = references(s, a);
        if refs.is_empty() {
            continue; // context: a deliberate bystander (see the module documentation)
        }
        w.at_element(
            "assets",
            &asset.id,
            None,
            format!(
                "asset `{}` is never threatened (no incident targets it or an asset it depends on, and nothing else lowers its service), yet {} {} it out",
                asset.id,
                refs.join(", "),
                if refs.len() == 1 { "singles" } else { "single" }
            ),
            "target it (or an asset it depends on) with an incident, or point those at an asset that is under attack",
        );
    }

    w.finish()
}

/// Objectives no run met and injects no run fired, over `runs` seeded
/// playthroughs of every built-in policy (seeds `SIMULATION_SEED..`). Findings
/// [`lint`] already reports as impossible are left out. Deterministic.
pub fn lint_by_simulation(s: &Arc<Scenario>, runs: usize) -> Vec<Diagnostic> {
    let mut w = Warn::new(s);
    if runs == 0 {
        return w.finish();
    }
    let reach = Reach::of(s);
    let def = &s.def;
    let mut met = vec![false; def.objectives.len()];
    let mut fired = vec![false; def.injects.len()];
    let threads = crate::batch::all_cores();
    // Rounds of CHUNK runs per policy, in a fixed order: once every objective
    // was met and every inject fired there is nothing left to report, so the
    // rest is skipped. Run k of a policy always has seed SIMULATION_SEED + k,
    // so the findings are those of the full `runs` and do not depend on threads.
    const CHUNK: usize = 25;
    let mut from = 0;
    while from < runs && !(met.iter().all(|&m| m) && fired.iter().all(|&f| f)) {
        let n = CHUNK.min(runs - from);
        for policy in PolicyName::ALL {
            for r in crate::batch::run_many(s, policy, n, SIMULATION_SEED + from as u64, threads, &|_| {}) {
                met.iter_mut().zip(&r.objectives).for_each(|(m, &x)| *m |= x);
                fired.iter_mut().zip(&r.inject_turns).for_each(|(f, t)| *f |= t.is_some());
            }
        }
        from += n;
    }
    let played: Vec<&str> = PolicyName::ALL.iter().map(|p| p.label()).collect();
    let evidence = format!("{runs} seeded runs of each built-in policy ({})", played.join(", "));

    for (o, obj) in def.objectives.iter().enumerate() {
        if met[o] || reach.objective_impossible(s, &s.objective_conditions[o]).is_some() {
            continue;
        }
        w.at_element(
            "objectives",
            &obj.id,
            Some("condition:"),
            format!("objective `{}` was never met in {evidence}", obj.id),
            format!(
                "the built-in policies are no experts, but an objective none of them ever meets rewards nobody: {}; check the rates with `hotline simulate`",
                objective_hint(&s.objective_conditions[o])
            ),
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
            format!("inject `{}` never fired in {evidence}", inj.id),
            trigger_hint(s, &s.inject_triggers[k]),
        );
    }
    w.finish()
}

fn objective_hint(c: &ConditionIx) -> String {
    match c {
        ConditionIx::Attributed { by_turn: Some(_), .. } | ConditionIx::Contained { by_turn: Some(_), .. } | ConditionIx::ActionTaken { by_turn: Some(_), .. } => {
            "allow a later by_turn, or make the incident start earlier, detect more easily or advance more slowly".into()
        }
        ConditionIx::Attributed { .. } | ConditionIx::Contained { .. } => "make the incident easier to detect, or start it earlier".into(),
        ConditionIx::ServiceNeverBelow { .. } | ConditionIx::SectorServiceAtEnd { .. } => "lower the service level it asks for, or soften the stages that hit the asset".into(),
        ConditionIx::EscalationNeverAbove(_) => "allow a higher level, or lower the pressure (start_escalation, damaging stages, alarm)".into(),
        ConditionIx::TrustAtEnd(_) => "ask for less trust, or start trust higher".into(),
        ConditionIx::DataStolenAtMost(_) | ConditionIx::IpStolenAtMost(_) => "allow more losses, or make the stealing stages harder to reach".into(),
        _ => "make it reachable, or drop it".into(),
    }
}

fn trigger_hint(s: &Scenario, t: &TriggerIx) -> String {
    match *t {
        TriggerIx::AtTurn(n) => format!(
            "every run ended before turn {n} (all incidents resolved, or a defeat condition met): fire it earlier"
        ),
        TriggerIx::StageReached { incident, stage } => format!(
            "incident `{}` never got to \"{}\": raise the advance chances of the stages before it, or start the incident earlier",
            s.def.incidents[incident].id, s.def.incidents[incident].stages[stage].name
        ),
        TriggerIx::Detected(i) => format!(
            "`{}` was never detected: raise its stages' detect chances or its target's monitoring",
            s.def.incidents[i].id
        ),
        TriggerIx::EscalationAtLeast(l) => format!(
            "escalation never reached level {l}: use a lower level, or add pressure (damaging stages, Escalation and Alarm effects)"
        ),
        TriggerIx::ServiceBelow { asset, level } => format!(
            "service of `{}` never fell below {level}: raise the level, or make the stages that hit it do more damage",
            s.def.assets[asset].id
        ),
        TriggerIx::ActionTaken { action, .. } => format!(
            "no policy ever took {}: check that it can be taken (skills, capacity, targets)",
            action.label()
        ),
        TriggerIx::Chance { .. } => "raise its chance p, or widen its window of turns".into(),
    }
}

// --- static reachability ------------------------------------------------------------------------

/// Where a family-level warning points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Nations,
    ThirdStates,
    Actors,
    HotlineCalls,
    Incidents,
    Assets,
}

/// Why an action family can never be taken, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Block {
    why: String,
    hint: String,
    place: Place,
}

/// What can happen at all, ignoring luck: the least fixed point of "this can
/// start / fire / be lowered", grown from what starts on its own.
struct Reach {
    incident_live: Vec<bool>,
    inject_live: Vec<bool>,
    /// Stages an incident can be in: `stages[..n]`.
    stages: Vec<usize>,
    /// Lowest service each asset can be brought to by the scenario itself.
    min_service: Vec<f64>,
    hotline: bool,
}

fn starters(s: &Scenario, incident: usize) -> impl Iterator<Item = usize> + '_ {
    (0..s.def.injects.len())
        .filter(move |&k| effects_of(s, k).any(|e| *e == EffectIx::StartIncident(incident)))
}

/// Every effect an inject can apply: its own and all its choices'.
fn effects_of(s: &Scenario, k: usize) -> impl Iterator<Item = &EffectIx> {
    s.inject_effects[k].iter().chain(s.choice_effects[k].iter().flatten())
}

/// What names the asset other than `depends_on`: objectives, defeat
/// conditions, triggers and effects, as "objective `x`", "inject `y`"...
fn references(s: &Scenario, a: usize) -> Vec<String> {
    let def = &s.def;
    let names = |c: &ConditionIx| matches!(*c, ConditionIx::ServiceNeverBelow { asset, .. } | ConditionIx::ServiceBelow { asset, .. } if asset == a);
    let mut out = Vec::new();
    for (o, c) in s.objective_conditions.iter().enumerate() {
        if names(c) {
            out.push(format!("objective `{}`", def.objectives[o].id));
        }
    }
    for (d, c) in s.defeat_conditions.iter().enumerate() {
        if names(c) {
            out.push(format!("defeat condition {}", d + 1));
        }
    }
    for (k, inj) in def.injects.iter().enumerate() {
        let trigger = matches!(s.inject_triggers[k], TriggerIx::ServiceBelow { asset, .. } if asset == a);
        let effect = effects_of(s, k).any(|e| matches!(*e, EffectIx::Service { asset, .. } | EffectIx::Hardening { asset, .. } if asset == a));
        if trigger || effect {
            out.push(format!("inject `{}`", inj.id));
        }
    }
    out
}

fn has_skill(s: &Scenario, nation: usize, skill: Skill) -> bool {
    s.def.nations[nation].agencies.iter().any(|g| g.skills.get(&skill).is_some_and(|&v| v > 0))
}

impl Reach {
    fn of(s: &Scenario) -> Reach {
        let def = &s.def;
        let stages = def
            .incidents
            .iter()
            .map(|inc| {
                let last = inc.stages.len().saturating_sub(1);
                inc.stages
                    .iter()
                    .take(last)
                    .position(|st| st.advance <= 0.0)
                    .map_or(inc.stages.len(), |k| k + 1)
            })
            .collect();
        let mut r = Reach {
            incident_live: def.incidents.iter().map(|inc| inc.start_turn.is_some()).collect(),
            inject_live: vec![false; def.injects.len()],
            stages,
            min_service: def.assets.iter().map(|a| a.service as f64).collect(),
            hotline: def.rules.hotline_calls > 0,
        };
        loop {
            r.hotline = def.rules.hotline_calls > 0
                || (0..def.injects.len())
                    .any(|k| r.inject_live[k] && effects_of(s, k).any(|e| *e == EffectIx::HotlineCall));
            r.min_service = r.lowest_service(s);
            let mut changed = false;
            for k in 0..def.injects.len() {
                if !r.inject_live[k] && r.can_fire(s, &s.inject_triggers[k]) {
                    r.inject_live[k] = true;
                    changed = true;
                    for e in effects_of(s, k) {
                        if let EffectIx::StartIncident(i) = *e {
                            r.incident_live[i] = true;
                        }
                    }
                }
            }
            if !changed {
                return r;
            }
        }
    }

    /// Lowest service per asset, from the damage the live parts of the scenario can do.
    fn lowest_service(&self, s: &Scenario) -> Vec<f64> {
        let def = &s.def;
        let mut loss = vec![0.0f64; def.assets.len()];
        for (i, inc) in def.incidents.iter().enumerate() {
            if self.incident_live[i] {
                loss[s.incident_target[i]] +=
                    inc.stages[..self.stages[i]].iter().map(|st| st.effects.service_loss as f64).sum::<f64>();
            }
        }
        let cut = |effects: &[EffectIx], a: usize| -> f64 {
            effects
                .iter()
                .map(|e| {
                    if let EffectIx::Service { asset, delta } = *e
                        && asset == a
                        && delta < 0
                    {
                        -delta as f64
                    } else {
                        0.0
                    }
                })
                .sum()
        };
        for (k, inj) in def.injects.iter().enumerate() {
            if !self.inject_live[k] {
                continue;
            }
            let times = if inj.once { 1.0 } else { def.turns as f64 };
            let touched: BTreeSet<usize> = effects_of(s, k)
                .filter_map(|e| {
                    if let EffectIx::Service { asset, delta } = *e
                        && delta < 0
                    {
                        Some(asset)
                    } else {
                        None
                    }
                })
                .collect();
            for a in touched {
                let worst_choice = s.choice_effects[k].iter().map(|c| cut(c, a)).fold(0.0, f64::max);
                loss[a] += times * (cut(&s.inject_effects[k], a) + worst_choice);
            }
        }
        let slack = def.rules.cascade_slack as f64;
        let mut out = vec![100.0f64; def.assets.len()];
        for &a in &s.topo {
            let mut v = (def.assets[a].service as f64 - loss[a]).max(0.0);
            for &d in &s.asset_deps[a] {
                v = v.min(out[d] + slack);
            }
            out[a] = v.clamp(0.0, 100.0);
        }
        out
    }

    fn can_fire(&self, s: &Scenario, t: &TriggerIx) -> bool {
        match *t {
            TriggerIx::AtTurn(n) => n >= 1 && n <= s.def.turns,
            TriggerIx::Chance { .. } | TriggerIx::EscalationAtLeast(_) => true,
            TriggerIx::StageReached { incident, stage } => {
                self.incident_live[incident] && stage < self.stages[incident]
            }
            TriggerIx::Detected(incident) => self.incident_live[incident],
            TriggerIx::ServiceBelow { asset, level } => self.min_service[asset] < level as f64,
            TriggerIx::ActionTaken { action, nation } => self.family_block(s, action, nation).is_none(),
        }
    }

    /// Why a trigger that cannot fire cannot, and a hint.
    fn why_dead(&self, s: &Scenario, t: &TriggerIx) -> (String, String) {
        let def = &s.def;
        let never_starts = |i: usize| {
            (
                format!("incident `{}` never starts", def.incidents[i].id),
                "start the incident with a start_turn or from an inject that can fire".to_string(),
            )
        };
        match *t {
            TriggerIx::StageReached { incident, stage } if self.incident_live[incident] => {
                let inc = &def.incidents[incident];
                let blocker = &inc.stages[self.stages[incident] - 1];
                (
                    format!("stage \"{}\" of `{}` is never reached: stage \"{}\" before it has advance 0", inc.stages[stage].name, inc.id, blocker.name),
                    format!("give \"{}\" an advance chance above 0, or trigger on a stage that can be reached", blocker.name),
                )
            }
            TriggerIx::StageReached { incident, .. } | TriggerIx::Detected(incident) => never_starts(incident),
            TriggerIx::ServiceBelow { asset, level } => (
                format!(
                    "nothing in the scenario can take `{}` below {level} (the lowest it can fall is {:.0})",
                    def.assets[asset].id, self.min_service[asset]
                ),
                "only the players' own Harden or Isolate could lower it that far: target the asset (or an asset it depends on) with a stage that has service_loss, or raise the level".into(),
            ),
            TriggerIx::ActionTaken { action, nation } => match self.family_block(s, action, nation) {
                Some(b) => (format!("{} can never be taken: {}", action.label(), b.why), b.hint),
                None => ("it cannot be reached".into(), String::new()),
            },
            TriggerIx::AtTurn(_) | TriggerIx::Chance { .. } | TriggerIx::EscalationAtLeast(_) => ("it cannot be reached".into(), String::new()),
        }
    }

    /// Whether anything in the scenario can hurt the asset: an incident that can
    /// start targets it, or its service can be lowered (stages, effects, cascades).
    fn threatened(&self, s: &Scenario, a: usize) -> bool {
        self.min_service[a] < s.def.assets[a].service as f64
            || (0..s.def.incidents.len()).any(|i| self.incident_live[i] && s.incident_target[i] == a)
    }

    /// Why an objective can only be lost by the players' own hand, if so.
    fn objective_trivial(&self, s: &Scenario, c: &ConditionIx) -> Option<(String, String)> {
        let def = &s.def;
        let hint = "if the threat should put it at risk, make the stages that hit it (or what it depends on) do more damage, lower cascade_slack, or ask for more; as it is, only the players' own Isolate (service capped at 50) or repeated Harden (-5 each) can lose it";
        match *c {
            ConditionIx::ServiceNeverBelow { asset, min } if self.min_service[asset] >= min as f64 => Some((
                format!(
                    "nothing in the scenario can take `{}` below {min} (incidents, injects and cascades take it down to {:.0} at worst)",
                    def.assets[asset].id, self.min_service[asset]
                ),
                hint.into(),
            )),
            ConditionIx::SectorServiceAtEnd { sector, nation, min } => {
                let (mut v, mut w) = (0.0, 0.0);
                for (a, d) in def.assets.iter().enumerate() {
                    if d.sector == sector && nation.is_none_or(|n| s.asset_nation[a] == n) {
                        let p = d.population.max(1) as f64;
                        v += p * self.min_service[a];
                        w += p;
                    }
                }
                let low = if w > 0.0 { v / w } else { 0.0 };
                let whose = nation.map_or_else(String::new, |n| format!("{} ", def.nations[n].short));
                (w > 0.0 && low >= min as f64).then(|| {
                    (
                        format!(
                            "nothing in the scenario can take the {whose}{} sector below {min} (incidents, injects and cascades take it down to {low:.0} at worst)",
                            sector.label()
                        ),
                        hint.into(),
                    )
                })
            }
            _ => None,
        }
    }

    fn objective_impossible(&self, s: &Scenario, c: &ConditionIx) -> Option<(String, String)> {
        let def = &s.def;
        match *c {
            ConditionIx::ActionTaken { action, .. } => {
                self.family_block(s, action, None).map(|b| (format!("{} can never be taken: {}", action.label(), b.why), b.hint))
            }
            ConditionIx::Attributed { incident, .. } | ConditionIx::Contained { incident, .. } if !self.incident_live[incident] => Some((
                format!("incident `{}` never starts", def.incidents[incident].id),
                "start the incident with a start_turn or from an inject that can fire, or judge an incident that runs".into(),
            )),
            _ => None,
        }
    }

    /// Why `family` can never be taken (by `nation`, or by anyone), if it can't.
    fn family_block(&self, s: &Scenario, family: ActionKindName, nation: Option<usize>) -> Option<Block> {
        use ActionKindName as K;
        let def = &s.def;
        let nations: Vec<usize> = nation.map_or_else(|| (0..def.nations.len()).collect(), |n| vec![n]);
        let whose = nation
            .map_or_else(|| "no agency".to_string(), |n| format!("no agency of {}", def.nations[n].short));
        if let Some(skill) = skill_for(family)
            && !nations.iter().any(|&n| has_skill(s, n, skill))
        {
            return Some(Block {
                why: format!("{whose} has the {} skill", skill.label()),
                hint: format!(
                    "give an agency the {} skill (e.g. `skills: {{{}: 60}}`), or leave the family out of the exercise's objectives and injects",
                    skill.label(),
                    skill.label()
                ),
                place: Place::Nations,
            });
        }
        match family {
            K::Harden | K::Isolate | K::Restore => {
                let able = nations.iter().any(|&n| has_skill(s, n, Skill::Defense) && s.asset_nation.contains(&n));
                (!able).then(|| Block {
                    why: "no nation with a Defense agency owns an asset".into(),
                    hint: "only an asset's owner can harden, isolate or restore it: give the owner of an asset a Defense agency".into(),
                    place: Place::Assets,
                })
            }
            K::MilitaryCooperation => def.assets.is_empty().then(|| Block {
                why: "there are no assets to hunt on".into(),
                hint: "add assets".into(),
                place: Place::Assets,
            }),
            K::RequestAssistance if def.third_states.is_empty() => Some(Block {
                why: "there are no third states to ask".into(),
                hint: "add a third_states entry and set the origin of the actors operating from it".into(),
                place: Place::ThirdStates,
            }),
            K::Hotline if !self.hotline => Some(Block {
                why: "the scenario gives no hotline calls (rules.hotline_calls is 0 and no inject that can fire adds one)".into(),
                hint: "set rules.hotline_calls above 0, or add a HotlineCall effect".into(),
                place: Place::HotlineCalls,
            }),
            K::ShareIntel | K::Investigate | K::JointInvestigation | K::AttributePublicly | K::RequestAssistance
                if !self.incident_live.iter().any(|&l| l) =>
            {
                Some(Block {
                    why: "no incident ever starts".into(),
                    hint: "give an incident a start_turn".into(),
                    place: Place::Incidents,
                })
            }
            _ => None,
        }
    }
}

// --- locating warnings ----------------------------------------------------------------------------

struct Warn<'a> {
    loc: Locator<'a>,
    len: usize,
    file: &'a str,
    out: Vec<Diagnostic>,
}

impl<'a> Warn<'a> {
    fn new(s: &'a Scenario) -> Self {
        Warn { loc: Locator::new(&s.source), len: s.source.len(), file: &s.path, out: Vec::new() }
    }

    fn push(&mut self, at: (usize, usize), message: String, hint: impl Into<String>) {
        self.out.push(Diagnostic {
            file: self.file.to_string(),
            line: at.0,
            col: at.1,
            severity: Severity::Warning,
            message,
            hint: hint.into(),
        });
    }

    fn at_element(
        &mut self,
        section: &str,
        id: &str,
        needle: Option<&str>,
        message: String,
        hint: impl Into<String>,
    ) {
        let at = self.loc.locate(section, Some(id), needle);
        self.push(at, message, hint);
    }

    /// The stage's name inside the incident's `stages` list.
    fn stage(&self, incident: &str, stage: &str) -> (usize, usize) {
        let base =
            self.loc.element("incidents", incident, 0).or_else(|| self.loc.section("incidents")).unwrap_or(0);
        let list = self.loc.after(base, "stages");
        self.loc.position(self.loc.after(list, &format!("\"{stage}\"")))
    }

    /// A defeat condition, found by the asset it names: the `earlier`-th
    /// mention of the asset after `defeat:` (conditions have no ids).
    fn defeat(&self, asset: &str, earlier: usize) -> (usize, usize) {
        let base = self.loc.section("defeat").unwrap_or(0);
        let quoted = format!("\"{asset}\"");
        let mut at = self.loc.after(base, &quoted);
        for _ in 0..earlier {
            at = self.loc.after((at + quoted.len()).min(self.len), &quoted);
        }
        self.loc.position(at)
    }

    fn place(&self, p: Place) -> (usize, usize) {
        let first = |sections: &[&str]| sections.iter().find_map(|s| self.loc.section(s)).unwrap_or(0);
        let at = match p {
            Place::Nations => first(&["nations"]),
            Place::ThirdStates => first(&["third_states", "actors"]),
            Place::Actors => first(&["actors"]),
            Place::Incidents => first(&["incidents"]),
            Place::Assets => first(&["assets"]),
            Place::HotlineCalls => match self.loc.section("rules") {
                Some(r) => self.loc.after(r, "hotline_calls"),
                None => first(&["turns"]),
            },
        };
        self.loc.position(at)
    }

    fn finish(self) -> Vec<Diagnostic> {
        let mut out = self.out;
        out.sort_by_key(|d| (d.line, d.col));
        out
    }
}
