//! What can happen at all, ignoring luck: the reachability the static lints reason with.

use super::*;
use crate::narrate::labels;

/// Where a family-level warning points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Nations,
    ThirdStates,
    Actors,
    HotlineCalls,
    Incidents,
    Assets,
}

/// Why an action family can never be taken, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Block {
    pub(super) why: String,
    pub(super) hint: String,
    pub(super) place: Place,
}

/// What can happen at all, ignoring luck: the least fixed point of "this can
/// start / fire / be lowered", grown from what starts on its own.
pub(super) struct Reach {
    pub(super) incident_live: Vec<bool>,
    pub(super) inject_live: Vec<bool>,
    /// Stages an incident can be in: `stages[..n]`.
    pub(super) stages: Vec<usize>,
    /// Lowest service each asset can be brought to by the scenario itself.
    pub(super) min_service: Vec<f64>,
    pub(super) hotline: bool,
}

pub(super) fn starters(s: &Scenario, incident: usize) -> impl Iterator<Item = usize> + '_ {
    (0..s.def.injects.len())
        .filter(move |&k| effects_of(s, k).any(|e| *e == EffectIx::StartIncident(incident)))
}

/// Every effect an inject can apply: its own and all its choices'.
pub(super) fn effects_of(s: &Scenario, k: usize) -> impl Iterator<Item = &EffectIx> {
    s.inject_effects[k].iter().chain(s.choice_effects[k].iter().flatten())
}

/// What names the asset other than `depends_on`: objectives, defeat
/// conditions, triggers and effects, as "objective `x`", "inject `y`"...
pub(super) fn references(l: Lang, s: &Scenario, a: usize) -> Vec<String> {
    let def = &s.def;
    let names = |c: &ConditionIx| matches!(*c, ConditionIx::ServiceNeverBelow { asset, .. } | ConditionIx::ServiceBelow { asset, .. } if asset == a);
    let mut out = Vec::new();
    for (o, c) in s.objective_conditions.iter().enumerate() {
        if names(c) {
            out.push(tr!(l, "lint-ref-objective", id = &def.objectives[o].id));
        }
    }
    for (d, c) in s.defeat_conditions.iter().enumerate() {
        if names(c) {
            out.push(tr!(l, "lint-ref-defeat", n = d + 1));
        }
    }
    for (k, inj) in def.injects.iter().enumerate() {
        let trigger = matches!(s.inject_triggers[k], TriggerIx::ServiceBelow { asset, .. } if asset == a);
        let effect = effects_of(s, k).any(|e| matches!(*e, EffectIx::Service { asset, .. } | EffectIx::Hardening { asset, .. } if asset == a));
        if trigger || effect {
            out.push(tr!(l, "lint-ref-inject", id = &inj.id));
        }
    }
    out
}

pub(super) fn has_skill(s: &Scenario, nation: usize, skill: Skill) -> bool {
    s.def.nations[nation].agencies.iter().any(|g| g.skills.get(&skill).is_some_and(|&v| v > 0))
}

impl Reach {
    pub(super) fn of(s: &Scenario) -> Reach {
        let def = &s.def;
        let stages = def
            .incidents
            .iter()
            .map(|inc| {
                let last = inc.stages.len().saturating_sub(1);
                inc.stages
                    .iter()
                    .take(last)
                    .position(|st| st.advance <= 0.0)
                    .map_or(inc.stages.len(), |k| k + 1)
            })
            .collect();
        let mut r = Reach {
            incident_live: def.incidents.iter().map(|inc| inc.start_turn.is_some()).collect(),
            inject_live: vec![false; def.injects.len()],
            stages,
            min_service: def.assets.iter().map(|a| a.service as f64).collect(),
            hotline: def.rules.hotline_calls > 0,
        };
        loop {
            r.hotline = def.rules.hotline_calls > 0
                || (0..def.injects.len())
                    .any(|k| r.inject_live[k] && effects_of(s, k).any(|e| *e == EffectIx::HotlineCall));
            r.min_service = r.lowest_service(s);
            let mut changed = false;
            for k in 0..def.injects.len() {
                if !r.inject_live[k] && r.can_fire(s, &s.inject_triggers[k]) {
                    r.inject_live[k] = true;
                    changed = true;
                    for e in effects_of(s, k) {
                        if let EffectIx::StartIncident(i) = *e {
                            r.incident_live[i] = true;
                        }
                    }
                }
            }
            if !changed {
                return r;
            }
        }
    }

