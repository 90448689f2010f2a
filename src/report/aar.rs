//! The after-action report of one exercise, in the spirit of HSEEP: overview,
//! objectives, timeline, charts, strengths and areas for improvement (judged
//! by a fixed, documented table of rules), and an improvement plan.
//!
//! [`write_aar`] writes `report.html` (self-contained, charts inlined),
//! `report.md` (with the charts as SVG files beside it) and `decisions.csv`.
//! The exercise is over when the report is written, so entries of the log the
//! players could not see are shown, marked "unseen during play".

use super::charts::{self, PALETTE, Series};
use super::{csv_row, html_escape, html_page};
use crate::save::{Overwrite, write_file};
use crate::scenario::{Condition, Scenario, Sector, Skill};
use crate::sim::actions::skill_for;
use crate::sim::{ActionKind, AdjudicationTarget, Decision, Exercise, LogKind, Score, Status};
use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// The section headings, in order, identical in HTML and Markdown.
pub const SECTIONS: [&str; 6] = [
    "Exercise overview",
    "Objectives",
    "Timeline of injects and decisions",
    "Service, escalation and trust over time",
    "Strengths and areas for improvement",
    "Improvement plan",
];

/// Header of `decisions.csv`.
pub const DECISIONS_HEADER: &str = "turn,nation,decision,rationale";

/// Chart files written beside `report.md` (the HTML inlines them).
pub const CHART_FILES: [&str; 3] = ["aar_service.svg", "aar_escalation.svg", "aar_trust.svg"];

/// Text shown for log entries that were secret during play.
pub const UNSEEN: &str = "unseen during play";

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
        let st = &ex.state;
        let n = ex.scenario.nations();
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
    let s = &*ex.scenario;
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
            skill_for(*action).unwrap_or(Skill::Diplomacy),
            vec![],
            format!("Take the action \"{}\"{}: assign it to a named agency in the plan.", action.label(), by(by_turn)),
        ),
    }
}

// --- decisions ---------------------------------------------------------------------

/// A decision in words, with the nation it concerns ("" for facilitator and room decisions).
pub fn describe_decision(s: &Scenario, d: &Decision) -> (String, String) {
    let incident =
        |id: &str| s.incident_ix.get(id).map_or(id.to_string(), |&i| s.def.incidents[i].name.clone());
    let asset = |id: &str| s.asset_ix.get(id).map_or(id.to_string(), |&i| s.def.assets[i].name.clone());
    let nation = |id: &str| s.nation_ix.get(id).map_or(id.to_string(), |&i| s.def.nations[i].short.clone());
    let inject = |id: &str| s.inject_ix.get(id).map_or(id.to_string(), |&i| s.def.injects[i].title.clone());
    match d {
        Decision::Act { action, .. } => {
            let agency = s
                .nation_ix
                .get(&action.nation)
                .and_then(|&n| s.def.nations[n].agencies.iter().find(|g| g.id == action.agency))
                .map_or(action.agency.clone(), |g| g.name.clone());
            let what = match &action.kind {
                ActionKind::ShareIntel { incident: i, with } => {
                    format!("shares {} with {}", incident(i), nation(with))
                }
                ActionKind::Investigate(i) => format!("investigates {}", incident(i)),
                ActionKind::JointInvestigation(i) => {
                    format!("commits to a joint investigation of {}", incident(i))
                }
                ActionKind::MilitaryCooperation(a) => {
                    format!("arranges a mil-to-mil joint hunt on {}", asset(a))
                }
                ActionKind::Hotline => "calls the White House–Blue House hotline".to_string(),
                ActionKind::Harden(a) => format!("hardens {}", asset(a)),
                ActionKind::Isolate(a) => format!("isolates {}", asset(a)),
                ActionKind::Restore(a) => format!("restores {}", asset(a)),
                ActionKind::RequestAssistance { third_state, actor } => format!(
                    "asks {} for assistance against {}",
                    s.third_ix
                        .get(third_state)
                        .map_or(third_state.clone(), |&t| s.def.third_states[t].name.clone()),
                    s.actor_ix.get(actor).map_or(actor.clone(), |&a| s.def.actors[a].name.clone())
                ),
                ActionKind::AttributePublicly { incident: i, joint } => {
                    format!("attributes {} publicly{}", incident(i), if *joint { " (jointly)" } else { "" })
                }
                ActionKind::Invest(area) => format!("invests in {}", area.label()),
            };
            (nation(&action.nation), format!("{agency} {what}"))
        }
        Decision::Choose { inject: i, choice } => {
            let label = s
                .inject_ix
                .get(i)
                .and_then(|&k| s.def.injects[k].choices.get(*choice))
                .map_or(format!("option {}", choice + 1), |c| c.label.clone());
            (String::new(), format!("Room decides on \"{}\": {label}", inject(i)))
        }
        Decision::EndTurn => (String::new(), "End of turn".to_string()),
        Decision::FireInject(i) => (String::new(), format!("Facilitator fires \"{}\"", inject(i))),
        Decision::HoldInject { inject: i, hold } => (
            String::new(),
            format!("Facilitator {} \"{}\"", if *hold { "holds" } else { "releases" }, inject(i)),
        ),
        Decision::Adjudicate { target, value, reason } => {
            let what = match target {
                AdjudicationTarget::Service(a) => format!("service of {} set to {value:.0}", asset(a)),
                AdjudicationTarget::Trust => format!("alliance trust set to {value:.0}"),
                AdjudicationTarget::Escalation => format!("escalation pressure set to {value:.0}"),
                AdjudicationTarget::Stage(i) => {
                    format!("{} moved to stage {}", incident(i), *value as usize + 1)
                }
            };
            (String::new(), format!("Facilitator adjudicates: {what} — reason: {reason}"))
        }
        Decision::SkipInject(i) => {
            (String::new(), format!("Facilitator drops \"{}\" from the exercise", inject(i)))
        }
        Decision::Note { nation: n, text } => {
            (n.as_deref().map_or(String::new(), nation), format!("Note: {text}"))
        }
        // Kinds of decision added later still get a row.
        #[allow(unreachable_patterns)]
        other => (String::new(), format!("{other:?}")),
    }
}

