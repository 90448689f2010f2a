//! The running session: the launch options, the scenario catalog of the
//! picker, and the [`Game`] resource holding the [`Exercise`] and what the
//! player has selected. Helpers here are the only place the app submits
//! decisions, so a refused decision always comes back as readable text.

use crate::scenario::{ActionKindName, Diagnostics, Scenario};
use crate::sim::{Action, ActionKind, Decision, Difficulty, Exercise, InvestArea, LogEntry, Seat};
use bevy::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// The scenario opened when none is named.
pub const DEFAULT_SCENARIO: &str = "scenarios/us-rok-hotline.ron";
/// The folder the picker lists.
pub const SCENARIO_DIR: &str = "scenarios";

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Catalog>();
}

/// The command line, as given.
#[derive(Resource, Debug, Clone)]
pub struct LaunchOptions(pub super::Launch);

/// One scenario file of the picker: loaded, or its diagnostics.
pub struct CatalogEntry {
    pub path: PathBuf,
    pub loaded: Result<Arc<Scenario>, Diagnostics>,
}

/// Every `*.ron` in `scenarios/` (plus a scenario named on the command line).
#[derive(Resource, Default)]
pub struct Catalog {
    pub entries: Vec<CatalogEntry>,
    /// Index of the highlighted entry.
    pub selected: Option<usize>,
    /// The scenario chosen for the next game.
    pub chosen: Option<Arc<Scenario>>,
}

impl Catalog {
    /// Re-reads the scenario folder (and `extra`, if given), keeping the selection by path.
    pub fn scan(&mut self, extra: Option<&PathBuf>) {
        let keep = self.selected.and_then(|i| self.entries.get(i)).map(|e| e.path.clone());
        let mut paths: Vec<PathBuf> = std::fs::read_dir(scenario_dir())
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        if let Some(p) = extra
            && !paths.iter().any(|q| same_file(q, p))
        {
            paths.insert(0, p.clone());
        }
        self.entries = paths
            .into_iter()
            .map(|path| CatalogEntry { loaded: Scenario::load(&path).map(Arc::new), path })
            .collect();
        let want = keep
            .or_else(|| extra.cloned())
            .unwrap_or_else(|| scenario_dir().join(DEFAULT_SCENARIO.trim_start_matches("scenarios/")));
        self.selected = self
            .entries
            .iter()
            .position(|e| same_file(&e.path, &want))
            .or_else(|| self.entries.iter().position(|e| e.loaded.is_ok()));
    }
}

/// `scenarios/` in the working directory, else the one beside the sources
/// (so a development build finds them from anywhere).
pub fn scenario_dir() -> PathBuf {
    let here = PathBuf::from(SCENARIO_DIR);
    if here.is_dir() {
        return here;
    }
    let beside = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(SCENARIO_DIR);
    if beside.is_dir() { beside } else { here }
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// Who sits at the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// One nation played by the room; the partner nation is the partner AI
    /// ([`crate::sim::partner_turn`]).
    Solo(usize),
    /// Every nation at the table (a facilitated workshop).
    Workshop,
}

/// What the player is about to do: the action being composed.
#[derive(Debug, Clone)]
pub struct Draft {
    pub family: ActionKindName,
    pub agency: Option<usize>,
    pub incident: Option<usize>,
    pub asset: Option<usize>,
    pub partner: usize,
    pub third: usize,
    pub actor: usize,
    pub area: InvestArea,
    pub joint: bool,
    pub rationale: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            family: ActionKindName::Investigate,
            agency: None,
            incident: None,
            asset: None,
            partner: 0,
            third: 0,
            actor: 0,
            area: InvestArea::ResearchAndDevelopment,
            joint: false,
            rationale: String::new(),
        }
    }
}

/// A readable result of the last thing the player tried.
#[derive(Debug, Clone)]
pub struct Notice {
    pub ok: bool,
    pub text: String,
}

/// What changed in the last turn, shown once after End turn.
#[derive(Debug, Clone)]
pub struct TurnSummary {
    pub from_turn: u32,
    /// [`crate::teach::why_line`]: why the turn went as it did.
    pub why: Option<String>,
    /// What the partner AI did and said before the turn resolved (solo).
    pub partner: Vec<LogEntry>,
    /// What the turn's resolution brought.
    pub entries: Vec<LogEntry>,
}

/// The exercise being played and the player's view of it.
#[derive(Resource)]
pub struct Game {
    pub ex: Exercise,
    pub mode: Mode,
    /// The nation whose desk the action panel is for.
    pub acting: usize,
    pub draft: Draft,
    pub notice: Option<Notice>,
    pub summary: Option<TurnSummary>,
    /// Inject cards the table has read (index into the scenario's injects).
    pub read_injects: Vec<bool>,
    pub show_log: bool,
    /// Log filter: None = all nations.
    pub log_nation: Option<usize>,
    /// The facilitator's script window (workshop mode).
    pub show_script: bool,
    /// Asset card the board should scroll into view on the next frame.
    pub scroll_to: Option<usize>,
    /// The difficulty the exercise was started with ("play again" keeps it).
    pub difficulty: Difficulty,
}

