//! Teaching aids: glossary, the one-line why, the coach, the decisions that
//! mattered — in English and Korean, the glossary's numbers checked against
//! the rules.

mod common;
use common::*;
use hotline::i18n::Lang;
use hotline::scenario::Text;
use hotline::sim::event::Answer;
use hotline::sim::{ActionKind, Decision, Event, Exercise, Policy, PolicyName, Seat, play_out};
use hotline::teach::{Term, coach_step, key_decisions, rules, why_line};

fn hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

#[test]
fn every_term_has_a_name_and_a_definition_in_each_language() {
    for lang in Lang::ALL {
        let mut names = Vec::new();
        for term in Term::ALL {
            let (name, def) = (term.name(lang), term.definition(lang));
            // A missing message reads as its id; a missing argument as `{$x}`.
            for text in [&name, &def] {
                assert!(!text.starts_with("glossary-") && !text.contains('{'), "{lang} {term:?}: {text}");
            }
            assert!(def.chars().count() > 40, "{lang} {term:?} is not explained: {def}");
            if lang == Lang::Ko {
                assert!(hangul(&name) && hangul(&def), "{term:?} has no Korean: {name} / {def}");
                assert_ne!(def, term.definition(Lang::En));
            }
            names.push(name);
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Term::ALL.len(), "{lang}: no two terms read the same");
    }
    // Korean keeps the English term practitioners use beside its own.
    assert_eq!(Term::Ioc.name(Lang::Ko), "침해지표(IOC)");
    assert_eq!(Term::Inject.name(Lang::Ko), "상황 부여(inject)");
    assert_eq!(Term::Hotline.name(Lang::Ko), "백악관–청와대 핫라인");
}

/// The glossary quotes the rules' numbers: the source-burn odds as the rules
/// compute them (docs/dilemmas.md has the same), the escalation levels' names.
#[test]
fn the_glossary_quotes_the_rules_numbers() {
    let burn = Term::SourceBurn.definition(Lang::En);
    assert!(burn.contains("(10% between close allies at 90, 49% between wary ones at 20)"), "{burn}");
    let burn = Term::SourceBurn.definition(Lang::Ko);
    assert!(burn.contains("신뢰 90인 가까운 동맹 사이 10%, 신뢰 20인 서먹한 사이 49%"), "{burn}");
    let attribution = Term::Attribution.definition(Lang::En);
    assert!(attribution.contains("attributes at 60% and contains at 100%"), "{attribution}");
    assert!(Term::Escalation.definition(Lang::Ko).contains("1단계(정상)부터 5단계(심각)까지"));
    assert!(Term::Defences.definition(Lang::En).contains("caps service at 50;"));
    assert!(Term::ThirdState.definition(Lang::En).contains("(cooperation under 30)"));
}

/// `teach::rules` against games: an investigation's progress attributes its
/// incident when it reaches ATTRIBUTED_AT (never below), and contains it at
/// CONTAINED_AT (the rules log the attribution right after the progress).
#[test]
fn attribution_and_containment_thresholds_are_the_rules() {
    let (at, contained) = (rules::ATTRIBUTED_AT as f64, rules::CONTAINED_AT as f64);
    let (mut near_below, mut crossed) = (0, 0);
    for seed in 1..=4 {
        let mut ex = Exercise::new(flagship(), seed);
        play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, seed));
        let log = ex.log();
        let (mut attributed, mut sealed) = (Vec::new(), Vec::new());
        for (k, e) in log.iter().enumerate() {
            let (incident, progress) = match e.event {
                // Hunts attribute and contain too: remember every one.
                Event::Attributed { incident } => {
                    attributed.push(incident);
                    continue;
                }
                Event::Contained { incident } => {
                    sealed.push(incident);
                    continue;
                }
                Event::InvestigationProgress { incident, progress, .. } => (incident, progress),
                _ => continue,
            };
            // What a hunt does right after (it attributes and contains too) is the hunt's.
            let next: Vec<&Event> = log[k + 1..]
                .iter()
                .take(2)
                .map(|e| &e.event)
                .take_while(|e| !matches!(e, Event::HuntDrivesOut { .. }))
                .collect();
            if !attributed.contains(&incident) {
                let now =
                    next.iter().any(|e| matches!(e, Event::Attributed { incident: i } if *i == incident));
                assert_eq!(now, progress >= at, "seed {seed}: progress {progress} on incident {incident}");
                near_below += usize::from(!now && progress >= at - 20.0);
                crossed += usize::from(now);
            }
            if !sealed.contains(&incident) {
                let now =
                    next.iter().any(|e| matches!(e, Event::Contained { incident: i } if *i == incident));
                assert_eq!(
                    now,
                    progress >= contained,
                    "seed {seed}: progress {progress} on incident {incident}"
                );
            }
        }
    }
    assert!(near_below > 0 && crossed > 0, "the games come near the threshold from both sides");
}

