//! Save files: the scenario text, the seed and the decision log, in RON with a
//! format version, the Hotline version and a digest of all of it. A save replays
//! to the identical state; [`SaveFile::restore`] checks that it does (digest,
//! every decision accepted, the saved turn and state hash reached) before anyone
//! believes it. Saves are written with [`write_file`]: atomically, never through
//! a symbolic link or over something that is not a regular file.

use crate::scenario::limits::MAX_SAVE_BYTES;
use crate::scenario::{
    Diagnostic, Diagnostics, Locator, Scenario, read_text, ron_diagnostic_in, ron_options,
};
use crate::sim::{Decision, Difficulty, Exercise};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::Arc;

mod write;
pub use write::{Overwrite, write_atomic, write_file};

/// The format version this build writes and reads. Format 2 added the Hotline
/// version and the digest; format-1 saves still load and are checked by replay.
/// Format 3: the log is typed events, so the state hash covers the events
/// (saves of formats 1 and 2 are checked against `legacy_state_hash`, the
/// hash of the log as English lines), and the partner AI's explanations are
/// `Decision::Explain`. Format 4: the game plays by the dilemma rules
/// (`sim::state::DILEMMA_RULES`); saves of formats 1–3 replay by the rules
/// they were played with (`LEGACY_RULES`). Format 5: the dilemma rules'
/// second balance (`DILEMMA_RULES_2`); format-4 saves replay by `DILEMMA_RULES`.
/// Format 6: the third balance (`DILEMMA_RULES_3`); format-5 saves replay by
/// `DILEMMA_RULES_2`. Format 7: the fourth balance (`DILEMMA_RULES_4`);
/// format-6 saves replay by `DILEMMA_RULES_3`. Format 8: the fifth balance
/// (`DILEMMA_RULES_5`); format-7 saves replay by `DILEMMA_RULES_4`.
pub const SAVE_VERSION: u32 = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveFile {
    pub format_version: u32,
    /// The Hotline version that wrote the save.
    #[serde(default)]
    pub hotline_version: String,
    /// Where the scenario came from (informational).
    pub scenario_path: String,
    /// The scenario's full text, so the save replays without the file.
    pub scenario_source: String,
    pub seed: u64,
    #[serde(default)]
    pub difficulty: Difficulty,
    /// The nation a solo learner holds (the program plays the others); None
    /// when every nation is played at the table.
    #[serde(default)]
    pub solo_nation: Option<String>,
    pub decisions: Vec<Decision>,
    /// Turn the exercise was on when saved.
    pub turn: u32,
    /// `Exercise::state_hash` when saved (formats 1 and 2:
    /// `legacy_state_hash`): replay must reach it.
    pub state_hash: u64,
    /// FNV-1a of every other field (format 2 on): an edit by hand or a damaged
    /// file shows. It is a checksum, not a signature: whoever edits a save can
    /// recompute it, but not make the decisions reach another state hash.
    #[serde(default)]
    pub digest: String,
    /// Where this save was read from, to point at it in messages (not saved).
    #[serde(skip)]
    pub origin: Origin,
}

/// The file a save was read from and where its embedded scenario starts.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub file: Option<String>,
    /// (line, column) of `scenario_source:` in that file.
    pub scenario_at: (usize, usize),
}

/// Two saves are equal by content, wherever they were read from.
impl PartialEq for Origin {
    fn eq(&self, _: &Origin) -> bool {
        true
    }
}

/// A save restored without full trust (`--trust-save`): the exercise as far as
/// it replays, and why it could not be verified.
pub struct Unverified {
    pub ex: Exercise,
    pub why: String,
}

