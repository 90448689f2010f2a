//! Shared helpers for the behaviour tests: a small two-nation scenario whose
//! numbers make each rule easy to observe, and shortcuts to act.
#![allow(dead_code)]

use hotline::scenario::Scenario;
use hotline::sim::{Action, ActionKind, Decision, Exercise};
use std::sync::Arc;

/// Two nations, a grid → water → hospital chain in "b", one asset in "a",
/// one actor from a third state, incidents on both sides.
pub const SMALL: &str = r#"(
    id: "small", title: "Small", summary: "test", turns: 10,
    nations: [
        (id: "a", name: "Alpha", short: "A", agencies: [
            (id: "gov", name: "Gov A", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}),
        ]),
        (id: "b", name: "Beta", short: "B", agencies: [
            (id: "gov", name: "Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}),
        ]),
    ],
    third_states: [(id: "t", name: "Thirdland", cooperation: 90), (id: "u", name: "Otherland", cooperation: 90)],
    assets: [
        (id: "a-net", name: "A network", nation: "a", sector: Telecom, population: 100, monitoring: 100),
        (id: "b-grid", name: "B grid", nation: "b", sector: Energy, population: 100, monitoring: 20),
        (id: "b-water", name: "B water", nation: "b", sector: Water, population: 100, depends_on: ["b-grid"]),
        (id: "b-hosp", name: "B hospital", nation: "b", sector: Health, population: 100, depends_on: ["b-water"]),
    ],
    actors: [(id: "x", name: "Actor X", kind: StateBacked, capability: 60, stealth: 40, objective: Disrupt, origin: "t")],
    incidents: [
        (id: "on-a", name: "Intrusion on A", actor: "x", target: "a-net", start_turn: 1, stages: [
            (name: "Access", advance: 0.0, detect: 1.0),
            (name: "Impact", effects: (service_loss: 50)),
        ]),
        (id: "on-b", name: "Intrusion on B", actor: "x", target: "b-grid", start_turn: 1, stages: [
            (name: "Access", advance: 0.5, detect: 0.15),
            (name: "Lateral", advance: 0.5, detect: 0.15),
            (name: "Impact", detect: 0.5, effects: (service_loss: 60, alarm: 20)),
        ]),
    ],
    injects: [],
)"#;

pub fn scenario(src: &str) -> Arc<Scenario> {
    Arc::new(Scenario::from_str(src, "test.ron").unwrap_or_else(|d| panic!("test scenario invalid:\n{d}")))
}

pub fn small() -> Arc<Scenario> {
    scenario(SMALL)
}

pub fn act(ex: &mut Exercise, nation: &str, kind: ActionKind) {
    let action = Action { nation: nation.into(), agency: "gov".into(), kind };
    ex.submit(Decision::Act { action: action.clone(), rationale: String::new(), motive: None })
        .unwrap_or_else(|e| panic!("{action:?} refused: {e}"));
}

pub fn end_turn(ex: &mut Exercise) {
    ex.submit(Decision::EndTurn).unwrap();
}

/// SMALL with the third state's cooperation set to `cooperation`: A detects
/// the intrusion on its network, asks the third state about actor "x", and
/// two turns later (the answer comes the turn after) the game and the answers
/// it was given.
pub fn ask_the_third_state(cooperation: u32) -> (Exercise, Vec<hotline::sim::event::Answer>) {
    use hotline::sim::event::Event;
    let src = SMALL.replacen("cooperation: 90)", &format!("cooperation: {cooperation})"), 1);
    let mut ex = Exercise::new(scenario(&src), 1);
    end_turn(&mut ex);
    act(&mut ex, "a", ActionKind::RequestAssistance { third_state: "t".into(), actor: "x".into() });
    end_turn(&mut ex);
    end_turn(&mut ex);
    let answers = ex
        .log()
        .iter()
        .filter_map(|e| match e.event {
            Event::AssistanceAnswered { answer, .. } => Some(answer),
            _ => None,
        })
        .collect();
    (ex, answers)
}

pub fn incident(ex: &Exercise, id: &str) -> usize {
    ex.scenario().incident_ix[id]
}

pub fn asset(ex: &Exercise, id: &str) -> usize {
    ex.scenario().asset_ix[id]
}

pub const FLAGSHIP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");

pub fn flagship() -> Arc<Scenario> {
    Arc::new(Scenario::load(FLAGSHIP).unwrap_or_else(|d| panic!("{d}")))
}

/// Every scenario of the repository: the shipped ones (`scenarios/*.ron`, what the
/// picker lists and the package installs) and the authors' benchmark
/// (`scenarios/bench/stress.ron`, kept out of the facilitator's picker), sorted by file name.
pub fn repository_scenarios() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = ["scenarios", "scenarios/bench"]
        .iter()
        .flat_map(|d| hotline::scenario::files::ron_files(&root.join(d)))
        .collect();
    files.sort_by_key(|p| p.file_name().map(|n| n.to_owned()));
    files
}

/// Every value of the state is within its documented range.
pub fn check_ranges(ex: &Exercise) {
    let st = ex.state();
    assert!((0.0..=100.0).contains(&st.escalation));
    assert!((0.0..=100.0).contains(&st.alarm));
    assert!((1..=5).contains(&st.level()) && st.peak_level >= st.level());
    assert!(st.trust.iter().all(|t| (0.0..=100.0).contains(t)));
    for a in &st.assets {
        assert!((0.0..=100.0).contains(&a.own) && (0.0..=100.0).contains(&a.service));
        assert!((0.0..=100.0).contains(&a.hardening) && (0.0..=100.0).contains(&a.monitoring));
        assert!(a.service <= a.own + 1e-9 || a.isolated);
    }
    for (i, inc) in st.incidents.iter().enumerate() {
        assert!(inc.stage < ex.scenario().def.incidents[i].stages.len());
        assert!((0.0..=100.0).contains(&inc.investigation));
    }
    for a in &st.actors {
        assert!((0.0..=100.0).contains(&a.capability) && (0.0..=0.8).contains(&a.deterrence));
    }
    assert!(st.turn >= 1 && st.turn <= ex.scenario().def.turns);
    let score = hotline::sim::Score::of(ex);
    assert!((0.0..=100.0).contains(&score.total), "score {}", score.total);
}

/// Runs of two or more Latin letters a Korean reader would see as English:
/// all-capital acronyms (AAR, KISA, US, KST), units (kV) and the product's name pass;
/// `ids` (file names, ids, paths) are removed first.
pub fn english_words(text: &str, ids: &[&str]) -> Vec<String> {
    let mut text = text.to_string();
    for id in ids {
        text = text.replace(id, " ");
    }
    let mut words = Vec::new();
    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
        let acronym = w.chars().all(|c| c.is_ascii_uppercase());
        if w.len() >= 2 && !acronym && !["Hotline", "hotline", "kV"].contains(&w) {
            words.push(w.to_string());
        }
    }
    words.sort();
    words.dedup();
    words
}
