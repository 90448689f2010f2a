//! What is drawn over the board, in one place: at most one overlay at a time
//! (help, glossary, the leave question, the projector view), and which side
//! panels are shown. Only the apply system ([`super::intent`]) changes them.
//!
//! The hand-over card and the pause are not overlays: they are the state of
//! the workshop table ([`super::table::Table`]) and stay while an overlay
//! comes and goes (closing the projector must not skip the hand-over).

use bevy::prelude::*;

/// The one overlay open over the board (or the debrief).
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overlay {
    #[default]
    None,
    /// How to play and the keys (F1 or ?).
    Help,
    /// Every term and action in plain words (G).
    Glossary,
    /// "Leave the exercise?" (Esc on the board).
    Leave,
    /// The projector view replaces the board (F3, workshop).
    Projector,
}

impl Overlay {
    /// Opens `o`, or closes it when it is the one open.
    pub fn toggle(&mut self, o: Overlay) {
        *self = if *self == o { Overlay::None } else { o };
    }
}

/// Side panels and windows the players switch on and off.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panels {
    /// The log at the bottom of the board (L).
    pub log: bool,
    /// The facilitator's console window (F2 or M, workshop).
    pub console: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Panels { log: true, console: false }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Overlay>().init_resource::<Panels>();
}
