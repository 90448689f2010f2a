//! The host's side of a networked exercise, without a transport: who holds
//! which seat, each decision checked (`authority`) and applied through
//! `Exercise::submit`, the turn resolved when every team is done, and each
//! seat's update (`feed`). The transport feeds it messages by client id and
//! sends what [`Session::flush`] returns.

use super::authority::may_submit;
use super::feed::SeatFeed;
use super::protocol::{Clock, Refusal, Rejection, SeatClaim, ToHost, ToSeat};
use crate::sim::{Decision, Exercise, Policy, PolicyName, Seat};
use std::collections::BTreeMap;

/// A client of the transport (renet's client id).
pub type ClientId = u64;

pub struct Session {
    ex: Exercise,
    /// Nations played by a team at a seat; the partner AI plays the others.
    teams: Vec<bool>,
    /// Teams that pressed Done this turn.
    done: Vec<bool>,
    seats: BTreeMap<ClientId, (SeatClaim, SeatFeed)>,
    outbox: Vec<(ClientId, ToSeat)>,
    /// Clients to disconnect after their last message (a refused claim).
    closing: Vec<ClientId>,
    turns_ended: u32,
    /// The scenario's translation overlays, sent with every welcome.
    translations: Vec<(String, String)>,
    /// Seconds left on the facilitator's countdown (the host's clock sets it).
    countdown_left: Option<u64>,
    /// The facilitator's pause and countdown length.
    clock: Clock,
    /// The countdown was set since the host last asked: this turn's clock starts again.
    clock_set: bool,
    /// Something came in since the last flush: only then can a seat's view have
    /// changed (an idle host asks nothing of its feeds).
    stirred: bool,
}

impl Session {
    /// Hosts `ex`; `teams[n]`: nation n is played by a team (else by the partner AI).
    pub fn new(ex: Exercise, teams: Vec<bool>) -> Session {
        let n = ex.scenario().nations();
        let mut teams = teams;
        teams.resize(n, true);
        Session {
            ex,
            teams,
            done: vec![false; n],
            seats: BTreeMap::new(),
            outbox: Vec::new(),
            closing: Vec::new(),
            turns_ended: 0,
            translations: Vec::new(),
            countdown_left: None,
            clock: Clock::default(),
            clock_set: false,
            stirred: true,
        }
    }

    /// The countdown's length the host starts with (`--turn-seconds`).
    pub fn with_turn_seconds(mut self, seconds: Option<u64>) -> Session {
        self.clock.turn_seconds = seconds;
        self
    }

    /// The facilitator's pause and countdown length.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Whether the facilitator set the countdown since the last call (the host
    /// then starts this turn's clock again).
    pub fn take_clock_set(&mut self) -> bool {
        std::mem::take(&mut self.clock_set)
    }

    /// Seconds left on this turn's countdown, sent along with the next updates.
    pub fn set_countdown_left(&mut self, left: Option<u64>) {
        self.countdown_left = left;
    }

    /// The scenario's translation overlays (language code, overlay text) to
    /// send each seat with its welcome.
    pub fn with_translations(mut self, translations: Vec<(String, String)>) -> Session {
        self.translations = translations;
        self
    }

    pub fn exercise(&self) -> &Exercise {
        &self.ex
    }

    /// Per nation: its team is still planning this turn.
    pub fn planning(&self) -> Vec<bool> {
        let over = self.ex.state().is_over();
        self.teams.iter().zip(&self.done).map(|(&team, &done)| team && !done && !over).collect()
    }

    /// Who holds a seat now, for the host's screen.
    pub fn seated(&self) -> impl Iterator<Item = (ClientId, &SeatClaim)> {
        self.seats.iter().map(|(&c, (claim, _))| (c, claim))
    }

    /// The client holding `claim`, if it is a seat held once (a team's, the facilitator's).
    pub fn holder(&self, claim: &SeatClaim) -> Option<ClientId> {
        let single = matches!(claim, SeatClaim::Nation(_) | SeatClaim::Facilitator);
        self.seats.iter().find(|(_, (c, _))| single && c == claim).map(|(&client, _)| client)
    }

    /// Turns resolved since the last call (the host autosaves after each).
    pub fn take_turns_ended(&mut self) -> u32 {
        std::mem::take(&mut self.turns_ended)
    }

