//! The program's players: difficulty levels, the adversary's adaptation, and
//! the partner nation for solo play.
//!
//! The adversary adapts inside the turn resolution (it is part of the world,
//! drawn from the one RNG). The partner AI is a player: it acts only through
//! recorded decisions, and explains itself with `Decision::Explain`, so a solo
//! game replays exactly like any other. It reads what happened from the typed
//! events of the log, never from their prose.

use super::actions::{ActionKind, InvestArea};
use super::event::{Event, Explanation, TrustReason};
use super::exercise::{Decision, Exercise};
use clap::ValueEnum;
use serde::{Deserialize, Serialize};

/// How hard the exercise is: it changes how the adversary and the partner
/// behave, not only the numbers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    /// Scripted adversary that never adapts; a generous partner; campaigns a little slower.
    Exercise,
    /// The adversary adapts (pivots when detected, lies low when attributed, presses
    /// the weaker ally); the partner weighs trust.
    #[default]
    Standard,
    /// A sharper, faster adversary; a partner that guards its own interests and
    /// needs high trust to share or join.
    Crisis,
}

/// The numbers behind a difficulty level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Knobs {
    pub adversary_adapts: bool,
    /// Multiplies every stage's advance chance.
    pub advance: f64,
    /// Multiplies every detection chance.
    pub detect: f64,
    /// Advance multiplier on an actor's hidden intrusions once another of its intrusions is detected.
    pub pivot: f64,
    /// Advance multiplier on a detected ("burned") intrusion while the actor pivots.
    pub burned: f64,
    /// Advance multiplier on every intrusion of an attributed actor.
    pub quiet: f64,
    /// Advance multiplier on intrusions against the weaker ally while the actor is unattributed.
    pub press_weaker: f64,
    /// Trust the partner AI needs to share what it detects.
    pub share_trust: f64,
    /// Trust the partner AI needs to join a joint investigation.
    pub join_trust: f64,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Exercise, Difficulty::Standard, Difficulty::Crisis];

    pub fn label(self) -> &'static str {
        match self {
            Difficulty::Exercise => "exercise",
            Difficulty::Standard => "standard",
            Difficulty::Crisis => "crisis",
        }
    }

    pub fn knobs(self) -> Knobs {
        match self {
            Difficulty::Exercise => Knobs {
                adversary_adapts: false,
                advance: 0.85,
                detect: 1.1,
                pivot: 1.0,
                burned: 1.0,
                quiet: 1.0,
                press_weaker: 1.0,
                share_trust: 25.0,
                join_trust: 25.0,
            },
            Difficulty::Standard => Knobs {
                adversary_adapts: true,
                advance: 1.0,
                detect: 1.0,
                pivot: 1.4,
                burned: 0.6,
                quiet: 0.6,
                press_weaker: 1.2,
                share_trust: 45.0,
                join_trust: 40.0,
            },
            Difficulty::Crisis => Knobs {
                adversary_adapts: true,
                advance: 1.2,
                detect: 0.85,
                pivot: 1.6,
                burned: 0.75,
                quiet: 0.8,
                press_weaker: 1.35,
                share_trust: 60.0,
                join_trust: 55.0,
            },
        }
    }
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

impl Exercise {
    /// The mode each actor is in now, from what the defenders have achieved.
    pub(super) fn adversary_modes(&self) -> Vec<AdversaryMode> {
        let s = &*self.scenario;
        let st = &self.state;
        (0..s.def.actors.len())
            .map(|a| {
                if !self.difficulty.knobs().adversary_adapts {
                    return AdversaryMode::Script;
                }
                let mine = || (0..st.incidents.len()).filter(move |&i| s.incident_actor[i] == a);
                if mine()
                    .any(|i| st.incidents[i].attributed_turn.is_some() || st.incidents[i].publicly_attributed)
                {
                    AdversaryMode::Quiet
                } else if mine()
                    .any(|i| st.incidents[i].status.is_known() && st.incidents[i].status.is_active())
                {
                    AdversaryMode::Pivot
                } else {
                    AdversaryMode::Press
                }
            })
            .collect()
    }

    /// The nation whose assets are least defended (mean hardening + monitoring).
    pub fn weaker_ally(&self) -> usize {
        let s = &*self.scenario;
        let n = s.def.nations.len();
        let mut sum = vec![(0.0f64, 0usize); n];
        for (i, a) in self.state.assets.iter().enumerate() {
            let e = &mut sum[s.asset_nation[i]];
            e.0 += a.hardening + a.monitoring;
            e.1 += 1;
        }
        (0..n)
            .min_by(|&x, &y| {
                let m = |k: usize| if sum[k].1 == 0 { f64::MAX } else { sum[k].0 / sum[k].1 as f64 };
                m(x).total_cmp(&m(y)).then(x.cmp(&y))
            })
            .unwrap_or(0)
    }

