//! Teaching: the glossary, a one-line "why this happened" after each turn,
//! the tutorial coach's steps, and which of the player's decisions mattered
//! most (by replaying without each).

use crate::scenario::{ActionKindName, InjectKind};
use crate::sim::{Decision, Event, Exercise, LogEntry, LogKind, Score, Seat};

/// Terms a learner meets, with plain-language definitions.
pub const GLOSSARY: &[(&str, &str)] = &[
    (
        "IOC",
        "Indicator of compromise: a technical trace of an intrusion (an address, a file hash, a login pattern) that others can search for. Sharing IOCs early lets a partner find the same actor on its own networks.",
    ),
    (
        "ISAC",
        "Information Sharing and Analysis Center: an industry body through which companies of one sector share threat information with each other and with government.",
    ),
    (
        "Attribution",
        "Establishing who is behind an intrusion. In Hotline an investigation attributes at 60% and contains at 100%. The actor cannot know of a private attribution: it lies low only once it is named in public. Public attribution names the actor; with weak evidence it can be wrong, name no one and escalate the crisis.",
    ),
    (
        "Hotline",
        "The White House–Blue House cyber coordination channel agreed in 2015. A call synchronises both capitals for this turn and the next: escalation falls, known incidents are pooled, joint public attribution becomes possible. Calls are scarce, and each spends political capital: a call made with no harm known and escalation low wears the channel's weight down, and later calls calm less.",
    ),
    (
        "Source burn",
        "Sharing indicators reveals what the sharer can see. Handled carelessly, the actor notices, rotates its infrastructure and hurries what is still hidden: its intrusions are harder to detect for two turns and the shared incident's trail goes cold. The lower the pair's trust, the likelier (10% between close allies at 90, 49% between wary ones at 20).",
    ),
    (
        "Classification review",
        "Intelligence is released to a partner only after review (tearlines, releasability). Shared indicators reach the partner's defenders the turn after sharing, at once while the capitals are in sync over the hotline; the partner acts on them as far as it trusts their source.",
    ),
    (
        "Misfire",
        "A public attribution that proves wrong: the claim collapses, escalation and public alarm jump and partners lose trust. Attribution at 60% investigation is a judgement, not proof; the risk falls to nothing only at 100%, and a joint attribution, cross-checked by both allies' analysts, halves it nearly.",
    ),
    (
        "Mil-to-mil",
        "Military-to-military cyber cooperation (the US–ROK Cyber Cooperation Working Group). A combined hunt on an asset finds hidden intrusions and drives them out, but takes a turn to arrange unless the capitals are in sync, and needs two militaries: the partner's cyber command starts the next turn a point down.",
    ),
    (
        "Joint investigation",
        "Both nations commit investigators to the same incident in the same turn; the combined effort is worth much more than two national ones between trusting allies, and less between wary ones (a low-trust pair duplicates work and withholds). Liaison and evidence exchange tie the investigators up: the agency starts the next turn a point down.",
    ),
    (
        "Escalation",
        "The crisis track, level 1 (routine) to 5 (crisis). Lost service, public alarm and damaging intrusions push it up; joint actions and the hotline pull it down.",
    ),
    (
        "Alliance trust",
        "How much each ally relies on the other (0–100). Timely sharing and joint work raise it, slowly as it nears 100; withholding what later proves critical, a burned source and acting alone lower it. It gates what a partner does: how far it acts on shared indicators, what a joint investigation or a combined hunt is worth, how likely a source burns.",
    ),
    (
        "Cascade",
        "Assets depend on others: when a substation fails, the water plant and hospital that need it degrade too, after their backups (the cascade slack) are exhausted.",
    ),
    (
        "Norm 1",
        "UN GGE 2015: no state should conduct or knowingly support online activity that intentionally damages critical infrastructure or impairs its service to the public.",
    ),
    (
        "Norm 2",
        "UN GGE 2015 as endorsed by the US and ROK: no state should conduct or knowingly support cyber-enabled theft of intellectual property for commercial advantage.",
    ),
    (
        "Norm 3",
        "UN GGE 2015: every state should cooperate with requests for assistance in investigating cybercrime or terrorist use of ICT, or in mitigating such activity emanating from its territory.",
    ),
    (
        "Third state",
        "A country outside the alliance from whose territory activity emanates. A request for assistance under norm 3 may lead it to take the actor's servers down: the actor is curbed, and the victims found on its servers are handed to the nation that asked — worth most when asked early. It answers by its willingness to cooperate, weighed by the evidence given (public attribution and a request backed by both capitals help); a state whose own law bars acting on foreign requests (cooperation under 30) acts only on near-conclusive evidence — norm 3 asks only what is consistent with domestic law.",
    ),
    (
        "Inject",
        "A scripted event of the exercise (Master Scenario Events List): news, intelligence, a partner's request; it may ask the room to choose.",
    ),
    (
        "Hardening / isolation / restoration",
        "Hardening slows intruders at a small service cost; isolation freezes them but caps service at 50; restoration brings service back and ends isolation.",
    ),
];