/// Each decision with the turn it was taken on: (turn, nation, description, rationale).
pub fn decision_rows(ex: &Exercise) -> Vec<(u32, String, String, String)> {
    let mut turn = 1;
    let mut rows = Vec::new();
    for d in &ex.decisions {
        let (nation, text) = describe_decision(&ex.scenario, d);
        let rationale = match d {
            Decision::Act { rationale, .. } => rationale.trim().to_string(),
            _ => String::new(),
        };
        rows.push((turn, nation, text, rationale));
        if matches!(d, Decision::EndTurn) {
            turn += 1;
        }
    }
    rows
}

/// `decisions.csv`: a header, then one row per decision of the log, in order.
pub fn decisions_csv(ex: &Exercise) -> String {
    let mut out = format!("{DECISIONS_HEADER}\n");
    for (turn, nation, text, rationale) in decision_rows(ex) {
        out.push_str(&csv_row(&[turn.to_string(), nation, text, rationale]));
    }
    out
}

// --- timeline ------------------------------------------------------------------------

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub turn: u32,
    pub kind: LogKind,
    pub nation: String,
    pub text: String,
    pub rationale: String,
    /// Hidden from the players while the exercise ran.
    pub secret: bool,
}

/// The log without turn banners, each rationale attached to the decision it explains.
pub fn timeline(ex: &Exercise) -> Vec<TimelineEntry> {
    let s = &ex.scenario.def;
    let mut out: Vec<TimelineEntry> = Vec::new();
    for e in &ex.log {
        if e.kind == LogKind::Turn {
            continue;
        }
        if e.kind == LogKind::Decision
            && let Some(r) = e.text.trim_start().strip_prefix("rationale:")
            && let Some(last) = out.last_mut()
            && last.rationale.is_empty()
        {
            last.rationale = r.trim().to_string();
            continue;
        }
        out.push(TimelineEntry {
            turn: e.turn,
            kind: e.kind,
            nation: e.nation.and_then(|n| s.nations.get(n)).map_or(String::new(), |n| n.short.clone()),
            text: e.text.clone(),
            rationale: String::new(),
            secret: e.secret,
        });
    }
    out
}

