//! How the after-action report judges an exercise: a fixed, documented table
//! of rules (HSEEP core capabilities) that turns the score and the state into
//! strengths, areas for improvement and an improvement plan with owners.

use crate::scenario::{Condition, Scenario, Sector, Skill};
use crate::sim::{Exercise, Score, Status};

// --- facts ----------------------------------------------------------------------------

/// What the rules judge, computed once from the exercise.
#[derive(Debug, Clone)]
pub struct Facts {
    pub score: Score,
    /// Incidents a nation knew of but never shared, counted per (incident, nation).
    pub unshared: usize,
    /// Incidents some nation knew of.
    pub known: usize,
    pub hotline_calls: u32,
}

impl Facts {
    pub fn of(ex: &Exercise) -> Facts {
        let st = ex.state();
        let n = ex.scenario().nations();
        let partners = n > 1;
        let unshared = st
            .incidents
            .iter()
            .map(|inc| {
                (0..n)
                    .filter(|&k| {
                        partners && inc.known_by[k] && !inc.shared_by[k] && !inc.known_by.iter().all(|&b| b)
                    })
                    .count()
            })
            .sum();
        let known = st
            .incidents
            .iter()
            .filter(|inc| inc.status != Status::Dormant && inc.known_by.iter().any(|&b| b))
            .count();
        Facts { score: Score::of(ex), unshared, known, hotline_calls: st.hotline.calls_made }
    }
}

/// One rule of the strengths / areas-for-improvement table.
pub struct Rule {
    pub measure: &'static str,
    pub core_capability: &'static str,
    pub strength_when: &'static str,
    pub improve_when: &'static str,
    value: fn(&Facts) -> Option<f64>,
    format: fn(f64) -> String,
    strength: fn(f64, &Facts) -> bool,
    improve: fn(f64, &Facts) -> bool,
    pub corrective_action: &'static str,
    pub capability_element: &'static str,
    /// The skill of the agencies responsible for the corrective action.
    pub skill: Skill,
    pub due: &'static str,
}

fn pct(v: f64) -> String {
    format!("{v:.0}%")
}
fn whole(v: f64) -> String {
    format!("{v:.0}")
}

