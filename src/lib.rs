//! Hotline: a tabletop-exercise simulator for allied response to cyber
//! incidents on critical infrastructure.
//!
//! Data flows one way: scenario file → [`scenario::Scenario`] (validated) →
//! [`sim::Exercise`] (state, log) → app, CLI or report. The `desktop` feature
//! adds the Bevy app on top; everything else builds without it.

pub mod attack;
pub mod authoring;
pub mod batch;
pub mod csv;
pub mod hash;
pub mod hindsight;
pub mod i18n;
pub mod narrate;
pub mod net;
pub mod places;
pub mod report;
pub mod save;
pub mod scenario;
pub mod settings;
pub mod sim;
pub mod targets;
pub mod teach;

#[cfg(feature = "desktop")]
pub mod app;
