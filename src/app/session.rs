//! The running session: the launch options, the scenario catalog of the
//! picker, and the [`Game`] resource holding the [`Exercise`] and what the
//! player has selected, with the questions the panels ask of it. Nothing here
//! submits a decision: that is the apply system's job ([`super::intent`]).

use crate::scenario::files::same_file;
use crate::scenario::sources::{self, Folder, Origin};
use crate::scenario::{ActionKindName, Diagnostics, Scenario};
use crate::sim::{Action, ActionKind, Difficulty, Exercise, InvestArea, LogEntry, Seat};
use bevy::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The scenario selected in the picker when none is named (by file name,
/// in whichever folder it is found).
pub const DEFAULT_SCENARIO: &str = "us-rok-hotline.ron";

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Catalog>();
}

/// What the command line asks the app to do.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// Scenario to open directly (skips the picker).
    pub scenario: Option<PathBuf>,
    /// Render, save a PNG of the window here and exit.
    pub screenshot: Option<PathBuf>,
    /// Frames to render before the screenshot.
    pub frames: u32,
    /// Screen to capture (see `--screen` in the command line's help).
    pub screen: String,
    /// Seed of the exercise.
    pub seed: Option<u64>,
    /// The app's language as the command line resolved it (`--lang`, then the
    /// settings, then the system locale; a screenshot run: `--lang` or English).
    pub lang: crate::i18n::Lang,
}

/// The command line, as given.
#[derive(Resource, Debug, Clone)]
pub struct LaunchOptions(pub Launch);

/// One scenario file of the picker: where it comes from, loaded or its diagnostics.
pub struct CatalogEntry {
    pub path: PathBuf,
    pub origin: Origin,
    pub loaded: Result<Arc<Scenario>, Diagnostics>,
}

/// Every scenario the picker lists (see [`crate::scenario::sources`]), plus a
/// scenario file named on the command line.
#[derive(Resource, Default)]
pub struct Catalog {
    pub entries: Vec<CatalogEntry>,
    /// Index of the highlighted entry.
    pub selected: Option<usize>,
    /// The scenario chosen for the next game.
    pub chosen: Option<Arc<Scenario>>,
}

impl Catalog {
    /// Re-reads the scenario folders (`named`: what the command line named, a
    /// file or a folder), keeping the selection by path; diagnostics in `l`.
    /// A translation overlay that no longer reads keeps its last good text
    /// ([`Scenario::keep_good_translations`]); the broken overlays are
    /// returned with their errors, by the scenario file they belong to.
    pub fn scan(
        &mut self,
        named: Option<&PathBuf>,
        l: crate::i18n::Lang,
    ) -> Vec<(PathBuf, String, Diagnostics)> {
        let keep = self.selected.and_then(|i| self.entries.get(i)).map(|e| e.path.clone());
        let extra = named.filter(|p| !p.is_dir());
        let mut broken = Vec::new();
        let entries = catalog_files(named)
            .into_iter()
            .map(|(origin, path)| {
                let loaded = Scenario::load_in(l, &path).map(|mut s| {
                    let last = self.find(&path).and_then(|e| e.loaded.as_ref().ok());
                    let bad = s.keep_good_translations(last.map(|k| &**k));
                    broken.extend(bad.into_iter().map(|(file, d)| (path.clone(), file, Diagnostics(d))));
                    Arc::new(s)
                });
                CatalogEntry { loaded, origin, path }
            })
            .collect();
        self.entries = entries;
        let want = keep.or_else(|| extra.cloned());
        self.selected = want
            .and_then(|w| self.entries.iter().position(|e| same_file(&e.path, &w)))
            .or_else(|| {
                self.entries.iter().position(|e| e.path.file_name().is_some_and(|n| n == DEFAULT_SCENARIO))
            })
            .or_else(|| self.entries.iter().position(|e| e.loaded.is_ok()));
        broken
    }

    /// The entry for `path` (in whichever form it is written), if listed.
    pub fn find(&self, path: &Path) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| same_file(&e.path, path))
    }
}

/// The folders the picker reads (`named`: the command line's scenario, used when it is a folder).
pub fn scenario_folders(named: Option<&PathBuf>) -> Vec<Folder> {
    sources::folders(named.filter(|p| p.is_dir()).map(PathBuf::as_path))
}

