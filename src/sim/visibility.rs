//! Who may see what: the one place that decides it. Pure and Bevy-free, so
//! the app, the reports and a network host all ask the same questions.
//!
//! An entry's [`Visibility`] is set once, when the rules record it
//! ([`classify`], with the state of that moment); a [`Seat`] then asks
//! whether it may see that entry, an inject card, an incident or an
//! agency's capacity. The score has no private part: every component is the
//! alliance's, so every seat sees it.

use super::event::{Event, LogEntry, LogKind, NationSet, Visibility};
use super::state::State;
use crate::scenario::{Audience, Scenario};

/// How the rules mark an event as it is recorded. `secret` is the rules' own
/// judgement (an intrusion nobody has seen). Otherwise: a card addressed to
/// one nation stays with its team; an entry that names an incident is seen
/// only by the nations that know of it (a nation always sees the damage to
/// its own assets, and public statements are public); a nation's own move
/// is its team's business; what passes between the allies is public.
pub fn classify(s: &Scenario, st: &State, nation: Option<usize>, event: &Event, secret: bool) -> Visibility {
    if secret {
        return Visibility::Secret;
    }
    let all = NationSet::all(s.def.nations.len());
    let addressed = |i: usize| match &s.def.injects[i].audience {
        Audience::Nation(id) => s.nation_ix.get(id).copied(),
        _ => None,
    };
    match event {
        Event::InjectFired { inject } => {
            return addressed(*inject).map_or(Visibility::Public, |n| Visibility::Nations(NationSet::one(n)));
        }
        // Said in public: the statement is news to everyone.
        Event::PublicAttribution { .. } | Event::WrongAttribution { .. } => return Visibility::Public,
        // The hotline synchronises every capital: each nation's team is on
        // the line (and the facilitator); the wall and observers are not.
        Event::HotlineMessage { .. } => return Visibility::Nations(all),
        // Damage to a nation's asset is seen by that nation, detected or not.
        Event::StageReached { .. } => {
            return nation.map_or(Visibility::Secret, |n| Visibility::Nations(NationSet::one(n)));
        }
        _ => {}
    }
    let named = event.incidents();
    let knowers = named.iter().fold(all, |set, &i| {
        let known = st.incidents[i].known_by.iter().enumerate().filter(|&(_, &k)| k);
        set.intersect(known.fold(NationSet::default(), |k, (n, _)| k.with(n)))
    });
    let own = nation.filter(|_| !matches!(event.kind(nation), LogKind::Diplomacy | LogKind::Trust));
    match own {
        Some(n) if named.is_empty() => Visibility::Move(n),
        Some(n) => {
            let mut set = NationSet::one(n);
            if let Event::Shared { with, .. } = event {
                set = set.with(*with);
            }
            Visibility::Nations(set.intersect(knowers))
        }
        None if knowers == all => Visibility::Public,
        None => Visibility::Nations(knowers),
    }
}

/// Everyone who may look at an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seat {
    /// A nation's team at a shared hot-seat desk (the other teams take turns at it).
    Team(usize),
    /// A solo learner holding a nation; the program plays the others, and
    /// their moves (never their knowledge) are shown to teach.
    Solo(usize),
    /// Runs the exercise and sees everything.
    Facilitator,
    /// The room's shared wall: only what every team may see.
    Projector,
    /// A nation's team on its own machine (a networked seat).
    Remote(usize),
    /// Watches the room without playing: sees what the wall shows.
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
            Visibility::Nations(set) => self.nation().is_some_and(|n| set.contains(n)),
            Visibility::Move(n) => match self {
                Seat::Team(m) | Seat::Remote(m) => m == n,
                Seat::Solo(_) => true,
                Seat::Projector | Seat::Observer | Seat::Facilitator => false,
            },
        }
    }

    /// The entries of `log` this seat may read now, in order.
    pub fn entries<'a>(self, log: &'a [LogEntry], over: bool) -> impl Iterator<Item = &'a LogEntry> + 'a {
        log.iter().filter(move |e| self.sees_entry(e, over))
    }

    /// May this seat read inject card `i`? A card addressed to one nation is
    /// for that nation's team; the wall shows only cards for everyone.
    pub fn sees_inject(self, s: &Scenario, i: usize) -> bool {
        match (&s.def.injects[i].audience, self) {
            (_, Seat::Facilitator) => true,
            (Audience::All, _) => true,
            (Audience::Role(_), seat) => seat.nation().is_some(),
            (Audience::Nation(id), seat) => {
                seat.nation().is_some_and(|n| s.def.nations.get(n).is_some_and(|x| &x.id == id))
            }
        }
    }

    /// May this seat see incident `i` on its board? A nation's team sees
    /// what its nation knows; the wall what every nation knows.
    pub fn sees_incident(self, st: &State, i: usize) -> bool {
        let inc = &st.incidents[i];
        match self {
            Seat::Facilitator => true,
            Seat::Team(n) | Seat::Solo(n) | Seat::Remote(n) => {
                inc.status.is_known() && inc.known_by.get(n).copied().unwrap_or(false)
            }
            Seat::Projector | Seat::Observer => inc.status.is_known() && inc.known_by.iter().all(|&k| k),
        }
    }

    /// May this seat see the agencies' capacity (action points) of `nation`?
    /// A team sees its own; a solo learner its partner's too (no team sits
    /// there to protect).
    pub fn sees_capacity(self, nation: usize) -> bool {
        match self {
            Seat::Facilitator | Seat::Solo(_) => true,
            Seat::Team(n) | Seat::Remote(n) => n == nation,
            Seat::Projector | Seat::Observer => false,
        }
    }
}
