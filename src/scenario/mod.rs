//! Scenario files: RON text → raw serde types ([`def`]) → validated [`Scenario`]
//! with resolved indices, or a list of [`Diagnostic`]s naming file:line:col.

pub mod clock;
mod def;
mod describe;
pub mod diagnostic;
pub mod family;
pub mod files;
pub mod limits;
pub mod lint;
mod recover;
pub mod sources;
pub mod translation;
mod validate;
mod vary;

pub use def::*;
pub use describe::describe_trigger;
pub use diagnostic::{Diagnostic, Diagnostics, Locator, Severity};
pub use family::{FAMILIES, Family, TargetKind};
pub use translation::Text;
pub use vary::VaryError;

use crate::i18n::Lang;
use crate::tr;
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
    SharedWith { nation: usize, by_turn: Option<u32> },
    AttributedJointly { incident: usize, by_turn: Option<u32> },
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
    /// Its prose in other languages, from overlays beside the file
    /// ([`translation`]); [`Scenario::text`] reads them.
    pub translations: BTreeMap<crate::i18n::Lang, translation::Translation>,
}

impl Scenario {
    /// Parses and validates RON text. `file` names it in diagnostics. A
    /// leading byte-order mark (Windows editors write one) is dropped.
    pub fn from_str(src: &str, file: &str) -> Result<Scenario, Diagnostics> {
        Scenario::from_str_in(crate::i18n::Lang::En, src, file)
    }

    /// [`Scenario::from_str`] with the diagnostics written in `lang`.
    pub fn from_str_in(lang: crate::i18n::Lang, src: &str, file: &str) -> Result<Scenario, Diagnostics> {
        let src = src.strip_prefix('\u{feff}').unwrap_or(src);
        if src.len() > limits::MAX_FILE_BYTES {
            return Err(Diagnostics(vec![Diagnostic::at(
                file,
                (1, 1),
                tr!(lang, "validate-scenario-too-long", bytes = src.len(), max = limits::MAX_FILE_BYTES),
                tr!(lang, "validate-scenario-too-long.hint"),
            )]));
        }
        let def = parse(lang, src, file)?;
        validate::validate(lang, def, src, file)
    }

    /// Reads, parses and validates a scenario file, with the translations
    /// found beside it ([`translation::overlay_path`]).
    pub fn load(path: impl AsRef<Path>) -> Result<Scenario, Diagnostics> {
        Scenario::load_in(crate::i18n::Lang::En, path)
    }

    /// [`Scenario::load`] with the translations' messages written in `ui`.
    pub fn load_in(ui: crate::i18n::Lang, path: impl AsRef<Path>) -> Result<Scenario, Diagnostics> {
        let path = path.as_ref();
        let file = path.display().to_string();
        let src = read_text_in(ui, path, &file, limits::MAX_FILE_BYTES, "scenario")
            .map_err(|d| Diagnostics(vec![d]))?;
        let mut s = Scenario::from_str_in(ui, &src, &file)?;
        s.load_translations(ui, path);
        Ok(s)
    }

    pub fn nations(&self) -> usize {
        self.def.nations.len()
    }

    /// In-world time label for a turn, e.g. "Tue 12:00 KST · Day 2" ([`clock`]).
    pub fn time_label(&self, lang: crate::i18n::Lang, turn: u32) -> String {
        clock::time_label(lang, &self.def.start_label, self.def.hours_per_turn, turn)
    }

    /// FNV-1a hash of the source text: identifies the scenario a save was made with.
    pub fn source_hash(&self) -> u64 {
        crate::hash::fnv1a(self.source.as_bytes())
    }
}

/// RON options every Hotline file is read with: `Some(..)` may be left out.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Reads a text file of at most `max` bytes: an unreadable file, a larger one
/// and bytes that are not UTF-8 are diagnostics (the last at its line and column).
pub fn read_text(path: &Path, file: &str, max: usize, what: &str) -> Result<String, Diagnostic> {
    read_text_in(Lang::En, path, file, max, what)
}

/// [`read_text`] with the diagnostics in `l` (`what` as English names it:
/// "scenario", "translation"…).
pub fn read_text_in(l: Lang, path: &Path, file: &str, max: usize, what: &str) -> Result<String, Diagnostic> {
    use std::io::Read;
    let cannot = |e: std::io::Error| {
        let message = tr!(l, "validate-cannot-read", what = what, error = e.to_string());
        Diagnostic::at(file, (1, 1), message, tr!(l, "validate-cannot-read.hint"))
    };
    let f = std::fs::File::open(path).map_err(cannot)?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let message = tr!(l, "validate-is-folder", what = what);
        return Err(Diagnostic::at(file, (1, 1), message, tr!(l, "validate-is-folder.hint")));
    }
    let mut bytes = Vec::new();
    // One byte more than allowed tells "too long" from "just fits".
    f.take(max as u64 + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() > max {
        let message = tr!(l, "validate-file-too-long", what = what, max = max);
        return Err(Diagnostic::at(file, (1, 1), message, tr!(l, "validate-file-too-long.hint")));
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let text = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
        let at = Locator::new(text).position(good);
        let message = tr!(l, "validate-not-utf8", what = what, byte = format!("{:02x}", bytes[good]));
        Diagnostic::at(file, at, message, tr!(l, "validate-not-utf8.hint"))
    })
}

