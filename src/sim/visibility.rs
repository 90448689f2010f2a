//! Who may see what: the one place that decides it. Pure and Bevy-free, so
//! the app, the reports and a network host all ask the same questions.
//!
//! An entry's [`Visibility`] is set once, when the rules record it
//! ([`classify`]); a [`Seat`] then asks whether it may see that entry.

use super::event::{Event, LogEntry, LogKind, Visibility};
use crate::scenario::{Audience, Scenario};

/// How the rules mark an event as it is recorded. `secret` is the rules' own
/// judgement (an intrusion nobody has seen); the rest follows from the event:
/// a card addressed to one nation's team, or a nation's own business (its
/// agencies' work, its detections, its losses) stays with that nation's team;
/// what passes between the allies (diplomacy, trust) is public.
pub fn classify(s: &Scenario, nation: Option<usize>, event: &Event, secret: bool) -> Visibility {
    if secret {
        return Visibility::Secret;
    }
    if let Event::InjectFired { inject } = event
        && let Audience::Nation(id) = &s.def.injects[*inject].audience
        && let Some(&n) = s.nation_ix.get(id)
    {
        return Visibility::Nation(n);
    }
    match nation {
        Some(n) if !matches!(event.kind(nation), LogKind::Diplomacy | LogKind::Trust) => {
            Visibility::Nation(n)
        }
        _ => Visibility::Public,
    }
}

/// Everyone who may look at an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seat {
    /// A nation's team at a shared hot-seat desk (the other teams take turns at it).
    Team(usize),
    /// A solo learner holding a nation; the program plays the others and its
    /// moves are shown to teach.
    Solo(usize),
    /// Runs the exercise and sees everything.
    Facilitator,
    /// The room's shared wall: only what everyone may see.
    Projector,
    /// A nation's team on its own machine (a networked seat).
    Remote(usize),
    /// Watches the room without playing.
    Observer,
}

impl Seat {
    /// The nation this seat plays, if it plays one.
    pub fn nation(self) -> Option<usize> {
        match self {
            Seat::Team(n) | Seat::Solo(n) | Seat::Remote(n) => Some(n),
            Seat::Facilitator | Seat::Projector | Seat::Observer => None,
        }
    }

    /// May this seat read this log entry? `over`: the exercise has ended (the
    /// debrief shows everything to everyone).
    pub fn sees_entry(self, e: &LogEntry, over: bool) -> bool {
        if over || self == Seat::Facilitator {
            return true;
        }
        match e.visibility {
            Visibility::Public => true,
            Visibility::Secret => false,
            Visibility::Nation(n) => match self {
                Seat::Team(m) | Seat::Remote(m) => m == n,
                // The partner's own moves are part of the lesson.
                Seat::Solo(_) => true,
                Seat::Projector | Seat::Observer | Seat::Facilitator => false,
            },
        }
    }
}
