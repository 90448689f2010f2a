//! Teaching: the glossary, a one-line "why this happened" after each turn,
//! the tutorial coach's steps, and which of the player's decisions mattered
//! most (by replaying without each). Every word is in the reader's
//! language: the glossary's terms and definitions are messages of
//! `assets/i18n/*/glossary.ftl`, the why-line and the key decisions of
//! `coach.ftl`, the events and decisions they quote the narrator's.

use crate::i18n::{Arg, Lang};
use crate::scenario::{ActionKindName, InjectKind, Scenario, Text};
use crate::sim::{Decision, Event, Exercise, LogEntry, LogKind, Score, Seat};
use crate::tr;

/// A term a learner meets. Its name and plain-language definition are the
/// message `glossary-<term>` and its `.definition` in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    Ioc,
    Isac,
    Attribution,
    Hotline,
    SourceBurn,
    ClassificationReview,
    Misfire,
    MilToMil,
    JointInvestigation,
    Escalation,
    AllianceTrust,
    Cascade,
    Norm1,
    Norm2,
    Norm3,
    ThirdState,
    Inject,
    /// Hardening, isolation and restoration.
    Defences,
}

/// The rules' thresholds the glossary quotes. They are literals of the
/// rules (`sim::turn`, `sim::actions`, `sim::dilemmas`); tests/teaching.rs
/// checks each against a game, so the glossary cannot drift from them.
pub mod rules {
    /// Investigation (%) at which an incident is attributed.
    pub const ATTRIBUTED_AT: u32 = 60;
    /// Investigation (%) at which an incident is contained.
    pub const CONTAINED_AT: u32 = 100;
    /// The service an isolated asset keeps at most.
    pub const ISOLATED_SERVICE_CAP: u32 = 50;
    /// A third state whose cooperation is under this is barred by its law…
    pub const BARRED_BELOW: u32 = 30;
    /// …unless the evidence (best investigation, %) reaches this.
    pub const BARRED_UNLESS_EVIDENCE: u32 = 80;
    /// The trust of close and of wary allies the source-burn odds are quoted at.
    pub const CLOSE_TRUST: u32 = 90;
    pub const WARY_TRUST: u32 = 20;
}

impl Term {
    /// Every term, in the order the glossary lists them.
    pub const ALL: [Term; 18] = [
        Term::Ioc,
        Term::Isac,
        Term::Attribution,
        Term::Hotline,
        Term::SourceBurn,
        Term::ClassificationReview,
        Term::Misfire,
        Term::MilToMil,
        Term::JointInvestigation,
        Term::Escalation,
        Term::AllianceTrust,
        Term::Cascade,
        Term::Norm1,
        Term::Norm2,
        Term::Norm3,
        Term::ThirdState,
        Term::Inject,
        Term::Defences,
    ];

    /// The term as the glossary lists it in `lang` (Korean keeps the English
    /// term in parentheses where practitioners use it: 침해지표(IOC)).
    pub fn name(self, lang: Lang) -> String {
        let l = lang;
        match self {
            Term::Ioc => tr!(l, "glossary-ioc"),
            Term::Isac => tr!(l, "glossary-isac"),
            Term::Attribution => tr!(l, "glossary-attribution"),
            Term::Hotline => tr!(l, "glossary-hotline"),
            Term::SourceBurn => tr!(l, "glossary-source-burn"),
            Term::ClassificationReview => tr!(l, "glossary-classification-review"),
            Term::Misfire => tr!(l, "glossary-misfire"),
            Term::MilToMil => tr!(l, "glossary-mil-to-mil"),
            Term::JointInvestigation => tr!(l, "glossary-joint-investigation"),
            Term::Escalation => tr!(l, "glossary-escalation"),
            Term::AllianceTrust => tr!(l, "glossary-alliance-trust"),
            Term::Cascade => tr!(l, "glossary-cascade"),
            Term::Norm1 => tr!(l, "glossary-norm-1"),
            Term::Norm2 => tr!(l, "glossary-norm-2"),
            Term::Norm3 => tr!(l, "glossary-norm-3"),
            Term::ThirdState => tr!(l, "glossary-third-state"),
            Term::Inject => tr!(l, "glossary-inject"),
            Term::Defences => tr!(l, "glossary-defences"),
        }
    }