// --- overview ------------------------------------------------------------------------

/// Score components: (name, value shown, weight in the total).
pub fn score_components(score: &Score) -> Vec<(&'static str, f64, f64)> {
    let objectives = if score.objectives_total == 0 {
        100.0
    } else {
        100.0 * score.objectives_met as f64 / score.objectives_total as f64
    };
    let calm = 100.0 - (score.peak_level.saturating_sub(1)) as f64 * 25.0;
    vec![
        ("Service continuity", score.continuity, 0.25),
        ("Calm (100 − 25 per escalation level above 1)", calm, 0.15),
        ("Alliance trust", score.trust, 0.15),
        ("Objectives met", objectives, 0.15),
        ("Containment", score.containment, 0.10),
        ("Attribution", score.attribution, 0.10),
        ("Loss avoided", score.loss_avoided, 0.10),
    ]
}

fn outcome_label(ex: &Exercise) -> &'static str {
    ex.state.outcome.map_or("In progress", |o| o.label())
}

fn end_reason(ex: &Exercise) -> String {
    ex.log
        .iter()
        .rev()
        .find(|e| e.kind == LogKind::Outcome)
        .map_or_else(|| "not finished".to_string(), |e| e.text.clone())
}

/// Overview rows (label, value), shared by both formats.
fn overview_rows(ex: &Exercise, score: &Score) -> Vec<(&'static str, String)> {
    let d = &ex.scenario.def;
    let acts = ex.decisions.iter().filter(|d| matches!(d, Decision::Act { .. })).count();
    let choices = ex.decisions.iter().filter(|d| matches!(d, Decision::Choose { .. })).count();
    let facil = ex
        .decisions
        .iter()
        .filter(|d| {
            matches!(
                d,
                Decision::FireInject(_)
                    | Decision::HoldInject { .. }
                    | Decision::SkipInject(_)
                    | Decision::Adjudicate { .. }
            )
        })
        .count();
    let notes = ex.decisions.iter().filter(|d| matches!(d, Decision::Note { .. })).count();
    let with_rationale = ex
        .decisions
        .iter()
        .filter(|d| matches!(d, Decision::Act { rationale, .. } if !rationale.trim().is_empty()))
        .count();
    let injects_fired = ex.state.injects.iter().filter(|i| i.times_fired > 0).count();
    vec![
        ("Scenario", d.title.clone()),
        ("Scenario file", ex.scenario.path.clone()),
        ("Nations", d.nations.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ")),
        ("Seed", ex.seed.to_string()),
        ("Difficulty", ex.difficulty.label().to_string()),
        ("Turns played", format!("{} of {} ({} h per turn)", ex.state.turn, d.turns, d.hours_per_turn)),
        ("Outcome", outcome_label(ex).to_string()),
        ("Final score", format!("{:.1} (success at {:.0})", score.total, d.win_score)),
        ("Objectives met", format!("{} of {}", score.objectives_met, score.objectives_total)),
        ("How it ended", end_reason(ex)),
        (
            "Decisions",
            format!(
                "{} in all: {acts} actions ({with_rationale} with a rationale), {choices} choices, {facil} facilitator decisions, {notes} notes",
                ex.decisions.len()
            ),
        ),
        ("Injects fired", format!("{injects_fired} of {}", d.injects.len())),
        ("Hotline calls", ex.state.hotline.calls_made.to_string()),
        ("Peak escalation level", score.peak_level.to_string()),
        ("Data stolen", format!("{}k records", score.data_stolen)),
        ("IP stolen", format!("${}M", score.ip_stolen)),
    ]
}

// --- charts ---------------------------------------------------------------------------

/// The three charts over the turns, as (file name, SVG).
pub fn aar_charts(ex: &Exercise) -> io::Result<Vec<(&'static str, String)>> {
    let h = &ex.history;
    let xs = |f: &dyn Fn(&crate::sim::TurnRecord) -> Option<f64>| -> Vec<(f64, f64)> {
        h.iter().enumerate().filter_map(|(i, r)| f(r).map(|v| (i as f64, v))).collect()
    };
    let mut service = Vec::new();
    let mut color = 0;
    for (k, sector) in Sector::ALL.iter().enumerate() {
        let pts = xs(&|r| r.sector_service.get(k).copied().flatten());
        if !pts.is_empty() {
            service.push(Series::new(sector.label(), PALETTE[color % PALETTE.len()], pts));
            color += 1;
        }
    }
    service.push(Series::new("All sectors", plotters::style::RGBColor(31, 36, 48), xs(&|r| Some(r.service))));
    let x_desc = "turn (0 = start of the exercise; n = end of turn n)";
    let svc = charts::lines(
        "Service by sector (population-weighted %)",
        x_desc,
        "service %",
        &service,
        (0.0, 100.0),
        &[],
    )?;
    let guides: Vec<(f64, String)> = (2..=5).map(|l| ((l - 1) as f64 * 20.0, format!("level {l}"))).collect();
    let esc = charts::lines(
        "Escalation pressure and public alarm",
        x_desc,
        "0–100",
        &[
            Series::new("Escalation pressure", charts::DEFEAT, xs(&|r| Some(r.escalation))),
            Series::new("Public alarm", charts::PARTIAL, xs(&|r| Some(r.alarm))),
        ],
        (0.0, 100.0),
        &guides,
    )?;
    let trust = charts::lines(
        "Alliance trust",
        x_desc,
        "trust",
        &[Series::new("Alliance trust", PALETTE[0], xs(&|r| Some(r.trust)))],
        (0.0, 100.0),
        &[(70.0, "strength ≥ 70".into()), (50.0, "improve < 50".into())],
    )?;
    Ok(vec![(CHART_FILES[0], svc), (CHART_FILES[1], esc), (CHART_FILES[2], trust)])
}

// --- Markdown ---------------------------------------------------------------------------

fn md(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn kind_label(k: LogKind) -> &'static str {
    k.label()
}

/// The report in Markdown (charts referenced as the SVG files written beside it).
pub fn aar_markdown(ex: &Exercise) -> String {
    let s = &*ex.scenario;
    let d = &s.def;
    let score = Score::of(ex);
    let mut m = String::new();
    let _ = writeln!(m, "# After-action report — {}\n", d.title);
    let _ = writeln!(m, "*{}*\n", md(&d.summary));

    let _ = writeln!(m, "## {}\n", SECTIONS[0]);
    m.push_str("| | |\n|---|---|\n");
    for (k, v) in overview_rows(ex, &score) {
        let _ = writeln!(m, "| {k} | {} |", md(&v));
    }
    m.push_str("\n### Score components\n\n| Component | Value | Weight |\n|---|---:|---:|\n");
    for (name, v, w) in score_components(&score) {
        let _ = writeln!(m, "| {} | {v:.1} | {:.0}% |", md(name), w * 100.0);
    }
    let _ = writeln!(m, "| **Total** | **{:.1}** | |\n", score.total);

    let _ = writeln!(m, "## {}\n", SECTIONS[1]);
    let _ = writeln!(m, "Objectives met: {} of {}\n", score.objectives_met, score.objectives_total);
    m.push_str("| Objective | Result |\n|---|---|\n");
    for (o, met) in d.objectives.iter().zip(Score::objectives(ex)) {
        let _ = writeln!(m, "| {} | {} |", md(&o.text), if met { "Met" } else { "Not met" });
    }
    m.push('\n');

    let _ = writeln!(m, "## {}\n", SECTIONS[2]);
    let _ = writeln!(
        m,
        "Entries marked *({UNSEEN})* happened out of the players' sight; they are shown now that the exercise is over.\n"
    );
    m.push_str("| Turn | Time | Type | Nation | Event | Rationale |\n|---:|---|---|---|---|---|\n");
    for e in timeline(ex) {
        let text = if e.secret { format!("*({UNSEEN})* {}", md(&e.text)) } else { md(&e.text) };
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {text} | {} |",
            e.turn,
            md(&s.time_label(e.turn)),
            kind_label(e.kind),
            e.nation,
            md(&e.rationale)
        );
    }
    let fired = injects_fired(ex);
    if !fired.is_empty() {
        m.push_str("\n### Discussion questions of the injects that fired\n\n");
        for (turn, i) in fired {
            let inj = &d.injects[i];
            let _ = writeln!(
                m,
                "- **Turn {turn} — {}** ({}{})",
                md(&inj.title),
                inj.kind.label(),
                if inj.from.is_empty() { String::new() } else { format!(", from {}", md(&inj.from)) }
            );
            if let Some(c) = ex.state.injects[i].choice.and_then(|c| inj.choices.get(c)) {
                let _ = writeln!(m, "  - Decision taken: {}", md(&c.label));
            }
            for q in &inj.questions {
                let _ = writeln!(m, "  - {}", md(q));
            }
        }
    }
    m.push('\n');

    let _ = writeln!(m, "## {}\n", SECTIONS[3]);
    let titles = ["Service by sector", "Escalation pressure and public alarm", "Alliance trust"];
    for (f, t) in CHART_FILES.iter().zip(titles) {
        let _ = writeln!(m, "![{t}]({f})\n");
    }
    m.push_str("| Turn | Service % | Escalation (level) | Trust | Alarm |\n|---:|---:|---:|---:|---:|\n");
    for (i, r) in ex.history.iter().enumerate() {
        let _ = writeln!(
            m,
            "| {} | {:.1} | {:.0} ({}) | {:.0} | {:.0} |",
            if i == 0 { "start".to_string() } else { i.to_string() },
            r.service,
            r.escalation,
            r.level,
            r.trust,
            r.alarm
        );
    }
    m.push('\n');

    let found = findings(ex);
    let _ = writeln!(m, "## {}\n", SECTIONS[4]);
    for (title, rating) in
        [("Strengths", Rating::Strength), ("Areas for improvement", Rating::AreaForImprovement)]
    {
        let _ = writeln!(m, "### {title}\n");
        let list: Vec<&Finding> = found.iter().filter(|f| f.rating == rating).collect();
        if list.is_empty() {
            m.push_str("- None identified by the rules below.\n");
        }
        for f in list {
            let _ = writeln!(m, "- **{}** — {}", md(&f.core_capability), md(&f.observation));
        }
        m.push('\n');
    }
    m.push_str("### How these were judged\n\n| Measure | Core capability | Strength when | Area for improvement when | This exercise |\n|---|---|---|---|---|\n");
    for (r, row) in rule_rows(ex) {
        let _ = writeln!(m, "| {} | {} | {} | {} | {} |", md(r.0), md(r.1), md(r.2), md(r.3), md(&row));
    }
    let _ = writeln!(
        m,
        "| Continuity of each sector | Infrastructure Systems | — | < {SECTOR_FLOOR:.0}% | see above |"
    );
    m.push_str("| Each objective | per objective | — | not met | see Objectives |\n\n");

    let _ = writeln!(m, "## {}\n", SECTIONS[5]);
    let plan: Vec<&Finding> = found.iter().filter(|f| f.rating == Rating::AreaForImprovement).collect();
    if plan.is_empty() {
        m.push_str("No area for improvement was identified by the rules; record those raised in the hot wash here.\n");
    } else {
        m.push_str("| Core capability | Issue / area for improvement | Corrective action | Capability element | Responsible agency | Due |\n|---|---|---|---|---|---|\n");
        for f in plan {
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} | {} | {} |",
                md(&f.core_capability),
                md(&f.observation),
                md(&f.corrective_action),
                md(&f.capability_element),
                md(&f.responsible),
                md(&f.due)
            );
        }
    }
    let _ = writeln!(
        m,
        "\n---\nGenerated by Hotline {} from seed {} and {} recorded decisions.",
        env!("CARGO_PKG_VERSION"),
        ex.seed,
        ex.decisions.len()
    );
    m
}