/// The rules, in the order they are reported.
pub static RULES: [Rule; 9] = [
    Rule {
        measure: "Alliance trust at the end",
        core_capability: "Operational Coordination",
        strength_when: "≥ 70",
        improve_when: "< 50",
        value: |f| Some(f.score.trust),
        format: whole,
        strength: |v, _| v >= 70.0,
        improve: |v, _| v < 50.0,
        corrective_action: "Hold Cyber Policy Consultations before the next exercise; agree what each side shares, when and through whom, so that neither withholds what later proves critical.",
        capability_element: "Planning",
        skill: Skill::Diplomacy,
        due: "90 days",
    },
    Rule {
        measure: "Incidents attributed",
        core_capability: "Forensics and Attribution",
        strength_when: "≥ 75%",
        improve_when: "< 50%",
        value: |f| Some(f.score.attribution),
        format: pct,
        strength: |v, _| v >= 75.0,
        improve: |v, _| v < 50.0,
        corrective_action: "Open joint investigations as soon as an incident is detected and keep both investigative agencies committed; pre-agree evidence exchange between the two legal systems.",
        capability_element: "Organization",
        skill: Skill::Investigation,
        due: "60 days",
    },
    Rule {
        measure: "Incidents contained or resolved",
        core_capability: "Cybersecurity",
        strength_when: "≥ 75%",
        improve_when: "< 50%",
        value: |f| Some(f.score.containment),
        format: pct,
        strength: |v, _| v >= 75.0,
        improve: |v, _| v < 50.0,
        corrective_action: "Arrange mil-to-mil joint hunts in advance through the Cyber Cooperation Working Group and pair them with investigations on the assets under attack.",
        capability_element: "Organization",
        skill: Skill::Military,
        due: "90 days",
    },
    Rule {
        measure: "Service continuity (population-weighted, all turns)",
        core_capability: "Infrastructure Systems",
        strength_when: "≥ 90%",
        improve_when: "< 75%",
        value: |f| Some(f.score.continuity),
        format: pct,
        strength: |v, _| v >= 90.0,
        improve: |v, _| v < 75.0,
        corrective_action: "Harden and segment the most depended-on assets first, isolate an asset before its intruder reaches impact, and rehearse restoration with the operators.",
        capability_element: "Equipment",
        skill: Skill::Defense,
        due: "180 days",
    },
    Rule {
        measure: "Peak escalation level",
        core_capability: "Operational Coordination",
        strength_when: "≤ 2",
        improve_when: "≥ 4",
        value: |f| Some(f.score.peak_level as f64),
        format: whole,
        strength: |v, _| v <= 2.0,
        improve: |v, _| v >= 4.0,
        corrective_action: "Agree escalation thresholds that trigger a White House–Blue House hotline call, and coordinate public messaging to keep alarm down.",
        capability_element: "Planning",
        skill: Skill::Diplomacy,
        due: "60 days",
    },
    Rule {
        measure: "Loss of data and IP avoided",
        core_capability: "Cybersecurity",
        strength_when: "≥ 80%",
        improve_when: "< 50%",
        value: |f| Some(f.score.loss_avoided),
        format: pct,
        strength: |v, _| v >= 80.0,
        improve: |v, _| v < 50.0,
        corrective_action: "Raise monitoring on data and IP holders (R&D investment, shared indicators) and isolate them when an exfiltration stage is near.",
        capability_element: "Equipment",
        skill: Skill::Defense,
        due: "90 days",
    },
    Rule {
        measure: "Objectives met",
        core_capability: "Planning",
        strength_when: "≥ 75%",
        improve_when: "< 50%",
        value: |f| {
            Some(if f.score.objectives_total == 0 {
                100.0
            } else {
                100.0 * f.score.objectives_met as f64 / f.score.objectives_total as f64
            })
        },
        format: pct,
        strength: |v, _| v >= 75.0,
        improve: |v, _| v < 50.0,
        corrective_action: "Review each unmet objective with the planning team: find the decision point in the timeline where it was lost and assign an owner for it.",
        capability_element: "Planning",
        skill: Skill::Diplomacy,
        due: "Before the next exercise",
    },
    Rule {
        measure: "Known incidents a nation never shared with its partners",
        core_capability: "Intelligence and Information Sharing",
        strength_when: "0, with incidents known",
        improve_when: "≥ 1",
        value: |f| (f.known > 0).then_some(f.unshared as f64),
        format: whole,
        strength: |v, _| v == 0.0,
        improve: |v, _| v >= 1.0,
        corrective_action: "Adopt a share-on-detection rule: indicators of any intrusion on critical infrastructure go to the partner within one turn (four hours) of detection.",
        capability_element: "Planning",
        skill: Skill::Intelligence,
        due: "30 days",
    },
    Rule {
        measure: "Hotline calls made",
        core_capability: "Operational Coordination",
        strength_when: "≥ 1",
        improve_when: "0 while escalation reached level 3 or more",
        value: |f| Some(f.hotline_calls as f64),
        format: whole,
        strength: |v, _| v >= 1.0,
        improve: |v, f| v == 0.0 && f.score.peak_level >= 3,
        corrective_action: "Exercise the White House–Blue House coordination channel: name who may call, and when, before a crisis reaches level 3.",
        capability_element: "Training",
        skill: Skill::Diplomacy,
        due: "60 days",
    },
];

/// Sector continuity under this is an area for improvement (one finding per sector).
pub const SECTOR_FLOOR: f64 = 60.0;

/// Strength, area for improvement, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Strength,
    AreaForImprovement,
    Observed,
}

impl Rating {
    pub fn label(self) -> &'static str {
        match self {
            Rating::Strength => "Strength",
            Rating::AreaForImprovement => "Area for improvement",
            Rating::Observed => "Observed",
        }
    }
}