    /// Clients whose connection should now be closed.
    pub fn take_closing(&mut self) -> Vec<ClientId> {
        std::mem::take(&mut self.closing)
    }

    /// The client's connection closed: its seat is free for a rejoin.
    pub fn disconnect(&mut self, client: ClientId) {
        self.seats.remove(&client);
    }

    /// One message from a client.
    pub fn receive(&mut self, client: ClientId, msg: ToHost) {
        self.stirred = true;
        let Some((_, feed)) = self.seats.get(&client) else {
            match msg {
                ToHost::Claim(claim) => self.claim(client, claim),
                _ => self.refuse(client, Refusal::ClaimFirst),
            }
            return;
        };
        let seat = feed.seat;
        // While the facilitator pauses, the teams' decisions wait.
        let paused = self.clock.paused && matches!(seat, Seat::Remote(_));
        match msg {
            ToHost::Claim(_) => self.reply(client, ToSeat::Refused(Refusal::AlreadySeated)),
            ToHost::Decide(d) if paused => {
                self.reply(client, ToSeat::Rejected { decision: d, reason: Rejection::Paused })
            }
            // The facilitator's "advance" lets the partner AI play its nations first, as Done does.
            ToHost::Decide(Decision::EndTurn) if seat == Seat::Facilitator => self.resolve_turn(),
            ToHost::Decide(d) => {
                let result = may_submit(self.ex.scenario(), seat, &d)
                    .and_then(|()| self.ex.submit(d.clone()).map_err(Rejection::Rules));
                match result {
                    Ok(()) if d == Decision::EndTurn => self.turn_resolved(),
                    Ok(()) => {}
                    Err(reason) => self.reply(client, ToSeat::Rejected { decision: d, reason }),
                }
            }
            ToHost::Done => match seat {
                Seat::Remote(_) if paused => self.reply(
                    client,
                    ToSeat::Rejected { decision: Decision::EndTurn, reason: Rejection::Paused },
                ),
                Seat::Remote(n) => {
                    self.done[n] = true;
                    if self.planning().iter().all(|p| !p) {
                        self.resolve_turn();
                    }
                }
                // The facilitator's Done advances the turn whoever is still planning.
                Seat::Facilitator => self.resolve_turn(),
                _ => self.reply(
                    client,
                    ToSeat::Rejected { decision: Decision::EndTurn, reason: Rejection::Watches },
                ),
            },
            ToHost::Pause(_) | ToHost::Countdown(_) if seat != Seat::Facilitator => {
                // Only the facilitator runs the clock; the reason is the one a
                // facilitator's decision gets from another seat.
                let reason = may_submit(self.ex.scenario(), seat, &Decision::EndTurn)
                    .err()
                    .unwrap_or(Rejection::Watches);
                self.reply(client, ToSeat::Rejected { decision: Decision::EndTurn, reason });
            }
            ToHost::Pause(on) => self.clock.paused = on,
            ToHost::Countdown(seconds) => {
                self.clock.turn_seconds = seconds.filter(|&s| s > 0);
                self.clock_set = true;
            }
        }
    }

    /// The facilitator's countdown ran out: the turn resolves, and nothing is
    /// decided for a team still planning.
    pub fn countdown_expired(&mut self) {
        self.stirred = true;
        self.resolve_turn();
    }

    /// The replies and every seat's update since the last flush, in order.
    pub fn flush(&mut self) -> Vec<(ClientId, ToSeat)> {
        let mut out = std::mem::take(&mut self.outbox);
        if !std::mem::take(&mut self.stirred) {
            return out;
        }
        let planning = self.planning();
        for (&client, (_, feed)) in self.seats.iter_mut() {
            if let Some(mut u) = feed.update(&self.ex, &planning, self.clock) {
                u.countdown = self.countdown_left;
                out.push((client, ToSeat::Update(u)));
            }
        }
        out
    }

