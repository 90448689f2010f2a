//! The one door in. Panels and keys do not change the game: they emit an
//! [`Intent`], and [`apply_intents`] (in [`AppSystems::Apply`], after the
//! keys are read) is the only system that submits decisions to the
//! [`crate::sim::Exercise`], moves the hot-seat table on and opens or closes
//! overlays. A refused decision comes back as readable text in the notice.
//!
//! [`apply`] is a plain function of the game, the table and the overlay, so
//! tests (and the screenshot scripts) go through the same door.

use super::AppSystems;
use super::input::{Command, Keys};
use super::net_seat::NetLink;
use super::overlay::{Overlay, Panels};
use super::screens::Screen;
use super::session::{Draft, Game, Mode, Notice, TurnSummary};
use super::table::{AfterDone, Table, mark_done};
use super::words;
use crate::scenario::Scenario;
use crate::scenario::translation::Translation;
use crate::sim::{Action, ActionKind, Decision, Exercise};
use crate::tr;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::EguiPostUpdateSet;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What a player (or the facilitator) asks for, by key or by click.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Intent {
    /// Space/Enter on the board: close the turn summary, note the card on
    /// top, or the team at the desk is done.
    Continue,
    /// Esc on the board: close what is on top, else ask to leave.
    Back,
    /// Close the turn summary (its button).
    CloseSummary,
    /// The team at the desk is done (the last one ends the turn).
    TeamDone,
    /// The countdown of the team at the desk ran out.
    TimeUp,
    /// The team named on the hand-over card is ready.
    Ready,
    /// Submit the action drafted in the action panel.
    CommitDraft,
    /// Call the hotline with the first agency that can.
    CallHotline,
    /// Option `choice` of inject `inject` (indices into the scenario).
    Choose {
        inject: usize,
        choice: usize,
    },
    /// Option `n` of the card on top (number keys).
    ChooseOnTop(usize),
    /// The table has read inject card `n`.
    Noted(usize),
    /// A facilitator's decision: fire, hold, skip, adjudicate, note.
    Facilitate(Decision),
    /// The facilitator ends the turn for every team.
    AdvanceTurn,
    TogglePause,
    /// The facilitator sets the per-team countdown, in minutes (0 = off).
    SetCountdown(u32),
    /// Re-read the scenario file and replay the decisions so far (F5).
    Reload,
    /// The scenario's translations as hot reload read them again: the same
    /// game goes on with the new prose.
    Retranslate(BTreeMap<crate::i18n::Lang, Translation>),
    /// Open or close an overlay.
    Toggle(Overlay),
    ToggleLog,
    ToggleConsole,
    ToggleProjectorWindow,
    /// Leave the exercise for the title screen (confirmed).
    Leave,
    /// A team's desk reads the board in `lang` (applied by [`super::lang`]).
    DeskLanguage {
        team: usize,
        lang: crate::i18n::Lang,
    },
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Intent>()
        .add_systems(Update, apply_intents.in_set(AppSystems::Apply))
        .add_systems(PostUpdate, wake_on_intent.after(EguiPostUpdateSet::EndPass));
}

/// What a key means on the board and the debrief (None: read elsewhere —
/// hot reload's R/K, the zoom keys, F11 (windows), Enter and Esc on the other screens).
pub fn from_key(c: Command) -> Option<Intent> {
    Some(match c {
        Command::Continue => Intent::Continue,
        Command::Ready => Intent::Ready,
        Command::Back => Intent::Back,
        Command::Hotline => Intent::CallHotline,
        Command::ToggleLog => Intent::ToggleLog,
        Command::Console => Intent::ToggleConsole,
        Command::Projector => Intent::Toggle(Overlay::Projector),
        Command::ProjectorWindow => Intent::ToggleProjectorWindow,
        Command::Reload => Intent::Reload,
        Command::Glossary => Intent::Toggle(Overlay::Glossary),
        Command::Help => Intent::Toggle(Overlay::Help),
        Command::Choose(n) => Intent::ChooseOnTop(usize::from(n)),
        Command::Restart
        | Command::Keep
        | Command::ZoomIn
        | Command::ZoomOut
        | Command::ZoomReset
        | Command::FullScreen => {
            return None;
        }
    })
}

