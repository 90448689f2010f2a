//! Property: over every shipped scenario, many seeds and every way of
//! playing, no seat ever sees another nation's private information while the
//! exercise runs: no secret entry, no entry marked for other nations, no
//! line naming an incident its nation does not know of, no card addressed to
//! another team, no other team's capacity.
//!
//! The naming check reads the narrated text (tests may read prose): it is
//! independent of the rules' own bookkeeping of which incidents an event names.

mod common;

use hotline::narrate;
use hotline::scenario::{Audience, Scenario};
use hotline::sim::policy::play_out_seats;
use hotline::sim::{Event, Exercise, Policy, PolicyName, Seat, Visibility, play_out};
use std::sync::Arc;

/// Every scenario in the repository (the shipped ones and the benchmark).
fn shipped() -> Vec<Arc<Scenario>> {
    common::repository_scenarios()
        .iter()
        .map(|p| Arc::new(Scenario::load(p).unwrap_or_else(|d| panic!("{d}"))))
        .collect()
}

fn seats(nations: usize) -> Vec<Seat> {
    let mut v = vec![Seat::Projector, Seat::Observer];
    for n in 0..nations {
        v.extend([Seat::Team(n), Seat::Remote(n), Seat::Solo(n)]);
    }
    v
}

fn played(s: &Arc<Scenario>, seed: u64, how: usize) -> Exercise {
    let mut ex = Exercise::new(s.clone(), seed);
    let p = |name| Policy::new(name, seed);
    match how {
        0 => play_out(&mut ex, &mut p(PolicyName::Cooperative)),
        1 => play_out(&mut ex, &mut p(PolicyName::Ai)),
        2 => play_out(&mut ex, &mut p(PolicyName::Random)),
        3 => play_out_seats(&mut ex, &mut p(PolicyName::Unilateral), &mut p(PolicyName::Ai)),
        _ => play_out_seats(&mut ex, &mut p(PolicyName::Random), &mut p(PolicyName::Ai)),
    }
    ex
}

/// Whether `seat` may know of incident `i` now.
fn knows(ex: &Exercise, seat: Seat, i: usize) -> bool {
    let known = &ex.state().incidents[i].known_by;
    match seat.nation() {
        Some(n) => known[n],
        None => known.iter().all(|&k| k),
    }
}

/// Checks the entries `from..` (just recorded) for every seat; returns the
/// first violation.
fn check(ex: &Exercise, from: usize) -> Result<(), String> {
    let s = ex.scenario();
    for e in &ex.log()[from..] {
        for seat in seats(s.nations()) {
            if !seat.sees_entry(e, false) {
                continue;
            }
            let text = narrate::entry(hotline::i18n::Lang::En, s, e);
            if e.visibility == Visibility::Secret {
                return Err(format!("{seat:?} sees a secret: {text}"));
            }
            // Said in public, or damage to the seat's own asset: not a secret of anyone's.
            let public_speech =
                matches!(e.event, Event::PublicAttribution { .. } | Event::WrongAttribution { .. });
            let own_damage = matches!(e.event, Event::StageReached { .. }) && e.nation == seat.nation();
            if public_speech || own_damage {
                continue;
            }
            for (i, inc) in s.def.incidents.iter().enumerate() {
                let named = text.contains(inc.name.as_str())
                    // A name inside a longer known name is that one.
                    && !s.def.incidents.iter().enumerate().any(|(k, other)| {
                        k != i && other.name.contains(inc.name.as_str()) && text.contains(other.name.as_str())
                    });
                if named && !knows(ex, seat, i) {
                    return Err(format!("{seat:?} reads of `{}` it does not know: {text}", inc.id));
                }
            }
        }
    }
    Ok(())
}

fn check_boards(ex: &Exercise) -> Result<(), String> {
    let s = ex.scenario();
    let n = s.nations();
    for seat in seats(n) {
        for i in 0..s.def.incidents.len() {
            if seat.sees_incident(ex.state(), i) && !knows(ex, seat, i) {
                return Err(format!("{seat:?} sees incident {i} on its board"));
            }
        }
        for (i, inj) in s.def.injects.iter().enumerate() {
            if let Audience::Nation(id) = &inj.audience
                && seat.sees_inject(s, i)
                && seat.nation().is_none_or(|m| s.def.nations[m].id != *id)
            {
                return Err(format!("{seat:?} reads the card for {id}: {}", inj.id));
            }
        }
        if let Seat::Team(m) | Seat::Remote(m) = seat
            && (0..n).any(|k| k != m && seat.sees_capacity(k))
        {
            return Err(format!("{seat:?} sees another team's capacity"));
        }
    }
    Ok(())
}

#[test]
fn no_seat_ever_sees_another_nations_private_information() {
    let mut entries = 0usize;
    for s in shipped() {
        for seed in 0..12 {
            for how in 0..5 {
                let full = played(&s, seed, how);
                // Replay decision by decision: each entry is judged against what
                // the nations knew right after it was recorded.
                let mut ex = Exercise::new(s.clone(), seed);
                check(&ex, 0).unwrap_or_else(|e| panic!("{} seed {seed} way {how}: {e}", s.def.id));
                for d in full.decisions() {
                    let from = ex.log().len();
                    ex.submit(d.clone()).expect("a recorded decision replays");
                    let res = check(&ex, from).and_then(|()| check_boards(&ex));
                    res.unwrap_or_else(|e| panic!("{} seed {seed} way {how}: {e}", s.def.id));
                }
                entries += ex.log().len();
            }
        }
    }
    assert!(entries > 50_000, "only {entries} entries checked");
}

#[test]
fn the_facilitator_sees_everything_and_the_debrief_shows_everything() {
    let s = shipped().into_iter().find(|s| s.def.id == "us-rok-hotline").unwrap();
    let ex = played(&s, 5, 0);
    assert!(ex.log().iter().any(|e| e.secret()), "a game with secrets");
    assert!(ex.log().iter().all(|e| Seat::Facilitator.sees_entry(e, false)));
    for seat in seats(s.nations()) {
        assert!(ex.log().iter().all(|e| seat.sees_entry(e, true)), "{seat:?} in the debrief");
        assert!(Seat::entries(seat, ex.log(), false).count() < ex.log().len(), "{seat:?} while running");
    }
}
