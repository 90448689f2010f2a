//! How the after-action report judges an exercise: a fixed, documented table
//! of rules (HSEEP core capabilities) that turns the score and the state into
//! strengths, areas for improvement and an improvement plan with owners.

use crate::i18n::Lang;
use crate::narrate::labels;
use crate::scenario::{Condition, Scenario, Sector, Skill, Text as Prose};
use crate::sim::{Exercise, Score, Status};
use crate::tr;

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

/// A core capability of HSEEP that a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capability {
    OperationalCoordination,
    Forensics,
    Cybersecurity,
    Infrastructure,
    Planning,
    IntelligenceSharing,
}

impl Capability {
    pub fn name(self, l: Lang) -> String {
        match self {
            Capability::OperationalCoordination => tr!(l, "capability-operational-coordination"),
            Capability::Forensics => tr!(l, "capability-forensics"),
            Capability::Cybersecurity => tr!(l, "capability-cybersecurity"),
            Capability::Infrastructure => tr!(l, "capability-infrastructure"),
            Capability::Planning => tr!(l, "capability-planning"),
            Capability::IntelligenceSharing => tr!(l, "capability-intelligence-sharing"),
        }
    }
}

/// The capability element a corrective action strengthens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    Planning,
    Organization,
    Equipment,
    Training,
}

impl Element {
    pub fn name(self, l: Lang) -> String {
        match self {
            Element::Planning => tr!(l, "element-planning"),
            Element::Organization => tr!(l, "element-organization"),
            Element::Equipment => tr!(l, "element-equipment"),
            Element::Training => tr!(l, "element-training"),
        }
    }
}

/// When a corrective action is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Days(u32),
    NextExercise,
}

impl Due {
    pub fn text(self, l: Lang) -> String {
        match self {
            Due::Days(days) => tr!(l, "due-days", days = days),
            Due::NextExercise => tr!(l, "due-next-exercise"),
        }
    }
}

/// Which rule: its words (measure, thresholds, corrective action) are messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleId {
    Trust,
    Attribution,
    Containment,
    Continuity,
    Escalation,
    Loss,
    Objectives,
    Sharing,
    Hotline,
}

/// A rule's words in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleText {
    pub measure: String,
    pub strength_when: String,
    pub improve_when: String,
    pub corrective_action: String,
}

impl RuleId {
    /// The rule's words in `l`; the scenario names its hotline.
    pub fn text(self, l: Lang, s: &Scenario) -> RuleText {
        let channel = s.hotline_name(l);
        let t = |measure, strength_when, improve_when, corrective_action| RuleText {
            measure,
            strength_when,
            improve_when,
            corrective_action,
        };
        match self {
            RuleId::Trust => t(
                tr!(l, "rule-trust"),
                tr!(l, "rule-trust.strength"),
                tr!(l, "rule-trust.improve"),
                tr!(l, "rule-trust.action"),
            ),
            RuleId::Attribution => t(
                tr!(l, "rule-attribution"),
                tr!(l, "rule-attribution.strength"),
                tr!(l, "rule-attribution.improve"),
                tr!(l, "rule-attribution.action"),
            ),
            RuleId::Containment => t(
                tr!(l, "rule-containment"),
                tr!(l, "rule-containment.strength"),
                tr!(l, "rule-containment.improve"),
                tr!(l, "rule-containment.action"),
            ),
            RuleId::Continuity => t(
                tr!(l, "rule-continuity"),
                tr!(l, "rule-continuity.strength"),
                tr!(l, "rule-continuity.improve"),
                tr!(l, "rule-continuity.action"),
            ),
            RuleId::Escalation => t(
                tr!(l, "rule-escalation"),
                tr!(l, "rule-escalation.strength"),
                tr!(l, "rule-escalation.improve"),
                tr!(l, "rule-escalation.action", channel = channel.as_str()),
            ),
            RuleId::Loss => t(
                tr!(l, "rule-loss"),
                tr!(l, "rule-loss.strength"),
                tr!(l, "rule-loss.improve"),
                tr!(l, "rule-loss.action"),
            ),
            RuleId::Objectives => t(
                tr!(l, "rule-objectives"),
                tr!(l, "rule-objectives.strength"),
                tr!(l, "rule-objectives.improve"),
                tr!(l, "rule-objectives.action"),
            ),
            RuleId::Sharing => t(
                tr!(l, "rule-sharing"),
                tr!(l, "rule-sharing.strength"),
                tr!(l, "rule-sharing.improve"),
                tr!(l, "rule-sharing.action"),
            ),
            RuleId::Hotline => t(
                tr!(l, "rule-hotline"),
                tr!(l, "rule-hotline.strength"),
                tr!(l, "rule-hotline.improve"),
                tr!(l, "rule-hotline.action", channel = channel.as_str()),
            ),
        }
    }
}