/// Every scenario file the picker lists and hot reload watches: the folders'
/// files, and first a scenario file named on the command line.
pub fn catalog_files(named: Option<&PathBuf>) -> Vec<(Origin, PathBuf)> {
    let mut files = sources::scenario_files(&scenario_folders(named));
    if let Some(p) = named.filter(|p| !p.is_dir())
        && !files.iter().any(|(_, q)| same_file(q, p))
    {
        files.insert(0, (Origin::Named, p.clone()));
    }
    files
}

/// The folders, for the build log of a screenshot run: "a, b, c".
pub fn folders_text(named: Option<&PathBuf>) -> String {
    folders_text_in(named, crate::i18n::Lang::En)
}

/// The folders, for messages in `l`: "a, b, c".
pub fn folders_text_in(named: Option<&PathBuf>, l: crate::i18n::Lang) -> String {
    let dirs: Vec<String> = scenario_folders(named).iter().map(|f| f.dir.display().to_string()).collect();
    if dirs.is_empty() { crate::tr!(l, "app-picker-no-folder") } else { dirs.join(", ") }
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
    /// [`crate::teach::why_entry`]: why the turn went as it did (narrated
    /// when drawn, in the language the app speaks then).
    pub why: Option<LogEntry>,
    /// What the partner AI did and said before the turn resolved (solo).
    pub partner: Vec<LogEntry>,
    /// What the turn's resolution brought.
    pub entries: Vec<LogEntry>,
}

/// The exercise being played and the player's view of it.
#[derive(Resource)]
pub struct Game {
    /// Private: UI code reads it through [`Game::ex`] and changes it only by
    /// emitting intents (`intent.rs` is the one caller of `Exercise::submit`).
    ex: Exercise,
    pub mode: Mode,
    /// The nation whose desk the action panel is for.
    pub acting: usize,
    pub draft: Draft,
    pub notice: Option<Notice>,
    pub summary: Option<TurnSummary>,
    /// Inject cards the table has read (index into the scenario's injects).
    pub read_injects: Vec<bool>,
    /// Log filter: None = all nations.
    pub log_nation: Option<usize>,
    /// Asset card the board should scroll into view on the next frame.
    pub scroll_to: Option<usize>,
    /// The difficulty the exercise was started with ("play again" keeps it).
    pub difficulty: Difficulty,
    /// The desk's language, for the notices the door writes (the apply
    /// system sets it from [`super::lang::Languages`] before each intent).
    pub lang: crate::i18n::Lang,
    /// A networked window: the seat it holds (its exercise is the host's view).
    pub net_seat: Option<Seat>,
}

impl Game {
    pub fn new(scenario: Arc<Scenario>, seed: u64, mode: Mode) -> Game {
        Game::with_difficulty(scenario, seed, mode, Difficulty::default())
    }

    /// A new game at a difficulty level.
    pub fn with_difficulty(scenario: Arc<Scenario>, seed: u64, mode: Mode, difficulty: Difficulty) -> Game {
        Game::of(Exercise::with_difficulty(scenario, seed, difficulty), mode)
    }

    /// A game around an exercise already under way (a resumed save, a scripted screenshot).
    pub fn of(ex: Exercise, mode: Mode) -> Game {
        let injects = ex.scenario().def.injects.len();
        let difficulty = ex.difficulty();
        let acting = match mode {
            Mode::Solo(n) => n,
            Mode::Workshop => 0,
        };
        let draft = Draft { partner: usize::from(acting == 0), ..Draft::default() };
        Game {
            ex,
            mode,
            acting,
            draft,
            notice: None,
            summary: None,
            read_injects: vec![false; injects],
            log_nation: None,
            scroll_to: None,
            difficulty,
            lang: crate::i18n::Lang::En,
            net_seat: None,
        }
    }

    /// The exercise, read-only.
    pub fn ex(&self) -> &Exercise {
        &self.ex
    }

    /// The exercise to change: only the door (`intent.rs`) and the screenshot
    /// script before the first frame call this (tests/layers.rs checks).
    pub(super) fn ex_mut(&mut self) -> &mut Exercise {
        &mut self.ex
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
        self.seat().sees_incident(self.ex.state(), i)
    }

    /// The seat the board is drawn for: the team at the desk, or the solo learner.
    pub fn seat(&self) -> Seat {
        if let Some(seat) = self.net_seat {
            return seat;
        }
        match self.mode {
            Mode::Solo(n) => Seat::Solo(n),
            Mode::Workshop => Seat::Team(self.acting),
        }
    }