    /// Its definition in `lang`, quoting the rules' numbers.
    pub fn definition(self, lang: Lang) -> String {
        use rules::*;
        let l = lang;
        // The odds of the rules this build plays (a new game's).
        let version = crate::sim::state::CURRENT_RULES;
        let burn = |trust: u32| Arg::num(crate::sim::dilemmas::burn_chance(version, trust as f64) * 100.0, 0);
        match self {
            Term::Ioc => tr!(l, "glossary-ioc.definition"),
            Term::Isac => tr!(l, "glossary-isac.definition"),
            Term::Attribution => tr!(
                l,
                "glossary-attribution.definition",
                attributed = ATTRIBUTED_AT,
                contained = CONTAINED_AT
            ),
            Term::Hotline => tr!(l, "glossary-hotline.definition"),
            Term::SourceBurn => tr!(
                l,
                "glossary-source-burn.definition",
                close = burn(CLOSE_TRUST),
                close_trust = CLOSE_TRUST,
                wary = burn(WARY_TRUST),
                wary_trust = WARY_TRUST
            ),
            Term::ClassificationReview => tr!(l, "glossary-classification-review.definition"),
            Term::Misfire => {
                tr!(l, "glossary-misfire.definition", attributed = ATTRIBUTED_AT, contained = CONTAINED_AT)
            }
            Term::MilToMil => tr!(l, "glossary-mil-to-mil.definition"),
            Term::JointInvestigation => tr!(l, "glossary-joint-investigation.definition"),
            Term::Escalation => tr!(
                l,
                "glossary-escalation.definition",
                lowest = crate::narrate::labels::escalation_level(l, 1),
                highest = crate::narrate::labels::escalation_level(l, 5)
            ),
            Term::AllianceTrust => tr!(l, "glossary-alliance-trust.definition"),
            Term::Cascade => tr!(l, "glossary-cascade.definition"),
            Term::Norm1 => tr!(l, "glossary-norm-1.definition"),
            Term::Norm2 => tr!(l, "glossary-norm-2.definition"),
            Term::Norm3 => tr!(l, "glossary-norm-3.definition"),
            Term::ThirdState => tr!(
                l,
                "glossary-third-state.definition",
                barred = BARRED_BELOW,
                evidence = BARRED_UNLESS_EVIDENCE
            ),
            Term::Inject => tr!(l, "glossary-inject.definition"),
            Term::Defences => tr!(l, "glossary-defences.definition", cap = ISOLATED_SERVICE_CAP),
        }
    }
}

/// One line on why the last turn went as it did, for one seat, in `lang`:
/// the narration of [`why_entry`].
pub fn why_line(lang: Lang, ex: &Exercise, seat: Seat) -> Option<String> {
    why_entry(ex, seat).map(|e| why_text(lang, ex.scenario(), e))
}

/// The why line of an entry [`why_entry`] chose, in `lang`.
pub fn why_text(lang: Lang, s: &crate::scenario::Scenario, e: &LogEntry) -> String {
    tr!(lang, "coach-why", why = crate::narrate::entry(lang, s, e))
}

/// The most consequential event of the last turn's resolution that the
/// seat may see (`sim::visibility` decides; a team never learns why from
/// another's secrets).
pub fn why_entry(ex: &Exercise, seat: Seat) -> Option<&LogEntry> {
    let rank = |e: &LogEntry| match &e.event {
        Event::Ends { .. } => 0,
        Event::EscalationChanges { .. } | Event::PublicAsks { .. } => 1,
        Event::StageReached { service_loss, .. } if *service_loss > 0 => 2,
        Event::Withheld { .. } => 3,
        Event::Attributed { .. } | Event::Contained { .. } => 4,
        _ => match e.kind() {
            LogKind::Detection => 5,
            LogKind::Diplomacy => 6,
            LogKind::Trust => 7,
            LogKind::Attack => 8,
            _ => 9,
        },
    };
    seat.entries(ex.last_turn_log(), false)
        .map(|e| (rank(e), e))
        .filter(|(r, _)| *r < 9)
        .min_by_key(|(r, _)| *r)
        .map(|(_, e)| e)
}

