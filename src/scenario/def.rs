//! The scenario file as authors write it: plain serde types with string ids.
//!
//! `deny_unknown_fields` everywhere turns a typo into an error that names the
//! expected fields. Validation (`validate.rs`) turns these into a checked
//! [`super::Scenario`] with resolved indices.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

fn default_true() -> bool {
    true
}
fn default_hours_per_turn() -> u32 {
    4
}
fn default_capacity() -> u32 {
    3
}
fn default_service() -> u8 {
    100
}
fn default_win_score() -> f64 {
    60.0
}
fn default_cascade_slack() -> u8 {
    20
}
fn default_trust() -> u8 {
    60
}
fn default_escalation() -> u8 {
    10
}

/// A whole exercise: world, script, objectives and end conditions.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioDef {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Shown in the picker; no effect on the rules (difficulty levels do that).
    #[serde(default)]
    pub difficulty: Rating,
    /// Number of turns in the exercise (1..=200).
    pub turns: u32,
    /// In-world hours per turn (1..=168).
    #[serde(default = "default_hours_per_turn")]
    pub hours_per_turn: u32,
    /// In-world label of the first turn, e.g. "Mon 06:00 KST".
    #[serde(default)]
    pub start_label: String,
    /// The leaders' hotline channel as the log and the reports name it, e.g.
    /// "White House–Blue House"; left out, it is the leaders' hotline.
    #[serde(default)]
    pub hotline_name: Option<String>,
    /// Score (0..100) at or above which the exercise counts as a success.
    #[serde(default = "default_win_score")]
    pub win_score: f64,
    pub nations: Vec<NationDef>,
    #[serde(default)]
    pub third_states: Vec<ThirdStateDef>,
    pub assets: Vec<AssetDef>,
    pub actors: Vec<ActorDef>,
    pub incidents: Vec<IncidentDef>,
    #[serde(default)]
    pub injects: Vec<InjectDef>,
    #[serde(default)]
    pub objectives: Vec<ObjectiveDef>,
    #[serde(default)]
    pub defeat: Vec<Condition>,
    #[serde(default)]
    pub rules: RulesDef,
}

/// Picker label for how demanding the scenario is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Rating {
    Introductory,
    #[default]
    Intermediate,
    Advanced,
}

/// Alliance-wide tunables; every field has a default.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesDef {
    /// Starting alliance trust between every pair of nations (0..=100).
    #[serde(default = "default_trust")]
    pub start_trust: u8,
    /// Starting escalation pressure (0..=100; level = 1 + pressure / 20).
    #[serde(default = "default_escalation")]
    pub start_escalation: u8,
    /// Hotline calls available in the whole exercise (0..=20).
    #[serde(default = "default_hotline_calls")]
    pub hotline_calls: u32,
    /// Turns after a call before the hotline can be used again (0..=20).
    #[serde(default = "default_hotline_cooldown")]
    pub hotline_cooldown: u32,
    /// Service points a dependent asset can lose on a dependency before it
    /// degrades too (backup generators, buffers) (0..=100).
    #[serde(default = "default_cascade_slack")]
    pub cascade_slack: u8,
}

fn default_hotline_calls() -> u32 {
    3
}
fn default_hotline_cooldown() -> u32 {
    3
}

