//! The event log: everything that happened, when, to whom, and why.

use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub turn: u32,
    pub kind: LogKind,
    /// The nation it concerns, if one.
    pub nation: Option<usize>,
    /// What happened and why, in one line.
    pub text: String,
    /// Unknown to the players while the exercise runs (shown in the debrief).
    pub secret: bool,
}
