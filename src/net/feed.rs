//! What the host sends each seat: the log entries that seat may read and the
//! state as that seat may see it, decided only by `sim::visibility`. Private
//! information (another nation's hidden incidents, capacities, moves,
//! rationales and notes, cards addressed to it, the adversary's hand) never
//! enters a seat's update, so it never leaves the host for that seat.

use super::protocol::{Clock, SeatUpdate};
use crate::scenario::Scenario;
use crate::sim::{Exercise, Seat, State};

/// The state as `seat` may see it: whatever it may not see is put back to how
/// the exercise began (which the scenario, the shared playbook, already says).
pub fn redact(s: &Scenario, st: &State, seat: Seat) -> State {
    if seat == Seat::Facilitator {
        return st.clone();
    }
    let fresh = State::new(s);
    let mut v = st.clone();
    for (i, inc) in v.incidents.iter_mut().enumerate() {
        if !seat.sees_incident(st, i) {
            *inc = fresh.incidents[i].clone();
        }
    }
    for (n, nation) in v.nations.iter_mut().enumerate() {
        if !seat.sees_capacity(n) {
            *nation = fresh.nations[n].clone();
        }
    }
    for (i, inj) in v.injects.iter_mut().enumerate() {
        if !seat.sees_inject(s, i) {
            *inj = fresh.injects[i].clone();
        }
    }
    // The adversary's strength and mode are the facilitator's to know.
    v.actors = fresh.actors;
    // A nation's pending effects and move record are its own team's business;
    // another's defensive posture (hardening, monitoring, hunts) is private too.
    let own = seat.nation();
    v.delayed.retain(|d| Some(d.nation) == own);
    v.actions.retain(|a| Some(a.nation) == own);
    for (a, asset) in v.assets.iter_mut().enumerate() {
        if Some(s.asset_nation[a]) != own {
            let f = &fresh.assets[a];
            (asset.hardening, asset.monitoring) = (f.hardening, f.monitoring);
            (asset.hunt_from, asset.hunt_until) = (f.hunt_from, f.hunt_until);
        }
    }
    v
}

/// One seat's feed: remembers what it has sent so each update carries only what is new.
#[derive(Debug, Clone)]
pub struct SeatFeed {
    pub seat: Seat,
    /// Log entries already looked at (sent, or not this seat's to see).
    looked: usize,
    state: Option<State>,
    planning: Vec<bool>,
    over: bool,
    clock: Clock,
}

impl SeatFeed {
    /// A feed that has sent nothing yet: its first update is the whole view
    /// (which is also how a seat that rejoins gets everything back).
    pub fn new(seat: Seat) -> SeatFeed {
        SeatFeed { seat, looked: 0, state: None, planning: Vec::new(), over: false, clock: Clock::default() }
    }

