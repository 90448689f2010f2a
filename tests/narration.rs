//! The narrator in every language: one instance of every event and decision
//! (the matches below fail to compile when a variant is added) reads as a
//! whole sentence in English and Korean — no message id, no unfilled
//! `{ $argument }`, no isolation marks, Hangul in the Korean. English stays as
//! the goldens pin it; this file checks the other languages and the seams.

mod common;

use hotline::i18n::Lang;
use hotline::narrate;
use hotline::scenario::{Scenario, Text};
use hotline::sim::event::{
    Adjudicated, Answer, DetectedBy, EndReason, Event, Explanation, InvestigationMode, Payoff, TrustReason,
};
use hotline::sim::{
    Action, ActionKind, AdjudicationTarget, AdversaryMode, Decision, Difficulty, InvestArea, Outcome,
};

fn flagship() -> Scenario {
    Scenario::load(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron")).unwrap()
}

fn trust(withheld: Option<u32>) -> TrustReason {
    TrustReason { trust: 42.0, withheld_turn: withheld }
}

/// Every event, every sub-case the narrator distinguishes.
fn every_event() -> Vec<Event> {
    use Event as E;
    let mut out = vec![
        E::Begins { seed: u64::MAX, difficulty: Difficulty::Crisis },
        E::TurnBegins { turn: 2 },
        E::Rationale { text: "because".into() },
        E::Note { text: "메모".into() },
        E::HotlineMessage { text: "Patching tonight".into() },
        E::FacilitatorFires { inject: 0 },
        E::FacilitatorHolds { inject: 0, hold: true },
        E::FacilitatorHolds { inject: 0, hold: false },
        E::FacilitatorSkips { inject: 0 },
        E::InjectFired { inject: 0 },
        E::ChoiceMade { inject: first_choice_inject(), choice: 0, by_default: true },
        E::ChoiceMade { inject: first_choice_inject(), choice: 0, by_default: false },
        E::IncidentBegins { incident: 0 },
        E::Attributed { incident: 0 },
        E::Contained { incident: 0 },
        E::HuntDrivesOut { asset: 0, incident: 0, gain: 12.4 },
        E::StageReached { incident: 0, stage: 1, service_loss: 0, data_stolen: 0, ip_stolen: 0 },
        E::StageReached { incident: 0, stage: 1, service_loss: 30, data_stolen: 120, ip_stolen: 45 },
        E::Exfiltrates { incident: 0, data_stolen: 30, ip_stolen: 11 },
        E::Withheld { nation: 0, actor: 0, victim: 1, trust: -10.0 },
        E::Shared { agency: 0, incident: 0, with: 1, delay: 2, detection: 0.25, trust: 3.0 },
        E::Investigates { agency: 0, incident: 0, joint: false },
        E::Investigates { agency: 0, incident: 0, joint: true },
        E::HuntArranged { agency: 0, asset: 0, start: 3 },
        E::HotlineCall { sync_until: 5 },
        E::Hardened { agency: 0, asset: 0, level: 20.0 },
        E::Isolated { agency: 0, asset: 0 },
        E::Restored { agency: 0, asset: 0, gain: 15.0, intruder: false, resolved: vec![] },
        E::Restored { agency: 0, asset: 0, gain: 15.0, intruder: true, resolved: vec![0, 1] },
        E::AssistanceRequested { third: 0, actor: 0 },
        E::WrongAttribution { incident: 0, joint: true, confidence: 0.4 },
        E::WrongAttribution { incident: 0, joint: false, confidence: 0.4 },
        E::PublicAttribution { incident: 0, joint: true, deterrence: 0.3, not_consulted: vec![] },
        E::PublicAttribution { incident: 0, joint: false, deterrence: 0.3, not_consulted: vec![1] },
        E::HotlineWeighed { sync_until: 5, relief: 8.0, trust: 4.5, weight: 1.0, small: false },
        E::HotlineWeighed { sync_until: 5, relief: 6.0, trust: 3.2, weight: 0.7, small: true },
        E::SourceBurned { actor: 0, with: 1, until: 6 },
        E::IntelCleared { nation: 1, actor: 0, detection: 0.25 },
    ];
    for what in [
        Adjudicated::Service { asset: 0, value: 50.0 },
        Adjudicated::Trust(61.0),
        Adjudicated::Escalation { value: 70.0, level: 4 },
        Adjudicated::Stage { incident: 0, stage: 1 },
    ] {
        out.push(E::Adjudicated { what, reason: "white cell".into() });
    }
    for payoff in
        [Payoff::Monitoring(10.0), Payoff::Skill(5.0), Payoff::Capacity { agency: 0 }, Payoff::Trust(8.0)]
    {
        out.push(E::Matured { nation: 0, payoff });
    }
    for answer in [
        Answer::Declines { chance: 0.35 },
        Answer::NothingFound,
        Answer::Acts,
        Answer::BarredByLaw { evidence: 0.62 },
        Answer::TakesDown { cut: 36.0 },
        Answer::Shelters { evidence: 0.42, until: 7 },
    ] {
        out.push(E::AssistanceAnswered { nation: 0, third: 0, actor: 0, answer });
    }
    for mode in [
        InvestigationMode::National,
        InvestigationMode::Joint { trust: 70.0, synced: false },
        InvestigationMode::Joint { trust: 70.0, synced: true },
        InvestigationMode::Unmatched,
    ] {
        out.push(E::InvestigationProgress { incident: 0, gain: 14.0, mode, progress: 55.0 });
    }
    for mode in [AdversaryMode::Script, AdversaryMode::Pivot, AdversaryMode::Quiet, AdversaryMode::Press] {
        out.push(E::AdversaryShifts { actor: 0, mode, weaker: 1 });
    }
    for by in [DetectedBy::Monitoring, DetectedBy::SharedIndicators, DetectedBy::Hunt] {
        out.push(E::Detected { incident: 0, nation: 1, stage: 0, by });
    }
    for (rises, synced) in [(true, false), (false, true)] {
        out.push(E::EscalationChanges { level: 3, rises, impact: 0.2, damaging: 2.0, joint: 1.0, synced });
    }
    out.push(E::PublicAsks { pressure: 2.0 });
    {
        use hotline::sim::event::{Motive as M, TrustReason};
        let trust = TrustReason { trust: 55.0, withheld_turn: Some(3) };
        for m in [
            M::IsolatesOwn,
            M::InvestigatesOwn,
            M::RestoresOwn,
            M::JoinsJoint { incident: 0, trust },
            M::Shares { incident: 0, with: 1, trust },
            M::CallsHotline { level: 3 },
            M::AsksThirdState { third: 0, actor: 0 },
            M::AsksHunt { asset: 0 },
            M::InvestsWorkforce,
            M::Hardens { asset: 0 },
        ] {
            out.push(E::Motive(m));
        }
    }
    for reason in [EndReason::Defeat(0), EndReason::LastTurn, EndReason::AllResolved] {
        out.push(E::Ends { reason, outcome: Outcome::Partial, score: 71.25 });
    }
    for area in InvestArea::ALL {
        out.push(E::Invested { agency: 0, area, pays_on: 6 });
    }
    for x in every_explanation() {
        out.push(E::Explained(x));
    }
    // A new variant must be added above: this match has no wildcard.
    for e in &out {
        match e {
            E::Begins { .. }
            | E::TurnBegins { .. }
            | E::Rationale { .. }
            | E::Motive(_)
            | E::Note { .. }
            | E::HotlineMessage { .. }
            | E::Explained(_) => {}
            E::FacilitatorFires { .. } | E::FacilitatorHolds { .. } | E::FacilitatorSkips { .. } => {}
            E::Adjudicated { .. }
            | E::InjectFired { .. }
            | E::ChoiceMade { .. }
            | E::IncidentBegins { .. } => {}
            E::Matured { .. } | E::AssistanceAnswered { .. } | E::InvestigationProgress { .. } => {}
            E::Attributed { .. }
            | E::Contained { .. }
            | E::HuntDrivesOut { .. }
            | E::AdversaryShifts { .. } => {}
            E::StageReached { .. }
            | E::Exfiltrates { .. }
            | E::Withheld { .. }
            | E::Detected { .. }
            | E::EscalationChanges { .. }
            | E::PublicAsks { .. } => {}
            E::Ends { .. } | E::Shared { .. } | E::Investigates { .. } | E::HuntArranged { .. } => {}
            E::HotlineCall { .. } | E::Hardened { .. } | E::Isolated { .. } | E::Restored { .. } => {}
            E::AssistanceRequested { .. } | E::WrongAttribution { .. } | E::PublicAttribution { .. } => {}
            E::Invested { .. } => {}
            E::HotlineWeighed { .. } | E::SourceBurned { .. } | E::IntelCleared { .. } => {}
        }
    }
    out
}

fn first_choice_inject() -> usize {
    flagship().def.injects.iter().position(|i| !i.choices.is_empty()).expect("an inject with choices")
}

fn every_explanation() -> Vec<Explanation> {
    vec![
        Explanation::CannotJoin { incident: 0, other: 1 },
        Explanation::NoInvestigators { incident: 0 },
        Explanation::DeclinesJoin { incident: 0, trust: trust(None) },
        Explanation::DeclinesShare { incident: 0, trust: trust(Some(3)) },
    ]
}

fn every_decision(s: &Scenario) -> Vec<Decision> {
    let d = &s.def;
    let (nation, agency) = (d.nations[0].id.clone(), d.nations[0].agencies[0].id.clone());
    let (inc, asset) = (d.incidents[0].id.clone(), d.assets[0].id.clone());
    let act = |kind| Decision::Act {
        action: Action { nation: nation.clone(), agency: agency.clone(), kind },
        rationale: String::new(),
        motive: None,
    };
    let mut out: Vec<Decision> = [
        ActionKind::ShareIntel { incident: inc.clone(), with: d.nations[1].id.clone() },
        ActionKind::Investigate(inc.clone()),
        ActionKind::JointInvestigation(inc.clone()),
        ActionKind::MilitaryCooperation(asset.clone()),
        ActionKind::Hotline,
        ActionKind::Harden(asset.clone()),
        ActionKind::Isolate(asset.clone()),
        ActionKind::Restore(asset.clone()),
        ActionKind::RequestAssistance {
            third_state: d.third_states[0].id.clone(),
            actor: d.actors[0].id.clone(),
        },
        ActionKind::AttributePublicly { incident: inc.clone(), joint: false },
        ActionKind::AttributePublicly { incident: inc.clone(), joint: true },
        ActionKind::Invest(InvestArea::Education),
    ]
    .into_iter()
    .map(act)
    .collect();
    let inject = d.injects[first_choice_inject()].id.clone();
    out.extend([
        Decision::Choose { inject: inject.clone(), choice: 0 },
        Decision::Choose { inject: inject.clone(), choice: 99 },
        Decision::EndTurn,
        Decision::FireInject(inject.clone()),
        Decision::HoldInject { inject: inject.clone(), hold: true },
        Decision::HoldInject { inject: inject.clone(), hold: false },
        Decision::SkipInject(inject),
        Decision::Note { nation: Some(nation.clone()), text: "note".into() },
    ]);
    for target in [
        AdjudicationTarget::Service(asset),
        AdjudicationTarget::Trust,
        AdjudicationTarget::Escalation,
        AdjudicationTarget::Stage(inc),
    ] {
        out.push(Decision::Adjudicate { target, value: 2.0, reason: "white cell".into() });
    }
    for why in every_explanation() {
        out.push(Decision::Explain { nation: nation.clone(), why });
    }
    out
}

/// What a sentence must never show, whatever the language.
fn seams(text: &str) -> Option<&'static str> {
    if text.contains("{$") || text.contains("{ $") {
        Some("an unfilled argument")
    } else if text.contains("narration-") || text.contains("decision-") {
        Some("a message id")
    } else if text.contains(['\u{2068}', '\u{2069}']) {
        Some("isolation marks")
    } else if text.trim().is_empty() {
        Some("nothing")
    } else {
        None
    }
}