impl Game {
    pub fn new(scenario: Arc<Scenario>, seed: u64, mode: Mode) -> Game {
        Game::with_difficulty(scenario, seed, mode, Difficulty::default())
    }

    /// A new game at a difficulty level.
    pub fn with_difficulty(scenario: Arc<Scenario>, seed: u64, mode: Mode, difficulty: Difficulty) -> Game {
        let injects = scenario.def.injects.len();
        let acting = match mode {
            Mode::Solo(n) => n,
            Mode::Workshop => 0,
        };
        let draft = Draft { partner: usize::from(acting == 0), ..Draft::default() };
        Game {
            ex: Exercise::with_difficulty(scenario, seed, difficulty),
            mode,
            acting,
            draft,
            notice: None,
            summary: None,
            read_injects: vec![false; injects],
            show_log: true,
            log_nation: None,
            scroll_to: None,
            show_script: false,
            difficulty,
        }
    }

    /// Nations whose knowledge the board shows.
    pub fn at_table(&self, nation: usize) -> bool {
        match self.mode {
            Mode::Solo(n) => n == nation,
            // Hot-seat: only the team at the desk sees its own nation's knowledge.
            Mode::Workshop => nation == self.acting,
        }
    }

    /// Whether the table can see this incident (started, detected, and known by a nation at the table).
    pub fn incident_visible(&self, i: usize) -> bool {
        self.seat().sees_incident(&self.ex.state, i)
    }

    /// The seat the board is drawn for: the team at the desk, or the solo learner.
    pub fn seat(&self) -> Seat {
        match self.mode {
            Mode::Solo(n) => Seat::Solo(n),
            Mode::Workshop => Seat::Team(self.acting),
        }
    }

    /// The log lines recorded from `before` on that the seat at the board may
    /// read, one per line (the notice after an action).
    pub fn lines_since(&self, before: usize) -> String {
        let new = self.ex.log.get(before..).unwrap_or_default();
        let lines: Vec<String> =
            self.seat().entries(new, false).map(|e| crate::narrate::entry(&self.ex.scenario, e)).collect();
        lines.join("\n")
    }

    /// Whether a log entry may be shown now (to the seat at the board).
    pub fn entry_visible(&self, e: &LogEntry) -> bool {
        self.seat().sees_entry(e, self.ex.state.is_over())
    }

    /// The action the draft describes, if it is complete.
    pub fn draft_action(&self) -> Option<Action> {
        let s = &*self.ex.scenario;
        let d = &self.draft;
        let nation = s.def.nations.get(self.acting)?;
        let agency = nation.agencies.get(d.agency?)?;
        let inc = || d.incident.and_then(|i| s.def.incidents.get(i)).map(|x| x.id.clone());
        let asset = || d.asset.and_then(|i| s.def.assets.get(i)).map(|x| x.id.clone());
        use ActionKindName as K;
        let kind = match d.family {
            K::ShareIntel => {
                ActionKind::ShareIntel { incident: inc()?, with: s.def.nations.get(d.partner)?.id.clone() }
            }
            K::Investigate => ActionKind::Investigate(inc()?),
            K::JointInvestigation => ActionKind::JointInvestigation(inc()?),
            K::MilitaryCooperation => ActionKind::MilitaryCooperation(asset()?),
            K::Hotline => ActionKind::Hotline,
            K::Harden => ActionKind::Harden(asset()?),
            K::Isolate => ActionKind::Isolate(asset()?),
            K::Restore => ActionKind::Restore(asset()?),
            K::RequestAssistance => ActionKind::RequestAssistance {
                third_state: s.def.third_states.get(d.third)?.id.clone(),
                actor: s.def.actors.get(d.actor)?.id.clone(),
            },
            K::AttributePublicly => ActionKind::AttributePublicly { incident: inc()?, joint: d.joint },
            K::Invest => ActionKind::Invest(d.area),
        };
        Some(Action { nation: nation.id.clone(), agency: agency.id.clone(), kind })
    }

    /// Picks the first agency able to take the drafted family (keeps a valid choice).
    pub fn pick_agency(&mut self) {
        let s = self.ex.scenario.clone();
        let Some(nation) = s.def.nations.get(self.acting) else {
            return;
        };
        let skill = self.draft.family.skill();
        let able = |g: usize| {
            let st = &self.ex.state.nations[self.acting].agencies[g];
            skill.is_none_or(|k| st.skill(k) > 0) && st.remaining() >= self.draft.family.cost()
        };
        if self.draft.agency.is_some_and(|g| g < nation.agencies.len() && able(g)) {
            return;
        }
        let has_skill =
            |g: usize| skill.is_none_or(|k| self.ex.state.nations[self.acting].agencies[g].skill(k) > 0);
        self.draft.agency = (0..nation.agencies.len())
            .find(|&g| able(g))
            .or_else(|| (0..nation.agencies.len()).find(|&g| has_skill(g)));
    }

    /// Submits the drafted action; the notice says what happened or why not.
    pub fn commit_draft(&mut self) {
        let Some(action) = self.draft_action() else {
            self.notice = Some(Notice { ok: false, text: "Choose an agency and a target first.".into() });
            return;
        };
        self.submit_act(action);
    }