/// One rule of the strengths / areas-for-improvement table; its words are
/// [`RuleId::text`], in any language.
pub struct Rule {
    pub id: RuleId,
    pub core_capability: Capability,
    value: fn(&Facts) -> Option<f64>,
    format: fn(f64) -> String,
    strength: fn(f64, &Facts) -> bool,
    improve: fn(f64, &Facts) -> bool,
    pub capability_element: Element,
    /// The skill of the agencies responsible for the corrective action.
    pub skill: Skill,
    pub due: Due,
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
        id: RuleId::Trust,
        core_capability: Capability::OperationalCoordination,
        value: |f| Some(f.score.trust),
        format: whole,
        strength: |v, _| v >= 70.0,
        improve: |v, _| v < 50.0,
        capability_element: Element::Planning,
        skill: Skill::Diplomacy,
        due: Due::Days(90),
    },
    Rule {
        id: RuleId::Attribution,
        core_capability: Capability::Forensics,
        value: |f| Some(f.score.attribution),
        format: pct,
        strength: |v, _| v >= 75.0,
        improve: |v, _| v < 50.0,
        capability_element: Element::Organization,
        skill: Skill::Investigation,
        due: Due::Days(60),
    },
    Rule {
        id: RuleId::Containment,
        core_capability: Capability::Cybersecurity,
        value: |f| Some(f.score.containment),
        format: pct,
        strength: |v, _| v >= 75.0,
        improve: |v, _| v < 50.0,
        capability_element: Element::Organization,
        skill: Skill::Military,
        due: Due::Days(90),
    },
    Rule {
        id: RuleId::Continuity,
        core_capability: Capability::Infrastructure,
        value: |f| Some(f.score.continuity),
        format: pct,
        strength: |v, _| v >= 90.0,
        improve: |v, _| v < 75.0,
        capability_element: Element::Equipment,
        skill: Skill::Defense,
        due: Due::Days(180),
    },
    Rule {
        id: RuleId::Escalation,
        core_capability: Capability::OperationalCoordination,
        value: |f| Some(f.score.peak_level as f64),
        format: whole,
        strength: |v, _| v <= 2.0,
        improve: |v, _| v >= 4.0,
        capability_element: Element::Planning,
        skill: Skill::Diplomacy,
        due: Due::Days(60),
    },
    Rule {
        id: RuleId::Loss,
        core_capability: Capability::Cybersecurity,
        value: |f| Some(f.score.loss_avoided),
        format: pct,
        strength: |v, _| v >= 80.0,
        improve: |v, _| v < 50.0,
        capability_element: Element::Equipment,
        skill: Skill::Defense,
        due: Due::Days(90),
    },
    Rule {
        id: RuleId::Objectives,
        core_capability: Capability::Planning,
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
        capability_element: Element::Planning,
        skill: Skill::Diplomacy,
        due: Due::NextExercise,
    },
    Rule {
        id: RuleId::Sharing,
        core_capability: Capability::IntelligenceSharing,
        value: |f| (f.known > 0).then_some(f.unshared as f64),
        format: whole,
        strength: |v, _| v == 0.0,
        improve: |v, _| v >= 1.0,
        capability_element: Element::Planning,
        skill: Skill::Intelligence,
        due: Due::Days(30),
    },
    Rule {
        id: RuleId::Hotline,
        core_capability: Capability::OperationalCoordination,
        value: |f| Some(f.hotline_calls as f64),
        format: whole,
        strength: |v, _| v >= 1.0,
        improve: |v, f| v == 0.0 && f.score.peak_level >= 3,
        capability_element: Element::Training,
        skill: Skill::Diplomacy,
        due: Due::Days(60),
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
    pub fn label(self, l: Lang) -> String {
        match self {
            Rating::Strength => tr!(l, "rating-strength"),
            Rating::AreaForImprovement => tr!(l, "rating-improve"),
            Rating::Observed => tr!(l, "rating-observed"),
        }
    }
}

