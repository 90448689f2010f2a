//! What happened, as data: the rules emit [`Event`]s with scenario indices and
//! numbers, never sentences. A [`LogEntry`] adds when, whom it concerns and
//! who may see it. `crate::narrate` is the only place these become prose, so
//! consumers (the partner AI, the why-line, privacy, the reports) `match` on
//! events and a second language is one more narrator.

use super::decision::InvestArea;
pub use super::decision::{Explanation, Motive, TrustReason};
use super::difficulty::Difficulty;
use super::state::{AdversaryMode, Outcome};
use serde::{Deserialize, Serialize};

/// The log's coarse categories (colour and filtering in the app and reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogKind {
    Turn,
    Inject,
    Decision,
    Attack,
    Detection,
    Investigation,
    Service,
    Escalation,
    Trust,
    Diplomacy,
    Facilitator,
    Outcome,
}

impl LogKind {
    pub fn label(self) -> &'static str {
        match self {
            LogKind::Turn => "turn",
            LogKind::Inject => "inject",
            LogKind::Decision => "decision",
            LogKind::Attack => "attack",
            LogKind::Detection => "detection",
            LogKind::Investigation => "investigation",
            LogKind::Service => "service",
            LogKind::Escalation => "escalation",
            LogKind::Trust => "trust",
            LogKind::Diplomacy => "diplomacy",
            LogKind::Facilitator => "facilitator",
            LogKind::Outcome => "outcome",
        }
    }
}

/// Who may see an entry while the exercise runs (everyone may in the debrief).
/// Set once when the rules record it (`visibility::classify`); a
/// `visibility::Seat` turns it into a yes or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visibility {
    /// Every seat at the table.
    Public,
    /// Only these nations' teams: a fact only they know (an incident others
    /// have not detected), or a card addressed to them.
    Nations(NationSet),
    /// A nation's own move that names nothing its partners do not know
    /// (hardening, investing): its team's business in a hot-seat workshop,
    /// shown to a solo learner as the partner's move.
    Move(usize),
    /// Only the facilitator (an intrusion nobody has seen, the adversary's plans).
    Secret,
}

/// A set of nations (a scenario has at most `NationSet::MAX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NationSet(pub u64);

impl NationSet {
    pub const MAX: usize = 64;

    pub fn one(n: usize) -> NationSet {
        NationSet::default().with(n)
    }

    /// The set plus `n` (nations past `MAX` are never members).
    pub fn with(self, n: usize) -> NationSet {
        NationSet(self.0 | 1u64.checked_shl(n as u32).unwrap_or(0))
    }

    pub fn contains(self, n: usize) -> bool {
        n < Self::MAX && self.0 & (1 << n) != 0
    }

    pub fn intersect(self, other: NationSet) -> NationSet {
        NationSet(self.0 & other.0)
    }

    /// Every one of `count` nations.
    pub fn all(count: usize) -> NationSet {
        (0..count).fold(NationSet::default(), NationSet::with)
    }
}

/// One line of the exercise's story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub turn: u32,
    /// The nation it concerns, if one.
    pub nation: Option<usize>,
    pub visibility: Visibility,
    pub event: Event,
}

impl LogEntry {
    pub fn kind(&self) -> LogKind {
        self.event.kind(self.nation)
    }

    /// Unknown to the players while the exercise runs (shown in the debrief).
    pub fn secret(&self) -> bool {
        self.visibility == Visibility::Secret
    }
}

/// What a facilitator's adjudication set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Adjudicated {
    Service { asset: usize, value: f64 },
    Trust(f64),
    Escalation { value: f64, level: u8 },
    Stage { incident: usize, stage: usize },
}

/// How an investigation's progress this turn came about.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum InvestigationMode {
    National,
    Joint {
        trust: f64,
        synced: bool,
    },
    /// One nation offered a joint investigation; the partner did not match it.
    Unmatched,
}

/// How a hidden intrusion came to light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DetectedBy {
    Monitoring,
    SharedIndicators,
    Hunt,
}

/// What a matured investment brought.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Payoff {
    Monitoring(f64),
    Skill(f64),
    Capacity { agency: usize },
    Trust(f64),
}