    /// Lowest service per asset, from the damage the live parts of the scenario can do.
    pub(super) fn lowest_service(&self, s: &Scenario) -> Vec<f64> {
        let def = &s.def;
        let mut loss = vec![0.0f64; def.assets.len()];
        for (i, inc) in def.incidents.iter().enumerate() {
            if self.incident_live[i] {
                loss[s.incident_target[i]] +=
                    inc.stages[..self.stages[i]].iter().map(|st| st.effects.service_loss as f64).sum::<f64>();
            }
        }
        let cut = |effects: &[EffectIx], a: usize| -> f64 {
            effects
                .iter()
                .map(|e| {
                    if let EffectIx::Service { asset, delta } = *e
                        && asset == a
                        && delta < 0
                    {
                        -delta as f64
                    } else {
                        0.0
                    }
                })
                .sum()
        };
        for (k, inj) in def.injects.iter().enumerate() {
            if !self.inject_live[k] {
                continue;
            }
            let times = if inj.once { 1.0 } else { def.turns as f64 };
            let touched: BTreeSet<usize> = effects_of(s, k)
                .filter_map(|e| {
                    if let EffectIx::Service { asset, delta } = *e
                        && delta < 0
                    {
                        Some(asset)
                    } else {
                        None
                    }
                })
                .collect();
            for a in touched {
                let worst_choice = s.choice_effects[k].iter().map(|c| cut(c, a)).fold(0.0, f64::max);
                loss[a] += times * (cut(&s.inject_effects[k], a) + worst_choice);
            }
        }
        let slack = def.rules.cascade_slack as f64;
        let mut out = vec![100.0f64; def.assets.len()];
        for &a in &s.topo {
            let mut v = (def.assets[a].service as f64 - loss[a]).max(0.0);
            for &d in &s.asset_deps[a] {
                v = v.min(out[d] + slack);
            }
            out[a] = v.clamp(0.0, 100.0);
        }
        out
    }

    pub(super) fn can_fire(&self, s: &Scenario, t: &TriggerIx) -> bool {
        match *t {
            TriggerIx::AtTurn(n) => n >= 1 && n <= s.def.turns,
            TriggerIx::Chance { .. } | TriggerIx::EscalationAtLeast(_) => true,
            TriggerIx::StageReached { incident, stage } => {
                self.incident_live[incident] && stage < self.stages[incident]
            }
            TriggerIx::Detected(incident) => self.incident_live[incident],
            TriggerIx::ServiceBelow { asset, level } => self.min_service[asset] < level as f64,
            TriggerIx::ActionTaken { action, nation } => {
                self.family_block(Lang::En, s, action, nation).is_none()
            }
        }
    }

    /// Why a trigger that cannot fire cannot, and a hint.
    pub(super) fn why_dead(&self, l: Lang, s: &Scenario, t: &TriggerIx) -> (String, String) {
        let def = &s.def;
        let never_starts = |i: usize| {
            (tr!(l, "lint-why-never-starts", id = &def.incidents[i].id), tr!(l, "lint-why-never-starts.hint"))
        };
        match *t {
            TriggerIx::StageReached { incident, stage } if self.incident_live[incident] => {
                let inc = &def.incidents[incident];
                let blocker = &inc.stages[self.stages[incident] - 1];
                (
                    tr!(
                        l,
                        "lint-why-stage",
                        stage = &inc.stages[stage].name,
                        id = &inc.id,
                        blocker = &blocker.name
                    ),
                    tr!(l, "lint-why-stage.hint", blocker = &blocker.name),
                )
            }
            TriggerIx::StageReached { incident, .. } | TriggerIx::Detected(incident) => {
                never_starts(incident)
            }
            TriggerIx::ServiceBelow { asset, level } => (
                tr!(
                    l,
                    "lint-why-service",
                    asset = &def.assets[asset].id,
                    level = level,
                    low = Arg::num(self.min_service[asset], 0)
                ),
                tr!(l, "lint-why-service.hint"),
            ),
            TriggerIx::ActionTaken { action, nation } => match self.family_block(l, s, action, nation) {
                Some(b) => (tr!(l, "lint-why-family", family = action.label_in(l), why = b.why), b.hint),
                None => (tr!(l, "lint-why-unreachable"), String::new()),
            },
            TriggerIx::AtTurn(_) | TriggerIx::Chance { .. } | TriggerIx::EscalationAtLeast(_) => {
                (tr!(l, "lint-why-unreachable"), String::new())
            }
        }
    }

