//! Three or more nations for real (issue 12, part 4): each ally is told and
//! trusted separately, a combined hunt needs two militaries, objectives can
//! ask for sharing with one nation and for a joint attribution, the hotline
//! has the scenario's name, trust is shown per pair, and the partner AI
//! shares with Japan in the US–ROK–Japan exercise.

mod common;
use common::*;
use hotline::i18n::Lang;
use hotline::scenario::Scenario;
use hotline::sim::{
    ActionError, ActionKind, AdjudicationTarget, Decision, DecisionError, Event, Exercise, NotNow,
    PolicyName, Score, play_out,
};
use std::sync::Arc;

/// Three nations with one all-round agency each; "on-a" is seen by A on turn 1
/// and never advances, so the tests decide everything that happens to it.
const TRI: &str = r#"(
    id: "tri", title: "Tri", summary: "test", turns: 10,
    nations: [
        (id: "a", name: "Alpha", short: "A", agencies: [
            (id: "gov", name: "Gov A", capacity: 8, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 80, Military: 80, Defense: 70}),
        ]),
        (id: "b", name: "Beta", short: "B", agencies: [
            (id: "gov", name: "Gov B", capacity: 8, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 80, Military: 80, Defense: 70}),
        ]),
        (id: "c", name: "Gamma", short: "C", agencies: [
            (id: "gov", name: "Gov C", capacity: 8, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 80, Military: 80, Defense: 70}),
        ]),
    ],
    third_states: [(id: "t", name: "Thirdland", cooperation: 50)],
    assets: [
        (id: "a-net", name: "A network", nation: "a", sector: Telecom, population: 100, monitoring: 100),
        (id: "c-net", name: "C network", nation: "c", sector: Telecom, population: 100, monitoring: 20),
    ],
    actors: [(id: "x", name: "Actor X", kind: StateBacked, capability: 60, stealth: 40, objective: Disrupt, origin: "t")],
    incidents: [
        (id: "on-a", name: "Intrusion on A", actor: "x", target: "a-net", start_turn: 1, stages: [
            (name: "Access", advance: 0.0, detect: 1.0),
            (name: "Impact", effects: (service_loss: 50)),
        ]),
    ],
    objectives: [
        (id: "c-told", text: "Tell C by turn 2", condition: SharedWith(nation: "c", by_turn: 2)),
        (id: "a-told", text: "Tell A", condition: SharedWith(nation: "a")),
        (id: "named", text: "Name X jointly by turn 6", condition: AttributedJointly(incident: "on-a", by_turn: 6)),
        (id: "named-early", text: "Name X jointly by turn 2", condition: AttributedJointly(incident: "on-a", by_turn: 2)),
    ],
)"#;

fn objective(ex: &Exercise, id: &str) -> bool {
    let k = ex.scenario().def.objectives.iter().position(|o| o.id == id).expect("objective");
    Score::objectives(ex)[k]
}

fn share(incident: &str, with: &str) -> ActionKind {
    ActionKind::ShareIntel { incident: incident.into(), with: with.into() }
}