#[test]
fn isolation_caps_service_at_the_glossarys_number() {
    let mut ex = Exercise::new(small(), 1);
    let grid = asset(&ex, "b-grid");
    assert!(ex.state().assets[grid].service > rules::ISOLATED_SERVICE_CAP as f64);
    act(&mut ex, "b", ActionKind::Isolate("b-grid".into()));
    assert_eq!(ex.state().assets[grid].service, rules::ISOLATED_SERVICE_CAP as f64);
}

/// A third state with cooperation just under BARRED_BELOW answers that its
/// law bars it; at BARRED_BELOW it weighs the request.
#[test]
fn a_third_states_law_bars_it_below_the_glossarys_number() {
    let answer = |cooperation: u32| {
        let (ex, answers) = ask_the_third_state(cooperation);
        assert_eq!(answers.len(), 1, "{answers:?}");
        assert!(ex.evidence_against(0) * 100.0 < rules::BARRED_UNLESS_EVIDENCE as f64);
        answers[0]
    };
    // (From the fourth balance the barred state also tips the actor off.)
    let barred = |a: Answer| matches!(a, Answer::BarredByLaw { .. } | Answer::Shelters { .. });
    assert!(barred(answer(rules::BARRED_BELOW - 1)));
    assert!(!barred(answer(rules::BARRED_BELOW)));
}

#[test]
fn each_turn_has_a_why_from_its_own_events() {
    let mut ex = Exercise::new(small(), 1);
    end_turn(&mut ex);
    let why = why_line(Lang::En, &ex, Seat::Team(0)).expect("turn 1 has a detection");
    assert!(why.starts_with("Why: ") && why.contains("detects Intrusion on A"), "{why}");
    // Nothing secret leaks: a hidden intrusion's progress never explains a turn.
    let secret: Vec<String> = ex
        .last_turn_log()
        .iter()
        .filter(|e| e.secret())
        .map(|e| hotline::narrate::entry(hotline::i18n::Lang::En, ex.scenario(), e))
        .collect();
    assert!(secret.iter().all(|t| !why.contains(t.as_str())));
}

#[test]
fn a_seat_learns_why_only_from_what_it_may_see() {
    // Every seat, every turn of cooperative games: the why-line is the
    // narration of an entry of the last turn that the seat may read.
    let mut other_nations_news = 0;
    for seed in 1..=6 {
        let mut ex = Exercise::new(flagship(), seed);
        let mut policy = Policy::new(PolicyName::Cooperative, seed);
        let nations: Vec<usize> = (0..ex.scenario().nations()).collect();
        while !ex.state().is_over() {
            policy.play_turn(&mut ex, &nations);
            ex.submit(Decision::EndTurn).unwrap();
            let seats = [Seat::Team(0), Seat::Team(1), Seat::Solo(0), Seat::Projector, Seat::Facilitator];
            for seat in seats {
                let Some(why) = why_line(Lang::En, &ex, seat) else { continue };
                let from = ex.last_turn_log().iter().find(|e| {
                    why == format!(
                        "Why: {}",
                        hotline::narrate::entry(hotline::i18n::Lang::En, ex.scenario(), e)
                    )
                });
                let e = from.expect("the why-line narrates an entry of the last turn");
                assert!(seat.sees_entry(e, false), "{seat:?} may not see {why}");
                other_nations_news +=
                    usize::from(!Seat::Team(1).sees_entry(e, false) && seat == Seat::Team(0));
            }
        }
    }
    assert!(other_nations_news > 0, "some turns are explained by what only one nation knows");
}