    /// Whether anything in the scenario can hurt the asset: an incident that can
    /// start targets it, or its service can be lowered (stages, effects, cascades).
    pub(super) fn threatened(&self, s: &Scenario, a: usize) -> bool {
        self.min_service[a] < s.def.assets[a].service as f64
            || (0..s.def.incidents.len()).any(|i| self.incident_live[i] && s.incident_target[i] == a)
    }

    /// Why an objective can only be lost by the players' own hand, if so.
    pub(super) fn objective_trivial(
        &self,
        l: Lang,
        s: &Scenario,
        c: &ConditionIx,
    ) -> Option<(String, String)> {
        let def = &s.def;
        let hint = || tr!(l, "lint-trivial-service.hint");
        match *c {
            ConditionIx::ServiceNeverBelow { asset, min } if self.min_service[asset] >= min as f64 => Some((
                tr!(
                    l,
                    "lint-trivial-service",
                    asset = &def.assets[asset].id,
                    min = min,
                    low = Arg::num(self.min_service[asset], 0)
                ),
                hint(),
            )),
            ConditionIx::SectorServiceAtEnd { sector, nation, min } => {
                let (mut v, mut w) = (0.0, 0.0);
                for (a, d) in def.assets.iter().enumerate() {
                    if d.sector == sector && nation.is_none_or(|n| s.asset_nation[a] == n) {
                        let p = d.population.max(1) as f64;
                        v += p * self.min_service[a];
                        w += p;
                    }
                }
                let low = if w > 0.0 { v / w } else { 0.0 };
                (w > 0.0 && low >= min as f64).then(|| {
                    let (sector, low) = (labels::sector(l, sector), Arg::num(low, 0));
                    let why = match nation {
                        Some(n) => {
                            let nation = s.text(l, Text::NationShort(n));
                            tr!(
                                l,
                                "lint-trivial-sector-nation",
                                nation = nation,
                                sector = sector,
                                min = min,
                                low = low
                            )
                        }
                        None => tr!(l, "lint-trivial-sector", sector = sector, min = min, low = low),
                    };
                    (why, hint())
                })
            }
            _ => None,
        }
    }

    pub(super) fn objective_impossible(
        &self,
        l: Lang,
        s: &Scenario,
        c: &ConditionIx,
    ) -> Option<(String, String)> {
        let def = &s.def;
        match *c {
            ConditionIx::ActionTaken { action, .. } => self
                .family_block(l, s, action, None)
                .map(|b| (tr!(l, "lint-why-family", family = action.label_in(l), why = b.why), b.hint)),
            ConditionIx::SharedWith { nation, .. } => {
                let sharer =
                    (0..def.nations.len()).any(|o| o != nation && has_skill(s, o, Skill::Intelligence));
                if !sharer {
                    let nation = s.text(l, Text::NationShort(nation));
                    return Some((
                        tr!(l, "lint-why-no-sharer", nation = nation),
                        tr!(l, "lint-why-no-sharer.hint", nation = nation),
                    ));
                }
                let family = ActionKindName::ShareIntel;
                self.family_block(l, s, family, None)
                    .map(|b| (tr!(l, "lint-why-family", family = family.label_in(l), why = b.why), b.hint))
            }
            ConditionIx::AttributedJointly { incident, .. } if self.incident_live[incident] => {
                // A joint naming needs the capitals in sync: the hotline, then attribution.
                [ActionKindName::Hotline, ActionKindName::AttributePublicly].into_iter().find_map(|family| {
                    self.family_block(l, s, family, None).map(|b| {
                        (tr!(l, "lint-why-family", family = family.label_in(l), why = b.why), b.hint)
                    })
                })
            }
            ConditionIx::Attributed { incident, .. }
            | ConditionIx::Contained { incident, .. }
            | ConditionIx::AttributedJointly { incident, .. }
                if !self.incident_live[incident] =>
            {
                Some((
                    tr!(l, "lint-why-never-starts", id = &def.incidents[incident].id),
                    tr!(l, "lint-why-never-starts.hint-objective"),
                ))
            }
            _ => None,
        }
    }