/// One judged finding (from a rule, a sector or an unmet objective), in the
/// language it was judged in.
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
fn leads(l: Lang, s: &Scenario, skill: Skill, nations: &[usize]) -> String {
    let all: Vec<usize> = (0..s.nations()).collect();
    let nations = if nations.is_empty() { &all[..] } else { nations };
    let mut out = Vec::new();
    for &n in nations {
        let level = |g: &crate::scenario::AgencyDef| g.skills.get(&skill).copied().unwrap_or(0);
        if let Some((agency, _)) = s.def.nations[n]
            .agencies
            .iter()
            .enumerate()
            .filter(|(_, g)| level(g) > 0)
            .max_by_key(|(_, g)| level(g))
        {
            let name = s.text(l, Prose::Agency { nation: n, agency });
            out.push(tr!(l, "finding-lead", agency = name, nation = s.text(l, Prose::NationShort(n))));
        }
    }
    if out.is_empty() { tr!(l, "finding-planning-team") } else { out.join("; ") }
}

/// The rating a rule gives value `v`.
fn rate(r: &Rule, v: f64, f: &Facts) -> Rating {
    if (r.improve)(v, f) {
        Rating::AreaForImprovement
    } else if (r.strength)(v, f) {
        Rating::Strength
    } else {
        Rating::Observed
    }
}

