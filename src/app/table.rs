//! The workshop table: which team is at the desk, who is done this turn, the
//! hand-over card, the facilitator's pause and the per-team countdown.
//!
//! Plain data and functions (the hot-seat order, the countdown), tested
//! without a window; the apply system ([`super::intent`]) changes it.

use bevy::prelude::*;

/// Countdown choices offered to the facilitator, in minutes (0 = off).
pub const COUNTDOWN_CHOICES: [u32; 4] = [0, 3, 5, 10];

/// Who is at the desk, who is done, the clock and the facilitator's switches.
#[derive(Resource, Debug, Clone, Default)]
pub struct Table {
    /// Teams (nations) done this turn.
    pub done: Vec<bool>,
    /// The turn `done` is about.
    pub turn: u32,
    /// The hand-over card is up for this team: everything else is hidden.
    pub handover: Option<usize>,
    /// The facilitator paused the exercise.
    pub paused: bool,
    /// The projector view is open in a second window (F4).
    pub projector_window: bool,
    /// Per-team countdown, in minutes (0 = off).
    pub countdown_minutes: u32,
    /// Seconds left of the current team's countdown.
    pub remaining: f64,
}

impl Table {
    /// No team can act: paused, or the hand-over card is up.
    pub fn locked(&self) -> bool {
        self.paused || self.handover.is_some()
    }

    /// Starts the countdown afresh for the team now at the desk.
    pub fn restart_clock(&mut self) {
        self.remaining = f64::from(self.countdown_minutes) * 60.0;
    }

    /// Sets the countdown length (restarts the clock).
    pub fn set_countdown(&mut self, minutes: u32) {
        self.countdown_minutes = minutes;
        self.restart_clock();
    }

    /// A fresh table for a game of `nations` teams at `turn`: nobody done,
    /// nothing covering the board, the clock restarted.
    pub fn reset(&mut self, nations: usize, turn: u32) {
        self.done = vec![false; nations];
        self.turn = turn;
        self.paused = false;
        self.handover = None;
        self.restart_clock();
    }
}

/// The next team to act after `current`, in table order, among those not
/// done; None when every team is done (the turn ends).
pub fn next_team(done: &[bool], current: usize) -> Option<usize> {
    let n = done.len();
    (1..=n).map(|k| (current + k) % n).find(|&t| !done.get(t).copied().unwrap_or(true))
}

/// What pressing "Done" leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterDone {
    /// Hand the desk to this team.
    PassTo(usize),
    /// Every team is done: end the turn.
    EndTurn,
}

/// Marks `team` done and says what comes next.
pub fn mark_done(done: &mut [bool], team: usize) -> AfterDone {
    if let Some(d) = done.get_mut(team) {
        *d = true;
    }
    match next_team(done, team) {
        Some(t) => AfterDone::PassTo(t),
        None => AfterDone::EndTurn,
    }
}

/// Counts the clock down by `dt` seconds (not while paused or handing over);
/// returns whether it ran out on this tick.
pub fn tick(remaining: &mut f64, minutes: u32, dt: f64, stopped: bool) -> bool {
    if minutes == 0 || stopped || *remaining <= 0.0 {
        return false;
    }
    *remaining -= dt;
    if *remaining <= 0.0 {
        *remaining = 0.0;
        return true;
    }
    false
}

/// "4:07": minutes and seconds, rounded up (a clock never shows 0:00 early).
pub fn mmss(seconds: f64) -> String {
    let s = seconds.max(0.0).ceil() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_take_turns_in_table_order() {
        let mut done = vec![false, false];
        assert_eq!(mark_done(&mut done, 0), AfterDone::PassTo(1));
        assert_eq!(mark_done(&mut done, 1), AfterDone::EndTurn);
        let mut three = vec![false; 3];
        assert_eq!(mark_done(&mut three, 1), AfterDone::PassTo(2));
        assert_eq!(mark_done(&mut three, 2), AfterDone::PassTo(0));
        assert_eq!(mark_done(&mut three, 0), AfterDone::EndTurn);
        assert_eq!(next_team(&[], 0), None);
    }

    #[test]
    fn countdown_runs_out_once_and_stops_when_paused() {
        let mut left = 180.0;
        assert!(!tick(&mut left, 3, 1.0, true));
        assert_eq!(left, 180.0);
        assert!(!tick(&mut left, 3, 100.0, false));
        assert!(tick(&mut left, 3, 100.0, false));
        assert_eq!(left, 0.0);
        assert!(!tick(&mut left, 3, 1.0, false));
        let mut off = 0.0;
        assert!(!tick(&mut off, 0, 5.0, false));
    }

    #[test]
    fn clock_text() {
        assert_eq!(mmss(300.0), "5:00");
        assert_eq!(mmss(246.2), "4:07");
        assert_eq!(mmss(0.1), "0:01");
        assert_eq!(mmss(-3.0), "0:00");
    }
}
