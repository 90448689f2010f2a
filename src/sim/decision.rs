//! What players and facilitators decide: the one way in. A decision log is a
//! list of these; replaying it from the same seed rebuilds the exercise.

use super::state::Status;
use crate::scenario::{ActionKindName, Skill};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A long-term investment (fact sheet: R&D, education, workforce; policy consultations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvestArea {
    /// Research and development: better monitoring on every asset in 3 turns.
    ResearchAndDevelopment,
    /// Education: every agency gains skill in 3 turns.
    Education,
    /// Workforce development: the acting agency gains one action point per turn in 2 turns.
    Workforce,
    /// Cyber Policy Consultations: trust now and more in 2 turns.
    PolicyConsultations,
}

impl InvestArea {
    pub const ALL: [InvestArea; 4] = [
        InvestArea::ResearchAndDevelopment,
        InvestArea::Education,
        InvestArea::Workforce,
        InvestArea::PolicyConsultations,
    ];
    pub fn label(self) -> &'static str {
        match self {
            InvestArea::ResearchAndDevelopment => "R&D",
            InvestArea::Education => "Education",
            InvestArea::Workforce => "Workforce",
            InvestArea::PolicyConsultations => "Policy consultations",
        }
    }
}

/// What an action does and to what. Targets are scenario ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ActionKind {
    ShareIntel { incident: String, with: String },
    Investigate(String),
    JointInvestigation(String),
    MilitaryCooperation(String),
    Hotline,
    Harden(String),
    Isolate(String),
    Restore(String),
    RequestAssistance { third_state: String, actor: String },
    AttributePublicly { incident: String, joint: bool },
    Invest(InvestArea),
}

impl ActionKind {
    pub fn name(&self) -> ActionKindName {
        match self {
            ActionKind::ShareIntel { .. } => ActionKindName::ShareIntel,
            ActionKind::Investigate(_) => ActionKindName::Investigate,
            ActionKind::JointInvestigation(_) => ActionKindName::JointInvestigation,
            ActionKind::MilitaryCooperation(_) => ActionKindName::MilitaryCooperation,
            ActionKind::Hotline => ActionKindName::Hotline,
            ActionKind::Harden(_) => ActionKindName::Harden,
            ActionKind::Isolate(_) => ActionKindName::Isolate,
            ActionKind::Restore(_) => ActionKindName::Restore,
            ActionKind::RequestAssistance { .. } => ActionKindName::RequestAssistance,
            ActionKind::AttributePublicly { .. } => ActionKindName::AttributePublicly,
            ActionKind::Invest(_) => ActionKindName::Invest,
        }
    }
}

/// A player's action: a nation's agency does something.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub nation: String,
    pub agency: String,
    pub kind: ActionKind,
}

/// Why an action was refused. The state is unchanged when this is returned.
/// Typed, so each narrator words it in its language (`narrate::decision_error`);
/// `Display` is the English wording, for logs and tools.
#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize)]
pub enum ActionError {
    #[error("the exercise is over")]
    Over,
    #[error("unknown {what} `{id}`")]
    Unknown { what: IdKind, id: String },
    #[error("{agency} lacks the {} skill this action needs", skill.label())]
    Skill { agency: String, skill: Skill },
    #[error("{agency} has {left} action point(s) left; this costs {cost}")]
    Capacity { agency: String, left: u32, cost: u32 },
    #[error("{0}")]
    NotNow(NotNow),
}

/// The kind of id a decision named that the scenario lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdKind {
    Nation,
    Agency,
    Incident,
    Asset,
    ThirdState,
    Actor,
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdKind::Nation => "nation",
            IdKind::Agency => "agency",
            IdKind::Incident => "incident",
            IdKind::Asset => "asset",
            IdKind::ThirdState => "third state",
            IdKind::Actor => "actor",
        })
    }
}

/// Why the rules refuse an action now, whatever the agency, with the ids a
/// player reads (the narrator finds their names in the scenario).
#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize)]
pub enum NotNow {
    #[error("share with a partner, not with yourself")]
    ShareWithSelf,
    /// `nation` is the nation's short name.
    #[error("{nation} does not know of incident `{incident}`")]
    UnknownIncident { nation: String, incident: String },
    #[error("`{0}` was already shared")]
    AlreadyShared(String),
    #[error("incident `{incident}` is already {}", status.label())]
    NotActive { incident: String, status: Status },
    #[error("already committed to this joint investigation this turn")]
    JointCommitted,
    #[error("a joint hunt is already arranged on `{0}`")]
    HuntArranged(String),
    #[error("no hotline calls left in this exercise")]
    NoCalls,
    #[error("the hotline is available again on turn {0}")]
    HotlineCooling(u32),
    /// `owner` is the owning nation's short name.
    #[error("`{asset}` belongs to {owner}: only its owner can do that")]
    NotOwner { asset: String, owner: String },
    #[error("`{0}` is already fully hardened")]
    FullyHardened(String),
    #[error("`{0}` is already isolated")]
    Isolated(String),
    #[error("`{0}` is at full service")]
    FullService(String),
    #[error("{nation} has seen no activity by `{actor}` to ask about")]
    ActorUnseen { nation: String, actor: String },
    #[error("a request about this actor is already with that state")]
    RequestPending,
    #[error("`{0}` has already been attributed publicly")]
    AlreadyAttributed(String),
    #[error("joint public attribution needs the capitals in sync: use the hotline first")]
    NotInSync,
    #[error("a combined hunt needs two militaries: no ally has a military cyber agency")]
    NoPartnerMilitary,
}