    /// What is new for this seat since the last update (entries, state, who is
    /// planning, the facilitator's `clock`), or `None` when nothing is.
    /// Entries are judged as the exercise runs (never with the debrief's
    /// "everyone sees everything"): the end of a game reveals nothing over the wire.
    pub fn update(&mut self, ex: &Exercise, planning: &[bool], clock: Clock) -> Option<SeatUpdate> {
        let seat = self.seat;
        let entries: Vec<_> = ex.log()[self.looked.min(ex.log().len())..]
            .iter()
            .filter(|e| seat.sees_entry(e, false))
            .cloned()
            .collect();
        self.looked = ex.log().len();
        let view = redact(ex.scenario(), ex.state(), seat);
        let state = (self.state.as_ref() != Some(&view)).then(|| view.clone());
        self.state = Some(view);
        let over = ex.state().is_over();
        let changed = !entries.is_empty()
            || state.is_some()
            || self.planning != planning
            || self.over != over
            || self.clock != clock;
        self.planning = planning.to_vec();
        self.over = over;
        self.clock = clock;
        changed.then(|| SeatUpdate {
            entries,
            state,
            planning: planning.to_vec(),
            over,
            countdown: None,
            clock,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Decision, Policy, PolicyName};
    use std::sync::Arc;

    /// After every decision of whole games, each seat's update holds nothing
    /// that `sim::visibility` keeps from that seat at that moment.
    #[test]
    fn no_update_holds_what_its_seat_may_not_see() {
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let fresh = State::new(&s);
        for (policy, seed) in [(PolicyName::Cooperative, 3), (PolicyName::Ai, 5), (PolicyName::Random, 7)] {
            let mut ex = Exercise::new(s.clone(), seed);
            let seats = [Seat::Remote(0), Seat::Remote(1), Seat::Projector, Seat::Observer];
            let mut feeds: Vec<SeatFeed> = seats.iter().map(|&seat| SeatFeed::new(seat)).collect();
            let (mut hidden_entries, mut hidden_incidents) = (0, 0);
            let mut check = |ex: &Exercise, feeds: &mut Vec<SeatFeed>| {
                for f in feeds.iter_mut() {
                    let Some(u) = f.update(ex, &[true, true], Clock::default()) else { continue };
                    assert!(u.entries.iter().all(|e| f.seat.sees_entry(e, false)), "{:?}", f.seat);
                    hidden_entries += ex.log().iter().filter(|e| !f.seat.sees_entry(e, false)).count();
                    let Some(st) = u.state else { continue };
                    for i in 0..st.incidents.len() {
                        if !f.seat.sees_incident(ex.state(), i) {
                            hidden_incidents += usize::from(ex.state().incidents[i] != fresh.incidents[i]);
                            assert_eq!(st.incidents[i], fresh.incidents[i], "{:?} incident {i}", f.seat);
                        }
                    }
                    for n in 0..st.nations.len() {
                        if !f.seat.sees_capacity(n) {
                            assert_eq!(st.nations[n], fresh.nations[n], "{:?} nation {n}", f.seat);
                        }
                    }
                    for i in 0..st.injects.len() {
                        if !f.seat.sees_inject(&s, i) {
                            assert_eq!(st.injects[i], fresh.injects[i], "{:?} inject {i}", f.seat);
                        }
                    }
                    assert_eq!(st.actors, fresh.actors);
                    assert!(st.actions.iter().all(|a| Some(a.nation) == f.seat.nation()));
                }
            };
            check(&ex, &mut feeds);
            while !ex.state().is_over() {
                let mut p = Policy::new(policy, seed ^ ex.state().turn as u64);
                for n in 0..s.nations() {
                    p.play_turn(&mut ex, &[n]);
                    check(&ex, &mut feeds);
                }
                ex.submit(Decision::EndTurn).expect("a running exercise ends its turn");
                check(&ex, &mut feeds);
            }
            // The test means something only if there was something to keep back.
            assert!(
                hidden_entries > 0 && hidden_incidents > 0,
                "{policy:?}: {hidden_entries} {hidden_incidents}"
            );
        }
    }

    #[test]
    fn the_facilitator_sees_the_whole_state_an_idle_feed_sends_nothing_and_a_pause_is_news() {
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let mut ex = Exercise::new(s, 3);
        ex.submit(Decision::EndTurn).expect("turn 1 ends");
        let mut f = SeatFeed::new(Seat::Facilitator);
        let none = Clock::default();
        let u = f.update(&ex, &[true, false], none).expect("a first update");
        assert_eq!(u.state.as_ref(), Some(ex.state()));
        assert_eq!(u.entries, ex.log());
        assert_eq!(f.update(&ex, &[true, false], none), None);
        let u = f.update(&ex, &[false, false], none).expect("planning changed");
        assert!(u.entries.is_empty() && u.state.is_none());
        let paused = Clock { paused: true, turn_seconds: None };
        let u = f.update(&ex, &[false, false], paused).expect("the pause is news");
        assert!(u.clock.paused && u.entries.is_empty() && u.state.is_none());
        assert_eq!(f.update(&ex, &[false, false], paused), None);
    }
}