/// The glossary entry for a term (case-insensitive).
pub fn define(term: &str) -> Option<&'static str> {
    GLOSSARY.iter().find(|(t, _)| t.eq_ignore_ascii_case(term)).map(|(_, d)| *d)
}

/// One line on why the last turn went as it did, for one seat: the most
/// consequential event of the turn's resolution that the seat may see
/// (`sim::visibility` decides; a team never learns why from another's secrets).
pub fn why_line(ex: &Exercise, seat: Seat) -> Option<String> {
    why_entry(ex, seat)
        .map(|e| format!("Why: {}", crate::narrate::entry(crate::i18n::Lang::En, ex.scenario(), e)))
}

/// The entry [`why_line`] explains the turn with (the app narrates it in the
/// desk's language).
pub fn why_entry(ex: &Exercise, seat: Seat) -> Option<&LogEntry> {
    let rank = |e: &LogEntry| match &e.event {
        Event::Ends { .. } => 0,
        Event::EscalationChanges { .. } => 1,
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

/// The coach's step for this turn: the Directive inject the nation is reading,
/// and which of the families it expects the nation has already taken.
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
/// (from the inject's typed `expects`).
pub fn coach_step(ex: &Exercise, nation: usize) -> Option<CoachStep> {
    let s = ex.scenario();
    let turn = ex.state().turn;
    s.def.nations.get(nation)?;
    let i = s.def.injects.iter().enumerate().position(|(i, d)| {
        d.kind == InjectKind::Directive
            && ex.state().injects[i].fired_turn == Some(turn)
            && Seat::Team(nation).sees_inject(s, i)
    })?;
    let def = &s.def.injects[i];
    let steps = def
        .expects
        .iter()
        .map(|&k| {
            let done = ex.state().actions.iter().any(|a| a.turn == turn && a.nation == nation && a.kind == k);
            (k, done)
        })
        .collect();
    Some(CoachStep {
        inject: i,
        title: def.title.clone(),
        text: def.text.clone(),
        expected: def.expected_action.clone(),
        steps,
    })
}

/// A decision and how much the final score depended on it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyDecision {
    /// Index in `Exercise::decisions`.
    pub index: usize,
    pub turn: u32,
    pub text: String,
    /// Final score with the decision minus the score without it (same seed).
    pub score_delta: f64,
}

/// The `n` decisions whose removal would have changed the final score most,
/// found by replaying the exercise without each one (same seed and
/// difficulty; decisions that become impossible are skipped; turns run to
/// the same end).
pub fn key_decisions(ex: &Exercise, n: usize) -> Vec<KeyDecision> {
    let actual = Score::of(ex).total;
    let mut turn = 1;
    let mut out = Vec::new();
    for (i, d) in ex.decisions().iter().enumerate() {
        if *d == Decision::EndTurn {
            turn += 1;
            continue;
        }
        let text = match d {
            Decision::Act { action, .. } => {
                format!("{} {}: {:?}", action.nation.to_uppercase(), action.agency, action.kind)
            }
            Decision::Choose { inject, choice } => {
                let s = ex.scenario();
                let label = s
                    .inject_ix
                    .get(inject)
                    .and_then(|&k| s.def.injects[k].choices.get(*choice))
                    .map_or("?", |c| c.label.as_str());
                format!("Choice on \"{inject}\": {label}")
            }
            _ => continue,
        };
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
        out.push(KeyDecision { index: i, turn, text, score_delta: actual - Score::of(&cf).total });
    }
    out.sort_by(|a, b| b.score_delta.abs().total_cmp(&a.score_delta.abs()).then(a.index.cmp(&b.index)));
    out.truncate(n);
    out
}