#[test]
fn the_decision_that_saved_the_grid_is_named_first() {
    // B isolates its grid on turn 1: the intrusion can never reach impact.
    let mut ex = Exercise::new(small(), 3);
    act(&mut ex, "b", ActionKind::Isolate("b-grid".into()));
    act(&mut ex, "a", ActionKind::Invest(hotline::sim::InvestArea::Education));
    while !ex.state().is_over() {
        ex.submit(Decision::EndTurn).unwrap();
    }
    let keys = key_decisions(&ex, 2);
    assert_eq!(keys.len(), 2);
    let isolates = |d: &Decision| matches!(d, Decision::Act { action, .. } if action.kind == ActionKind::Isolate("b-grid".into()));
    assert!(isolates(&keys[0].decision), "{:?}", keys);
    assert!(keys[0].score_delta.abs() >= keys[1].score_delta.abs());
    assert_eq!(keys[0].turn, 1);
}

#[test]
fn key_decisions_of_a_policy_game_are_ranked_and_bounded() {
    let mut ex = Exercise::new(flagship(), 8);
    play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, 8));
    let keys = key_decisions(&ex, 3);
    assert_eq!(keys.len(), 3);
    assert!(keys.windows(2).all(|w| w[0].score_delta.abs() >= w[1].score_delta.abs()));
    assert!(keys.iter().all(|k| k.score_delta.abs() <= 100.0 && k.turn >= 1 && k.turn <= 16));
    // Typed, so each reader gets them in words of their language.
    for k in &keys {
        assert_eq!(ex.decisions()[k.index], k.decision);
        let en = k.line(Lang::En, ex.scenario());
        assert!(en.ends_with(&format!(", turn {}", k.turn)) && en.contains(" points: "), "{en}");
        let ko = k.line(Lang::Ko, ex.scenario());
        assert!(ko.ends_with(&format!("({}턴)", k.turn)) && ko.contains("점: "), "{ko}");
        assert_eq!(english_words(&ko, &[]), Vec::<String>::new(), "{ko}");
    }
}

/// A flagship game read from the Korean desk: every turn's why-line is the
/// Korean narration of the entry the English one narrates.
#[test]
fn the_why_line_speaks_the_readers_language() {
    let mut ex = Exercise::new(flagship(), 5);
    let mut policy = Policy::new(PolicyName::Cooperative, 5);
    let nations: Vec<usize> = (0..ex.scenario().nations()).collect();
    let mut explained = 0;
    while !ex.state().is_over() {
        policy.play_turn(&mut ex, &nations);
        ex.submit(Decision::EndTurn).unwrap();
        let seat = Seat::Team(ex.scenario().nation_ix["rok"]);
        let (Some(en), Some(ko)) = (why_line(Lang::En, &ex, seat), why_line(Lang::Ko, &ex, seat)) else {
            assert!(why_line(Lang::Ko, &ex, seat).is_none());
            continue;
        };
        let e = hotline::teach::why_entry(&ex, seat).unwrap();
        assert_eq!(en, format!("Why: {}", hotline::narrate::entry(Lang::En, ex.scenario(), e)));
        assert_eq!(ko, format!("원인: {}", hotline::narrate::entry(Lang::Ko, ex.scenario(), e)));
        assert_eq!(english_words(&ko, &[]), Vec::<String>::new(), "{ko}");
        explained += 1;
    }
    assert!(explained >= 8, "most turns are explained ({explained})");
}