/// (rule texts, value and verdict in this exercise) for the rules table.
fn rule_rows(ex: &Exercise) -> Vec<((&'static str, &'static str, &'static str, &'static str), String)> {
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

/// (turn, inject index) of the injects that fired, in turn order.
fn injects_fired(ex: &Exercise) -> Vec<(u32, usize)> {
    let mut v: Vec<(u32, usize)> =
        ex.state.injects.iter().enumerate().filter_map(|(i, st)| st.fired_turn.map(|t| (t, i))).collect();
    v.sort();
    v
}

// --- HTML ------------------------------------------------------------------------------

fn tag(rating: Rating) -> String {
    let class = match rating {
        Rating::Strength => "good",
        Rating::AreaForImprovement => "bad",
        Rating::Observed => "muted",
    };
    format!("<span class=\"tag {class}\">{}</span>", rating.label())
}

/// The report as one self-contained HTML page (the charts inlined as SVG).
pub fn aar_html(ex: &Exercise) -> io::Result<String> {
    let s = &*ex.scenario;
    let d = &s.def;
    let score = Score::of(ex);
    let e = html_escape;
    let mut h = String::new();
    let _ = writeln!(
        h,
        "<h1>After-action report — {}</h1>\n<p class=\"lead\">{}</p>",
        e(&d.title),
        e(&d.summary)
    );
    let outcome_class = match ex.state.outcome {
        Some(crate::sim::Outcome::Success) => "good",
        Some(crate::sim::Outcome::Defeat) => "bad",
        _ => "warn",
    };
    let _ = writeln!(
        h,
        "<div class=\"cards\"><div class=\"card\"><span>Outcome</span><b><span class=\"tag {outcome_class}\">{}</span></b></div>\
         <div class=\"card\"><span>Final score</span><b>{:.1}</b></div><div class=\"card\"><span>Objectives met</span><b>{} of {}</b></div>\
         <div class=\"card\"><span>Turns played</span><b>{} of {}</b></div><div class=\"card\"><span>Peak escalation</span><b>level {}</b></div></div>",
        outcome_label(ex),
        score.total,
        score.objectives_met,
        score.objectives_total,
        ex.state.turn,
        d.turns,
        score.peak_level
    );

    let _ = writeln!(h, "<h2>{}</h2>\n<dl class=\"kv\">", SECTIONS[0]);
    for (k, v) in overview_rows(ex, &score) {
        let _ = writeln!(h, "<dt>{k}</dt><dd>{}</dd>", e(&v));
    }
    h.push_str("</dl>\n<h3>Score components</h3>\n<table><thead><tr><th>Component</th><th class=\"num\">Value</th><th class=\"num\">Weight</th></tr></thead><tbody>\n");
    for (name, v, w) in score_components(&score) {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"num\">{v:.1}</td><td class=\"num\">{:.0}%</td></tr>",
            e(name),
            w * 100.0
        );
    }
    let _ = writeln!(
        h,
        "<tr><td><b>Total</b></td><td class=\"num\"><b>{:.1}</b></td><td></td></tr></tbody></table>",
        score.total
    );

    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<p>Objectives met: {} of {}</p>",
        SECTIONS[1], score.objectives_met, score.objectives_total
    );
    h.push_str("<table><thead><tr><th>Objective</th><th>Result</th></tr></thead><tbody>\n");
    for (o, met) in d.objectives.iter().zip(Score::objectives(ex)) {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td></tr>",
            e(&o.text),
            if met {
                "<span class=\"tag good\">Met</span>"
            } else {
                "<span class=\"tag bad\">Not met</span>"
            }
        );
    }
    h.push_str("</tbody></table>\n");

    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<p class=\"note\">Entries in grey italics were {UNSEEN}: they are shown now that the exercise is over.</p>",
        SECTIONS[2]
    );
    h.push_str("<table><thead><tr><th class=\"num\">Turn</th><th>Time</th><th>Type</th><th>Nation</th><th>Event</th><th>Rationale</th></tr></thead><tbody>\n");
    for t in timeline(ex) {
        let note =
            if t.secret { format!(" <span class=\"tag muted\">{UNSEEN}</span>") } else { String::new() };
        let _ = writeln!(
            h,
            "<tr{}><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}{note}</td><td>{}</td></tr>",
            if t.secret { " class=\"secret\"" } else { "" },
            t.turn,
            e(&s.time_label(t.turn)),
            kind_label(t.kind),
            e(&t.nation),
            e(&t.text),
            e(&t.rationale)
        );
    }
    h.push_str("</tbody></table>\n");
    let fired = injects_fired(ex);
    if !fired.is_empty() {
        h.push_str("<h3>Discussion questions of the injects that fired</h3>\n<ul>\n");
        for (turn, i) in fired {
            let inj = &d.injects[i];
            let _ = write!(
                h,
                "<li><b>Turn {turn} — {}</b> ({}{})",
                e(&inj.title),
                inj.kind.label(),
                if inj.from.is_empty() { String::new() } else { format!(", from {}", e(&inj.from)) }
            );
            let choice = ex.state.injects[i].choice.and_then(|c| inj.choices.get(c));
            if choice.is_some() || !inj.questions.is_empty() {
                h.push_str("<ul>");
                if let Some(c) = choice {
                    let _ = write!(h, "<li>Decision taken: {}</li>", e(&c.label));
                }
                for q in &inj.questions {
                    let _ = write!(h, "<li>{}</li>", e(q));
                }
                h.push_str("</ul>");
            }
            h.push_str("</li>\n");
        }
        h.push_str("</ul>\n");
    }

    let _ = writeln!(h, "<h2>{}</h2>", SECTIONS[3]);
    let captions = [
        "Population-weighted service per sector and overall, at the start and the end of each turn.",
        "Escalation pressure (level = 1 + pressure / 20) and public alarm.",
        "Alliance trust (mean over every pair of nations).",
    ];
    for ((_, svg), cap) in aar_charts(ex)?.iter().zip(captions) {
        let _ = writeln!(h, "<figure>{}<figcaption>{}</figcaption></figure>", charts::inline(svg), e(cap));
    }
    h.push_str("<table><thead><tr><th class=\"num\">Turn</th><th class=\"num\">Service %</th><th class=\"num\">Escalation (level)</th><th class=\"num\">Trust</th><th class=\"num\">Alarm</th></tr></thead><tbody>\n");
    for (i, r) in ex.history.iter().enumerate() {
        let _ = writeln!(
            h,
            "<tr><td class=\"num\">{}</td><td class=\"num\">{:.1}</td><td class=\"num\">{:.0} ({})</td><td class=\"num\">{:.0}</td><td class=\"num\">{:.0}</td></tr>",
            if i == 0 { "start".to_string() } else { i.to_string() },
            r.service,
            r.escalation,
            r.level,
            r.trust,
            r.alarm
        );
    }
    h.push_str("</tbody></table>\n");

    let found = findings(ex);
    let _ = writeln!(h, "<h2>{}</h2>", SECTIONS[4]);
    for (title, rating) in
        [("Strengths", Rating::Strength), ("Areas for improvement", Rating::AreaForImprovement)]
    {
        let _ = writeln!(h, "<h3>{title}</h3>\n<ul>");
        let list: Vec<&Finding> = found.iter().filter(|f| f.rating == rating).collect();
        if list.is_empty() {
            h.push_str("<li>None identified by the rules below.</li>\n");
        }
        for f in list {
            let _ = writeln!(
                h,
                "<li>{} <b>{}</b> — {}</li>",
                tag(rating),
                e(&f.core_capability),
                e(&f.observation)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("<h3>How these were judged</h3>\n<table><thead><tr><th>Measure</th><th>Core capability</th><th>Strength when</th><th>Area for improvement when</th><th>This exercise</th></tr></thead><tbody>\n");
    for (r, row) in rule_rows(ex) {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            e(r.0),
            e(r.1),
            e(r.2),
            e(r.3),
            e(&row)
        );
    }
    let _ = writeln!(
        h,
        "<tr><td>Continuity of each sector</td><td>Infrastructure Systems</td><td>—</td><td>&lt; {SECTOR_FLOOR:.0}%</td><td>see above</td></tr>"
    );
    h.push_str("<tr><td>Each objective</td><td>per objective</td><td>—</td><td>not met</td><td>see Objectives</td></tr>\n</tbody></table>\n");

    let _ = writeln!(h, "<h2>{}</h2>", SECTIONS[5]);
    let plan: Vec<&Finding> = found.iter().filter(|f| f.rating == Rating::AreaForImprovement).collect();
    if plan.is_empty() {
        h.push_str("<p>No area for improvement was identified by the rules; record those raised in the hot wash here.</p>\n");
    } else {
        h.push_str("<table><thead><tr><th>Core capability</th><th>Issue / area for improvement</th><th>Corrective action</th><th>Capability element</th><th>Responsible agency</th><th>Due</th></tr></thead><tbody>\n");
        for f in plan {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                e(&f.core_capability),
                e(&f.observation),
                e(&f.corrective_action),
                e(&f.capability_element),
                e(&f.responsible),
                e(&f.due)
            );
        }
        h.push_str("</tbody></table>\n");
    }
    let _ = writeln!(
        h,
        "<p class=\"note\">Generated by Hotline {} from seed {} and {} recorded decisions.</p>",
        env!("CARGO_PKG_VERSION"),
        ex.seed,
        ex.decisions.len()
    );
    Ok(html_page(&format!("After-action report — {}", d.title), &h))
}