impl SaveFile {
    pub fn of(ex: &Exercise) -> SaveFile {
        // A game restored from an older save is written in the newest format
        // its rules replay by: 3 for the legacy rules, 4 for the first dilemma
        // rules, 5 for their second balance, 6 for their third, 7 for their fourth.
        let format_version = match ex.state().rules {
            crate::sim::state::LEGACY_RULES => 3,
            crate::sim::state::DILEMMA_RULES => 4,
            crate::sim::state::DILEMMA_RULES_2 => 5,
            crate::sim::state::DILEMMA_RULES_3 => 6,
            crate::sim::state::DILEMMA_RULES_4 => 7,
            _ => SAVE_VERSION,
        };
        let mut save = SaveFile {
            format_version,
            hotline_version: env!("CARGO_PKG_VERSION").to_string(),
            scenario_path: ex.scenario().path.clone(),
            scenario_source: ex.scenario().source.clone(),
            seed: ex.seed(),
            difficulty: ex.difficulty(),
            solo_nation: None,
            decisions: ex.decisions().to_vec(),
            turn: ex.state().turn,
            state_hash: ex.state_hash(),
            digest: String::new(),
            origin: Origin::default(),
        };
        save.digest = save.compute_digest();
        save
    }

    /// The digest of every field but the digest itself.
    pub fn compute_digest(&self) -> String {
        let mut bare = self.clone();
        bare.digest.clear();
        let text = ron::ser::to_string(&bare).unwrap_or_default();
        format!("{:016x}", crate::hash::fnv1a(text.as_bytes()))
    }

    /// The save as RON text, its digest brought up to date (fields may have
    /// been set after [`SaveFile::of`]).
    pub fn to_ron(&self) -> String {
        let mut save = self.clone();
        if save.format_version >= 2 {
            save.digest = save.compute_digest();
        }
        ron::ser::to_string_pretty(&save, ron::ser::PrettyConfig::default()).unwrap_or_default()
    }

    /// Parses a save; errors name file:line:col, and a newer format is refused.
    pub fn from_str(src: &str, file: &str) -> Result<SaveFile, Diagnostics> {
        let src = src.strip_prefix('\u{feff}').unwrap_or(src);
        let mut save: SaveFile = ron_options()
            .from_str(src)
            .map_err(|e| Diagnostics(vec![ron_diagnostic_in(&e, src, file, "save")]))?;
        if save.format_version > SAVE_VERSION {
            return Err(one(
                file,
                format!(
                    "save format version {} is newer than this Hotline reads ({SAVE_VERSION})",
                    save.format_version
                ),
                "open it with a newer Hotline",
            ));
        }
        let loc = Locator::new(src);
        save.origin = Origin {
            file: Some(file.to_string()),
            scenario_at: loc.section("scenario_source").map_or((1, 1), |at| loc.position(at)),
        };
        Ok(save)
    }

    pub fn load(path: impl AsRef<Path>) -> Result<SaveFile, Diagnostics> {
        let file = path.as_ref().display().to_string();
        let src =
            read_text(path.as_ref(), &file, MAX_SAVE_BYTES, "save").map_err(|d| Diagnostics(vec![d]))?;
        SaveFile::from_str(&src, &file)
    }

    /// Rebuilds the exercise and checks that the save tells the truth: its
    /// digest matches, its scenario validates, every decision is accepted and
    /// replay reaches the saved turn and state hash. Anything else is an error
    /// naming the save file.
    pub fn restore(&self) -> Result<Exercise, Diagnostics> {
        if self.format_version >= 2 && self.digest != self.compute_digest() {
            return Err(self.refuse(
                format!(
                    "the save was edited or damaged: its digest {} does not match its contents ({})",
                    self.digest,
                    self.compute_digest()
                ),
                (1, 1),
            ));
        }
        let ex = self.replay()?;
        if ex.state().turn != self.turn || self.hash_of(&ex) != self.state_hash {
            return Err(self.refuse(
                format!(
                    "replaying the save's {} decisions reaches turn {} with state hash {:016x}, not the saved turn {} with {:016x}",
                    self.decisions.len(),
                    ex.state().turn,
                    self.hash_of(&ex),
                    self.turn,
                    self.state_hash
                ),
                (1, 1),
            ));
        }
        Ok(ex)
    }