    /// Why `family` can never be taken (by `nation`, or by anyone), if it can't.
    pub(super) fn family_block(
        &self,
        l: Lang,
        s: &Scenario,
        family: ActionKindName,
        nation: Option<usize>,
    ) -> Option<Block> {
        use ActionKindName as K;
        let def = &s.def;
        let nations: Vec<usize> = nation.map_or_else(|| (0..def.nations.len()).collect(), |n| vec![n]);
        if let Some(skill) = family.skill()
            && !nations.iter().any(|&n| has_skill(s, n, skill))
        {
            let (name, skill) = (skill.label(), labels::skill(l, skill));
            let why = match nation {
                Some(n) => tr!(
                    l,
                    "lint-block-skill-nation",
                    nation = s.text(l, Text::NationShort(n)),
                    skill = &skill
                ),
                None => tr!(l, "lint-block-skill", skill = &skill),
            };
            let hint = tr!(l, "lint-block-skill.hint", skill = &skill, name = name);
            return Some(Block { why, hint, place: Place::Nations });
        }
        match family {
            K::Harden | K::Isolate | K::Restore => {
                let able =
                    nations.iter().any(|&n| has_skill(s, n, Skill::Defense) && s.asset_nation.contains(&n));
                (!able).then(|| Block {
                    why: tr!(l, "lint-block-defense"),
                    hint: tr!(l, "lint-block-defense.hint"),
                    place: Place::Assets,
                })
            }
            K::MilitaryCooperation if def.assets.is_empty() => Some(Block {
                why: tr!(l, "lint-block-no-assets"),
                hint: tr!(l, "lint-block-no-assets.hint"),
                place: Place::Assets,
            }),
            // A combined hunt needs two militaries: a partner's besides the asker's.
            K::MilitaryCooperation
                if (0..def.nations.len()).filter(|&n| has_skill(s, n, Skill::Military)).count() < 2 =>
            {
                Some(Block {
                    why: tr!(l, "lint-block-one-military"),
                    hint: tr!(l, "lint-block-one-military.hint"),
                    place: Place::Nations,
                })
            }
            K::RequestAssistance if def.third_states.is_empty() => Some(Block {
                why: tr!(l, "lint-block-no-third"),
                hint: tr!(l, "lint-block-no-third.hint"),
                place: Place::ThirdStates,
            }),
            K::Hotline if !self.hotline => Some(Block {
                why: tr!(l, "lint-block-no-hotline"),
                hint: tr!(l, "lint-block-no-hotline.hint"),
                place: Place::HotlineCalls,
            }),
            K::ShareIntel
            | K::Investigate
            | K::JointInvestigation
            | K::AttributePublicly
            | K::RequestAssistance
                if !self.incident_live.iter().any(|&l| l) =>
            {
                Some(Block {
                    why: tr!(l, "lint-block-no-incident"),
                    hint: tr!(l, "lint-block-no-incident.hint"),
                    place: Place::Incidents,
                })
            }
            _ => None,
        }
    }
}

// --- locating warnings ----------------------------------------------------------------------------
