//! The size limits of a scenario file and the ranges of its unbounded numbers.
//!
//! Every limit is documented in docs/scenario-format.md ("Limits") and checked
//! by `validate` with a located diagnostic. Together they make two promises:
//! no accepted scenario can overflow the rules' arithmetic (every effect is a
//! few hundred points at most, so sums of them fit any integer type used), and
//! validating, linting and playing cost time and memory linear in a file of at
//! most [`MAX_FILE_BYTES`]. The shipped `stress.ron` (320 assets, 48 incidents)
//! sits well inside them.

/// Largest scenario file read (1 MiB); a save may embed one.
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// Largest save file read: the embedded scenario plus a long decision log.
pub const MAX_SAVE_BYTES: usize = 16 << 20;
/// Most problems reported for one file; the rest are counted in one line.
pub const MAX_DIAGNOSTICS: usize = 100;

/// Allied nations (at least two are needed).
pub const MAX_NATIONS: usize = 6;
/// Agencies of one nation.
pub const MAX_AGENCIES: usize = 10;
pub const MAX_THIRD_STATES: usize = 8;
pub const MAX_ASSETS: usize = 400;
/// `depends_on` entries of one asset.
pub const MAX_DEPENDENCIES: usize = 16;
pub const MAX_ACTORS: usize = 16;
pub const MAX_INCIDENTS: usize = 64;
/// Stages of one incident.
pub const MAX_STAGES: usize = 20;
/// ATT&CK techniques of one actor or stage.
pub const MAX_TECHNIQUES: usize = 32;
pub const MAX_INJECTS: usize = 200;
/// Injects with `once: false` (each may fire every turn, so they bound the log).
pub const MAX_REPEATING_INJECTS: usize = 4;
/// Questions of one inject.
pub const MAX_QUESTIONS: usize = 10;
/// Choices of one inject.
pub const MAX_CHOICES: usize = 6;
/// Effects of one inject or of one choice.
pub const MAX_EFFECTS: usize = 16;
pub const MAX_OBJECTIVES: usize = 50;
pub const MAX_DEFEAT: usize = 16;

/// Characters of an id.
pub const MAX_ID_CHARS: usize = 64;
/// Characters of a name, title, label, `short`, `from`, `start_label`, `expected_action`, `Role`.
pub const MAX_NAME_CHARS: usize = 200;
/// Characters of a summary, an inject's text, a question or an objective's text.
pub const MAX_TEXT_CHARS: usize = 4000;

/// Largest `population` (thousands of people: ten billion).
pub const MAX_POPULATION: u32 = 10_000_000;
/// Largest `data_stolen` or `ip_stolen` of one stage.
pub const MAX_STOLEN: u32 = 1_000_000_000;
/// Largest size of a points effect (`Escalation`, `Trust`, `Alarm`, `Service`,
/// `Hardening`, `ActorCapability`): −100..=100, the whole range of the value.
pub const MAX_EFFECT_POINTS: i32 = 100;
/// Largest size of a `Capacity` effect: −10..=10, the whole range of capacity.
pub const MAX_CAPACITY_DELTA: i32 = 10;