/// Turns a RON syntax or shape error into a located diagnostic.
pub fn ron_diagnostic(err: &ron::error::SpannedError, file: &str, what: &str) -> Diagnostic {
    ron_diagnostic_lang(Lang::En, err, file, what)
}

/// [`ron_diagnostic`] with the hint in `l` (RON's own message stays as RON writes it).
fn ron_diagnostic_lang(l: Lang, err: &ron::error::SpannedError, file: &str, what: &str) -> Diagnostic {
    let message = err.code.to_string();
    let hint = ron_hint(l, &err.code, what);
    Diagnostic::at(file, (err.span.start.line.max(1), err.span.start.col.max(1)), message, hint)
}

/// [`ron_diagnostic`] with the source at hand: a fraction where a whole number
/// belongs is named as such (RON itself reads `12.5` as `12` and then stumbles on `.5`).
pub fn ron_diagnostic_in(err: &ron::error::SpannedError, src: &str, file: &str, what: &str) -> Diagnostic {
    ron_diagnostic_src(Lang::En, err, src, file, what)
}

/// [`ron_diagnostic_in`] with our words in `l`.
pub(crate) fn ron_diagnostic_src(
    l: Lang,
    err: &ron::error::SpannedError,
    src: &str,
    file: &str,
    what: &str,
) -> Diagnostic {
    let mut d = ron_diagnostic_lang(l, err, file, what);
    if let Some((field, number, col)) = fraction_at(src, err.span.start.line, err.span.start.col) {
        d.col = col;
        d.message = match field {
            Some(f) => tr!(l, "validate-ron-fraction-field", field = f, number = number),
            None => tr!(l, "validate-ron-fraction", number = number),
        };
        d.hint = tr!(l, "validate-ron-fraction.hint");
    }
    d
}

/// The field, the number and the number's column when the `.` of a fraction
/// such as `12.5` is at (line, col).
fn fraction_at(src: &str, line: usize, col: usize) -> Option<(Option<&str>, &str, usize)> {
    let text = src.split('\n').nth(line.checked_sub(1)?)?;
    let at = text.char_indices().nth(col.checked_sub(1)?).map(|(i, _)| i)?;
    let (before, after) = text.split_at(at);
    let frac = after.strip_prefix('.')?;
    let digits = frac.find(|c: char| !c.is_ascii_digit()).unwrap_or(frac.len());
    let whole = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || whole == 0 {
        return None;
    }
    let start = before.len() - whole;
    let number = &text[start..at + 1 + digits];
    let field = before[..start].trim_end().strip_suffix(':').map(|k| {
        let k = k.trim_end();
        let from = k.rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
        &k[from..]
    });
    Some((field.filter(|f| !f.is_empty()), number, text[..start].chars().count() + 1))
}

/// What to do about a RON error, in `l`. `what` names the element in English
/// ("scenario", "third state"…); the Korean file picks its word by it.
fn ron_hint(l: Lang, code: &ron::error::Error, what: &str) -> String {
    use ron::error::Error as E;
    // Fluent selects on identifiers: "third state" → "third-state".
    let key = what.replace(' ', "-");
    match code {
        E::NoSuchStructField { .. } => tr!(l, "validate-ron-unknown-field"),
        E::MissingStructField { field, .. } => {
            tr!(
                l,
                "validate-ron-missing-field",
                field = *field,
                what = if l == Lang::En { what } else { &key }
            )
        }
        E::NoSuchEnumVariant { .. } => tr!(l, "validate-ron-no-variant"),
        E::DuplicateStructField { field, .. } => tr!(l, "validate-ron-duplicate-field", field = *field),
        E::Eof => tr!(l, "validate-ron-eof"),
        E::ExpectedString | E::ExpectedStringEnd => tr!(l, "validate-ron-string"),
        E::ExpectedComma => tr!(l, "validate-ron-comma"),
        E::ExpectedStructLikeEnd | E::ExpectedArrayEnd | E::ExpectedMapEnd => tr!(l, "validate-ron-end"),
        E::ExpectedFloat | E::ExpectedInteger => tr!(l, "validate-ron-number"),
        _ => tr!(l, "validate-ron-other", what = if l == Lang::En { what } else { &key }),
    }
}

fn parse(l: Lang, src: &str, file: &str) -> Result<ScenarioDef, Diagnostics> {
    ron_options().from_str::<ScenarioDef>(src).map_err(|e| {
        let first = ron_diagnostic_src(l, &e, src, file, "scenario");
        Diagnostics(recover::section_errors(l, src, file, first))
    })
}