#[test]
fn an_attribution_explains_a_turn_better_than_routine_trust_news() {
    let mut ex = Exercise::new(small(), 2);
    act(&mut ex, "a", ActionKind::Invest(hotline::sim::InvestArea::PolicyConsultations));
    end_turn(&mut ex);
    act(&mut ex, "a", ActionKind::ShareIntel { incident: "on-a".into(), with: "b".into() });
    act(&mut ex, "a", ActionKind::JointInvestigation("on-a".into()));
    act(&mut ex, "b", ActionKind::JointInvestigation("on-a".into()));
    end_turn(&mut ex);
    // Turn 3 begins with the consultations concluding; turn 2's resolution attributed on-a.
    let why = why_line(Lang::En, &ex, Seat::Team(0)).unwrap();
    assert!(why.contains("attributed") || why.contains("Escalation"), "{why}");
}

fn tutorial() -> Exercise {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron");
    Exercise::new(std::sync::Arc::new(hotline::scenario::Scenario::load(path).expect("tutorial loads")), 3)
}

#[test]
fn the_coach_follows_the_directives_typed_expects_and_ticks_off() {
    use hotline::scenario::ActionKindName as K;
    let mut ex = tutorial();
    let rok = ex.scenario().nation_ix["rok"];
    let step = coach_step(Lang::En, &ex, rok).expect("turn 1 has a directive");
    assert_eq!(step.steps, vec![(K::Harden, false), (K::Invest, false)]);
    assert_eq!(step.next(), Some(K::Harden));
    let asset = (0..ex.scenario().def.assets.len()).find(|&a| ex.scenario().asset_nation[a] == rok).unwrap();
    let id = ex.scenario().def.assets[asset].id.clone();
    let action = ex.agency_for(rok, &ActionKind::Harden(id)).expect("an agency can harden");
    ex.submit(Decision::Act { action, rationale: String::new(), motive: None }).unwrap();
    let step = coach_step(Lang::En, &ex, rok).unwrap();
    assert_eq!(step.steps[0], (K::Harden, true));
    assert_eq!(step.next(), Some(K::Invest));
    ex.submit(Decision::EndTurn).unwrap();
    let step = coach_step(Lang::En, &ex, rok).expect("turn 2 has a directive");
    assert_eq!(step.steps, vec![(K::ShareIntel, false), (K::Investigate, false)]);
    // The Korean desk reads the directive from the tutorial's Korean overlay.
    let ko = coach_step(Lang::Ko, &ex, rok).unwrap();
    assert_eq!(ko.steps, step.steps);
    let s = ex.scenario();
    assert_eq!(ko.title, s.text(Lang::Ko, Text::InjectTitle(ko.inject)));
    for text in [&ko.title, &ko.text, &ko.expected] {
        assert!(hangul(text), "{text}");
    }
    assert_ne!(ko.text, step.text);
}

#[test]
fn every_tutorial_directive_names_what_it_expects() {
    let ex = tutorial();
    let directives: Vec<_> = ex
        .scenario()
        .def
        .injects
        .iter()
        .filter(|d| d.kind == hotline::scenario::InjectKind::Directive)
        .collect();
    assert_eq!(directives.len(), 6);
    assert!(directives.iter().all(|d| !d.expects.is_empty()), "one step or more per turn");
}

#[test]
fn expects_is_validated() {
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron")).unwrap();
    let twice = src.replacen("expects: [Harden, Invest]", "expects: [Harden, Harden]", 1);
    let err = hotline::scenario::Scenario::from_str(&twice, "twice.ron").unwrap_err().to_string();
    assert!(err.contains("expects Harden twice") && err.contains("twice.ron:"), "{err}");
    let not_directive =
        src.replacen("kind: Directive,\n            expects", "kind: Situation,\n            expects", 1);
    assert_ne!(not_directive, src);
    let err = hotline::scenario::Scenario::from_str(&not_directive, "situ.ron").unwrap_err().to_string();
    assert!(err.contains("is not a Directive"), "{err}");
    let unknown = src.replacen("expects: [Harden, Invest]", "expects: [Harden, Bake]", 1);
    assert!(hotline::scenario::Scenario::from_str(&unknown, "bake.ron").is_err());
}