/// A third state's answer to a request for assistance.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// Declined; the chance it had.
    Declines { chance: f64 },
    /// Willing, but the actor does not operate from its territory.
    NothingFound,
    /// Acts: the actor is curbed.
    Acts,
    /// Its domestic law does not let it act on the evidence given (dilemma rules).
    BarredByLaw { evidence: f64 },
    /// Fourth balance: acts, taking the actor's capability down by `cut`
    /// percent (the more willing the state, the more it seizes).
    TakesDown { cut: f64 },
    /// Fourth balance: barred by its law, and the actor it shelters learns
    /// what the allies know (evasive through turn `until`).
    Shelters { evidence: f64, until: u32 },
}

/// Why the exercise ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EndReason {
    /// Defeat condition (0-based index) met.
    Defeat(usize),
    LastTurn,
    AllResolved,
}

/// What happened. Indices are into the scenario's lists (nations, agencies
/// of a nation, assets, incidents, actors, third states, injects).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    Begins {
        seed: u64,
        difficulty: Difficulty,
    },
    TurnBegins {
        turn: u32,
    },
    /// A team's "why" for its action, as typed.
    Rationale {
        text: String,
    },
    /// A program player's why for its action.
    Motive(Motive),
    /// A facilitator's or player's free note.
    Note {
        text: String,
    },
    /// A team's line on the live hotline, as written.
    HotlineMessage {
        text: String,
    },
    Explained(Explanation),
    FacilitatorFires {
        inject: usize,
    },
    FacilitatorHolds {
        inject: usize,
        hold: bool,
    },
    FacilitatorSkips {
        inject: usize,
    },
    Adjudicated {
        what: Adjudicated,
        reason: String,
    },
    InjectFired {
        inject: usize,
    },
    ChoiceMade {
        inject: usize,
        choice: usize,
        by_default: bool,
    },
    IncidentBegins {
        incident: usize,
    },
    Matured {
        nation: usize,
        payoff: Payoff,
    },
    AssistanceAnswered {
        nation: usize,
        third: usize,
        actor: usize,
        answer: Answer,
    },
    InvestigationProgress {
        incident: usize,
        gain: f64,
        mode: InvestigationMode,
        progress: f64,
    },
    Attributed {
        incident: usize,
    },
    Contained {
        incident: usize,
    },
    HuntDrivesOut {
        asset: usize,
        incident: usize,
        gain: f64,
    },
    AdversaryShifts {
        actor: usize,
        mode: AdversaryMode,
        weaker: usize,
    },
    StageReached {
        incident: usize,
        stage: usize,
        service_loss: u8,
        data_stolen: u32,
        ip_stolen: u32,
    },
    /// Fourth balance: an intruder still holding a stage that steals takes
    /// more this turn (the asset is not isolated and the intrusion runs).
    Exfiltrates {
        incident: usize,
        data_stolen: u32,
        ip_stolen: u32,
    },
    /// Fifth balance: harm the public saw has gone unnamed; from now until
    /// someone is named in public, alarm holds and escalation grows by
    /// `pressure` each turn (told once, when it starts).
    PublicAsks {
        pressure: f64,
    },
    /// `nation` knew of `actor`'s campaign and did not warn `victim`.
    Withheld {
        nation: usize,
        actor: usize,
        victim: usize,
        trust: f64,
    },
    Detected {
        incident: usize,
        nation: usize,
        stage: usize,
        by: DetectedBy,
    },
    EscalationChanges {
        level: u8,
        rises: bool,
        impact: f64,
        damaging: f64,
        joint: f64,
        synced: bool,
    },
    Ends {
        reason: EndReason,
        outcome: Outcome,
        score: f64,
    },
    // --- actions -------------------------------------------------------------------
    Shared {
        agency: usize,
        incident: usize,
        with: usize,
        delay: u32,
        detection: f64,
        trust: f64,
    },
    Investigates {
        agency: usize,
        incident: usize,
        joint: bool,
    },
    HuntArranged {
        agency: usize,
        asset: usize,
        start: u32,
    },
    HotlineCall {
        sync_until: u32,
    },
    Hardened {
        agency: usize,
        asset: usize,
        level: f64,
    },
    Isolated {
        agency: usize,
        asset: usize,
    },
    Restored {
        agency: usize,
        asset: usize,
        gain: f64,
        intruder: bool,
        resolved: Vec<usize>,
    },
    AssistanceRequested {
        third: usize,
        actor: usize,
    },
    WrongAttribution {
        incident: usize,
        joint: bool,
        confidence: f64,
    },
    PublicAttribution {
        incident: usize,
        joint: bool,
        deterrence: f64,
        not_consulted: Vec<usize>,
    },
    Invested {
        agency: usize,
        area: InvestArea,
        pays_on: u32,
    },
    /// Dilemma rules: sharing burned the sharer's source; the actor evades until `until`.
    SourceBurned {
        actor: usize,
        with: usize,
        until: u32,
    },
    /// Dilemma rules: shared indicators cleared classification review and reach `nation`.
    IntelCleared {
        nation: usize,
        actor: usize,
        detection: f64,
    },
    /// Dilemma rules: a hotline call, its relief worth the channel's weight.
    HotlineWeighed {
        sync_until: u32,
        relief: f64,
        trust: f64,
        /// The weight left after this call.
        weight: f64,
        /// Called for a small thing (it wore the weight down).
        small: bool,
    },
}