    /// Submits an action with the drafted "why"; the notice says what happened
    /// (the turn's public log lines) or why not (and the "why" is kept).
    fn submit_act(&mut self, action: Action) {
        let rationale = std::mem::take(&mut self.draft.rationale);
        let before = self.ex.log.len();
        match self.ex.submit(Decision::Act { action, rationale: rationale.clone() }) {
            Ok(()) => {
                let text = self.lines_since(before);
                self.notice = Some(Notice { ok: true, text });
            }
            Err(e) => {
                self.draft.rationale = rationale;
                self.notice = Some(Notice { ok: false, text: format!("Refused: {e}") });
            }
        }
    }

    /// Calls the hotline with the first agency that can.
    pub fn call_hotline(&mut self) {
        match self.ex.agency_for(self.acting, &ActionKind::Hotline) {
            // The "why" field of the action panel goes with the call, too.
            Some(action) => self.submit_act(action),
            None => {
                // Ask the first agency, to get the rules' own reason.
                let s = &self.ex.scenario.def;
                let reason = s.nations.get(self.acting).and_then(|n| n.agencies.first()).map(|g| {
                    let a = Action {
                        nation: s.nations[self.acting].id.clone(),
                        agency: g.id.clone(),
                        kind: ActionKind::Hotline,
                    };
                    match self.ex.check(&a) {
                        Err(e) => e.to_string(),
                        Ok(_) => "no agency can make the call now".into(),
                    }
                });
                let why = reason.unwrap_or_else(|| "no agency can make the call".into());
                self.notice = Some(Notice { ok: false, text: format!("Hotline unavailable: {why}") });
            }
        }
    }

    /// Ends the turn (the partner nation plays first in solo mode) and keeps the summary.
    pub fn end_turn(&mut self) {
        if self.ex.state.is_over() {
            return;
        }
        let from_turn = self.ex.state.turn;
        let partner_start = self.ex.log.len();
        if let Mode::Solo(me) = self.mode {
            for partner in (0..self.ex.scenario.nations()).filter(|&n| n != me) {
                crate::sim::partner_turn(&mut self.ex, partner);
            }
        }
        match self.ex.submit(Decision::EndTurn) {
            Ok(()) => {
                // What the partner did this turn (solo), then what the turn brought.
                let resolution = self.ex.last_turn_log_start.min(self.ex.log.len());
                let partner = self.ex.log.get(partner_start..resolution).unwrap_or_default();
                let partner = self.seat().entries(partner, false).cloned().collect();
                let entries = self.seat().entries(self.ex.last_turn_log(), false).cloned().collect();
                self.summary =
                    Some(TurnSummary { from_turn, why: crate::teach::why_line(&self.ex), partner, entries });
                self.notice = None;
            }
            Err(e) => self.notice = Some(Notice { ok: false, text: format!("Refused: {e}") }),
        }
    }

    /// Scenario authors: re-reads the scenario file and replays every decision
    /// so far on it (F5). Diagnostics or a refused decision leave the game as it was.
    pub fn reload(&mut self) {
        let path = self.ex.scenario.path.clone();
        match Scenario::load(&path) {
            Err(d) => {
                self.notice =
                    Some(Notice { ok: false, text: format!("Reload failed, game unchanged:\n{d}") });
            }
            Ok(s) => {
                match Exercise::replay_with(Arc::new(s), self.ex.seed, self.ex.difficulty, &self.ex.decisions)
                {
                    Ok(ex) => {
                        let injects = ex.scenario.def.injects.len();
                        self.read_injects.resize(injects, true);
                        self.ex = ex;
                        self.draft = Draft { partner: usize::from(self.acting == 0), ..Draft::default() };
                        self.notice = Some(Notice {
                            ok: true,
                            text: format!(
                                "Reloaded {path} and replayed {} decision(s)",
                                self.ex.decisions.len()
                            ),
                        });
                    }
                    Err((i, e)) => {
                        self.notice = Some(Notice {
                            ok: false,
                            text: format!(
                                "Reloaded {path}, but decision {} is now refused ({e}): game unchanged",
                                i + 1
                            ),
                        });
                    }
                }
            }
        }
    }

    /// Facilitator: fire an inject now, or hold / release it.
    pub fn facilitate(&mut self, d: Decision) {
        if let Err(e) = self.ex.submit(d) {
            self.notice = Some(Notice { ok: false, text: format!("Refused: {e}") });
        }
    }

    /// Picks inject option `choice`.
    pub fn choose(&mut self, inject: usize, choice: usize) {
        let Some(def) = self.ex.scenario.def.injects.get(inject) else {
            return;
        };
        let id = def.id.clone();
        match self.ex.submit(Decision::Choose { inject: id, choice }) {
            Ok(()) => {
                if let Some(r) = self.read_injects.get_mut(inject) {
                    *r = true;
                }
            }
            Err(e) => self.notice = Some(Notice { ok: false, text: format!("Refused: {e}") }),
        }
    }
}

/// A seed from the clock, for "new game".
pub fn fresh_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        % 1_000_000
}