/// Every finding in `l`: one per rule (rated or merely observed), then weak
/// sectors, then unmet objectives.
pub fn findings(l: Lang, ex: &Exercise) -> Vec<Finding> {
    let s = ex.scenario();
    let f = Facts::of(ex);
    let mut out = Vec::new();
    for r in &RULES {
        let Some(v) = (r.value)(&f) else { continue };
        let rating = rate(r, v, &f);
        let text = r.id.text(l, s);
        let value = (r.format)(v);
        let (measure, shown) = (text.measure.as_str(), value.as_str());
        let observation = match rating {
            Rating::Strength => {
                tr!(l, "finding-strength-when", measure = measure, value = shown, when = &text.strength_when)
            }
            Rating::AreaForImprovement => {
                tr!(l, "finding-improve-when", measure = measure, value = shown, when = &text.improve_when)
            }
            Rating::Observed => tr!(l, "finding-observed", measure = measure, value = shown),
        };
        out.push(Finding {
            rating,
            core_capability: r.core_capability.name(l),
            observation,
            value,
            corrective_action: text.corrective_action,
            capability_element: r.capability_element.name(l),
            responsible: leads(l, s, r.skill, &[]),
            due: r.due.text(l),
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
            let name = labels::sector(l, sector);
            let (value, floor) = (format!("{v:.0}%"), format!("{SECTOR_FLOOR:.0}%"));
            out.push(Finding {
                rating: Rating::AreaForImprovement,
                core_capability: Capability::Infrastructure.name(l),
                observation: tr!(l, "finding-sector", sector = &name, value = &value, floor = floor),
                value,
                corrective_action: tr!(l, "finding-sector-action", sector = name.to_lowercase()),
                capability_element: Element::Equipment.name(l),
                responsible: leads(l, s, Skill::Defense, &owners),
                due: Due::Days(180).text(l),
            });
        }
    }
    for ((k, o), met) in s.def.objectives.iter().enumerate().zip(Score::objectives(ex)) {
        if met {
            continue;
        }
        let (cap, skill, nations, action) = objective_plan(l, s, &o.condition);
        out.push(Finding {
            rating: Rating::AreaForImprovement,
            core_capability: cap.name(l),
            observation: tr!(l, "finding-objective", objective = s.text(l, Prose::Objective(k))),
            value: String::new(),
            corrective_action: action,
            capability_element: Element::Planning.name(l),
            responsible: leads(l, s, skill, &nations),
            due: Due::NextExercise.text(l),
        });
    }
    out
}

/// Core capability, responsible skill, nations and corrective action for an unmet objective.
fn objective_plan(l: Lang, s: &Scenario, c: &Condition) -> (Capability, Skill, Vec<usize>, String) {
    let asset = |id: &str| {
        s.asset_ix
            .get(id)
            .map(|&a| (s.text(l, Prose::Asset(a)).to_string(), vec![s.asset_nation[a]]))
            .unwrap_or((id.to_string(), vec![]))
    };
    let incident = |id: &str| {
        s.incident_ix.get(id).map_or(id.to_string(), |&i| s.text(l, Prose::Incident(i)).to_string())
    };
    // Turns count from 1: 0 stands for "no deadline" in the messages.
    let by = |t: &Option<u32>| t.unwrap_or(0);
    use Capability as C;
    match c {
        Condition::ServiceNeverBelow { asset: a, min } | Condition::ServiceBelow { asset: a, level: min } => {
            let (name, n) = asset(a);
            (C::Infrastructure, Skill::Defense, n, tr!(l, "plan-keep-service", asset = name, min = *min))
        }
        Condition::SectorServiceAtEnd { sector, nation, min } => {
            let n = nation.as_ref().and_then(|n| s.nation_ix.get(n).copied()).into_iter().collect();
            let sector = labels::sector(l, *sector).to_lowercase();
            (C::Infrastructure, Skill::Defense, n, tr!(l, "plan-sector-service", sector = sector, min = *min))
        }
        Condition::Attributed { incident: i, by_turn } => {
            let action = tr!(l, "plan-attribute", incident = incident(i), turn = by(by_turn));
            (C::Forensics, Skill::Investigation, vec![], action)
        }
        Condition::Contained { incident: i, by_turn } => {
            let action = tr!(l, "plan-contain", incident = incident(i), turn = by(by_turn));
            (C::Cybersecurity, Skill::Investigation, vec![], action)
        }
        Condition::EscalationNeverAbove(lv) | Condition::EscalationReached(lv) => {
            (C::OperationalCoordination, Skill::Diplomacy, vec![], tr!(l, "plan-escalation", level = *lv))
        }
        Condition::TrustAtEnd(v) | Condition::TrustBelow(v) => (
            C::OperationalCoordination,
            Skill::Diplomacy,
            vec![],
            tr!(l, "plan-trust", trust = v.to_string()),
        ),
        Condition::DataStolenAtMost(_) | Condition::IpStolenAtMost(_) => {
            (C::Cybersecurity, Skill::Defense, vec![], tr!(l, "plan-theft"))
        }
        Condition::ActionTaken { action, by_turn } => {
            let label = action.label_in(l);
            let text = tr!(l, "plan-action", action = label, turn = by(by_turn));
            (C::OperationalCoordination, action.skill().unwrap_or(Skill::Diplomacy), vec![], text)
        }
        Condition::SharedWith { nation, by_turn } => {
            let n = s.nation_ix.get(nation).copied();
            let name = n.map_or(nation.to_string(), |n| s.text(l, Prose::NationShort(n)).to_string());
            // The allies who owe the sharing: everyone but the nation itself.
            let others = (0..s.nations()).filter(|&o| Some(o) != n).collect();
            let text = tr!(l, "plan-share-with", nation = name, turn = by(by_turn));
            (C::IntelligenceSharing, Skill::Intelligence, others, text)
        }
        Condition::AttributedJointly { incident: i, by_turn } => {
            let action = tr!(l, "plan-attribute-jointly", incident = incident(i), turn = by(by_turn));
            (C::OperationalCoordination, Skill::Diplomacy, vec![], action)
        }
    }
}

/// One row of the rules table: the rule's words, and its value and verdict in this exercise.
pub(super) fn rule_rows(l: Lang, ex: &Exercise) -> Vec<(Capability, RuleText, String)> {
    let f = Facts::of(ex);
    RULES
        .iter()
        .map(|r| {
            let shown = match (r.value)(&f) {
                None => tr!(l, "finding-not-applicable"),
                Some(v) => {
                    let verdict = match rate(r, v, &f) {
                        Rating::Observed => tr!(l, "rating-neither"),
                        rated => rated.label(l),
                    };
                    tr!(l, "finding-verdict", value = (r.format)(v), verdict = verdict)
                }
            };
            (r.core_capability, r.id.text(l, ex.scenario()), shown)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::PolicyName;

    #[test]
    fn passive_play_yields_areas_for_improvement_with_owners() {
        let f = findings(Lang::En, &crate::report::played_flagship(PolicyName::Passive, 7));
        let afi: Vec<_> = f.iter().filter(|f| f.rating == Rating::AreaForImprovement).collect();
        assert!(!afi.is_empty());
        assert!(afi.iter().all(|f| !f.responsible.is_empty() && !f.corrective_action.is_empty()));
    }
}
