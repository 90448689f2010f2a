//! The pace of a window's network thread (the host inside the host's window,
//! the seat behind a joined window). The headless host and seats update every
//! `transport::TICK`; a window's threads do so only while messages flow, and
//! once nothing has come or gone for [`QUIET`] they update every [`IDLE`]: an
//! exercise in which nobody clicks costs next to nothing, and the first
//! message after a quiet spell waits at most one idle tick per hop.

use super::transport::TICK;
use bevy::app::PluginsState;
use bevy::prelude::*;
use std::time::{Duration, Instant};

/// How long without traffic before a thread slows down.
pub const QUIET: Duration = Duration::from_secs(2);
/// The tick of a quiet thread (netcode's keep-alives go every 100 ms).
pub const IDLE: Duration = Duration::from_millis(50);

/// When the thread last sent or received a message.
#[derive(Resource)]
pub struct Pace {
    last: Instant,
}

impl Pace {
    /// Something came or went: keep the fast tick for a while.
    pub fn stir(&mut self) {
        self.last = Instant::now();
    }

    /// The wait between updates now.
    fn tick(&self) -> Duration {
        if self.last.elapsed() < QUIET { TICK } else { IDLE }
    }
}

/// Runs `app` at the window's pace (in place of the fixed tick of `transport::headless_app`).
pub fn calm(app: &mut App) {
    app.insert_resource(Pace { last: Instant::now() });
    app.set_runner(run);
}

/// Bevy's `ScheduleRunnerPlugin` loop, whose wait is the [`Pace`]'s.
fn run(mut app: App) -> AppExit {
    if app.plugins_state() != PluginsState::Cleaned {
        while app.plugins_state() == PluginsState::Adding {
            bevy::tasks::tick_global_task_pools_on_main_thread();
        }
        app.finish();
        app.cleanup();
    }
    loop {
        let start = Instant::now();
        app.update();
        if let Some(exit) = app.should_exit() {
            return exit;
        }
        let wait = app.world().get_resource::<Pace>().map_or(TICK, Pace::tick);
        std::thread::sleep(wait.saturating_sub(start.elapsed()));
    }
}