impl Event {
    /// The incidents this event names (a reader learns they exist).
    pub fn incidents(&self) -> Vec<usize> {
        use Event as E;
        match self {
            E::Explained(
                Explanation::CannotJoin { incident, .. }
                | Explanation::NoInvestigators { incident }
                | Explanation::DeclinesJoin { incident, .. }
                | Explanation::DeclinesShare { incident, .. },
            )
            | E::Adjudicated { what: Adjudicated::Stage { incident, .. }, .. }
            | E::IncidentBegins { incident }
            | E::InvestigationProgress { incident, .. }
            | E::Attributed { incident }
            | E::Contained { incident }
            | E::HuntDrivesOut { incident, .. }
            | E::StageReached { incident, .. }
            | E::Exfiltrates { incident, .. }
            | E::Detected { incident, .. }
            | E::Shared { incident, .. }
            | E::Investigates { incident, .. }
            | E::WrongAttribution { incident, .. }
            | E::PublicAttribution { incident, .. } => vec![*incident],
            E::Restored { resolved, .. } => resolved.clone(),
            _ => Vec::new(),
        }
    }

    /// The log category; `nation` is the entry's nation (a note with one is diplomacy).
    pub fn kind(&self, nation: Option<usize>) -> LogKind {
        use Event as E;
        match self {
            E::Begins { .. } | E::TurnBegins { .. } => LogKind::Turn,
            E::Rationale { .. } | E::Motive(_) => LogKind::Decision,
            E::Note { .. } => {
                if nation.is_some() {
                    LogKind::Diplomacy
                } else {
                    LogKind::Facilitator
                }
            }
            E::Explained(_) => LogKind::Diplomacy,
            E::FacilitatorFires { .. }
            | E::FacilitatorHolds { .. }
            | E::FacilitatorSkips { .. }
            | E::Adjudicated { .. } => LogKind::Facilitator,
            E::InjectFired { .. } => LogKind::Inject,
            E::ChoiceMade { .. } => LogKind::Decision,
            E::IncidentBegins { .. }
            | E::AdversaryShifts { .. }
            | E::StageReached { .. }
            | E::Exfiltrates { .. } => LogKind::Attack,
            E::Matured { payoff: Payoff::Trust(_), .. } => LogKind::Trust,
            E::Matured { .. } => LogKind::Service,
            E::AssistanceAnswered { .. } => LogKind::Diplomacy,
            E::InvestigationProgress { .. }
            | E::Attributed { .. }
            | E::Contained { .. }
            | E::HuntDrivesOut { .. } => LogKind::Investigation,
            E::Withheld { .. } => LogKind::Trust,
            E::Detected { .. } => LogKind::Detection,
            E::EscalationChanges { .. } | E::PublicAsks { .. } => LogKind::Escalation,
            E::Ends { .. } => LogKind::Outcome,
            E::Shared { .. }
            | E::Investigates { .. }
            | E::HuntArranged { .. }
            | E::Hardened { .. }
            | E::Isolated { .. }
            | E::Restored { .. }
            | E::Invested { .. } => LogKind::Decision,
            E::IntelCleared { .. } => LogKind::Detection,
            E::SourceBurned { .. } => LogKind::Trust,
            E::HotlineCall { .. }
            | E::HotlineMessage { .. }
            | E::HotlineWeighed { .. }
            | E::AssistanceRequested { .. }
            | E::WrongAttribution { .. }
            | E::PublicAttribution { .. } => LogKind::Diplomacy,
        }
    }
}