/// The coach's step for this turn: the Directive inject the nation is reading
/// (its prose in the reader's language), and which of the families it
/// expects the nation has already taken.
#[derive(Debug, Clone, PartialEq)]
pub struct CoachStep {
    pub inject: usize,
    pub title: String,
    pub text: String,
    pub expected: String,
    /// Each family the directive expects, and whether the nation took it this turn.
    pub steps: Vec<(ActionKindName, bool)>,
}

impl CoachStep {
    /// The first family not yet taken (the one to highlight).
    pub fn next(&self) -> Option<ActionKindName> {
        self.steps.iter().find(|(_, done)| !done).map(|&(k, _)| k)
    }
}

/// The Directive inject fired this turn for `nation`, if any, with its steps
/// (from the inject's typed `expects`) and its prose in `lang` (the
/// scenario's translation, English where it has none).
pub fn coach_step(lang: Lang, ex: &Exercise, nation: usize) -> Option<CoachStep> {
    let s = ex.scenario();
    let turn = ex.state().turn;
    s.def.nations.get(nation)?;
    let i = s.def.injects.iter().enumerate().position(|(i, d)| {
        d.kind == InjectKind::Directive
            && ex.state().injects[i].fired_turn == Some(turn)
            && Seat::Team(nation).sees_inject(s, i)
    })?;
    let steps = s.def.injects[i]
        .expects
        .iter()
        .map(|&k| {
            let done = ex.state().actions.iter().any(|a| a.turn == turn && a.nation == nation && a.kind == k);
            (k, done)
        })
        .collect();
    Some(CoachStep {
        inject: i,
        title: s.text(lang, Text::InjectTitle(i)).to_string(),
        text: s.text(lang, Text::InjectText(i)).to_string(),
        expected: s.text(lang, Text::ExpectedAction(i)).to_string(),
        steps,
    })
}

/// A decision and how much the final score depended on it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyDecision {
    /// Index in `Exercise::decisions`.
    pub index: usize,
    pub turn: u32,
    /// What was decided: an action, or the room's choice on an inject.
    pub decision: Decision,
    /// Final score with the decision minus the score without it (same seed).
    pub score_delta: f64,
}

impl KeyDecision {
    /// The decision in words, in `lang` (the narrator's wording, as the
    /// reports' decision table has it).
    pub fn what(&self, lang: Lang, s: &Scenario) -> String {
        crate::narrate::decision(lang, s, &self.decision).1
    }

    /// "+6.2 points: KISA hardens Incheon substation, turn 2", in `lang`.
    pub fn line(&self, lang: Lang, s: &Scenario) -> String {
        tr!(
            lang,
            "coach-key-decision",
            delta = format!("{:+.1}", self.score_delta),
            what = self.what(lang, s),
            turn = self.turn
        )
    }
}

/// The `n` decisions whose removal would have changed the final score most,
/// found by replaying the exercise without each one (same seed and
/// difficulty; decisions that become impossible are skipped; turns run to
/// the same end). Only actions and the room's choices are weighed.
pub fn key_decisions(ex: &Exercise, n: usize) -> Vec<KeyDecision> {
    let actual = Score::of(ex).total;
    let mut turn = 1;
    let mut out = Vec::new();
    for (i, d) in ex.decisions().iter().enumerate() {
        match d {
            Decision::EndTurn => {
                turn += 1;
                continue;
            }
            Decision::Act { .. } | Decision::Choose { .. } => {}
            _ => continue,
        }
        let mut cf =
            Exercise::with_rules(ex.scenario().clone(), ex.seed(), ex.difficulty(), ex.state().rules);
        for (j, other) in ex.decisions().iter().enumerate() {
            if j != i && !cf.state().is_over() {
                let _ = cf.submit(other.clone());
            }
        }
        while !cf.state().is_over() {
            let _ = cf.submit(Decision::EndTurn);
        }
        let score_delta = actual - Score::of(&cf).total;
        out.push(KeyDecision { index: i, turn, decision: d.clone(), score_delta });
    }
    out.sort_by(|a, b| b.score_delta.abs().total_cmp(&a.score_delta.abs()).then(a.index.cmp(&b.index)));
    out.truncate(n);
    out
}