/// Writes `report.html`, `report.md` (with its chart SVGs) and `decisions.csv` into `dir`.
pub fn write_aar(ex: &Exercise, dir: &Path) -> io::Result<()> {
    write_aar_with(ex, dir, Overwrite::Yes, None)
}

/// [`write_aar`] that replaces existing files only with `Overwrite::Yes`, and
/// puts `unverified` (why the save behind it could not be verified) at the top
/// of the report's first page.
pub fn write_aar_with(
    ex: &Exercise,
    dir: &Path,
    overwrite: Overwrite,
    unverified: Option<&str>,
) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let put = |name: &str, bytes: &[u8]| {
        write_file(&dir.join(name), bytes, overwrite)
            .map_err(|e| io::Error::new(e.kind(), format!("{name} {e}")))
    };
    let mut html = aar_html(ex)?;
    let mut md = aar_markdown(ex);
    if let Some(why) = unverified {
        let warning = format!(
            "UNVERIFIED: this report comes from a save that failed its checks and was read with --trust-save ({why}). What it says happened may not have happened."
        );
        html = html.replacen(
            "<main>\n",
            &format!(
                "<main>\n<p class=\"unverified\"><strong>{}</strong></p>\n",
                super::html_escape(&warning)
            ),
            1,
        );
        md = format!("> **{}**\n\n{md}", warning.replace('*', "\\*"));
    }
    for (name, svg) in aar_charts(ex)? {
        put(name, svg.as_bytes())?;
    }
    put("report.html", html.as_bytes())?;
    put("report.md", md.as_bytes())?;
    put("decisions.csv", format!("{}{}", super::CSV_BOM, decisions_csv(ex)).as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Policy, PolicyName, play_out};
    use std::sync::Arc;

    fn flagship(policy: PolicyName) -> Exercise {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
        let s = Arc::new(Scenario::load(path).expect("flagship loads"));
        let mut ex = Exercise::new(s, 7);
        play_out(&mut ex, &mut Policy::new(policy, 7));
        ex
    }

    #[test]
    fn score_components_add_up_to_the_total() {
        for p in [PolicyName::Passive, PolicyName::Cooperative] {
            let score = Score::of(&flagship(p));
            let sum: f64 = score_components(&score).iter().map(|(_, v, w)| v * w).sum();
            assert!(
                (sum.clamp(0.0, 100.0) - score.total).abs() < 1e-9,
                "weights in the AAR drifted from score.rs: {sum} vs {}",
                score.total
            );
        }
    }

    #[test]
    fn passive_play_yields_areas_for_improvement_with_owners() {
        let ex = flagship(PolicyName::Passive);
        let f = findings(&ex);
        let afi: Vec<_> = f.iter().filter(|f| f.rating == Rating::AreaForImprovement).collect();
        assert!(!afi.is_empty());
        assert!(afi.iter().all(|f| !f.responsible.is_empty() && !f.corrective_action.is_empty()));
    }
}
