//! The state of a running exercise: everything that changes, nothing that doesn't
//! (that lives in the [`Scenario`]).

use crate::scenario::{Scenario, Skill};
use serde::{Deserialize, Serialize};

/// Where an incident is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Not started yet (waiting for its turn or an inject).
    Dormant,
    /// Running, unseen by the defenders.
    Hidden,
    Detected,
    Investigating,
    /// The investigation knows who did it (investigation ≥ 60).
    Attributed,
    /// It can no longer advance (investigation ≥ 100, or a hunt evicted it).
    Contained,
    /// Over: eviction confirmed and the asset recovering.
    Resolved,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Dormant => "dormant",
            Status::Hidden => "hidden",
            Status::Detected => "detected",
            Status::Investigating => "investigating",
            Status::Attributed => "attributed",
            Status::Contained => "contained",
            Status::Resolved => "resolved",
        }
    }
    /// Running and not yet stopped.
    pub fn is_active(self) -> bool {
        matches!(self, Status::Hidden | Status::Detected | Status::Investigating | Status::Attributed)
    }
    pub fn is_known(self) -> bool {
        !matches!(self, Status::Dormant | Status::Hidden)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyState {
    /// Action points per turn.
    pub capacity: u32,
    /// Points spent this turn.
    pub used: u32,
    /// Skill levels, indexed like [`Skill::ALL`].
    pub skills: [u8; 5],
    /// Points already promised for next turn (dilemma rules: liaison work of
    /// a joint investigation). Skipped when zero so older games hash as before.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tied: u32,
}

impl AgencyState {
    pub fn skill(&self, s: Skill) -> u8 {
        self.skills[s as usize]
    }
    pub fn remaining(&self) -> u32 {
        self.capacity.saturating_sub(self.used)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NationState {
    pub agencies: Vec<AgencyState>,
    /// Detection bonus (0..=0.6) against each actor, from intelligence shared with us.
    pub intel: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssetState {
    /// Service the asset itself can deliver (0..=100).
    pub own: f64,
    /// Service after dependencies (0..=100): what people get.
    pub service: f64,
    pub hardening: f64,
    pub monitoring: f64,
    /// Cut off from networks: incidents on it cannot advance; service capped.
    pub isolated: bool,
    /// A mil-to-mil joint hunt is on the asset from this turn to `hunt_until`.
    pub hunt_from: u32,
    pub hunt_until: u32,
    /// Lowest `service` seen so far.
    pub min_service: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorState {
    pub capability: f64,
    /// 0..=0.8: how much public attribution has slowed the actor.
    pub deterrence: f64,
    /// The third state it operates from has acted against it.
    pub curbed: bool,
    /// How the adversary is adapting (see `ai.rs`).
    pub mode: AdversaryMode,
    /// Dilemma rules: a burned source told the actor what the defenders see;
    /// its hidden intrusions are harder to detect through this turn.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub evasive_until: u32,
    /// Third balance: the last turn it was named in public on sound evidence
    /// (jointly, or on a complete investigation); 0 if never. It lies low
    /// that turn and the next. Skipped when zero so older games hash as before.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub named_turn: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentState {
    pub status: Status,
    /// Index of the current stage.
    pub stage: usize,
    pub started_turn: Option<u32>,
    /// Which nations have seen it.
    pub known_by: Vec<bool>,
    pub detected_turn: Option<u32>,
    /// Which nations have shared it with a partner.
    pub shared_by: Vec<bool>,
    /// Three or more nations: the turn each nation first shared it with each
    /// other one (0: not yet), row-major n×n (sharer, recipient). Empty with
    /// two nations, where `shared_by` and the action records say it all (so
    /// two-nation games hash as before); ask [`IncidentState::has_shared`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_with: Vec<u32>,
    /// 0..=100: attribution at 60, containment at 100.
    pub investigation: f64,
    pub attributed_turn: Option<u32>,
    pub contained_turn: Option<u32>,
    pub resolved_turn: Option<u32>,
    pub publicly_attributed: bool,
    /// Investigation points committed this turn, per nation.
    pub effort: Vec<f64>,
    /// Nations that committed to a joint investigation this turn.
    pub joint: Vec<bool>,
}

impl IncidentState {
    /// Whether `from` has shared this incident with `to`.
    pub fn has_shared(&self, from: usize, to: usize) -> bool {
        if self.shared_with.is_empty() {
            // Two nations: a nation's one partner is the only one it shares with.
            self.shared_by[from]
        } else {
            let n = self.shared_by.len();
            self.shared_with.get(from * n + to).is_some_and(|&t| t > 0)
        }
    }

    /// Records that `from` shared this incident with `to` on `turn`.
    pub fn mark_shared(&mut self, from: usize, to: usize, turn: u32) {
        self.shared_by[from] = true;
        if !self.shared_with.is_empty() {
            let n = self.shared_by.len();
            if let Some(first) = self.shared_with.get_mut(from * n + to)
                && *first == 0
            {
                *first = turn;
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InjectState {
    pub fired_turn: Option<u32>,
    pub times_fired: u32,
    /// Chosen option, once decided.
    pub choice: Option<usize>,
    /// Fired and waiting for the players to choose.
    pub awaiting_choice: bool,
    /// Held by the facilitator: it will not fire until released.
    pub held: bool,
    /// Skipped by the facilitator: it will never fire.
    pub skipped: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HotlineState {
    pub calls_left: u32,
    /// First turn on which the hotline can be used again.
    pub ready_turn: u32,
    /// Both capitals are synchronised up to and including this turn.
    pub sync_until: u32,
    pub calls_made: u32,
    /// Dilemma rules: the weight a call still carries (1 fresh; calls for
    /// small things wear it down). Skipped at 1 so older games hash as before.
    #[serde(default = "full_weight", skip_serializing_if = "is_full_weight")]
    pub weight: f64,
}

fn full_weight() -> f64 {
    1.0
}

fn is_full_weight(w: &f64) -> bool {
    *w == 1.0
}

fn is_zero(v: &u32) -> bool {
    *v == 0
}

/// Something paid for now that pays off later (investments, mil-to-mil set-up).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delayed {
    pub turn: u32,
    pub nation: usize,
    pub what: DelayedEffect,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DelayedEffect {
    /// +monitoring on every asset of the nation.
    Monitoring(f64),
    /// +skill on every agency of the nation.
    Skill(f64),
    /// +capacity on the nation's agency.
    Capacity { agency: usize },
    /// +trust with every partner.
    Trust(f64),
    /// A third state decides on a request for assistance against an actor.
    Assistance { third: usize, actor: usize },
    /// Dilemma rules: shared indicators about an actor clear the sharer's
    /// classification review and reach the nation's defenders.
    Intel { actor: usize, value: f64 },
}

/// What the adversary is doing with one actor, as the turn resolution sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdversaryMode {
    /// Following the script.
    Script,
    /// One intrusion is burned: effort moves to the ones still hidden.
    Pivot,
    /// Named by the defenders: every intrusion slows.
    Quiet,
    /// Unattributed and pressing the weaker ally.
    Press,
}

/// The outcome once the exercise is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Success,
    Partial,
    Defeat,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Success => "Success",
            Outcome::Partial => "Partial success",
            Outcome::Defeat => "Defeat",
        }
    }
}

/// One action taken, for objectives, triggers and the debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionRecord {
    pub turn: u32,
    pub nation: usize,
    pub kind: crate::scenario::ActionKindName,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// Which rules apply: [`LEGACY_RULES`] (saves of formats 1–3),
    /// [`DILEMMA_RULES`] (format 4), [`DILEMMA_RULES_2`] (format 5),
    /// [`DILEMMA_RULES_3`] (format 6), [`DILEMMA_RULES_4`] (format 7) or
    /// [`DILEMMA_RULES_5`]. Skipped when
    /// legacy so older games hash as before.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rules: u32,
    /// Current turn, 1-based.
    pub turn: u32,
    /// Set when the exercise is over.
    pub outcome: Option<Outcome>,
    /// Crisis pressure 0..=100; the level is 1 + pressure / 20.
    pub escalation: f64,
    pub peak_level: u8,
    /// Public alarm 0..=100.
    pub alarm: f64,
    /// Alliance trust 0..=100 for each pair of nations, row-major n×n (symmetric).
    pub trust: Vec<f64>,
    pub nations: Vec<NationState>,
    pub assets: Vec<AssetState>,
    pub actors: Vec<ActorState>,
    pub incidents: Vec<IncidentState>,
    pub injects: Vec<InjectState>,
    pub hotline: HotlineState,
    pub delayed: Vec<Delayed>,
    /// Thousands of records stolen.
    pub data_stolen: u64,
    /// Millions of dollars of IP stolen.
    pub ip_stolen: u64,
    pub actions: Vec<ActionRecord>,
    /// Joint actions taken this turn (they pull escalation down).
    pub joint_actions_this_turn: u32,
    /// Fifth balance: harm the public saw was still unnamed at the end of the
    /// last turn (told once). Skipped when false: older games hash as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub public_asks: bool,
}

/// The rules saves of formats 1–3 were played by: no cost to sharing, joint
/// work or the hotline beyond action points.
pub const LEGACY_RULES: u32 = 0;
/// The dilemma rules (docs/dilemmas.md): sharing may burn a source and waits
/// for classification review, joint investigation ties up investigators, the
/// hotline has a weight to lose, attribution can misfire on thin evidence, a
/// third state answers by its cooperation, law and the evidence, and trust
/// gates what a partner does with what it gets.
pub const DILEMMA_RULES: u32 = 1;
/// The dilemma rules' second balance (save format 5, docs/dilemmas.md): an
/// actor lies low only once named in public, a misfire names no one, a third
/// state's takedown hands over the victims, trust weighs more, a hotline call
/// relieves as far as trust holds and in sync the capitals speak with one
/// voice, a crisis runs faster and an exercise is gentler.
pub const DILEMMA_RULES_2: u32 = 2;
/// The dilemma rules' third balance (save format 6, docs/dilemmas.md): trust
/// gates what a partner does (a wary partner's capital joins the one voice
/// of a hotline call less, its military opens less of its network to a
/// combined hunt); an intrusion in a military-linked asset hides from civilian monitoring and only a combined
/// hunt drives it out; a sound public attribution (joint, or on a complete
/// investigation) makes the actor lie low and weighs with its host state.
pub const DILEMMA_RULES_3: u32 = 3;
/// The dilemma rules' fourth balance (save format 7, docs/dilemmas.md): trust
/// builds on trust (a wary partner discounts each gesture); a third state
/// goes as far as it is willing, and a safe haven asked on thin evidence
/// tips the actor off; a sound public naming comes with a joint advisory
/// that arms every ally's defenders and costs the actor its exposed tooling,
/// and harm left unnamed keeps the public alarmed; an exfiltration under way
/// goes on until the asset is isolated; a system knocked below 80 % of its
/// service needs a restoration to come back; a misfire escalates more; a
/// crisis runs faster and hides better, an exercise is gentler.
pub const DILEMMA_RULES_4: u32 = 4;
/// The dilemma rules' fifth balance (save format 8, docs/dilemmas.md): an
/// actor whose host state is a safe haven works with impunity (a public
/// naming does not deter it, and it presses harder), and harm the public saw
/// that nobody has named in public pushes the crisis up each turn.
pub const DILEMMA_RULES_5: u32 = 5;
/// What the current build plays: a new game's rules (a save keeps its own).
pub const CURRENT_RULES: u32 = DILEMMA_RULES_5;

impl State {
    pub fn new(s: &Scenario) -> State {
        let n = s.def.nations.len();
        let r = &s.def.rules;
        State {
            rules: CURRENT_RULES,
            turn: 1,
            outcome: None,
            escalation: r.start_escalation as f64,
            peak_level: level_of(r.start_escalation as f64),
            alarm: 0.0,
            trust: vec![r.start_trust as f64; n * n],
            nations: s
                .def
                .nations
                .iter()
                .map(|nd| NationState {
                    agencies: nd
                        .agencies
                        .iter()
                        .map(|a| AgencyState {
                            capacity: a.capacity,
                            used: 0,
                            skills: Skill::ALL.map(|k| a.skills.get(&k).copied().unwrap_or(0)),
                            tied: 0,
                        })
                        .collect(),
                    intel: vec![0.0; s.def.actors.len()],
                })
                .collect(),
            assets: s
                .def
                .assets
                .iter()
                .map(|a| AssetState {
                    own: a.service as f64,
                    service: a.service as f64,
                    hardening: a.hardening as f64,
                    monitoring: a.monitoring as f64,
                    isolated: false,
                    hunt_from: 0,
                    hunt_until: 0,
                    min_service: a.service as f64,
                })
                .collect(),
            actors: s
                .def
                .actors
                .iter()
                .map(|a| ActorState {
                    capability: a.capability as f64,
                    deterrence: 0.0,
                    curbed: false,
                    mode: AdversaryMode::Script,
                    evasive_until: 0,
                    named_turn: 0,
                })
                .collect(),
            incidents: s
                .def
                .incidents
                .iter()
                .map(|_| IncidentState {
                    status: Status::Dormant,
                    stage: 0,
                    started_turn: None,
                    known_by: vec![false; n],
                    detected_turn: None,
                    shared_by: vec![false; n],
                    shared_with: if n > 2 { vec![0; n * n] } else { Vec::new() },
                    investigation: 0.0,
                    attributed_turn: None,
                    contained_turn: None,
                    resolved_turn: None,
                    publicly_attributed: false,
                    effort: vec![0.0; n],
                    joint: vec![false; n],
                })
                .collect(),
            injects: s
                .def
                .injects
                .iter()
                .map(|_| InjectState {
                    fired_turn: None,
                    times_fired: 0,
                    choice: None,
                    awaiting_choice: false,
                    held: false,
                    skipped: false,
                })
                .collect(),
            hotline: HotlineState {
                calls_left: r.hotline_calls,
                ready_turn: 1,
                sync_until: 0,
                calls_made: 0,
                weight: 1.0,
            },
            delayed: Vec::new(),
            data_stolen: 0,
            ip_stolen: 0,
            actions: Vec::new(),
            joint_actions_this_turn: 0,
            public_asks: false,
        }
    }

    pub fn level(&self) -> u8 {
        level_of(self.escalation)
    }

    /// The only way escalation changes: clamped to 0..=100, peak level kept.
    pub fn add_escalation(&mut self, delta: f64) {
        self.escalation = (self.escalation + delta).clamp(0.0, 100.0);
        self.peak_level = self.peak_level.max(self.level());
    }

    pub fn trust(&self, a: usize, b: usize) -> f64 {
        let n = self.nations.len();
        self.trust[a * n + b]
    }

    /// Mean trust over all pairs of nations.
    pub fn alliance_trust(&self) -> f64 {
        let n = self.nations.len();
        let mut sum = 0.0;
        let mut k = 0;
        for a in 0..n {
            for b in (a + 1)..n {
                sum += self.trust(a, b);
                k += 1;
            }
        }
        if k == 0 { 0.0 } else { sum / k as f64 }
    }

    /// Mean trust over the pairs of these nations (0 with fewer than two).
    pub fn mean_trust(&self, nations: &[usize]) -> f64 {
        let mut sum = 0.0;
        let mut k = 0;
        for (x, &a) in nations.iter().enumerate() {
            for &b in &nations[x + 1..] {
                sum += self.trust(a, b);
                k += 1;
            }
        }
        if k == 0 { 0.0 } else { sum / k as f64 }
    }

    /// Every pair of nations (a < b) with its trust, in order: how the board
    /// and the reports show trust when an alliance has more than two members.
    pub fn pair_trust(&self) -> Vec<(usize, usize, f64)> {
        let n = self.nations.len();
        (0..n)
            .flat_map(|a| ((a + 1)..n).map(move |b| (a, b)))
            .map(|(a, b)| (a, b, self.trust(a, b)))
            .collect()
    }

    /// Whether the dilemma rules apply (see [`DILEMMA_RULES`]).
    pub fn dilemmas(&self) -> bool {
        self.rules >= DILEMMA_RULES
    }

    /// Whether the dilemma rules' second balance applies (see [`DILEMMA_RULES_2`]).
    pub fn dilemmas2(&self) -> bool {
        self.rules >= DILEMMA_RULES_2
    }

    /// Whether the dilemma rules' third balance applies (see [`DILEMMA_RULES_3`]).
    pub fn dilemmas3(&self) -> bool {
        self.rules >= DILEMMA_RULES_3
    }

    /// Whether the dilemma rules' fourth balance applies (see [`DILEMMA_RULES_4`]).
    pub fn dilemmas4(&self) -> bool {
        self.rules >= DILEMMA_RULES_4
    }

    /// Whether the dilemma rules' fifth balance applies (see [`DILEMMA_RULES_5`]).
    pub fn dilemmas5(&self) -> bool {
        self.rules >= DILEMMA_RULES_5
    }

    /// Whether an actor named in public on sound evidence lies low this turn
    /// (third balance: that turn and the next; fourth: and the one after).
    pub fn lies_low(&self, actor: usize) -> bool {
        let named = self.actors[actor].named_turn;
        let turns = if self.dilemmas4() { 2 } else { 1 };
        self.dilemmas3() && named > 0 && self.turn <= named + turns
    }

    /// Whether an actor rotated its infrastructure after a burned source and
    /// is harder to see this turn (dilemma rules).
    pub fn evasive(&self, actor: usize) -> bool {
        self.dilemmas() && self.actors[actor].evasive_until >= self.turn
    }

    /// Changes trust between two nations. Under the dilemma rules trust is
    /// slow to build and quick to lose: a gain shrinks as trust nears 100
    /// (and, from the fourth balance, below 60: [`trust_gain`]).
    pub fn add_trust(&mut self, a: usize, b: usize, delta: f64) {
        let n = self.nations.len();
        let cur = self.trust[a * n + b];
        let delta = if self.dilemmas() && delta > 0.0 { trust_gain(self.rules, cur, delta) } else { delta };
        let v = (cur + delta).clamp(0.0, 100.0);
        self.trust[a * n + b] = v;
        self.trust[b * n + a] = v;
    }

    /// Adds to trust between `a` and every other nation.
    pub fn add_trust_all(&mut self, a: usize, delta: f64) {
        for b in 0..self.nations.len() {
            if b != a {
                self.add_trust(a, b, delta);
            }
        }
    }

    pub fn hotline_synced(&self) -> bool {
        self.turn <= self.hotline.sync_until
    }

    pub fn is_over(&self) -> bool {
        self.outcome.is_some()
    }
}

/// A trust gain of `delta` between two nations at `trust`, under the dilemma
/// rules: it shrinks as trust nears 100 (trust is slow to build near the
/// top). The fourth balance makes it shrink below 60 too, by
/// [`trust_warmth`]: a wary partner discounts each gesture, so an alliance
/// that starts apart stays apart longer.
pub fn trust_gain(rules: u32, trust: f64, delta: f64) -> f64 {
    let gain = delta * (100.0 - trust) / 100.0;
    if rules >= DILEMMA_RULES_4 { gain * trust_warmth(trust) } else { gain }
}

/// How far a gesture counts with a partner at `trust` (fourth balance):
/// 0.1 + 0.9 × (trust/60)², at most 1: fully from 60, 0.5 at 40, 0.2 at 20.
pub fn trust_warmth(trust: f64) -> f64 {
    (0.1 + 0.9 * (trust / 60.0).powi(2)).min(1.0)
}

/// Escalation level 1..=5 for a pressure 0..=100.
pub fn level_of(pressure: f64) -> u8 {
    (1.0 + (pressure / 20.0).floor()).clamp(1.0, 5.0) as u8
}