fn refusal(ex: &mut Exercise, nation: &str, kind: ActionKind) -> NotNow {
    let action = hotline::sim::Action { nation: nation.into(), agency: "gov".into(), kind };
    match ex.submit(Decision::Act { action, rationale: String::new(), motive: None }) {
        Err(DecisionError::Action(ActionError::NotNow(n))) => n,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn each_ally_is_told_separately_and_shared_with_counts_the_one_told() {
    let mut ex = Exercise::new(scenario(TRI), 1);
    end_turn(&mut ex); // A sees on-a (detect 1.0, monitoring 100)
    let i = incident(&ex, "on-a");
    assert!(ex.state().incidents[i].known_by[0]);
    assert!(!objective(&ex, "c-told"));

    act(&mut ex, "a", share("on-a", "b"));
    let inc = &ex.state().incidents[i];
    assert!(inc.known_by[1] && !inc.known_by[2], "sharing with B tells C nothing");
    assert!(!objective(&ex, "c-told"), "shared with B, not with C");
    assert_eq!(refusal(&mut ex, "a", share("on-a", "b")), NotNow::AlreadyShared("on-a".into()));

    act(&mut ex, "a", share("on-a", "c"));
    assert!(ex.state().incidents[i].known_by[2], "C is told now");
    assert!(objective(&ex, "c-told"));
    assert!(!objective(&ex, "a-told"), "nobody shared with A");
    // Trust moved (up, or down with a burned source) between A and each ally
    // it told, not between the two allies it told.
    let st = ex.state();
    assert!(st.trust(0, 1) != 60.0 && st.trust(0, 2) != 60.0, "{:?}", st.pair_trust());
    assert_eq!(st.trust(1, 2), 60.0);
}

#[test]
fn sharing_too_late_for_the_deadline_does_not_count() {
    let mut ex = Exercise::new(scenario(TRI), 1);
    end_turn(&mut ex);
    end_turn(&mut ex);
    act(&mut ex, "a", share("on-a", "c")); // turn 3, the objective asked for turn 2
    assert!(!objective(&ex, "c-told"));
}

#[test]
fn a_joint_attribution_meets_its_objective_and_a_national_one_does_not() {
    for joint in [true, false] {
        let mut ex = Exercise::new(scenario(TRI), 1);
        end_turn(&mut ex);
        ex.submit(Decision::Adjudicate {
            target: AdjudicationTarget::Trust,
            value: 100.0,
            reason: "t".into(),
        })
        .unwrap();
        act(&mut ex, "a", share("on-a", "b"));
        act(&mut ex, "a", share("on-a", "c"));
        for n in ["a", "b", "c"] {
            act(&mut ex, n, ActionKind::JointInvestigation("on-a".into()));
        }
        end_turn(&mut ex); // three investigators at full trust: the case is complete
        let i = incident(&ex, "on-a");
        assert!(ex.state().incidents[i].investigation >= 100.0, "{}", ex.state().incidents[i].investigation);
        if joint {
            act(&mut ex, "a", ActionKind::Hotline);
        }
        act(&mut ex, "a", ActionKind::AttributePublicly { incident: "on-a".into(), joint });
        assert!(ex.state().incidents[i].publicly_attributed, "no misfire on a complete case");
        assert_eq!(objective(&ex, "named"), joint, "joint {joint}");
        assert!(!objective(&ex, "named-early"), "turn 3 is after turn 2");
    }
}

#[test]
fn three_investigators_work_as_well_as_their_pairs_trust_each_other() {
    let mut ex = Exercise::new(scenario(TRI), 1);
    end_turn(&mut ex);
    act(&mut ex, "a", share("on-a", "b"));
    act(&mut ex, "a", share("on-a", "c"));
    for n in ["a", "b", "c"] {
        act(&mut ex, n, ActionKind::JointInvestigation("on-a".into()));
    }
    let mean = {
        let st = ex.state();
        (st.trust(0, 1) + st.trust(0, 2) + st.trust(1, 2)) / 3.0
    };
    end_turn(&mut ex);
    let progress = ex.log().iter().rev().find_map(|e| match e.event {
        Event::InvestigationProgress {
            mode: hotline::sim::event::InvestigationMode::Joint { trust, .. },
            ..
        } => Some(trust),
        _ => None,
    });
    let trust = progress.expect("a joint investigation progressed");
    assert!((trust - mean).abs() < 1e-9, "joint trust {trust}, mean of the three pairs {mean}");
}

#[test]
fn a_combined_hunt_needs_two_militaries() {
    // Only A has a military: nobody to hunt with.
    let (b, c) = ("name: \"Gov B\"", "name: \"Gov C\"");
    let alone = TRI
        .replace(&format!("{b}, capacity: 8, skills: {{Diplomacy: 80, Intelligence: 80, Investigation: 80, Military: 80,"), &format!("{b}, capacity: 8, skills: {{Diplomacy: 80, Intelligence: 80, Investigation: 80,"))
        .replace(&format!("{c}, capacity: 8, skills: {{Diplomacy: 80, Intelligence: 80, Investigation: 80, Military: 80,"), &format!("{c}, capacity: 8, skills: {{Diplomacy: 80, Intelligence: 80, Investigation: 80,"));
    assert_eq!(alone.matches("Military").count(), 1, "one military left");
    let mut ex = Exercise::new(scenario(&alone), 1);
    assert_eq!(
        refusal(&mut ex, "a", ActionKind::MilitaryCooperation("a-net".into())),
        NotNow::NoPartnerMilitary
    );
    // With a partner's military it goes ahead.
    let mut ex = Exercise::new(scenario(TRI), 1);
    act(&mut ex, "a", ActionKind::MilitaryCooperation("a-net".into()));
}

#[test]
fn validate_names_an_objective_about_a_nation_the_scenario_lacks() {
    let bad =
        TRI.replace("SharedWith(nation: \"c\", by_turn: 2)", "SharedWith(nation: \"japan\", by_turn: 2)");
    let err = Scenario::from_str(&bad, "tri.ron").expect_err("an unknown nation is an error");
    let d = err.0.iter().find(|d| d.message.contains("japan")).unwrap_or_else(|| panic!("{err}"));
    let line = bad.lines().position(|l| l.contains("\"japan\"")).unwrap() + 1;
    assert_eq!(d.line, line, "{d:?}");
    assert!(d.hint.contains("\"a\"") || d.hint.contains("a, b, c") || d.hint.contains('b'), "{d:?}");

    let bad = TRI.replace(
        "AttributedJointly(incident: \"on-a\", by_turn: 6)",
        "AttributedJointly(incident: \"nope\")",
    );
    let err = Scenario::from_str(&bad, "tri.ron").expect_err("an unknown incident is an error");
    assert!(err.0.iter().any(|d| d.message.contains("nope")), "{err}");

    let bad = TRI.replace("turns: 10,", "turns: 10, hotline_name: \"  \",");
    let err = Scenario::from_str(&bad, "tri.ron").expect_err("an empty hotline name is an error");
    assert!(err.0.iter().any(|d| d.message.contains("hotline_name")), "{err}");
}

#[test]
fn the_hotline_has_the_scenarios_name_in_both_languages() {
    let call = Event::HotlineCall { sync_until: 3 };
    let line = |s: &Scenario, l: Lang| hotline::narrate::event(l, s, Some(0), &call);
    let trilateral = Scenario::load("scenarios/us-rok-japan.ron").expect("loads");
    assert!(
        line(&trilateral, Lang::En).starts_with("Washington–Seoul–Tokyo hotline call"),
        "{}",
        line(&trilateral, Lang::En)
    );
    assert!(
        line(&trilateral, Lang::Ko).contains("워싱턴–서울–도쿄 핫라인 통화"),
        "{}",
        line(&trilateral, Lang::Ko)
    );
    assert!(!line(&trilateral, Lang::En).contains("White House"));
    let flagship = Scenario::load("scenarios/us-rok-hotline.ron").expect("loads");
    assert!(line(&flagship, Lang::En).starts_with("White House–Blue House hotline call"));
    assert!(line(&flagship, Lang::Ko).contains("백악관–청와대 핫라인 통화"));
    // A scenario that names no channel calls the leaders' hotline.
    let plain = scenario(TRI);
    assert!(line(&plain, Lang::En).starts_with("Leaders' hotline call"), "{}", line(&plain, Lang::En));
    assert!(line(&plain, Lang::Ko).contains("정상 간 핫라인 통화"), "{}", line(&plain, Lang::Ko));
    let (_, decided) = hotline::narrate::decision(
        Lang::En,
        &trilateral,
        &Decision::Act {
            action: hotline::sim::Action {
                nation: "japan".into(),
                agency: "nss".into(),
                kind: ActionKind::Hotline,
            },
            rationale: String::new(),
            motive: None,
        },
    );
    assert!(decided.contains("calls the Washington–Seoul–Tokyo hotline"), "{decided}");
}

#[test]
fn trust_is_shown_per_pair_with_three_allies_and_scored_as_their_mean() {
    let mut ex = Exercise::new(scenario(TRI), 1);
    end_turn(&mut ex);
    act(&mut ex, "a", share("on-a", "b"));
    let st = ex.state();
    let mean = (st.trust(0, 1) + st.trust(0, 2) + st.trust(1, 2)) / 3.0;
    assert!((Score::of(&ex).trust - mean).abs() < 1e-9, "the score counts the alliance's mean");
    let rows = hotline::report::debrief::score_rows(Lang::En, &ex, &Score::of(&ex));
    let trust = &rows.iter().find(|(k, _)| k == "Alliance trust").expect("a trust row").1;
    let ab = format!("A–B {:.0}", st.trust(0, 1));
    assert!(trust.contains(&ab) && trust.contains("A–C 60") && trust.contains("B–C 60"), "{trust}");
    // Two allies: one pair, the number alone (as before).
    let two = Exercise::new(small(), 1);
    let rows = hotline::report::debrief::score_rows(Lang::En, &two, &Score::of(&two));
    assert_eq!(rows.iter().find(|(k, _)| k == "Alliance trust").unwrap().1, "60");
}

/// The "Done when" of issue 12 for the trilateral exercise: the partner AI,
/// playing every nation, shares with Japan (before the per-ally rule, sharing
/// with the first partner used up the incident: nobody ever told Japan).
#[test]
fn the_partner_ai_shares_with_japan() {
    let s = Arc::new(Scenario::load("scenarios/us-rok-japan.ron").expect("loads"));
    let japan = s.nation_ix["japan"];
    let mut games = Vec::new();
    for seed in 1..=6 {
        let mut ex = Exercise::new(s.clone(), seed);
        play_out(&mut ex, &mut hotline::sim::Policy::new(PolicyName::Ai, seed));
        let to_japan = ex
            .decisions()
            .iter()
            .filter(|d| {
                matches!(d, Decision::Act { action, .. }
                if action.nation != "japan" && matches!(&action.kind, ActionKind::ShareIntel { with, .. } if with == "japan"))
            })
            .count();
        let told = ex.state().incidents.iter().filter(|inc| inc.known_by[japan]).count();
        games.push((seed, to_japan, told));
    }
    assert!(games.iter().all(|&(_, to_japan, _)| to_japan > 0), "shares toward Japan per game: {games:?}");
}