/// Something a player or facilitator decided. The decision log is a list of these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Decision {
    /// A nation's agency acts; `rationale` is the team's "why" (may be empty);
    /// `motive` a program player's why, typed so it is told in every language.
    Act {
        action: Action,
        #[serde(default)]
        rationale: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        motive: Option<Motive>,
    },
    /// The players pick option `choice` (0-based) of a fired inject.
    Choose { inject: String, choice: usize },
    /// Resolve the turn and move to the next.
    EndTurn,
    /// Facilitator: fire an inject now, whatever its trigger.
    FireInject(String),
    /// Facilitator: hold an inject (it will not fire) or release it.
    HoldInject { inject: String, hold: bool },
    /// Facilitator: drop an inject from this exercise (it never fires).
    SkipInject(String),
    /// Facilitator: override a value, with the reason recorded.
    Adjudicate { target: AdjudicationTarget, value: f64, reason: String },
    /// A line for the log: a facilitator's note (older saves also hold the
    /// partner AI's explanations as notes).
    Note {
        #[serde(default)]
        nation: Option<String>,
        text: String,
    },
    /// A program player explains a move it did not make ("ROK declines to
    /// share …: trust 38"), typed so that it can be read back and translated.
    Explain { nation: String, why: Explanation },
    /// A team's line on the live hotline, as written: only in a turn in
    /// which a nation called the hotline (a networked workshop's text line).
    HotlineMessage { nation: String, text: String },
}

/// What a facilitator can override.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AdjudicationTarget {
    /// An asset's own service (0..=100).
    Service(String),
    /// Alliance trust between every pair (0..=100).
    Trust,
    /// Escalation pressure (0..=100).
    Escalation,
    /// An incident's stage (0-based index).
    Stage(String),
}

#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize)]
pub enum DecisionError {
    #[error(transparent)]
    Action(#[from] ActionError),
    #[error("unknown inject `{0}`")]
    UnknownInject(String),
    #[error("inject `{0}` is not waiting for a choice")]
    NoChoicePending(String),
    #[error("inject `{inject}` has {count} choice(s); {choice} is out of range")]
    ChoiceOutOfRange { inject: String, choice: usize, count: usize },
    #[error("the exercise is over")]
    Over,
    #[error("unknown {what} `{id}`")]
    Unknown { what: IdKind, id: String },
    #[error("value {0} is out of range")]
    Range(f64),
    #[error("the hotline is not open: no nation called it this turn")]
    HotlineClosed,
}

/// A program player's explanation of a move it did not make (the partner AI).
/// Carried by `Decision::Explain`, so a solo game replays with its reasons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Explanation {
    /// The incident is not known to the partner: the other nation did not share it.
    CannotJoin {
        incident: usize,
        other: usize,
    },
    /// It would join but has no investigators left this turn.
    NoInvestigators {
        incident: usize,
    },
    DeclinesJoin {
        incident: usize,
        trust: TrustReason,
    },
    DeclinesShare {
        incident: usize,
        trust: TrustReason,
    },
}

/// Why a program player (the partner AI) makes a move, carried by the move's
/// `Decision::Act` and told as `Event::Motive` in the reader's language.
/// Nation, incident, asset, actor and third-state fields are indices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Motive {
    /// The next stage would cut service on its own asset.
    IsolatesOwn,
    InvestigatesOwn,
    RestoresOwn,
    JoinsJoint {
        incident: usize,
        trust: TrustReason,
    },
    Shares {
        incident: usize,
        with: usize,
        trust: TrustReason,
    },
    CallsHotline {
        level: u8,
    },
    AsksThirdState {
        third: usize,
        actor: usize,
    },
    AsksHunt {
        asset: usize,
    },
    InvestsWorkforce,
    Hardens {
        asset: usize,
    },
}

impl Motive {
    /// The first index that names nothing in `s`, if any (a save or a seat
    /// may send anything; a why must not point outside the scenario).
    pub fn stray_index(&self, s: &crate::scenario::Scenario) -> Option<usize> {
        let d = &s.def;
        let (n, inc, asset) = (d.nations.len(), d.incidents.len(), d.assets.len());
        match *self {
            Motive::JoinsJoint { incident, .. } => stray(incident, inc),
            Motive::Shares { incident, with, .. } => stray(incident, inc).or(stray(with, n)),
            Motive::AsksThirdState { third, actor } => {
                stray(third, d.third_states.len()).or(stray(actor, d.actors.len()))
            }
            Motive::AsksHunt { asset: a } | Motive::Hardens { asset: a } => stray(a, asset),
            _ => None,
        }
    }

    /// Whether the why says more than the move it explains (a trust level, a
    /// threat, an escalation level), worth a line in a turn summary.
    pub fn adds_to_the_move(&self) -> bool {
        matches!(
            self,
            Motive::IsolatesOwn
                | Motive::JoinsJoint { .. }
                | Motive::Shares { .. }
                | Motive::CallsHotline { .. }
        )
    }
}

impl Explanation {
    /// The first index that names nothing in `s`, if any.
    pub fn stray_index(&self, s: &crate::scenario::Scenario) -> Option<usize> {
        let (n, inc) = (s.def.nations.len(), s.def.incidents.len());
        match *self {
            Explanation::CannotJoin { incident, other } => stray(incident, inc).or(stray(other, n)),
            Explanation::NoInvestigators { incident }
            | Explanation::DeclinesJoin { incident, .. }
            | Explanation::DeclinesShare { incident, .. } => stray(incident, inc),
        }
    }
}

/// `index` when it is out of a list of `len` (it names nothing there).
fn stray(index: usize, len: usize) -> Option<usize> {
    (index >= len).then_some(index)
}

/// Where trust stands, as the partner AI cites it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TrustReason {
    pub trust: f64,
    /// The turn of the last withheld warning, cited while trust is under 60.
    pub withheld_turn: Option<u32>,
}
