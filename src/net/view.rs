//! A seat's side of a networked exercise: what it holds of the exercise (its
//! view, built only from the host's updates) and the bot that plays a team
//! seat with a built-in policy (`hotline join --headless --policy NAME`).

use super::protocol::{Clock, SeatClaim, SeatUpdate, ToHost};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::sim::{Decision, Difficulty, Exercise, LogEntry, PolicyName, Seat, State};
use crate::tr;
use std::sync::Arc;

/// Everything a seat knows: the scenario it was sent and the updates so far.
#[derive(Debug, Clone)]
pub struct SeatView {
    pub scenario: Arc<Scenario>,
    pub claim: SeatClaim,
    pub seat: Seat,
    pub difficulty: Difficulty,
    pub log: Vec<LogEntry>,
    pub state: State,
    /// Per nation: its team is still planning.
    pub planning: Vec<bool>,
    /// Per nation: the partner AI plays it (from the welcome).
    pub partner_ai: Vec<bool>,
    pub over: bool,
    /// The facilitator's pause and countdown length.
    pub clock: Clock,
}

impl SeatView {
    /// The view a `Welcome` opens: the scenario from its source text. An
    /// error is worded in `lang` for the seat's console.
    pub fn welcome(
        claim: SeatClaim,
        file: &str,
        source: &str,
        difficulty: Difficulty,
        translations: &[(String, String)],
        partner_ai: &[bool],
        lang: Lang,
    ) -> Result<SeatView, String> {
        let mut scenario = Scenario::from_str(source, file)
            .map_err(|d| tr!(lang, "net-join-bad-scenario", error = d.to_string()))?;
        for (code, text) in translations {
            if let Some(l) = Lang::parse(code).filter(|&l| l != Lang::En) {
                let over = crate::scenario::translation::overlay_path(std::path::Path::new(file), l);
                scenario.attach_translation(lang, l, text, &over.display().to_string());
            }
        }
        let seat = claim.seat(&scenario).map_err(|r| crate::narrate::net::refusal(lang, &r))?;
        let state = State::new(&scenario);
        let planning = vec![false; scenario.nations()];
        let mut partner_ai = partner_ai.to_vec();
        partner_ai.resize(scenario.nations(), false);
        Ok(SeatView {
            scenario: Arc::new(scenario),
            claim,
            seat,
            difficulty,
            log: Vec::new(),
            state,
            planning,
            partner_ai,
            over: false,
            clock: Clock::default(),
        })
    }

    pub fn apply(&mut self, u: SeatUpdate) {
        self.log.extend(u.entries);
        if let Some(state) = u.state {
            self.state = state;
        }
        self.planning = u.planning;
        self.over = u.over;
        self.clock = u.clock;
    }

    /// A working copy of the exercise as this seat sees it (for policies and drafts).
    pub fn copy(&self) -> Exercise {
        Exercise::seat_copy(self.scenario.clone(), self.difficulty, self.state.clone(), self.log.clone())
    }
}

/// A team seat played by a built-in policy: once per turn, when its team is
/// planning, it decides on its copy and sends the decisions and Done.
#[derive(Debug, Clone)]
pub struct Bot {
    policy: PolicyName,
    seed: u64,
    played: u32,
    /// A line to say on the hotline, once: the bot calls the hotline to say it
    /// the first turn its nation may (or says it when the other side called).
    message: Option<String>,
}

impl Bot {
    pub fn new(policy: PolicyName, seed: u64) -> Bot {
        Bot { policy, seed, played: 0, message: None }
    }

    /// A bot that also calls the hotline and says `text` on it, the first turn it can.
    pub fn saying(mut self, text: Option<String>) -> Bot {
        self.message = text.filter(|t| !t.trim().is_empty());
        self
    }

    /// The hotline line not said yet (kept over a rejoin).
    pub fn unsaid(&mut self) -> Option<String> {
        self.message.take()
    }

