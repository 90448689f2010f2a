//! What can happen at all, ignoring luck: the reachability the static lints reason with.

use super::*;

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
pub(super) fn references(s: &Scenario, a: usize) -> Vec<String> {
    let def = &s.def;
    let names = |c: &ConditionIx| matches!(*c, ConditionIx::ServiceNeverBelow { asset, .. } | ConditionIx::ServiceBelow { asset, .. } if asset == a);
    let mut out = Vec::new();
    for (o, c) in s.objective_conditions.iter().enumerate() {
        if names(c) {
            out.push(format!("objective `{}`", def.objectives[o].id));
        }
    }
    for (d, c) in s.defeat_conditions.iter().enumerate() {
        if names(c) {
            out.push(format!("defeat condition {}", d + 1));
        }
    }
    for (k, inj) in def.injects.iter().enumerate() {
        let trigger = matches!(s.inject_triggers[k], TriggerIx::ServiceBelow { asset, .. } if asset == a);
        let effect = effects_of(s, k).any(|e| matches!(*e, EffectIx::Service { asset, .. } | EffectIx::Hardening { asset, .. } if asset == a));
        if trigger || effect {
            out.push(format!("inject `{}`", inj.id));
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
            TriggerIx::ActionTaken { action, nation } => self.family_block(s, action, nation).is_none(),
        }
    }

    /// Why a trigger that cannot fire cannot, and a hint.
    pub(super) fn why_dead(&self, s: &Scenario, t: &TriggerIx) -> (String, String) {
        let def = &s.def;
        let never_starts = |i: usize| {
            (
                format!("incident `{}` never starts", def.incidents[i].id),
                "start the incident with a start_turn or from an inject that can fire".to_string(),
            )
        };
        match *t {
            TriggerIx::StageReached { incident, stage } if self.incident_live[incident] => {
                let inc = &def.incidents[incident];
                let blocker = &inc.stages[self.stages[incident] - 1];
                (
                    format!("stage \"{}\" of `{}` is never reached: stage \"{}\" before it has advance 0", inc.stages[stage].name, inc.id, blocker.name),
                    format!("give \"{}\" an advance chance above 0, or trigger on a stage that can be reached", blocker.name),
                )
            }
            TriggerIx::StageReached { incident, .. } | TriggerIx::Detected(incident) => never_starts(incident),
            TriggerIx::ServiceBelow { asset, level } => (
                format!(
                    "nothing in the scenario can take `{}` below {level} (the lowest it can fall is {:.0})",
                    def.assets[asset].id, self.min_service[asset]
                ),
                "only the players' own Harden or Isolate could lower it that far: target the asset (or an asset it depends on) with a stage that has service_loss, or raise the level".into(),
            ),
            TriggerIx::ActionTaken { action, nation } => match self.family_block(s, action, nation) {
                Some(b) => (format!("{} can never be taken: {}", action.label(), b.why), b.hint),
                None => ("it cannot be reached".into(), String::new()),
            },
            TriggerIx::AtTurn(_) | TriggerIx::Chance { .. } | TriggerIx::EscalationAtLeast(_) => ("it cannot be reached".into(), String::new()),
        }
    }

    /// Whether anything in the scenario can hurt the asset: an incident that can
    /// start targets it, or its service can be lowered (stages, effects, cascades).
    pub(super) fn threatened(&self, s: &Scenario, a: usize) -> bool {
        self.min_service[a] < s.def.assets[a].service as f64
            || (0..s.def.incidents.len()).any(|i| self.incident_live[i] && s.incident_target[i] == a)
    }

    /// Why an objective can only be lost by the players' own hand, if so.
    pub(super) fn objective_trivial(&self, s: &Scenario, c: &ConditionIx) -> Option<(String, String)> {
        let def = &s.def;
        let hint = "if the threat should put it at risk, make the stages that hit it (or what it depends on) do more damage, lower cascade_slack, or ask for more; as it is, only the players' own Isolate (service capped at 50) or repeated Harden (-5 each) can lose it";
        match *c {
            ConditionIx::ServiceNeverBelow { asset, min } if self.min_service[asset] >= min as f64 => Some((
                format!(
                    "nothing in the scenario can take `{}` below {min} (incidents, injects and cascades take it down to {:.0} at worst)",
                    def.assets[asset].id, self.min_service[asset]
                ),
                hint.into(),
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
                let whose = nation.map_or_else(String::new, |n| format!("{} ", def.nations[n].short));
                (w > 0.0 && low >= min as f64).then(|| {
                    (
                        format!(
                            "nothing in the scenario can take the {whose}{} sector below {min} (incidents, injects and cascades take it down to {low:.0} at worst)",
                            sector.label()
                        ),
                        hint.into(),
                    )
                })
            }
            _ => None,
        }
    }

    pub(super) fn objective_impossible(&self, s: &Scenario, c: &ConditionIx) -> Option<(String, String)> {
        let def = &s.def;
        match *c {
            ConditionIx::ActionTaken { action, .. } => {
                self.family_block(s, action, None).map(|b| (format!("{} can never be taken: {}", action.label(), b.why), b.hint))
            }
            ConditionIx::Attributed { incident, .. } | ConditionIx::Contained { incident, .. } if !self.incident_live[incident] => Some((
                format!("incident `{}` never starts", def.incidents[incident].id),
                "start the incident with a start_turn or from an inject that can fire, or judge an incident that runs".into(),
            )),
            _ => None,
        }
    }

    /// Why `family` can never be taken (by `nation`, or by anyone), if it can't.
    pub(super) fn family_block(
        &self,
        s: &Scenario,
        family: ActionKindName,
        nation: Option<usize>,
    ) -> Option<Block> {
        use ActionKindName as K;
        let def = &s.def;
        let nations: Vec<usize> = nation.map_or_else(|| (0..def.nations.len()).collect(), |n| vec![n]);
        let whose = nation
            .map_or_else(|| "no agency".to_string(), |n| format!("no agency of {}", def.nations[n].short));
        if let Some(skill) = family.skill()
            && !nations.iter().any(|&n| has_skill(s, n, skill))
        {
            return Some(Block {
                why: format!("{whose} has the {} skill", skill.label()),
                hint: format!(
                    "give an agency the {} skill (e.g. `skills: {{{}: 60}}`), or leave the family out of the exercise's objectives and injects",
                    skill.label(),
                    skill.label()
                ),
                place: Place::Nations,
            });
        }
        match family {
            K::Harden | K::Isolate | K::Restore => {
                let able = nations.iter().any(|&n| has_skill(s, n, Skill::Defense) && s.asset_nation.contains(&n));
                (!able).then(|| Block {
                    why: "no nation with a Defense agency owns an asset".into(),
                    hint: "only an asset's owner can harden, isolate or restore it: give the owner of an asset a Defense agency".into(),
                    place: Place::Assets,
                })
            }
            K::MilitaryCooperation => def.assets.is_empty().then(|| Block {
                why: "there are no assets to hunt on".into(),
                hint: "add assets".into(),
                place: Place::Assets,
            }),
            K::RequestAssistance if def.third_states.is_empty() => Some(Block {
                why: "there are no third states to ask".into(),
                hint: "add a third_states entry and set the origin of the actors operating from it".into(),
                place: Place::ThirdStates,
            }),
            K::Hotline if !self.hotline => Some(Block {
                why: "the scenario gives no hotline calls (rules.hotline_calls is 0 and no inject that can fire adds one)".into(),
                hint: "set rules.hotline_calls above 0, or add a HotlineCall effect".into(),
                place: Place::HotlineCalls,
            }),
            K::ShareIntel | K::Investigate | K::JointInvestigation | K::AttributePublicly | K::RequestAssistance
                if !self.incident_live.iter().any(|&l| l) =>
            {
                Some(Block {
                    why: "no incident ever starts".into(),
                    hint: "give an incident a start_turn".into(),
                    place: Place::Incidents,
                })
            }
            _ => None,
        }
    }
}

// --- locating warnings ----------------------------------------------------------------------------