/// One judged finding (from a rule, a sector or an unmet objective).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rating: Rating,
    pub core_capability: String,
    /// What was measured and found.
    pub observation: String,
    /// The value as shown in the rules table ("" for sector/objective findings).
    pub value: String,
    pub corrective_action: String,
    pub capability_element: String,
    pub responsible: String,
    pub due: String,
}

/// The agency with the best `skill` in each of `nations` (all when empty), as "Name (SHORT)".
fn leads(s: &Scenario, skill: Skill, nations: &[usize]) -> String {
    let all: Vec<usize> = (0..s.nations()).collect();
    let nations = if nations.is_empty() { &all[..] } else { nations };
    let mut out = Vec::new();
    for &n in nations {
        let nd = &s.def.nations[n];
        if let Some(g) = nd
            .agencies
            .iter()
            .filter(|g| g.skills.get(&skill).copied().unwrap_or(0) > 0)
            .max_by_key(|g| g.skills.get(&skill).copied().unwrap_or(0))
        {
            out.push(format!("{} ({})", g.name, nd.short));
        }
    }
    if out.is_empty() { "Exercise planning team".to_string() } else { out.join("; ") }
}

/// Every finding: one per rule (rated or merely observed), then weak sectors,
/// then unmet objectives.
pub fn findings(ex: &Exercise) -> Vec<Finding> {
    let s = ex.scenario();
    let f = Facts::of(ex);
    let mut out = Vec::new();
    for r in &RULES {
        let Some(v) = (r.value)(&f) else { continue };
        let rating = if (r.improve)(v, &f) {
            Rating::AreaForImprovement
        } else if (r.strength)(v, &f) {
            Rating::Strength
        } else {
            Rating::Observed
        };
        let when = match rating {
            Rating::Strength => format!(" (strength when {})", r.strength_when),
            Rating::AreaForImprovement => format!(" (area for improvement when {})", r.improve_when),
            Rating::Observed => String::new(),
        };
        out.push(Finding {
            rating,
            core_capability: r.core_capability.into(),
            observation: format!("{}: {}{when}", r.measure, (r.format)(v)),
            value: (r.format)(v),
            corrective_action: r.corrective_action.into(),
            capability_element: r.capability_element.into(),
            responsible: leads(s, r.skill, &[]),
            due: r.due.into(),
        });
    }
    for (k, v) in f.score.sector_continuity.iter().enumerate() {
        if let Some(v) = *v
            && v < SECTOR_FLOOR
        {
            let sector = Sector::ALL[k];
            let owners: Vec<usize> = {
                let mut o: Vec<usize> = s
                    .def
                    .assets
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.sector == sector)
                    .map(|(i, _)| s.asset_nation[i])
                    .collect();
                o.sort();
                o.dedup();
                o
            };
            out.push(Finding {
                rating: Rating::AreaForImprovement,
                core_capability: "Infrastructure Systems".into(),
                observation: format!("{} sector continuity: {v:.0}% (area for improvement when < {SECTOR_FLOOR:.0}%)", sector.label()),
                value: format!("{v:.0}%"),
                corrective_action: format!("Review the {} sector's dependencies and restoration plan with its operators; harden its assets and the ones they depend on.", sector.label().to_lowercase()),
                capability_element: "Equipment".into(),
                responsible: leads(s, Skill::Defense, &owners),
                due: "180 days".into(),
            });
        }
    }
    for ((o, met), _) in s.def.objectives.iter().zip(Score::objectives(ex)).zip(0..) {
        if met {
            continue;
        }
        let (cap, skill, nations, action) = objective_plan(s, &o.condition);
        out.push(Finding {
            rating: Rating::AreaForImprovement,
            core_capability: cap.into(),
            observation: format!("Objective not met: {}", o.text),
            value: String::new(),
            corrective_action: action,
            capability_element: "Planning".into(),
            responsible: leads(s, skill, &nations),
            due: "Before the next exercise".into(),
        });
    }
    out
}