fn hangul(text: &str) -> bool {
    text.chars().any(|c| ('가'..='힣').contains(&c))
}

#[test]
fn every_event_and_decision_reads_whole_in_each_language() {
    let s = flagship();
    let mut bad = Vec::new();
    for lang in Lang::ALL {
        let events = every_event();
        let lines = events.iter().map(|e| (format!("{e:?}"), narrate::event(lang, &s, Some(0), e)));
        let decisions = every_decision(&s);
        let lines =
            lines.chain(decisions.iter().map(|d| (format!("{d:?}"), narrate::decision(lang, &s, d).1)));
        for (what, text) in lines {
            if let Some(problem) = seams(&text) {
                bad.push(format!("{lang} {what}: {problem} in {text:?}"));
            }
            // Free text passes through untranslated; everything else is Korean.
            let free = what.starts_with("Note") || what.starts_with("Rationale");
            if lang == Lang::Ko && !free && !hangul(&text) {
                bad.push(format!("ko {what}: no Korean in {text:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn korean_sentences_read_as_a_facilitator_writes_them() {
    let s = flagship();
    // Names come from the flagship's Korean overlay (scenarios/us-rok-hotline.ko.ron).
    let ko = |e: Event| narrate::event(Lang::Ko, &s, Some(0), &e);
    assert_eq!(s.text(Lang::Ko, Text::NationShort(1)), "한국");
    assert_eq!(
        ko(Event::Begins { seed: 3, difficulty: Difficulty::Standard }),
        format!("훈련 개시: {} (시드 3, 난이도 표준)", s.text(Lang::Ko, Text::Title))
    );
    assert_eq!(
        ko(Event::EscalationChanges {
            level: 3,
            rises: true,
            impact: 0.2,
            damaging: 2.0,
            joint: 1.0,
            synced: true
        }),
        "위기 경보 3단계로 상향: 서비스 영향 20%, 피해 침투 2건, 공동 대응 1건, 핫라인 공조"
    );
    assert_eq!(
        ko(Event::Detected { incident: 0, nation: 1, stage: 0, by: DetectedBy::Hunt }),
        format!(
            "{}, 군 합동 위협 헌팅으로 {}에서 {} 탐지 (\"{}\" 단계)",
            s.text(Lang::Ko, Text::NationShort(1)),
            s.text(Lang::Ko, Text::Asset(s.incident_target[0])),
            s.text(Lang::Ko, Text::Incident(0)),
            s.text(Lang::Ko, Text::Stage { incident: 0, stage: 0 })
        )
    );
    assert_eq!(
        ko(Event::Adjudicated { what: Adjudicated::Trust(61.0), reason: "통제".into() }),
        "진행자 판정: 동맹 신뢰도를 61로 조정 — 사유: 통제"
    );
    assert_eq!(
        ko(Event::Adjudicated { what: Adjudicated::Trust(50.0), reason: "통제".into() }),
        "진행자 판정: 동맹 신뢰도를 50으로 조정 — 사유: 통제"
    );
    // The English the goldens pin, through the same messages.
    let en = narrate::event(
        Lang::En,
        &s,
        Some(0),
        &Event::EscalationChanges {
            level: 3,
            rises: false,
            impact: 0.2,
            damaging: 2.0,
            joint: 1.0,
            synced: true,
        },
    );
    assert_eq!(
        en,
        "Escalation falls to level 3: service impact 20%, 2 damaging intrusion(s), 1 joint action(s), hotline sync"
    );
}

/// `hotline play … --lang ko --log`: every log line and the debrief a Korean
/// facilitator reads hold no English prose (acronyms and the hash pass),
/// the partner AI's reasons for its moves included.
#[test]
fn a_korean_game_on_the_command_line_reads_in_korean() {
    let args = [
        "play",
        common::FLAGSHIP,
        "--headless",
        "--lang",
        "ko",
        "--policy",
        "cooperative",
        "--partner",
        "ai",
        "--log",
    ];
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hotline")).args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let hash =
        text.lines().find_map(|l| l.strip_prefix("최종 상태 해시: ")).expect("the debrief's state hash");
    let mut found = Vec::new();
    for line in text.lines() {
        if !common::english_words(line, &[hash]).is_empty() {
            found.push(line);
        }
    }
    assert!(found.is_empty(), "{} line(s) with English:\n{}", found.len(), found.join("\n"));
    assert!(text.lines().filter(|l| l.starts_with("[턴")).count() > 100, "{text}");
    assert!(
        text.lines().any(|l| l.contains("근거: ") && l.contains("정보공유")),
        "the partner's whys: {text}"
    );
}
