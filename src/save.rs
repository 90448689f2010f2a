//! Save files: the scenario text, the seed and the decision log, in RON with a
//! format version. A save replays to the identical state; it is written
//! atomically (temporary file, then rename) so a crash never leaves half a file.

use crate::scenario::{Diagnostic, Diagnostics, Scenario, Severity, ron_diagnostic, ron_options};
use crate::sim::{Decision, Difficulty, Exercise};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

/// The format version this build writes and reads.
pub const SAVE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveFile {
    pub format_version: u32,
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
    /// `Exercise::state_hash` when saved: replay must reach it.
    pub state_hash: u64,
}

impl SaveFile {
    pub fn of(ex: &Exercise) -> SaveFile {
        SaveFile {
            format_version: SAVE_VERSION,
            scenario_path: ex.scenario.path.clone(),
            scenario_source: ex.scenario.source.clone(),
            seed: ex.seed,
            difficulty: ex.difficulty,
            solo_nation: None,
            decisions: ex.decisions.clone(),
            turn: ex.state.turn,
            state_hash: ex.state_hash(),
        }
    }

    pub fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).expect("a save serializes")
    }

    /// Parses a save; errors name file:line:col, and a newer format is refused.
    pub fn from_str(src: &str, file: &str) -> Result<SaveFile, Diagnostics> {
        let save: SaveFile =
            ron_options().from_str(src).map_err(|e| Diagnostics(vec![ron_diagnostic(&e, file, "save")]))?;
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
        Ok(save)
    }

    pub fn load(path: impl AsRef<Path>) -> Result<SaveFile, Diagnostics> {
        let file = path.as_ref().display().to_string();
        let src = std::fs::read_to_string(&path)
            .map_err(|e| one(&file, format!("cannot read the save: {e}"), "check the path"))?;
        SaveFile::from_str(&src, &file)
    }

    /// Rebuilds the exercise: scenario from the embedded text, then the decisions.
    pub fn restore(&self) -> Result<Exercise, Diagnostics> {
        let scenario = Scenario::from_str(&self.scenario_source, &self.scenario_path)?;
        Exercise::replay_with(Arc::new(scenario), self.seed, self.difficulty, &self.decisions).map_err(
            |(i, e)| {
                one(
                    &self.scenario_path,
                    format!("decision {} of the save is refused on replay: {e}", i + 1),
                    "the save does not match its scenario; it may have been edited by hand",
                )
            },
        )
    }

    /// Writes atomically: a temporary file beside the target, synced, then renamed over it.
    pub fn write(&self, path: impl AsRef<Path>) -> std::io::Result<()> {
        write_atomic(path.as_ref(), self.to_ron().as_bytes())
    }
}

fn one(file: &str, message: String, hint: &str) -> Diagnostics {
    Diagnostics(vec![Diagnostic {
        file: file.to_string(),
        line: 1,
        col: 1,
        severity: Severity::Error,
        message,
        hint: hint.to_string(),
    }])
}

/// Writes `bytes` to `path` so that readers see either the old file or the new one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "save".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}
