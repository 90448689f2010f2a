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
use std::collections::BTreeSet;

mod reach;
mod simulation;

use reach::*;
pub use simulation::{SIMULATION_WORK, lint_by_simulation, lint_by_simulation_within, work_per_turn};

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