    /// This turn's chance that an active incident moves to its next stage.
    pub fn advance_chance(&self, i: usize) -> f64 {
        let modes = self.adversary_modes();
        self.advance_chance_with(i, &modes, self.weaker_ally())
    }

    pub(super) fn advance_chance_with(&self, i: usize, modes: &[AdversaryMode], weaker: usize) -> f64 {
        let s = &*self.scenario;
        let inc = &self.state.incidents[i];
        let stages = &s.def.incidents[i].stages;
        if !inc.status.is_active() || inc.stage + 1 >= stages.len() {
            return 0.0;
        }
        let target = s.incident_target[i];
        let asset = &self.state.assets[target];
        if asset.isolated {
            return 0.0;
        }
        let actor = &self.state.actors[s.incident_actor[i]];
        let k = self.difficulty.knobs();
        let adapt = match modes[s.incident_actor[i]] {
            AdversaryMode::Script => 1.0,
            AdversaryMode::Quiet => k.quiet,
            AdversaryMode::Pivot => {
                if inc.status.is_known() {
                    k.burned
                } else {
                    k.pivot
                }
            }
            AdversaryMode::Press => {
                if s.asset_nation[target] == weaker {
                    k.press_weaker
                } else {
                    1.0
                }
            }
        };
        (stages[inc.stage].advance
            * k.advance
            * adapt
            * (0.6 + actor.capability / 125.0)
            * (1.0 - asset.hardening / 200.0)
            * (1.0 - actor.deterrence)
            * if actor.curbed { 0.5 } else { 1.0 })
        .clamp(0.0, 1.0)
    }
}

fn act(ex: &mut Exercise, nation: usize, kind: ActionKind, why: String) -> bool {
    match ex.agency_for(nation, &kind) {
        Some(action) => ex.submit(Decision::Act { action, rationale: why }).is_ok(),
        None => false,
    }
}

fn explain(ex: &mut Exercise, nation: usize, why: Explanation) {
    let id = ex.scenario.def.nations[nation].id.clone();
    let _ = ex.submit(Decision::Explain { nation: id, why });
}

/// Why trust is where it is, for the partner's explanations: the level, and
/// the last withheld warning while trust is low.
fn trust_reason(ex: &Exercise, me: usize, other: usize) -> TrustReason {
    let trust = ex.state.trust(me, other);
    let withheld = ex.log.iter().rev().find(|e| matches!(e.event, Event::Withheld { .. }));
    TrustReason { trust, withheld_turn: withheld.filter(|_| trust < 60.0).map(|e| e.turn) }
}

/// The partner's "why" in the words the log uses (it is the action's rationale).
fn reason(ex: &Exercise, me: usize, other: usize) -> String {
    crate::narrate::trust_reason(&trust_reason(ex, me, other))
}

/// Whether `me` has already explained that it will not share incident `i`
/// (it says so once, not every turn).
fn declined_to_share(ex: &Exercise, me: usize, i: usize) -> bool {
    ex.log.iter().any(|e| {
        e.nation == Some(me)
            && matches!(e.event, Event::Explained(Explanation::DeclinesShare { incident, .. }) if incident == i)
    })
}