impl Default for RulesDef {
    fn default() -> Self {
        RulesDef {
            start_trust: default_trust(),
            start_escalation: default_escalation(),
            hotline_calls: default_hotline_calls(),
            hotline_cooldown: default_hotline_cooldown(),
            cascade_slack: default_cascade_slack(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationDef {
    pub id: String,
    pub name: String,
    /// Two or three letters shown on the board, e.g. "US", "ROK".
    pub short: String,
    pub agencies: Vec<AgencyDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyDef {
    pub id: String,
    pub name: String,
    /// Action points per turn (0..=10).
    #[serde(default = "default_capacity")]
    pub capacity: u32,
    /// Skill levels 0..=100. An action needs an agency with its skill.
    pub skills: BTreeMap<Skill, u8>,
}

/// What an agency is good at; each action family needs one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Skill {
    /// Network defence: hardening, isolation, restoration.
    Defense,
    /// Law enforcement and forensic investigation.
    Investigation,
    /// Threat intelligence and sharing.
    Intelligence,
    /// Military cyber operations.
    Military,
    /// Diplomacy: hotline, third-state requests, attribution, policy.
    Diplomacy,
}

impl Skill {
    pub const ALL: [Skill; 5] =
        [Skill::Defense, Skill::Investigation, Skill::Intelligence, Skill::Military, Skill::Diplomacy];
    pub fn label(self) -> &'static str {
        match self {
            Skill::Defense => "Defense",
            Skill::Investigation => "Investigation",
            Skill::Intelligence => "Intelligence",
            Skill::Military => "Military",
            Skill::Diplomacy => "Diplomacy",
        }
    }
}

/// A state outside the alliance from whose territory activity may emanate.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThirdStateDef {
    pub id: String,
    pub name: String,
    /// Willingness to answer requests for assistance (0..=100).
    pub cooperation: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sector {
    Energy,
    Water,
    Telecom,
    Finance,
    Health,
    Transport,
    Semiconductor,
    Government,
    Defense,
}

impl Sector {
    pub const ALL: [Sector; 9] = [
        Sector::Energy,
        Sector::Water,
        Sector::Telecom,
        Sector::Finance,
        Sector::Health,
        Sector::Transport,
        Sector::Semiconductor,
        Sector::Government,
        Sector::Defense,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Sector::Energy => "Energy",
            Sector::Water => "Water",
            Sector::Telecom => "Telecom",
            Sector::Finance => "Finance",
            Sector::Health => "Health",
            Sector::Transport => "Transport",
            Sector::Semiconductor => "Semiconductor",
            Sector::Government => "Government",
            Sector::Defense => "Defense",
        }
    }
}

/// A critical-infrastructure asset.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssetDef {
    pub id: String,
    pub name: String,
    pub nation: String,
    pub sector: Sector,
    /// People served, in thousands (weights service continuity).
    pub population: u32,
    /// Starting service level (0..=100).
    #[serde(default = "default_service")]
    pub service: u8,
    /// How hard the asset is to compromise (0..=100).
    #[serde(default)]
    pub hardening: u8,
    /// How well intrusions on it are seen (0..=100).
    #[serde(default)]
    pub monitoring: u8,
    /// Ids of assets this one needs to deliver its service.
    #[serde(default)]
    pub depends_on: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActorKind {
    StateBacked,
    Criminal,
    Terrorist,
    Hacktivist,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Objective {
    Disrupt,
    StealIp,
    Extort,
}

/// A threat actor.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorDef {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Skill and resources (0..=100): speeds every stage.
    pub capability: u8,
    /// Tradecraft (0..=100): lowers every detection chance.
    pub stealth: u8,
    pub objective: Objective,
    /// Id of the state (a third state or a nation) its activity emanates from.
    pub origin: String,
    /// MITRE ATT&CK technique ids associated with the actor.
    #[serde(default)]
    pub techniques: Vec<String>,
}

/// One actor's campaign against one asset.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentDef {
    pub id: String,
    pub name: String,
    pub actor: String,
    pub target: String,
    /// Turn the campaign starts on its own; `None` means only an inject starts it.
    #[serde(default)]
    pub start_turn: Option<u32>,
    /// At least one stage; the incident starts in the first.
    pub stages: Vec<StageDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageDef {
    pub name: String,
    /// Chance per turn (0..=1) to move on to the next stage.
    #[serde(default)]
    pub advance: f64,
    /// Chance per turn (0..=1) that the owner nation detects the incident here.
    #[serde(default)]
    pub detect: f64,
    /// Applied once, on entering the stage.
    #[serde(default)]
    pub effects: StageEffects,
    /// MITRE ATT&CK technique ids used in this stage.
    #[serde(default)]
    pub techniques: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageEffects {
    /// Service points the target loses (0..=100).
    #[serde(default)]
    pub service_loss: u8,
    /// Records of personal or operational data stolen, in thousands.
    #[serde(default)]
    pub data_stolen: u32,
    /// Intellectual property stolen, in millions of dollars.
    #[serde(default)]
    pub ip_stolen: u32,
    /// Public alarm added (0..=100).
    #[serde(default)]
    pub alarm: u8,
}

/// A Master Scenario Events List entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InjectDef {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub kind: InjectKind,
    /// Who sends it in the story, e.g. "KISA watch floor".
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub audience: Audience,
    pub text: String,
    pub trigger: Trigger,
    /// Discussion questions for the room.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Applied when the inject fires.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Branches the players choose between; the first is the default.
    #[serde(default)]
    pub choices: Vec<ChoiceDef>,
    /// The player action the planners expect (for the MSEL).
    #[serde(default)]
    pub expected_action: String,
    /// Directive injects: the action families the players should try, in
    /// order (the tutorial coach ticks them off as they are taken).
    #[serde(default)]
    pub expects: Vec<ActionKindName>,
    /// Objective this inject exercises (for the MSEL).
    #[serde(default)]
    pub objective: Option<String>,
    /// A triggered inject fires once unless this is false.
    #[serde(default = "default_true")]
    pub once: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum InjectKind {
    #[default]
    Situation,
    NewsFlash,
    IntelReport,
    PartnerRequest,
    Directive,
}

impl InjectKind {
    pub fn label(self) -> &'static str {
        match self {
            InjectKind::Situation => "Situation update",
            InjectKind::NewsFlash => "News flash",
            InjectKind::IntelReport => "Intelligence report",
            InjectKind::PartnerRequest => "Partner request",
            InjectKind::Directive => "Directive",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Audience {
    #[default]
    All,
    Nation(String),
    Role(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    pub label: String,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

/// When an inject fires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Trigger {
    /// At the start of turn N (1-based).
    AtTurn(u32),
    /// When the incident enters the stage with this name.
    StageReached { incident: String, stage: String },
    /// When an incident is first detected by anyone.
    Detected(String),
    /// When the escalation level (1..=5) reaches this.
    EscalationAtLeast(u8),
    /// When an asset's service drops below this level.
    ServiceBelow { asset: String, level: u8 },
    /// When a nation (or anyone, if `nation` is None) takes this kind of action.
    ActionTaken {
        action: ActionKindName,
        #[serde(default)]
        nation: Option<String>,
    },
    /// Each turn in the window, with this chance (0..=1).
    Chance { p: f64, from_turn: u32, to_turn: u32 },
}

/// Names of the action families, as scenario files refer to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActionKindName {
    ShareIntel,
    Investigate,
    JointInvestigation,
    MilitaryCooperation,
    Hotline,
    Harden,
    Isolate,
    Restore,
    RequestAssistance,
    AttributePublicly,
    Invest,
}

/// A change an inject or a choice makes to the world.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    /// Escalation pressure points (+/-).
    Escalation(i32),
    /// Alliance trust points between every pair of nations (+/-).
    Trust(i32),
    /// Public alarm points (+/-).
    Alarm(i32),
    /// Service points on one asset (+/-).
    Service { asset: String, delta: i32 },
    /// Hardening points on one asset (+/-).
    Hardening { asset: String, delta: i32 },
    /// Capacity points for every agency of a nation, from now on (+/-).
    Capacity { nation: String, delta: i32 },
    /// Capability points of an actor (+/-).
    ActorCapability { actor: String, delta: i32 },
    /// Starts an incident now (it must have no start_turn of its own).
    StartIncident(String),
    /// One extra hotline call.
    HotlineCall,
}

/// An HSEEP-style objective, judged at the end.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveDef {
    pub id: String,
    pub text: String,
    pub condition: Condition,
}

/// A condition on the world, for objectives and defeat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// The asset's service never fell below `min` during the exercise.
    ServiceNeverBelow { asset: String, min: u8 },
    /// The population-weighted service of a sector (optionally one nation's) at
    /// the end is at least `min`.
    SectorServiceAtEnd {
        sector: Sector,
        #[serde(default)]
        nation: Option<String>,
        min: u8,
    },
    /// The incident was attributed (by investigation) by this turn (or at all).
    Attributed {
        incident: String,
        #[serde(default)]
        by_turn: Option<u32>,
    },
    /// The incident was contained or resolved by this turn (or at all).
    Contained {
        incident: String,
        #[serde(default)]
        by_turn: Option<u32>,
    },
    /// Peak escalation level stayed at or below this.
    EscalationNeverAbove(u8),
    /// Escalation level reached this (for defeat).
    EscalationReached(u8),
    /// Alliance trust at the end is at least this.
    TrustAtEnd(u8),
    /// Alliance trust fell below this (for defeat).
    TrustBelow(u8),
    /// Data stolen stayed at or below this (thousands of records).
    DataStolenAtMost(u32),
    /// IP stolen stayed at or below this (millions of dollars).
    IpStolenAtMost(u32),
    /// This kind of action was taken by this turn (or at all).
    ActionTaken {
        action: ActionKindName,
        #[serde(default)]
        by_turn: Option<u32>,
    },
    /// An asset's service fell below a level (for defeat).
    ServiceBelow { asset: String, level: u8 },
    /// An ally shared threat information with this nation by this turn (or at all).
    SharedWith {
        nation: String,
        #[serde(default)]
        by_turn: Option<u32>,
    },
    /// The incident was attributed in public jointly (the allies together,
    /// the capitals in sync) by this turn (or at all).
    AttributedJointly {
        incident: String,
        #[serde(default)]
        by_turn: Option<u32>,
    },
}