    fn claim(&mut self, client: ClientId, claim: SeatClaim) {
        let seat = match claim.seat(self.ex.scenario()) {
            Ok(seat) => seat,
            Err(e) => return self.refuse(client, e),
        };
        if let Seat::Remote(n) = seat
            && !self.teams[n]
        {
            return self.refuse(client, Refusal::PlayedByAi(claim));
        }
        // A team's seat and the facilitator's are held once; any number may watch.
        let single = matches!(seat, Seat::Remote(_) | Seat::Facilitator);
        if single && self.seats.values().any(|(c, _)| *c == claim) {
            return self.refuse(client, Refusal::Taken(claim));
        }
        let s = self.ex.scenario();
        let file = std::path::Path::new(&s.path)
            .file_name()
            .map_or(s.path.clone(), |f| f.to_string_lossy().into_owned());
        let welcome = ToSeat::Welcome {
            seat: claim.clone(),
            file,
            source: s.source.clone(),
            difficulty: self.ex.difficulty(),
            translations: self.translations.clone(),
            partner_ai: self.teams.iter().map(|&team| !team).collect(),
        };
        self.reply(client, welcome);
        self.seats.insert(client, (claim, SeatFeed::new(seat)));
    }

    fn refuse(&mut self, client: ClientId, why: Refusal) {
        self.reply(client, ToSeat::Refused(why));
        self.closing.push(client);
    }

    fn reply(&mut self, client: ClientId, msg: ToSeat) {
        self.outbox.push((client, msg));
    }

    /// The partner AI plays the nations no team holds, then the turn ends.
    fn resolve_turn(&mut self) {
        if self.ex.state().is_over() {
            return;
        }
        let ai: Vec<usize> = (0..self.teams.len()).filter(|&n| !self.teams[n]).collect();
        if !ai.is_empty() {
            let turn_seed =
                self.ex.seed() ^ (self.ex.state().turn as u64).wrapping_mul(0x2545_F491_4F6C_DD1D);
            Policy::new(PolicyName::Ai, turn_seed).play_turn(&mut self.ex, &ai);
        }
        if self.ex.submit(Decision::EndTurn).is_ok() {
            self.turn_resolved();
        }
    }

    fn turn_resolved(&mut self) {
        self.done.iter_mut().for_each(|d| *d = false);
        self.turns_ended += 1;
    }
}