    /// The log lines recorded from `before` on that the seat at the board may
    /// read, one per line (the notice after an action).
    pub fn lines_since(&self, before: usize) -> String {
        let new = self.ex.log().get(before..).unwrap_or_default();
        let lines: Vec<String> = self
            .seat()
            .entries(new, false)
            .map(|e| crate::narrate::entry(self.lang, self.ex.scenario(), e))
            .collect();
        lines.join("\n")
    }

    /// Whether a log entry may be shown now (to the seat at the board).
    pub fn entry_visible(&self, e: &LogEntry) -> bool {
        self.seat().sees_entry(e, self.ex.state().is_over())
    }

    /// The action the draft describes, if it is complete.
    pub fn draft_action(&self) -> Option<Action> {
        let s = self.ex.scenario();
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
        let s = self.ex.scenario().clone();
        let Some(nation) = s.def.nations.get(self.acting) else {
            return;
        };
        let skill = self.draft.family.skill();
        let able = |g: usize| {
            let st = &self.ex.state().nations[self.acting].agencies[g];
            skill.is_none_or(|k| st.skill(k) > 0) && st.remaining() >= self.draft.family.cost()
        };
        if self.draft.agency.is_some_and(|g| g < nation.agencies.len() && able(g)) {
            return;
        }
        let has_skill =
            |g: usize| skill.is_none_or(|k| self.ex.state().nations[self.acting].agencies[g].skill(k) > 0);
        self.draft.agency = (0..nation.agencies.len())
            .find(|&g| able(g))
            .or_else(|| (0..nation.agencies.len()).find(|&g| has_skill(g)));
    }

    /// Injects fired and not yet read (or still waiting for a choice), oldest first.
    pub fn open_cards(&self) -> Vec<usize> {
        let st = self.ex.state();
        let mut v: Vec<usize> = (0..st.injects.len())
            .filter(|&i| self.for_the_desk(i))
            .filter(|&i| {
                st.injects[i].awaiting_choice
                    || (st.injects[i].fired_turn.is_some()
                        && !self.read_injects.get(i).copied().unwrap_or(true))
            })
            .collect();
        v.sort_by_key(|&i| (st.injects[i].fired_turn, i));
        v
    }

    /// Hot-seat: a card addressed to one nation waits for that team's turn.
    pub fn for_the_desk(&self, i: usize) -> bool {
        self.mode != Mode::Workshop || self.seat().sees_inject(self.ex.scenario(), i)
    }

    /// A card waiting for a choice holds the turn.
    pub fn blocking(&self) -> bool {
        let defs = &self.ex.scenario().def.injects;
        let st = self.ex.state();
        !st.is_over()
            && st
                .injects
                .iter()
                .zip(defs)
                .enumerate()
                .any(|(k, (i, d))| i.awaiting_choice && !d.choices.is_empty() && self.for_the_desk(k))
    }

    /// Selecting an incident points the action panel at it.
    pub fn select_incident(&mut self, i: usize) {
        self.draft.incident = Some(i);
        // In a workshop, act from a desk that knows the incident.
        if self.mode == Mode::Workshop
            && let Some(known) = self.ex.state().incidents.get(i).map(|inc| inc.known_by.clone())
            && !known.get(self.acting).copied().unwrap_or(false)
            && let Some(n) = known.iter().position(|&k| k)
        {
            self.acting = n;
            self.draft.agency = None;
            self.draft.partner = usize::from(n == 0);
        }
        use ActionKindName as K;
        if !matches!(
            self.draft.family,
            K::ShareIntel | K::Investigate | K::JointInvestigation | K::AttributePublicly
        ) {
            self.draft.family = K::Investigate;
        }
        self.pick_agency();
    }

    /// Selecting an asset points the action panel at it.
    pub fn select_asset(&mut self, i: usize) {
        self.draft.asset = Some(i);
        use ActionKindName as K;
        let own = self.ex.scenario().asset_nation.get(i) == Some(&self.acting);
        if !matches!(self.draft.family, K::MilitaryCooperation | K::Harden | K::Isolate | K::Restore)
            || (!own && self.draft.family != K::MilitaryCooperation)
        {
            self.draft.family = if own {
                if self.ex.state().assets[i].service < 70.0 { K::Restore } else { K::Harden }
            } else {
                K::MilitaryCooperation
            };
        }
        self.pick_agency();
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
