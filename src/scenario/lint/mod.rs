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
//! fired, skipping those [`lint`] already reports as impossible; a scenario
//! whose cooperative policy does not beat the unilateral one; and an inject
//! whose default choice scores best for every policy when each of its choices
//! is forced in turn (`choices.rs`: the choice is no dilemma).

use super::*;
use crate::i18n::{Arg, Lang};
use crate::sim::PolicyName;
use crate::tr;
use std::collections::BTreeSet;

mod choices;
mod dilemmas;
mod reach;
mod simulation;

pub use choices::{CHOICE_RUNS, CHOICE_TIE, CHOICE_WORK, ChoiceScores, choice_runs, choice_scores};
use reach::*;
pub use simulation::{
    SIMULATION_WORK, lint_by_simulation, lint_by_simulation_in, lint_by_simulation_within, work_per_turn,
};

/// Seed of the first simulated run; run `k` of every policy uses `SIMULATION_SEED + k`.
pub const SIMULATION_SEED: u64 = 1;
/// Runs per built-in policy that `hotline validate` uses: enough to see rare
/// injects fire, cheap enough to run on every save.
pub const DEFAULT_RUNS: usize = 200;

/// Static lints (see the module documentation), in English.
pub fn lint(s: &Scenario) -> Vec<Diagnostic> {
    lint_in(Lang::En, s)
}

/// [`lint`] with the messages in `lang`.
pub fn lint_in(lang: Lang, s: &Scenario) -> Vec<Diagnostic> {
    let l = lang;
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
                    tr!(l, "lint-incident-never-starts", id = &inc.id, injects = names.join(", ")),
                    tr!(l, "lint-incident-never-starts.hint"),
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
                tr!(l, "lint-stage-unreachable", stage = &blocker.name, id = &inc.id, lost = lost.join(", ")),
                tr!(l, "lint-stage-unreachable.hint", stage = &blocker.name),
            );
        }
    }

    // --- injects that can never fire ------------------------------------------------------
    for (k, inj) in def.injects.iter().enumerate() {
        if reach.inject_live[k] {
            continue;
        }
        let (why, hint) = reach.why_dead(l, s, &s.inject_triggers[k]);
        w.at_element(
            "injects",
            &inj.id,
            Some("trigger:"),
            tr!(l, "lint-inject-never-fires", id = &inj.id, why = why),
            hint,
        );
    }

    // --- objectives that can never be met ------------------------------------------------------
    for (o, obj) in def.objectives.iter().enumerate() {
        if let Some((why, hint)) = reach.objective_impossible(l, s, &s.objective_conditions[o]) {
            let message = tr!(l, "lint-objective-impossible", id = &obj.id, why = why);
            w.at_element("objectives", &obj.id, Some("condition:"), message, hint);
        }
    }

    // --- action families with no effect ------------------------------------------------------------
    let mut blocked: Vec<(Block, Vec<ActionKindName>)> = Vec::new();
    for f in ActionKindName::ALL {
        if let Some(b) = reach.family_block(l, s, f, None) {
            match blocked.iter_mut().find(|(x, _)| *x == b) {
                Some((_, fs)) => fs.push(f),
                None => blocked.push((b, vec![f])),
            }
        }
    }
    for (b, fs) in blocked {
        let labels: Vec<String> = fs.iter().map(|f| f.label_in(l)).collect();
        let at = w.place(b.place);
        w.push(
            at,
            tr!(l, "lint-family-never", families = labels.join(", "), count = fs.len(), why = b.why),
            b.hint,
        );
    }
    if !def.third_states.is_empty()
        && !def.actors.is_empty()
        && s.actor_third_state.iter().all(Option::is_none)
    {
        let at = w.place(Place::Actors);
        let family = ActionKindName::RequestAssistance.label_in(l);
        w.push(
            at,
            tr!(l, "lint-no-third-state-origin", family = family),
            tr!(l, "lint-no-third-state-origin.hint"),
        );
    }
    let investigators: Vec<usize> =
        (0..def.nations.len()).filter(|&n| has_skill(s, n, Skill::Investigation)).collect();
    if investigators.len() == 1 {
        let at = w.place(Place::Nations);
        let family = ActionKindName::JointInvestigation.label_in(l);
        let nation = s.text(l, Text::NationShort(investigators[0]));
        w.push(
            at,
            tr!(l, "lint-joint-alone", family = family, nation = nation),
            tr!(l, "lint-joint-alone.hint"),
        );
    }

    dilemmas::unaffordable(l, s, &mut w);

    // --- objectives only the players can lose; defeat that never comes -----------------------------
    for (o, obj) in def.objectives.iter().enumerate() {
        if let Some((why, hint)) = reach.objective_trivial(l, s, &s.objective_conditions[o]) {
            let message = tr!(l, "lint-objective-trivial", id = &obj.id, why = why);
            w.at_element("objectives", &obj.id, Some("condition:"), message, hint);
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
            let message = tr!(
                l,
                "lint-defeat-never",
                n = d + 1,
                asset = &def.assets[asset].id,
                level = level,
                low = Arg::num(reach.min_service[asset], 0)
            );
            w.push(at, message, tr!(l, "lint-defeat-never.hint"));
        }
    }

    // --- assets nothing threatens, that the scenario singles out -------------------------------------
    for (a, asset) in def.assets.iter().enumerate() {
        if reach.threatened(s, a) {
            continue;
        }
        let refs = references(l, s, a);
        if refs.is_empty() {
            continue; // context: a deliberate bystander (see the module documentation)
        }
        let message =
            tr!(l, "lint-asset-unthreatened", id = &asset.id, refs = refs.join(", "), count = refs.len());
        w.at_element("assets", &asset.id, None, message, tr!(l, "lint-asset-unthreatened.hint"));
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