    /// The messages for this turn, or nothing when it has played it (or it is
    /// not its turn, or the facilitator paused the exercise: it plays on resume).
    pub fn decide(&mut self, v: &SeatView) -> Vec<ToHost> {
        let Some(n) = v.seat.nation() else { return Vec::new() };
        if v.over
            || v.clock.paused
            || !v.planning.get(n).copied().unwrap_or(false)
            || v.state.turn <= self.played
        {
            return Vec::new();
        }
        self.played = v.state.turn;
        let mut ex = v.copy();
        // A bot with a line to say calls the hotline first, when its nation may.
        if self.message.is_some()
            && !ex.hotline_open()
            && let Some(call) = ex.agency_for(n, &crate::sim::ActionKind::Hotline)
        {
            let _ = ex.submit(Decision::Act { action: call, rationale: String::new(), motive: None });
        }
        let turn_seed = self.seed ^ (v.state.turn as u64).wrapping_mul(0x2545_F491_4F6C_DD1D);
        crate::sim::Policy::new(self.policy, turn_seed).play_turn(&mut ex, &[n]);
        let mut out: Vec<ToHost> = ex.accepted().iter().cloned().map(ToHost::Decide).collect();
        // Said before Done: the line closes when the turn resolves.
        if ex.hotline_open()
            && let Some(text) = self.message.take()
        {
            let nation = v.scenario.def.nations[n].id.clone();
            out.push(ToHost::Decide(Decision::HotlineMessage { nation, text }));
        }
        out.push(ToHost::Done);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::protocol::{Refusal, ToSeat};
    use super::super::session::Session;
    use super::*;
    use crate::sim::LogKind;

    /// A host session and two bot seats, messages passed by hand: the flagship
    /// plays to its end, both nations' moves are in the decision log, the log
    /// replays, and each seat's log is exactly the host's entries it may see.
    #[test]
    fn two_bot_seats_play_the_flagship_to_its_end() {
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let mut host = Session::new(Exercise::new(s.clone(), 3), vec![true, true]);
        let claims = [SeatClaim::Nation("us".into()), SeatClaim::Nation("rok".into()), SeatClaim::Projector];
        let mut views: Vec<Option<SeatView>> = vec![None, None, None];
        let mut bots = [Bot::new(PolicyName::Cooperative, 1), Bot::new(PolicyName::Cooperative, 2)];
        host.claim_seats(&claims);
        // A second claim of a held seat is refused and closed.
        host.receive(9, ToHost::Claim(SeatClaim::Nation("us".into())));
        let mut rounds = 0;
        while !host.exercise().state().is_over() {
            rounds += 1;
            assert!(rounds < 10_000, "the game does not advance");
            for (c, msg) in host.flush() {
                match (msg, c) {
                    (ToSeat::Refused(why), 9) => assert!(matches!(why, Refusal::Taken(_)), "{why:?}"),
                    (ToSeat::Welcome { seat, file, source, difficulty, translations, partner_ai }, c) => {
                        let v = SeatView::welcome(
                            seat,
                            &file,
                            &source,
                            difficulty,
                            &translations,
                            &partner_ai,
                            Lang::En,
                        );
                        views[c as usize] = Some(v.expect("welcome"));
                    }
                    (ToSeat::Update(u), c) => views[c as usize].as_mut().expect("welcomed first").apply(u),
                    (ToSeat::Rejected { .. }, _) => {}
                    (other, c) => panic!("unexpected {other:?} for {c}"),
                }
            }
            assert_eq!(host.take_closing(), if rounds == 1 { vec![9] } else { vec![] });
            for (c, bot) in bots.iter_mut().enumerate() {
                let msgs = views[c].as_ref().map(|v| bot.decide(v)).unwrap_or_default();
                for m in msgs {
                    host.receive(c as u64, m);
                }
            }
        }
        for (c, msg) in host.flush() {
            if let ToSeat::Update(u) = msg {
                views[c as usize].as_mut().expect("welcomed").apply(u);
            }
        }
        let ex = host.exercise();
        let acted = |n: &str| {
            ex.decisions().iter().any(|d| matches!(d, Decision::Act { action, .. } if action.nation == n))
        };
        assert!(acted("us") && acted("rok"));
        let replayed = Exercise::replay(s.clone(), 3, ex.decisions()).expect("the decision log replays");
        assert_eq!(replayed.state_hash(), ex.state_hash());
        for v in views.iter().flatten() {
            let expected: Vec<&LogEntry> = ex.log().iter().filter(|e| v.seat.sees_entry(e, false)).collect();
            assert_eq!(v.log.iter().collect::<Vec<_>>(), expected, "{:?}", v.seat);
            assert!(v.over && v.log.iter().any(|e| e.kind() == LogKind::Outcome));
        }
    }

    /// A bot with a line to say calls the hotline in the first turn its nation
    /// may, says the line, and presses Done; the turn waits for the other team.
    #[test]
    fn a_bot_with_a_line_calls_the_hotline_and_says_it() {
        use crate::sim::Event;
        let s = Arc::new(Scenario::load("scenarios/us-rok-hotline.ron").expect("flagship loads"));
        let mut host = Session::new(Exercise::new(s.clone(), 3), vec![true, true]);
        host.receive(0, ToHost::Claim(SeatClaim::Nation("us".into())));
        let mut view = None;
        for (_, msg) in host.flush() {
            match msg {
                ToSeat::Welcome { seat, file, source, difficulty, translations, partner_ai } => {
                    let ai = &partner_ai;
                    view = Some(SeatView::welcome(
                        seat,
                        &file,
                        &source,
                        difficulty,
                        &translations,
                        ai,
                        Lang::En,
                    ));
                }
                ToSeat::Update(u) => view.as_mut().expect("welcomed").as_mut().expect("a view").apply(u),
                other => panic!("{other:?}"),
            }
        }
        let view = view.expect("welcomed").expect("a view");
        let mut bot = Bot::new(PolicyName::Cooperative, 1).saying(Some("Call at 0600".into()));
        for m in bot.decide(&view) {
            host.receive(0, m);
        }
        let ex = host.exercise();
        let this_turn = |e: &&LogEntry| e.turn == 1 && e.nation == Some(0);
        let called =
            |e: &&LogEntry| matches!(e.event, Event::HotlineCall { .. } | Event::HotlineWeighed { .. });
        assert!(ex.log().iter().filter(this_turn).any(|e| called(&e)));
        let said =
            |e: &&LogEntry| matches!(&e.event, Event::HotlineMessage { text } if text == "Call at 0600");
        assert!(ex.log().iter().filter(this_turn).any(|e| said(&e)));
        assert_eq!((ex.state().turn, host.planning()), (1, vec![false, true]), "ROK still plans turn 1");
    }
}