/// Plays one turn for `me`, the nation the program controls in a solo game.
///
/// Order of concern: its own assets first, then answering the partner
/// (joint investigations the partner has committed to this turn), then sharing
/// what it knows (more readily when trust is high), then the hotline when it
/// sees the crisis rising, then longer-term work.
pub fn partner_turn(ex: &mut Exercise, me: usize) {
    let s = ex.scenario.clone();
    let k = ex.difficulty.knobs();
    let short = s.def.nations[me].short.clone();
    let others: Vec<usize> = (0..s.def.nations.len()).filter(|&n| n != me).collect();

    // 1. Own assets: contain what threatens them, bring service back.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        let a = s.incident_target[i];
        if s.asset_nation[a] != me || !inc.known_by[me] || !inc.status.is_active() {
            continue;
        }
        let stages = &s.def.incidents[i].stages;
        let near_impact = inc.stage + 1 < stages.len() && stages[inc.stage + 1].effects.service_loss >= 30;
        if near_impact && !ex.state.assets[a].isolated {
            act(
                ex,
                me,
                ActionKind::Isolate(s.def.assets[a].id.clone()),
                format!("{short} isolates its own asset: the next stage would cut service"),
            );
        }
        act(
            ex,
            me,
            ActionKind::Investigate(s.def.incidents[i].id.clone()),
            format!("{short} investigates an intrusion on its own network first"),
        );
    }
    for a in 0..s.def.assets.len() {
        let st = &ex.state.assets[a];
        if s.asset_nation[a] == me && (st.own < 70.0 || st.isolated) && !ex.intruder_active(a) {
            act(
                ex,
                me,
                ActionKind::Restore(s.def.assets[a].id.clone()),
                format!("{short} restores service to its own people"),
            );
        }
    }

    // 2. Answer the partner's requests: joint investigations it committed to.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        if inc.joint[me] || !inc.status.is_active() {
            continue;
        }
        for &o in &others {
            if !ex.state.incidents[i].joint[o] {
                continue;
            }
            let name = s.def.incidents[i].name.clone();
            if !ex.state.incidents[i].known_by[me] {
                explain(ex, me, Explanation::CannotJoin { incident: i, other: o });
            } else if ex.state.trust(me, o) >= k.join_trust {
                let why = format!("{short} joins the joint investigation of {name} ({})", reason(ex, me, o));
                if !act(ex, me, ActionKind::JointInvestigation(s.def.incidents[i].id.clone()), why) {
                    explain(ex, me, Explanation::NoInvestigators { incident: i });
                }
            } else {
                let trust = trust_reason(ex, me, o);
                explain(ex, me, Explanation::DeclinesJoin { incident: i, trust });
            }
        }
    }

    // 3. Share what it has detected, when trust allows.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        if !inc.known_by[me] || inc.shared_by[me] || inc.detected_turn.is_none() {
            continue;
        }
        for &o in &others {
            let name = s.def.incidents[i].name.clone();
            if ex.state.trust(me, o) >= k.share_trust {
                let why =
                    format!("{short} shares {name} with {} ({})", s.def.nations[o].short, reason(ex, me, o));
                act(
                    ex,
                    me,
                    ActionKind::ShareIntel {
                        incident: s.def.incidents[i].id.clone(),
                        with: s.def.nations[o].id.clone(),
                    },
                    why,
                );
            } else if !declined_to_share(ex, me, i) {
                let trust = trust_reason(ex, me, o);
                explain(ex, me, Explanation::DeclinesShare { incident: i, trust });
            }
        }
    }

    // 4. The hotline when the crisis rises and nobody has called.
    if ex.state.level() >= 3 && !ex.state.hotline_synced() {
        act(
            ex,
            me,
            ActionKind::Hotline,
            format!("{short} calls the hotline: escalation at level {}", ex.state.level()),
        );
    }
    // Norm 3: ask the state an attributed actor operates from to act.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        let actor = s.incident_actor[i];
        if inc.known_by[me]
            && inc.attributed_turn.is_some()
            && inc.status.is_active()
            && let Some(t) = s.actor_third_state[actor]
        {
            let kind = ActionKind::RequestAssistance {
                third_state: s.def.third_states[t].id.clone(),
                actor: s.def.actors[actor].id.clone(),
            };
            act(
                ex,
                me,
                kind,
                format!(
                    "{short} asks {} to act against {} under norm 3",
                    s.def.third_states[t].name, s.def.actors[actor].name
                ),
            );
        }
    }
    // Take up a partner's hunt offer on shared ground: hunt where its own known incidents are.
    for i in 0..ex.state.incidents.len() {
        let inc = &ex.state.incidents[i];
        let a = s.incident_target[i];
        if s.asset_nation[a] == me
            && inc.known_by[me]
            && inc.status.is_active()
            && ex.state.assets[a].hunt_until < ex.state.turn
        {
            act(
                ex,
                me,
                ActionKind::MilitaryCooperation(s.def.assets[a].id.clone()),
                format!("{short} asks for a combined hunt on its own {}", s.def.assets[a].name),
            );
        }
    }

    // 5. Longer-term: harden its most depended-on assets, invest early.
    if ex.state.turn <= 2 {
        act(
            ex,
            me,
            ActionKind::Invest(InvestArea::Workforce),
            format!("{short} invests in its cyber workforce"),
        );
    }
    let mut own: Vec<usize> = (0..s.def.assets.len()).filter(|&a| s.asset_nation[a] == me).collect();
    own.sort_by_key(|&a| (std::cmp::Reverse(s.def.assets[a].population), a));
    for a in own.into_iter().take(3) {
        if ex.state.assets[a].hardening < 60.0 {
            act(
                ex,
                me,
                ActionKind::Harden(s.def.assets[a].id.clone()),
                format!("{short} hardens {}", s.def.assets[a].name),
            );
        }
    }
}