/// The apply system: the panels' intents of the last frame, then this frame's keys.
fn apply_intents(
    keys: Res<Keys>,
    mut intents: MessageReader<Intent>,
    screen: Res<State<Screen>>,
    game: Option<ResMut<Game>>,
    mut table: ResMut<Table>,
    mut overlay: ResMut<Overlay>,
    mut panels: ResMut<Panels>,
    mut next: ResMut<NextState<Screen>>,
    net: Option<Res<NetLink>>,
) {
    // Enter is Continue and Ready: with the hand-over card up it only lifts
    // the card; otherwise it only continues (the card it puts up stays).
    let handover = table.handover.is_some();
    let keyed = keys
        .0
        .iter()
        .filter(|c| !matches!((c, handover), (Command::Continue, true) | (Command::Ready, false)))
        .filter_map(|&c| from_key(c));
    // In the order they happened: the panels' clicks of the last frame, then this frame's keys.
    // The network screen (the facilitator's console, the wall) takes its
    // panels' intents only: no board keys (Space there must not advance the turn).
    let keyed: Vec<Intent> = if *screen.get() == Screen::Net { Vec::new() } else { keyed.collect() };
    let all: Vec<Intent> = intents.read().cloned().chain(keyed).collect();
    match (screen.get(), game) {
        (Screen::Board, Some(mut game)) => {
            for intent in all {
                // A networked seat's decisions go to the host, never to a local submit.
                let intent = match &net {
                    Some(net) => match to_host(net, &mut game, intent) {
                        Some(local) => local,
                        None => continue,
                    },
                    None => intent,
                };
                if let Some(to) = apply(&mut game, &mut table, &mut overlay, &mut panels, intent) {
                    next.set(to);
                }
            }
        }
        (Screen::Net, Some(mut game)) => {
            let Some(net) = &net else { return };
            for intent in all {
                if let Some(local) = to_host(net, &mut game, intent) {
                    apply(&mut game, &mut table, &mut overlay, &mut panels, local);
                }
            }
        }
        (Screen::Debrief, _) => {
            for intent in all {
                match intent {
                    Intent::Toggle(o @ (Overlay::Help | Overlay::Glossary)) => overlay.toggle(o),
                    Intent::Back if *overlay != Overlay::None => *overlay = Overlay::None,
                    Intent::Back => next.set(Screen::Title),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// A networked board's intent: decisions go to the host; what only changes
/// the window (overlays, panels, reading a card) is applied here (returned).
fn to_host(link: &NetLink, game: &mut Game, intent: Intent) -> Option<Intent> {
    let decide = |d: Decision| link.send(crate::net::ToHost::Decide(d));
    let s = game.ex().scenario().clone();
    match intent {
        Intent::Continue if game.summary.is_some() => return Some(Intent::CloseSummary),
        Intent::Continue => match game.open_cards().first() {
            Some(&i) if !game.ex().state().injects[i].awaiting_choice => return Some(Intent::Noted(i)),
            Some(_) => {}
            None => link.send(crate::net::ToHost::Done),
        },
        Intent::TeamDone | Intent::TimeUp | Intent::AdvanceTurn => link.send(crate::net::ToHost::Done),
        Intent::CommitDraft => match game.draft_action() {
            Some(action) => {
                let rationale = std::mem::take(&mut game.draft.rationale);
                decide(Decision::Act { action, rationale, motive: None });
                game.notice = Some(Notice { ok: true, text: tr!(game.lang, "app-net-sent") });
            }
            None => game.notice = Some(Notice { ok: false, text: tr!(game.lang, "app-refused-draft") }),
        },
        Intent::CallHotline => {
            if let Some(action) = game.ex().agency_for(game.acting, &ActionKind::Hotline) {
                let rationale = std::mem::take(&mut game.draft.rationale);
                decide(Decision::Act { action, rationale, motive: None });
            }
        }
        Intent::Choose { inject, choice } => {
            if let Some(def) = s.def.injects.get(inject) {
                decide(Decision::Choose { inject: def.id.clone(), choice });
                return Some(Intent::Noted(inject));
            }
        }
        Intent::ChooseOnTop(k) => {
            if let Some(&i) = game.open_cards().first() {
                decide(Decision::Choose { inject: s.def.injects[i].id.clone(), choice: k });
            }
        }
        Intent::Facilitate(d) => decide(d),
        // The host runs the clock: the facilitator's pause and countdown are
        // messages of their own (the host refuses them from any other seat).
        Intent::TogglePause => {
            let paused = link.view.as_ref().is_some_and(|v| v.clock.paused);
            link.send(crate::net::ToHost::Pause(!paused));
        }
        Intent::SetCountdown(minutes) => {
            link.send(crate::net::ToHost::Countdown((minutes > 0).then_some(u64::from(minutes) * 60)));
        }
        // The host's scenario is the exercise's: no reload from this machine's file.
        Intent::Reload => {}
        other => return Some(other),
    }
    None
}

/// A reactive window sleeps between input events: an intent written by a
/// click is applied on the next frame, so ask for one.
fn wake_on_intent(mut intents: MessageReader<Intent>, mut redraw: MessageWriter<RequestRedraw>) {
    if intents.read().count() > 0 {
        redraw.write(RequestRedraw);
    }
}

/// Applies one intent on the board; returns the screen to go to, if any.
pub fn apply(
    game: &mut Game,
    table: &mut Table,
    overlay: &mut Overlay,
    panels: &mut Panels,
    intent: Intent,
) -> Option<Screen> {
    let workshop = game.mode == Mode::Workshop;
    // Hand-over card or pause (workshop): no team can act.
    let locked = workshop && table.locked();
    // The board itself has the keys: nothing over it.
    let free = *overlay == Overlay::None && !locked;
    match intent {
        Intent::Continue if free => {
            if game.summary.is_some() {
                game.summary = None;
            } else if !confirm_top(game) && !game.blocking() {
                team_done(game, table);
            }
        }
        Intent::Back => match *overlay {
            Overlay::None if locked => {}
            Overlay::None => {
                if game.summary.is_some() {
                    game.summary = None;
                } else if game.notice.is_some() {
                    game.notice = None;
                } else {
                    *overlay = Overlay::Leave;
                }
            }
            _ => *overlay = Overlay::None,
        },
        Intent::CloseSummary => game.summary = None,
        Intent::TeamDone if free && !game.ex().state().is_over() && !game.blocking() => {
            team_done(game, table)
        }
        Intent::TimeUp if workshop && !locked => {
            // Time is up: the team's turn is handed over (nothing is decided for it).
            game.summary = None;
            team_done(game, table);
        }
        Intent::Ready if *overlay == Overlay::None && table.handover.is_some() => {
            table.handover = None;
            table.restart_clock();
        }
        Intent::CommitDraft if free => {
            commit_draft(game);
            game.pick_agency();
        }
        Intent::CallHotline if free => call_hotline(game),
        Intent::Choose { inject, choice } if !locked => choose(game, inject, choice),
        Intent::ChooseOnTop(k) if free && game.summary.is_none() => {
            if let Some(&i) = game.open_cards().first()
                && game.ex().state().injects[i].awaiting_choice
                && k < game.ex().scenario().def.injects[i].choices.len()
            {
                choose(game, i, k);
            }
        }
        Intent::Noted(i) => {
            if let Some(r) = game.read_injects.get_mut(i) {
                *r = true;
            }
        }
        Intent::Facilitate(d) if workshop => facilitate(game, d),
        Intent::AdvanceTurn if workshop => end_turn_at_table(game, table),
        Intent::TogglePause if workshop => table.paused = !table.paused,
        Intent::SetCountdown(minutes) if workshop => table.set_countdown(minutes),
        Intent::Reload => reload(game),
        Intent::Retranslate(translations) => retranslate(game, translations),
        // The projector view stays until F3 or Esc closes it: nothing private
        // may take its place on the wall and then leave the board showing.
        Intent::Toggle(Overlay::Projector) if workshop => overlay.toggle(Overlay::Projector),
        Intent::Toggle(o) if *overlay != Overlay::Projector && o != Overlay::Projector => overlay.toggle(o),
        Intent::ToggleLog if free => panels.log = !panels.log,
        Intent::ToggleConsole if workshop && matches!(*overlay, Overlay::None | Overlay::Projector) => {
            panels.console = !panels.console;
        }
        Intent::ToggleProjectorWindow if workshop => table.projector_window = !table.projector_window,
        Intent::Leave => {
            *overlay = Overlay::None;
            return Some(Screen::Title);
        }
        _ => {}
    }
    None
}

/// Space/Enter on an open card: a card without choices is noted; a card with
/// choices stays. Returns whether a card was open (the key is used up).
fn confirm_top(game: &mut Game) -> bool {
    let Some(&i) = game.open_cards().first() else {
        return false;
    };
    let st = &game.ex().state().injects[i];
    let has_choices = !game.ex().scenario().def.injects[i].choices.is_empty();
    if !(st.awaiting_choice && has_choices)
        && let Some(r) = game.read_injects.get_mut(i)
    {
        *r = true;
    }
    true
}

/// The team at the desk is done (button, key, or the clock ran out): hand
/// over to the next team, or end the turn when every team is done.
pub fn team_done(game: &mut Game, table: &mut Table) {
    if game.mode != Mode::Workshop {
        end_turn(game);
        return;
    }
    let nations = game.ex().scenario().nations();
    table.done.resize(nations, false);
    match mark_done(&mut table.done, game.acting) {
        AfterDone::PassTo(t) => hand_to(game, table, t),
        AfterDone::EndTurn => end_turn_at_table(game, table),
    }
}

/// Ends the turn now (the last team is done, or the facilitator advances it).
fn end_turn_at_table(game: &mut Game, table: &mut Table) {
    end_turn(game);
    table.done = vec![false; game.ex().scenario().nations()];
    table.turn = game.ex().state().turn;
    if game.mode == Mode::Workshop && !game.ex().state().is_over() {
        hand_to(game, table, 0);
    }
}

/// Puts `team` at the desk behind the hand-over card.
pub fn hand_to(game: &mut Game, table: &mut Table, team: usize) {
    game.acting = team;
    game.draft = Draft { partner: usize::from(team == 0), ..Default::default() };
    game.notice = None;
    table.handover = Some(team);
    table.restart_clock();
}

/// Submits the drafted action; the notice says what happened or why not.
pub fn commit_draft(game: &mut Game) {
    let Some(action) = game.draft_action() else {
        game.notice = Some(Notice { ok: false, text: tr!(game.lang, "app-refused-draft") });
        return;
    };
    submit_act(game, action);
}

/// Submits an action with the drafted "why"; the notice says what happened
/// (the turn's public log lines) or why not (and the "why" is kept).
fn submit_act(game: &mut Game, action: Action) {
    let rationale = std::mem::take(&mut game.draft.rationale);
    let before = game.ex().log().len();
    match game.ex_mut().submit(Decision::Act { action, rationale: rationale.clone(), motive: None }) {
        Ok(()) => {
            let text = game.lines_since(before);
            game.notice = Some(Notice { ok: true, text });
        }
        Err(e) => {
            game.draft.rationale = rationale;
            game.notice =
                Some(Notice { ok: false, text: words::refused(game.lang, game.ex().scenario(), &e) });
        }
    }
}

/// Calls the hotline with the first agency that can.
fn call_hotline(game: &mut Game) {
    match game.ex().agency_for(game.acting, &ActionKind::Hotline) {
        // The "why" field of the action panel goes with the call, too.
        Some(action) => submit_act(game, action),
        None => {
            // Ask the first agency, to get the rules' own reason.
            let s = &game.ex().scenario().def;
            let reason = s.nations.get(game.acting).and_then(|n| n.agencies.first()).map(|g| {
                let a = Action {
                    nation: s.nations[game.acting].id.clone(),
                    agency: g.id.clone(),
                    kind: ActionKind::Hotline,
                };
                match game.ex().check(&a) {
                    Err(e) => crate::narrate::action_error(game.lang, game.ex().scenario(), &e),
                    Ok(_) => tr!(game.lang, "app-hotline-no-agency-now"),
                }
            });
            let why = reason.unwrap_or_else(|| tr!(game.lang, "app-hotline-no-agency"));
            game.notice =
                Some(Notice { ok: false, text: tr!(game.lang, "app-hotline-unavailable", why = why) });
        }
    }
}

/// Ends the turn (the partner nation plays first in solo mode) and keeps the summary.
pub fn end_turn(game: &mut Game) {
    if game.ex().state().is_over() {
        return;
    }
    let from_turn = game.ex().state().turn;
    let partner_start = game.ex().log().len();
    if let Mode::Solo(me) = game.mode {
        for partner in (0..game.ex().scenario().nations()).filter(|&n| n != me) {
            crate::sim::partner_turn(game.ex_mut(), partner);
        }
    }
    match game.ex_mut().submit(Decision::EndTurn) {
        Ok(()) => {
            // What the partner did this turn (solo), then what the turn brought.
            let resolution = game.ex().last_turn_log_start().min(game.ex().log().len());
            let partner = game.ex().log().get(partner_start..resolution).unwrap_or_default();
            let partner = game.seat().entries(partner, false).cloned().collect();
            let entries = game.seat().entries(game.ex().last_turn_log(), false).cloned().collect();
            game.summary = Some(TurnSummary {
                from_turn,
                why: crate::teach::why_entry(game.ex(), game.seat()).cloned(),
                partner,
                entries,
            });
            game.notice = None;
        }
        Err(e) => {
            game.notice =
                Some(Notice { ok: false, text: words::refused(game.lang, game.ex().scenario(), &e) })
        }
    }
}

/// Scenario authors: re-reads the scenario file and replays every decision
/// so far on it (F5). Diagnostics or a refused decision leave the game as it
/// was; a translation that no longer reads keeps its last good text.
fn reload(game: &mut Game) {
    let path = game.ex().scenario().path.clone();
    let l = game.lang;
    let text = match Scenario::load_in(l, &path) {
        Err(d) => {
            let diagnostics: Vec<String> = d.0.iter().map(|d| d.render(l)).collect();
            Err(tr!(l, "app-reload-failed", diagnostics = diagnostics.join("\n")))
        }
        Ok(mut s) => {
            s.keep_good_translations(Some(&**game.ex().scenario()));
            let ex = game.ex();
            let (seed, difficulty, rules) = (ex.seed(), ex.difficulty(), ex.state().rules);
            match Exercise::replay_rules(Arc::new(s), seed, difficulty, rules, ex.decisions()) {
                Ok(ex) => {
                    let injects = ex.scenario().def.injects.len();
                    game.read_injects.resize(injects, true);
                    *game.ex_mut() = ex;
                    game.draft = Draft { partner: usize::from(game.acting == 0), ..Draft::default() };
                    let count = game.ex().decisions().len();
                    Ok(tr!(game.lang, "app-reload-replayed", path = path.as_str(), count = count))
                }
                Err((i, e)) => Err(tr!(
                    game.lang,
                    "app-reload-refused",
                    path = path.as_str(),
                    n = i + 1,
                    why = words::refused(game.lang, game.ex().scenario(), &e)
                )),
            }
        }
    };
    game.notice = Some(match text {
        Ok(text) => Notice { ok: true, text },
        Err(text) => Notice { ok: false, text },
    });
}

/// The same scenario with other translations: translations change no rule,
/// so the decisions so far replay to the same game, now read with the new prose.
fn retranslate(game: &mut Game, translations: BTreeMap<crate::i18n::Lang, Translation>) {
    let ex = game.ex();
    let mut s = Scenario::clone(ex.scenario());
    s.translations = translations;
    let (seed, difficulty, rules) = (ex.seed(), ex.difficulty(), ex.state().rules);
    if let Ok(ex) = Exercise::replay_rules(Arc::new(s), seed, difficulty, rules, ex.decisions()) {
        *game.ex_mut() = ex;
    }
}

/// Facilitator: fire an inject now, hold or release it, skip it, adjudicate
/// or note; the notice shows what the decision wrote into the log.
fn facilitate(game: &mut Game, d: Decision) {
    if let Decision::FireInject(id) = &d
        && let Some(&i) = game.ex().scenario().inject_ix.get(id)
        && let Some(r) = game.read_injects.get_mut(i)
    {
        // A card fired again is shown again.
        *r = false;
    }
    let before = game.ex().log().len();
    match game.ex_mut().submit(d) {
        // The desk reads the notice: only the lines its seat may see (a
        // secret stays in the facilitator's log).
        Ok(()) if !game.lines_since(before).is_empty() => {
            game.notice = Some(Notice { ok: true, text: game.lines_since(before) });
        }
        Ok(()) => {}
        Err(e) => {
            game.notice =
                Some(Notice { ok: false, text: words::refused(game.lang, game.ex().scenario(), &e) })
        }
    }
}

/// Picks inject option `choice`; the card counts as read.
fn choose(game: &mut Game, inject: usize, choice: usize) {
    let Some(def) = game.ex().scenario().def.injects.get(inject) else {
        return;
    };
    let id = def.id.clone();
    match game.ex_mut().submit(Decision::Choose { inject: id, choice }) {
        Ok(()) => {
            if let Some(r) = game.read_injects.get_mut(inject) {
                *r = true;
            }
        }
        Err(e) => {
            game.notice =
                Some(Notice { ok: false, text: words::refused(game.lang, game.ex().scenario(), &e) })
        }
    }
}