    /// The rules version the save's game was played by.
    pub fn rules(&self) -> u32 {
        match self.format_version {
            ..4 => crate::sim::state::LEGACY_RULES,
            4 => crate::sim::state::DILEMMA_RULES,
            5 => crate::sim::state::DILEMMA_RULES_2,
            6 => crate::sim::state::DILEMMA_RULES_3,
            7 => crate::sim::state::DILEMMA_RULES_4,
            _ => crate::sim::state::DILEMMA_RULES_5,
        }
    }

    /// The exercise's state hash the way this save's format computed it.
    pub fn hash_of(&self, ex: &Exercise) -> u64 {
        if self.format_version < 3 { ex.legacy_state_hash() } else { ex.state_hash() }
    }

    /// [`SaveFile::restore`] for a user who insists (`--trust-save`): a save that
    /// fails a check is replayed as far as its decisions are accepted, and the
    /// reason it is not verified comes with it. A scenario that does not
    /// validate is still an error (there is nothing to play).
    pub fn restore_trusting(&self) -> Result<Result<Exercise, Unverified>, Diagnostics> {
        let why = match self.restore() {
            Ok(ex) => return Ok(Ok(ex)),
            Err(d) => d.0.iter().map(|d| d.message.clone()).collect::<Vec<_>>().join("; "),
        };
        let scenario = Arc::new(self.scenario()?);
        let mut ex = Exercise::with_rules(scenario, self.seed, self.difficulty, self.rules());
        for d in &self.decisions {
            if ex.submit(d.clone()).is_err() {
                break;
            }
        }
        Ok(Err(Unverified { ex, why }))
    }

    /// The embedded scenario, its problems reported against the save file,
    /// with the translations found beside the file it was played from (they
    /// change no rule, only the language its prose can be read in).
    fn scenario(&self) -> Result<Scenario, Diagnostics> {
        let mut s = self.embedded_scenario()?;
        s.load_translations(crate::i18n::Lang::En, std::path::Path::new(&self.scenario_path));
        Ok(s)
    }

    fn embedded_scenario(&self) -> Result<Scenario, Diagnostics> {
        Scenario::from_str(&self.scenario_source, &self.scenario_path).map_err(|d| {
            Diagnostics(
                d.0.into_iter()
                    .map(|d| {
                        let mut out = self.refuse_one(
                            format!(
                                "in the scenario embedded in this save (its line {}, column {}): {}",
                                d.line, d.col, d.message
                            ),
                            self.origin.scenario_at,
                        );
                        out.severity = d.severity;
                        out.hint = d.hint;
                        out
                    })
                    .collect(),
            )
        })
    }

    fn replay(&self) -> Result<Exercise, Diagnostics> {
        let scenario = self.scenario()?;
        Exercise::replay_rules(Arc::new(scenario), self.seed, self.difficulty, self.rules(), &self.decisions)
            .map_err(|(i, e)| {
                self.refuse(format!("decision {} of the save is refused on replay: {e}", i + 1), (1, 1))
            })
    }

    /// Writes atomically (see [`write_file`]), replacing an earlier save.
    pub fn write(&self, path: impl AsRef<Path>) -> std::io::Result<()> {
        write_file(path.as_ref(), self.to_ron().as_bytes(), Overwrite::Yes)
    }

    fn refuse_one(&self, message: String, at: (usize, usize)) -> Diagnostic {
        let file = self.origin.file.clone().unwrap_or_else(|| self.scenario_path.clone());
        Diagnostic::at(
            &file,
            at,
            message,
            "the save does not match what it records: it may have been edited by hand; `--trust-save` reads it anyway and marks the report unverified",
        )
    }

    fn refuse(&self, message: String, at: (usize, usize)) -> Diagnostics {
        Diagnostics(vec![self.refuse_one(message, at)])
    }
}

fn one(file: &str, message: String, hint: &str) -> Diagnostics {
    Diagnostics(vec![Diagnostic::at(file, (1, 1), message, hint)])
}