/// Core capability, responsible skill, nations and corrective action for an unmet objective.
fn objective_plan(s: &Scenario, c: &Condition) -> (&'static str, Skill, Vec<usize>, String) {
    let asset = |id: &str| {
        s.asset_ix
            .get(id)
            .map(|&a| (s.def.assets[a].name.clone(), vec![s.asset_nation[a]]))
            .unwrap_or((id.to_string(), vec![]))
    };
    let incident =
        |id: &str| s.incident_ix.get(id).map_or(id.to_string(), |&i| s.def.incidents[i].name.clone());
    let by = |t: &Option<u32>| t.map_or(String::new(), |t| format!(" by turn {t}"));
    match c {
        Condition::ServiceNeverBelow { asset: a, min } | Condition::ServiceBelow { asset: a, level: min } => {
            let (name, n) = asset(a);
            ("Infrastructure Systems", Skill::Defense, n, format!("Keep {name} at or above {min}% service: harden it and what it depends on early, isolate it before impact and restore it promptly."))
        }
        Condition::SectorServiceAtEnd { sector, nation, min } => {
            let n = nation.as_ref().and_then(|n| s.nation_ix.get(n).copied()).into_iter().collect();
            ("Infrastructure Systems", Skill::Defense, n, format!("Bring the {} sector back to {min}% by the end: plan restoration order and crews before the crisis.", sector.label().to_lowercase()))
        }
        Condition::Attributed { incident: i, by_turn } => (
            "Forensics and Attribution",
            Skill::Investigation,
            vec![],
            format!("Attribute {}{}: open a joint investigation on detection and keep both investigative agencies on it.", incident(i), by(by_turn)),
        ),
        Condition::Contained { incident: i, by_turn } => (
            "Cybersecurity",
            Skill::Investigation,
            vec![],
            format!("Contain {}{}: joint investigation plus a mil-to-mil hunt on the targeted asset.", incident(i), by(by_turn)),
        ),
        Condition::EscalationNeverAbove(l) | Condition::EscalationReached(l) => (
            "Operational Coordination",
            Skill::Diplomacy,
            vec![],
            format!("Keep escalation at or below level {l}: call the hotline when impact begins and coordinate public statements."),
        ),
        Condition::TrustAtEnd(v) | Condition::TrustBelow(v) => (
            "Operational Coordination",
            Skill::Diplomacy,
            vec![],
            format!("End with alliance trust of {v} or more: share on detection, investigate jointly, hold policy consultations."),
        ),
        Condition::DataStolenAtMost(_) | Condition::IpStolenAtMost(_) => (
            "Cybersecurity",
            Skill::Defense,
            vec![],
            "Limit theft: detect earlier (R&D, shared indicators) and isolate data and IP holders under attack.".to_string(),
        ),
        Condition::ActionTaken { action, by_turn } => (
            "Operational Coordination",
            action.skill().unwrap_or(Skill::Diplomacy),
            vec![],
            format!("Take the action \"{}\"{}: assign it to a named agency in the plan.", action.label(), by(by_turn)),
        ),
    }
}

/// (rule texts, value and verdict in this exercise) for the rules table.
pub(super) fn rule_rows(
    ex: &Exercise,
) -> Vec<((&'static str, &'static str, &'static str, &'static str), String)> {
    let f = Facts::of(ex);
    RULES
        .iter()
        .map(|r| {
            let shown = match (r.value)(&f) {
                None => "not applicable".to_string(),
                Some(v) => {
                    let verdict = if (r.improve)(v, &f) {
                        Rating::AreaForImprovement.label()
                    } else if (r.strength)(v, &f) {
                        Rating::Strength.label()
                    } else {
                        "neither"
                    };
                    format!("{} → {verdict}", (r.format)(v))
                }
            };
            ((r.measure, r.core_capability, r.strength_when, r.improve_when), shown)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::PolicyName;

    #[test]
    fn passive_play_yields_areas_for_improvement_with_owners() {
        let f = findings(&crate::report::played_flagship(PolicyName::Passive, 7));
        let afi: Vec<_> = f.iter().filter(|f| f.rating == Rating::AreaForImprovement).collect();
        assert!(!afi.is_empty());
        assert!(afi.iter().all(|f| !f.responsible.is_empty() && !f.corrective_action.is_empty()));
    }
}
