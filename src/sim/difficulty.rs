//! How hard the exercise is, and the numbers behind each level.

use clap::ValueEnum;
use serde::{Deserialize, Serialize};

/// How hard the exercise is: it changes how the adversary and the partner
/// behave, not only the numbers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    /// Scripted adversary that never adapts; a generous partner; campaigns a little slower.
    Exercise,
    /// The adversary adapts (pivots when detected, lies low when attributed, presses
    /// the weaker ally); the partner weighs trust.
    #[default]
    Standard,
    /// A sharper, faster adversary; a partner that guards its own interests and
    /// needs high trust to share or join.
    Crisis,
}

/// The numbers behind a difficulty level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Knobs {
    pub adversary_adapts: bool,
    /// Multiplies every stage's advance chance.
    pub advance: f64,
    /// Multiplies every detection chance.
    pub detect: f64,
    /// Advance multiplier on an actor's hidden intrusions once another of its intrusions is detected.
    pub pivot: f64,
    /// Advance multiplier on a detected ("burned") intrusion while the actor pivots.
    pub burned: f64,
    /// Advance multiplier on every intrusion of an attributed actor.
    pub quiet: f64,
    /// Advance multiplier on intrusions against the weaker ally while the actor is unattributed.
    pub press_weaker: f64,
    /// Trust the partner AI needs to share what it detects.
    pub share_trust: f64,
    /// Trust the partner AI needs to join a joint investigation.
    pub join_trust: f64,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Exercise, Difficulty::Standard, Difficulty::Crisis];

    pub fn label(self) -> &'static str {
        match self {
            Difficulty::Exercise => "exercise",
            Difficulty::Standard => "standard",
            Difficulty::Crisis => "crisis",
        }
    }

    pub fn knobs(self) -> Knobs {
        match self {
            Difficulty::Exercise => Knobs {
                adversary_adapts: false,
                advance: 0.85,
                detect: 1.1,
                pivot: 1.0,
                burned: 1.0,
                quiet: 1.0,
                press_weaker: 1.0,
                share_trust: 25.0,
                join_trust: 25.0,
            },
            Difficulty::Standard => Knobs {
                adversary_adapts: true,
                advance: 1.0,
                detect: 1.0,
                pivot: 1.4,
                burned: 0.6,
                quiet: 0.6,
                press_weaker: 1.2,
                share_trust: 45.0,
                join_trust: 40.0,
            },
            Difficulty::Crisis => Knobs {
                adversary_adapts: true,
                advance: 1.2,
                detect: 0.85,
                pivot: 1.6,
                burned: 0.75,
                quiet: 0.8,
                press_weaker: 1.35,
                share_trust: 60.0,
                join_trust: 55.0,
            },
        }
    }
}