#[cfg(test)]
impl Session {
    /// Client `k` claims `claims[k]`, for each k (tests' seats).
    pub(crate) fn claim_seats(&mut self, claims: &[SeatClaim]) {
        for (c, claim) in claims.iter().enumerate() {
            self.receive(c as ClientId, ToHost::Claim(claim.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Scenario;
    use std::sync::Arc;

    #[test]
    fn the_partner_ai_plays_a_nation_without_a_team_and_the_facilitator_advances() {
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let mut host = Session::new(Exercise::new(s.clone(), 3), vec![true, false]);
        host.receive(1, ToHost::Claim(SeatClaim::Nation("rok".into())));
        host.receive(2, ToHost::Claim(SeatClaim::Facilitator));
        let out = host.flush();
        assert!(matches!(&out[0], (1, ToSeat::Refused(Refusal::PlayedByAi(_)))), "{out:?}");
        assert_eq!(host.take_closing(), vec![1]);
        assert_eq!(host.planning(), vec![true, false]);
        // Every seat learns which nations the partner AI plays, and its strip says so.
        let Some((2, ToSeat::Welcome { seat, file, source, difficulty, translations, partner_ai })) =
            out.get(1)
        else {
            panic!("{out:?}")
        };
        assert_eq!(partner_ai, &vec![false, true]);
        let view = crate::net::SeatView::welcome(
            seat.clone(),
            file,
            source,
            *difficulty,
            translations,
            partner_ai,
            crate::i18n::Lang::En,
        )
        .expect("welcome");
        let strip = |l| crate::narrate::net::planning(l, &s, &host.planning(), &view.partner_ai, None);
        let (en, ko) = (strip(crate::i18n::Lang::En), strip(crate::i18n::Lang::Ko));
        assert!(
            en.contains("US: planning") && en.contains("ROK: partner AI") && !en.contains("done"),
            "{en}"
        );
        assert!(ko.contains("파트너 AI") && !ko.contains("완료"), "{ko}");
        // A watcher cannot advance; the facilitator can, whoever is still planning.
        host.receive(3, ToHost::Claim(SeatClaim::Observer));
        host.receive(3, ToHost::Decide(Decision::EndTurn));
        assert_eq!(host.exercise().state().turn, 1);
        host.receive(2, ToHost::Decide(Decision::EndTurn));
        host.receive(2, ToHost::Done);
        assert_eq!(host.exercise().state().turn, 3);
        assert_eq!(host.take_turns_ended(), 2);
        let ai_moved = host.exercise().decisions().iter().any(|d| match d {
            Decision::Act { action, .. } => action.nation == "rok",
            Decision::Explain { nation, .. } => nation == "rok",
            _ => false,
        });
        assert!(ai_moved, "the partner AI played ROK");
    }

    /// The live hotline: after US calls, a US line reaches ROK and the
    /// facilitator but not the observer; ROK's Done shows on every seat's
    /// who-is-planning; once the turn resolves the line is closed.
    #[test]
    fn a_hotline_line_reaches_both_teams_not_the_watchers_and_done_updates_who_is_planning() {
        use crate::net::view::SeatView;
        use crate::sim::{ActionKind, DecisionError, Event};
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let mut host = Session::new(Exercise::new(s.clone(), 3), vec![true, true]);
        let claims = [
            SeatClaim::Nation("us".into()),
            SeatClaim::Nation("rok".into()),
            SeatClaim::Observer,
            SeatClaim::Facilitator,
        ];
        host.claim_seats(&claims);
        let mut views: Vec<Option<SeatView>> = vec![None, None, None, None];
        let deliver = |host: &mut Session, views: &mut Vec<Option<SeatView>>| {
            let mut rejected = Vec::new();
            for (c, msg) in host.flush() {
                match msg {
                    ToSeat::Welcome { seat, file, source, difficulty, translations, partner_ai } => {
                        let lang = crate::i18n::Lang::En;
                        let ai = &partner_ai;
                        let v = SeatView::welcome(seat, &file, &source, difficulty, &translations, ai, lang);
                        views[c as usize] = Some(v.expect("welcome"));
                    }
                    ToSeat::Update(u) => views[c as usize].as_mut().expect("welcomed").apply(u),
                    ToSeat::Rejected { reason, .. } => rejected.push((c, reason)),
                    other => panic!("{other:?}"),
                }
            }
            rejected
        };
        deliver(&mut host, &mut views);
        let said = |v: &SeatView, text: &str| {
            v.log.iter().any(|e| matches!(&e.event, Event::HotlineMessage { text: t } if t == text))
        };
        // Before a call the line is closed.
        let say = |n: &str, text: &str| {
            ToHost::Decide(Decision::HotlineMessage { nation: n.into(), text: text.into() })
        };
        host.receive(0, say("us", "too early"));
        let r = deliver(&mut host, &mut views);
        assert!(matches!(r[..], [(0, Rejection::Rules(DecisionError::HotlineClosed))]), "{r:?}");
        let call = host.exercise().agency_for(0, &ActionKind::Hotline).expect("US may call in turn 1");
        host.receive(
            0,
            ToHost::Decide(Decision::Act { action: call, rationale: String::new(), motive: None }),
        );
        host.receive(0, say("us", "Patching tonight, 안녕하세요"));
        // The observer may not speak on the line, nor may US speak for ROK.
        host.receive(2, say("us", "watcher"));
        host.receive(0, say("rok", "spoof"));
        let r = deliver(&mut host, &mut views);
        assert_eq!(r.len(), 2, "{r:?}");
        fn v(views: &[Option<SeatView>], c: usize) -> &SeatView {
            views[c].as_ref().expect("seated")
        }
        assert!(
            said(v(&views, 0), "Patching tonight, 안녕하세요")
                && said(v(&views, 1), "Patching tonight, 안녕하세요")
        );
        assert!(said(v(&views, 3), "Patching tonight, 안녕하세요"), "the facilitator reads the line");
        assert!(
            !v(&views, 2).log.iter().any(|e| matches!(e.event, Event::HotlineMessage { .. })),
            "observer"
        );
        assert_eq!(v(&views, 2).planning, vec![true, true]);
        host.receive(1, ToHost::Done);
        deliver(&mut host, &mut views);
        for c in 0..4 {
            assert_eq!(v(&views, c).planning, vec![true, false], "seat {c}");
        }
        let (planning, ai) = (&v(&views, 2).planning, &v(&views, 2).partner_ai);
        assert_eq!(ai, &vec![false, false], "teams play both nations");
        let en = crate::narrate::net::planning(crate::i18n::Lang::En, &s, planning, ai, Some(161));
        assert!(en.contains("US: planning") && en.contains("ROK: done") && en.contains("2:41"), "{en}");
        let ko = crate::narrate::net::planning(crate::i18n::Lang::Ko, &s, planning, ai, None);
        assert!(ko.contains("계획 중") && ko.contains("완료"), "{ko}");
        host.receive(0, ToHost::Done);
        deliver(&mut host, &mut views);
        assert_eq!(host.exercise().state().turn, 2);
        host.receive(1, say("rok", "late"));
        let r = deliver(&mut host, &mut views);
        assert!(matches!(r[..], [(1, Rejection::Rules(DecisionError::HotlineClosed))]), "{r:?}");
    }

    /// The facilitator's pause reaches every seat and holds the teams (their
    /// decisions and Done are rejected as Paused, and wait for the resume); a
    /// team or a watcher cannot pause nor set the countdown; the countdown the
    /// facilitator sets reaches every seat and starts the turn's clock again.
    #[test]
    fn only_the_facilitator_pauses_and_sets_the_countdown_and_a_pause_holds_the_teams() {
        use crate::sim::ActionKind;
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let mut host = Session::new(Exercise::new(s, 3), vec![true, true]).with_turn_seconds(Some(300));
        let claims = [
            SeatClaim::Nation("us".into()),
            SeatClaim::Nation("rok".into()),
            SeatClaim::Facilitator,
            SeatClaim::Projector,
        ];
        host.claim_seats(&claims);
        let clocks = |out: &[(ClientId, ToSeat)]| -> Vec<(ClientId, Clock)> {
            out.iter()
                .filter_map(|(c, m)| match m {
                    ToSeat::Update(u) => Some((*c, u.clock)),
                    _ => None,
                })
                .collect()
        };
        let rejected = |out: &[(ClientId, ToSeat)]| -> Vec<(ClientId, Rejection)> {
            out.iter()
                .filter_map(|(c, m)| match m {
                    ToSeat::Rejected { reason, .. } => Some((*c, reason.clone())),
                    _ => None,
                })
                .collect()
        };
        let first = host.flush();
        assert!(clocks(&first).iter().all(|(_, k)| *k == Clock { paused: false, turn_seconds: Some(300) }));
        host.receive(2, ToHost::Pause(true));
        let paused = Clock { paused: true, turn_seconds: Some(300) };
        assert_eq!(clocks(&host.flush()), (0..4).map(|c| (c, paused)).collect::<Vec<_>>());
        let call = host.exercise().agency_for(0, &ActionKind::Hotline).expect("US may call in turn 1");
        let act = ToHost::Decide(Decision::Act { action: call, rationale: String::new(), motive: None });
        host.receive(0, act.clone());
        host.receive(1, ToHost::Done);
        host.receive(0, ToHost::Pause(false));
        host.receive(3, ToHost::Countdown(Some(60)));
        let out = host.flush();
        let us = Rejection::NotYours { nation: "us".into() };
        assert_eq!(
            rejected(&out),
            vec![(0, Rejection::Paused), (1, Rejection::Paused), (0, us), (3, Rejection::Watches)]
        );
        assert!(host.exercise().decisions().is_empty() && host.planning() == vec![true, true]);
        assert_eq!((host.clock(), host.take_clock_set()), (paused, false));
        // Resumed: the same decision goes through; a new countdown reaches every seat.
        host.receive(2, ToHost::Pause(false));
        host.receive(2, ToHost::Countdown(Some(90)));
        host.receive(0, act);
        assert_eq!(host.exercise().decisions().len(), 1);
        assert!(host.take_clock_set());
        let ninety = Clock { paused: false, turn_seconds: Some(90) };
        let out = host.flush();
        assert!(rejected(&out).is_empty(), "{out:?}");
        assert_eq!(clocks(&out), (0..4).map(|c| (c, ninety)).collect::<Vec<_>>());
        // A countdown of 0 seconds is none.
        host.receive(2, ToHost::Countdown(Some(0)));
        assert_eq!(clocks(&host.flush()), (0..4).map(|c| (c, Clock::default())).collect::<Vec<_>>());
    }
}
