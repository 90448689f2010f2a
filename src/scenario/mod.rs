//! Scenario files: RON text → raw serde types ([`def`]) → validated [`Scenario`]
//! with resolved indices, or a list of [`Diagnostic`]s naming file:line:col.

pub mod def;
pub mod diagnostic;
pub mod files;
pub mod lint;
mod validate;

pub use def::*;
pub use diagnostic::{Diagnostic, Diagnostics, Locator, Severity};

use std::collections::BTreeMap;
use std::path::Path;

/// A trigger with its ids resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub enum TriggerIx {
    AtTurn(u32),
    StageReached { incident: usize, stage: usize },
    Detected(usize),
    EscalationAtLeast(u8),
    ServiceBelow { asset: usize, level: u8 },
    ActionTaken { action: ActionKindName, nation: Option<usize> },
    Chance { p: f64, from_turn: u32, to_turn: u32 },
}

/// An effect with its ids resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub enum EffectIx {
    Escalation(i32),
    Trust(i32),
    Alarm(i32),
    Service { asset: usize, delta: i32 },
    Hardening { asset: usize, delta: i32 },
    Capacity { nation: usize, delta: i32 },
    ActorCapability { actor: usize, delta: i32 },
    StartIncident(usize),
    HotlineCall,
}

/// A condition with its ids resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub enum ConditionIx {
    ServiceNeverBelow { asset: usize, min: u8 },
    SectorServiceAtEnd { sector: Sector, nation: Option<usize>, min: u8 },
    Attributed { incident: usize, by_turn: Option<u32> },
    Contained { incident: usize, by_turn: Option<u32> },
    EscalationNeverAbove(u8),
    EscalationReached(u8),
    TrustAtEnd(u8),
    TrustBelow(u8),
    DataStolenAtMost(u32),
    IpStolenAtMost(u32),
    ActionTaken { action: ActionKindName, by_turn: Option<u32> },
    ServiceBelow { asset: usize, level: u8 },
}

/// A validated scenario. `def` is what the author wrote; the other fields are
/// indices resolved once so the rules never look ids up by string.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub def: ScenarioDef,
    /// The file it came from (for messages and saves).
    pub path: String,
    /// The source text (saves embed it so they replay without the file).
    pub source: String,
    pub asset_nation: Vec<usize>,
    pub asset_deps: Vec<Vec<usize>>,
    /// Assets in dependency order: every asset after the assets it depends on.
    pub topo: Vec<usize>,
    pub incident_actor: Vec<usize>,
    pub incident_target: Vec<usize>,
    /// The third state each actor's activity emanates from, if any.
    pub actor_third_state: Vec<Option<usize>>,
    pub inject_triggers: Vec<TriggerIx>,
    pub inject_effects: Vec<Vec<EffectIx>>,
    pub choice_effects: Vec<Vec<Vec<EffectIx>>>,
    pub objective_conditions: Vec<ConditionIx>,
    pub defeat_conditions: Vec<ConditionIx>,
    pub nation_ix: BTreeMap<String, usize>,
    pub asset_ix: BTreeMap<String, usize>,
    pub actor_ix: BTreeMap<String, usize>,
    pub incident_ix: BTreeMap<String, usize>,
    pub inject_ix: BTreeMap<String, usize>,
    pub third_ix: BTreeMap<String, usize>,
    /// Warnings found while validating (lints); errors never reach a Scenario.
    pub warnings: Vec<Diagnostic>,
}

impl Scenario {
    /// Parses and validates RON text. `file` names it in diagnostics.
    pub fn from_str(src: &str, file: &str) -> Result<Scenario, Diagnostics> {
        let def = parse(src, file)?;
        validate::validate(def, src, file)
    }

    /// Reads, parses and validates a scenario file.
    pub fn load(path: impl AsRef<Path>) -> Result<Scenario, Diagnostics> {
        let path = path.as_ref();
        let file = path.display().to_string();
        let src = std::fs::read_to_string(path).map_err(|e| {
            Diagnostics(vec![Diagnostic {
                file: file.clone(),
                line: 1,
                col: 1,
                severity: Severity::Error,
                message: format!("cannot read the file: {e}"),
                hint: "check the path and that the file is readable UTF-8 text".into(),
            }])
        })?;
        Scenario::from_str(&src, &file)
    }

    pub fn nations(&self) -> usize {
        self.def.nations.len()
    }

    /// In-world time label for a turn, e.g. "Turn 3 · +8h".
    pub fn time_label(&self, turn: u32) -> String {
        let hours = (turn.saturating_sub(1)) * self.def.hours_per_turn;
        let (d, h) = (hours / 24, hours % 24);
        if self.def.start_label.is_empty() {
            format!("Day {} +{:02}h", d + 1, h)
        } else {
            format!("{} · Day {} +{:02}h", self.def.start_label, d + 1, h)
        }
    }

    /// FNV-1a hash of the source text: identifies the scenario a save was made with.
    pub fn source_hash(&self) -> u64 {
        crate::sim::fnv1a(self.source.as_bytes())
    }
}

/// RON options every Hotline file is read with: `Some(..)` may be left out.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Turns a RON syntax or shape error into a located diagnostic.
pub fn ron_diagnostic(err: &ron::error::SpannedError, file: &str, what: &str) -> Diagnostic {
    let message = err.code.to_string();
    let hint = ron_hint(&err.code, what);
    Diagnostic {
        file: file.to_string(),
        line: err.span.start.line.max(1),
        col: err.span.start.col.max(1),
        severity: Severity::Error,
        message,
        hint,
    }
}

fn ron_hint(code: &ron::error::Error, what: &str) -> String {
    use ron::error::Error as E;
    match code {
        E::NoSuchStructField { .. } => {
            "remove or rename the field: the message lists the fields this place accepts".into()
        }
        E::MissingStructField { field, .. } => format!("add `{field}: ...` to this {what} element"),
        E::NoSuchEnumVariant { .. } => "use one of the names the message lists".into(),
        E::DuplicateStructField { field, .. } => format!("`{field}` is given twice: keep one"),
        E::Eof => "the file ends too early: a bracket or parenthesis is not closed".into(),
        E::ExpectedString | E::ExpectedStringEnd => "text values go in double quotes".into(),
        E::ExpectedComma => "a comma is missing between two items, just before this point".into(),
        E::ExpectedStructLikeEnd | E::ExpectedArrayEnd | E::ExpectedMapEnd => {
            "a closing bracket is missing, or a comma before the next item".into()
        }
        E::ExpectedFloat | E::ExpectedInteger => "a number is expected here".into(),
        _ => format!("check the syntax of this {what} against docs/scenario-format.md"),
    }
}

fn parse(src: &str, file: &str) -> Result<ScenarioDef, Diagnostics> {
    ron_options()
        .from_str::<ScenarioDef>(src)
        .map_err(|e| Diagnostics(vec![ron_diagnostic(&e, file, "scenario")]))
}
