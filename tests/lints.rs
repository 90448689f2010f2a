//! Scenario lints (`hotline::scenario::lint`): each one fires on a small scenario
//! made to trigger it, at the right file:line:col, as a warning with a hint;
//! none fires on a clean scenario or on the shipped ones.

mod common;

use hotline::scenario::lint::{self, DEFAULT_RUNS};
use hotline::scenario::{Diagnostic, Scenario, Severity};
use std::sync::Arc;

/// A clean two-nation scenario: every lint stays quiet on it. Variants below
/// change single lines (keeping the line count) so positions are easy to pin.
const BASE: &str = r#"(
    id: "lint", title: "Lint", summary: "test", turns: 8,
    nations: [
        (id: "a", name: "Alpha", short: "A", agencies: [
            (id: "gov", name: "Gov A", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}),
        ]),
        (id: "b", name: "Beta", short: "B", agencies: [
            (id: "gov", name: "Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}),
        ]),
    ],
    third_states: [(id: "t", name: "Thirdland", cooperation: 90)],
    assets: [
        (id: "a-net", name: "A network", nation: "a", sector: Telecom, population: 100),
        (id: "b-grid", name: "B grid", nation: "b", sector: Energy, population: 100),
        (id: "b-water", name: "B water", nation: "b", sector: Water, population: 100, depends_on: ["b-grid"]),
        (id: "a-spare", name: "A spare", nation: "a", sector: Finance, population: 100),
    ],
    actors: [(id: "x", name: "Actor X", kind: StateBacked, capability: 60, stealth: 40, objective: Disrupt, origin: "t")],
    incidents: [
        (id: "on-a", name: "Intrusion on A", actor: "x", target: "a-net", start_turn: 1, stages: [
            (name: "Access", advance: 0.5, detect: 0.5),
            (name: "Impact", detect: 0.9, effects: (service_loss: 50)),
        ]),
        (id: "on-b", name: "Intrusion on B", actor: "x", target: "b-grid", start_turn: 1, stages: [
            (name: "Access", advance: 0.5, detect: 0.5),
            (name: "Impact", detect: 0.9, effects: (service_loss: 60)),
        ]),
        (id: "late", name: "Late intrusion", actor: "x", target: "a-net", stages: [(name: "Access", detect: 0.5)]),
    ],
    injects: [
        (id: "start", title: "Start", text: "It begins.", trigger: AtTurn(1), effects: [StartIncident("late")]),
        (id: "extra", title: "Extra", text: "More.", trigger: AtTurn(2)),
    ],
    objectives: [
        (id: "share", text: "Share", condition: ActionTaken(action: ShareIntel)),
        (id: "more", text: "More", condition: ActionTaken(action: Investigate)),
    ],
    defeat: [EscalationReached(5)],
    rules: (hotline_calls: 2),
)"#;

/// BASE with `old` replaced by `new` (which must occur exactly once).
fn variant(edits: &[(&str, &str)]) -> String {
    let mut src = BASE.to_string();
    for (old, new) in edits {
        assert_eq!(src.matches(old).count(), 1, "edit target {old:?} must occur once");
        src = src.replace(old, new);
    }
    assert_eq!(src.lines().count(), BASE.lines().count(), "variants keep the line numbers");
    src
}

fn load(src: &str) -> Arc<Scenario> {
    Arc::new(Scenario::from_str(src, "lint.ron").unwrap_or_else(|d| panic!("variant must validate:\n{d}")))
}

fn show(ds: &[Diagnostic]) -> String {
    ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

/// The one warning whose message contains `words`, checked for place and form.
#[track_caller]
fn expect(ds: &[Diagnostic], words: &str, line: usize, col: usize) {
    let hits: Vec<&Diagnostic> = ds.iter().filter(|d| d.message.contains(words)).collect();
    assert_eq!(hits.len(), 1, "expected one warning containing {words:?}, got:\n{}", show(ds));
    let d = hits[0];
    assert_eq!((d.line, d.col), (line, col), "{d}");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.file, "lint.ron");
    assert!(!d.hint.is_empty(), "every lint has a hint: {d}");
}

#[test]
fn base_is_clean() {
    let s = load(BASE);
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    assert!(lint::lint(&s).is_empty(), "{}", show(&lint::lint(&s)));
    assert!(lint::lint_by_simulation(&s, 50).is_empty(), "{}", show(&lint::lint_by_simulation(&s, 50)));
}

#[test]
fn stage_after_a_zero_advance_is_unreachable_and_so_are_its_injects() {
    let src = variant(&[
        (
            r#"(name: "Access", advance: 0.5, detect: 0.5),
            (name: "Impact", detect: 0.9, effects: (service_loss: 50)),"#,
            r#"(name: "Access", advance: 0.0, detect: 0.5),
            (name: "Impact", detect: 0.9, effects: (service_loss: 50)),"#,
        ),
        (r#"trigger: AtTurn(2))"#, r#"trigger: StageReached(incident: "on-a", stage: "Impact"))"#),
    ]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "stage \"Access\" of incident `on-a` has advance 0, so \"Impact\" can never be reached",
        21,
        20,
    );
    expect(&ds, "inject `extra` can never fire: stage \"Impact\" of `on-a` is never reached", 32, 54);
    assert_eq!(ds.len(), 2, "{}", show(&ds));
}

#[test]
fn incident_started_only_by_a_dead_inject_never_starts() {
    let src = variant(&[
        (
            r#"(name: "Access", advance: 0.5, detect: 0.5),
            (name: "Impact", detect: 0.9, effects: (service_loss: 50)),"#,
            r#"(name: "Access", advance: 0.0, detect: 0.5),
            (name: "Impact", detect: 0.9, effects: (service_loss: 50)),"#,
        ),
        (
            r#"trigger: AtTurn(1), effects"#,
            r#"trigger: StageReached(incident: "on-a", stage: "Impact"), effects"#,
        ),
        (r#"trigger: AtTurn(2))"#, r#"trigger: Detected("late"))"#),
        (r#"ActionTaken(action: Investigate)"#, r#"Attributed(incident: "late")"#),
    ]);
    let ds = lint::lint(&load(&src));
    expect(&ds, "incident `late` never starts: the inject(s) that start it (`start`) can never fire", 28, 10);
    expect(&ds, "inject `start` can never fire: stage \"Impact\" of `on-a` is never reached", 31, 59);
    expect(&ds, "inject `extra` can never fire: incident `late` never starts", 32, 54);
    expect(&ds, "objective `more` can never be met: incident `late` never starts", 36, 36);
    expect(&ds, "of incident `on-a` has advance 0", 21, 20);
    assert_eq!(ds.len(), 5, "{}", show(&ds));
}

#[test]
fn service_below_on_an_asset_nothing_can_damage_never_fires() {
    // a-spare: nothing targets it. b-water: the grid loses at most 60, and
    // cascade_slack 20 keeps the water at 60 or more.
    let src = variant(&[
        (r#"trigger: AtTurn(2))"#, r#"trigger: ServiceBelow(asset: "a-spare", level: 90))"#),
        (r#"ActionTaken(action: Investigate)"#, r#"ActionTaken(action: Harden)"#),
    ]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "inject `extra` can never fire: nothing in the scenario can take `a-spare` below 90 (the lowest it can fall is 100)",
        32,
        54,
    );
    expect(&ds, "asset `a-spare` is never threatened", 16, 10);
    assert_eq!(ds.len(), 2, "{}", show(&ds));

    let cascade =
        variant(&[(r#"trigger: AtTurn(2))"#, r#"trigger: ServiceBelow(asset: "b-water", level: 60))"#)]);
    let ds = lint::lint(&load(&cascade));
    expect(&ds, "nothing in the scenario can take `b-water` below 60 (the lowest it can fall is 60)", 32, 54);
    assert_eq!(ds.len(), 1, "{}", show(&ds));
    // One point higher, the cascade can reach it: no warning.
    let reachable =
        variant(&[(r#"trigger: AtTurn(2))"#, r#"trigger: ServiceBelow(asset: "b-water", level: 61))"#)]);
    assert!(lint::lint(&load(&reachable)).is_empty());
    // An inject that damages the asset makes it reachable too.
    let damaged = variant(&[
        (
            r#"trigger: AtTurn(1), effects: [StartIncident("late")]"#,
            r#"trigger: AtTurn(1), effects: [StartIncident("late"), Service(asset: "a-spare", delta: -20)]"#,
        ),
        (r#"trigger: AtTurn(2))"#, r#"trigger: ServiceBelow(asset: "a-spare", level: 90))"#),
    ]);
    assert!(lint::lint(&load(&damaged)).is_empty(), "{}", show(&lint::lint(&load(&damaged))));
}

#[test]
fn unthreatened_bystanders_are_fine_until_the_scenario_singles_them_out() {
    // BASE already has a-spare, a bystander nothing names: no warning (base_is_clean).
    let src = variant(&[(
        r#"trigger: AtTurn(2))"#,
        r#"trigger: AtTurn(2), effects: [Hardening(asset: "a-spare", delta: 10)])"#,
    )]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "asset `a-spare` is never threatened (no incident targets it or an asset it depends on, and nothing else lowers its service), yet inject `extra` singles it out",
        16,
        10,
    );
    assert_eq!(ds.len(), 1, "{}", show(&ds));
}

#[test]
fn military_cooperation_without_a_military_agency() {
    let src = variant(&[
        (
            r#"Gov A", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}"#,
            r#"Gov A", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Defense: 70}"#,
        ),
        (
            r#"Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}"#,
            r#"Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Defense: 70}"#,
        ),
        (r#"trigger: AtTurn(2))"#, r#"trigger: ActionTaken(action: MilitaryCooperation, nation: "a"))"#),
        (r#"ActionTaken(action: Investigate)"#, r#"ActionTaken(action: MilitaryCooperation, by_turn: 3)"#),
    ]);
    let s = load(&src);
    let ds = lint::lint(&s);
    expect(
        &ds,
        "Mil-to-mil joint hunt is never possible in this scenario: no agency has the Military skill",
        3,
        5,
    );
    expect(
        &ds,
        "inject `extra` can never fire: Mil-to-mil joint hunt can never be taken: no agency of A has the Military skill",
        32,
        54,
    );
    expect(
        &ds,
        "objective `more` can never be met: Mil-to-mil joint hunt can never be taken: no agency has the Military skill",
        36,
        36,
    );
    assert_eq!(ds.len(), 3, "{}", show(&ds));
    // The simulation does not repeat what the static lints already say.
    assert!(lint::lint_by_simulation(&s, 10).is_empty(), "{}", show(&lint::lint_by_simulation(&s, 10)));
}

/// Gov A alone holds every skill for A but has 1 point, too few even to
/// invest in its workforce: A can never take a family that costs more
/// (joint investigation, a combined hunt, hardening, restoring) (issue 12).
/// With 2 points it could grow by investing, and nothing is reported.
#[test]
fn an_agency_that_alone_holds_a_skill_it_cannot_afford_is_reported() {
    let src = variant(&[(r#"Gov A", capacity: 6,"#, r#"Gov A", capacity: 1,"#)]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "Gov A is the only agency of A with the Military skill, but its capacity 1 is below the 3 points",
        5,
        40,
    );
    assert_eq!(ds.len(), 4, "{}", show(&ds));
    let grows = variant(&[(r#"Gov A", capacity: 6,"#, r#"Gov A", capacity: 2,"#)]);
    assert!(lint::lint(&load(&grows)).is_empty(), "{}", show(&lint::lint(&load(&grows))));
    let ko = lint::lint_in(hotline::i18n::Lang::Ko, &load(&src));
    assert!(ko.iter().any(|d| d.message.contains("Gov A") && d.line == 5), "{}", show(&ko));
}

#[test]
fn a_skill_nobody_has_blocks_every_family_that_needs_it() {
    let src = variant(&[
        (
            r#"Gov A", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}"#,
            r#"Gov A", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80}"#,
        ),
        (
            r#"Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}"#,
            r#"Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80}"#,
        ),
    ]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "Harden asset, Isolate asset, Restore service are never possible in this scenario: no agency has the Defense skill",
        3,
        5,
    );
    assert_eq!(ds.len(), 1, "{}", show(&ds));
    // The same finding in Korean (`validate --lang ko`), at the same place; the
    // skill keeps its file name in the example of the hint.
    let ko = lint::lint_in(hotline::i18n::Lang::Ko, &load(&src));
    expect(
        &ko,
        "이 시나리오에서는 시설 보안 강화, 시설 격리, 서비스 복구 조치를 모두 할 수 없음: 방어 역량을 가진 기관이 없음",
        3,
        5,
    );
    assert!(ko[0].hint.contains("`skills: {Defense: 60}`"), "{}", ko[0].hint);
}

#[test]
fn request_assistance_without_third_states_or_without_actors_from_them() {
    let none = variant(&[
        (r#"third_states: [(id: "t", name: "Thirdland", cooperation: 90)],"#, "third_states: [],"),
        (r#"origin: "t""#, r#"origin: "b""#),
        (r#"ActionTaken(action: Investigate)"#, r#"ActionTaken(action: RequestAssistance)"#),
    ]);
    let ds = lint::lint(&load(&none));
    expect(
        &ds,
        "Request third-state assistance is never possible in this scenario: there are no third states to ask",
        11,
        5,
    );
    expect(
        &ds,
        "objective `more` can never be met: Request third-state assistance can never be taken: there are no third states to ask",
        36,
        36,
    );
    assert_eq!(ds.len(), 2, "{}", show(&ds));

    let elsewhere = variant(&[(r#"origin: "t""#, r#"origin: "b""#)]);
    let ds = lint::lint(&load(&elsewhere));
    expect(
        &ds,
        "Request third-state assistance has no effect in this scenario: no actor operates from a third state",
        18,
        5,
    );
    assert_eq!(ds.len(), 1, "{}", show(&ds));
}

#[test]
fn hotline_without_calls() {
    let src = variant(&[("rules: (hotline_calls: 2)", "rules: (hotline_calls: 0)")]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "Hotline call is never possible in this scenario: the scenario gives no hotline calls",
        39,
        13,
    );
    assert_eq!(ds.len(), 1, "{}", show(&ds));
    // An inject that can fire and grants a call makes the hotline usable.
    let granted = variant(&[
        ("rules: (hotline_calls: 2)", "rules: (hotline_calls: 0)"),
        (r#"trigger: AtTurn(2))"#, r#"trigger: AtTurn(2), effects: [HotlineCall])"#),
    ]);
    assert!(lint::lint(&load(&granted)).is_empty());
}

#[test]
fn joint_investigation_with_one_investigating_nation() {
    let src = variant(&[(
        r#"Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Investigation: 70, Military: 80, Defense: 70}"#,
        r#"Gov B", capacity: 6, skills: {Diplomacy: 80, Intelligence: 80, Military: 80, Defense: 70}"#,
    )]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "Joint investigation has no joint effect in this scenario: only A has an agency with the Investigation skill",
        3,
        5,
    );
    assert_eq!(ds.len(), 1, "{}", show(&ds));
}

#[test]
fn objectives_only_the_players_can_lose_and_defeat_that_never_comes() {
    let src = variant(&[
        (r#"ActionTaken(action: ShareIntel)"#, r#"ServiceNeverBelow(asset: "b-water", min: 60)"#),
        (r#"ActionTaken(action: Investigate)"#, r#"SectorServiceAtEnd(sector: Water, nation: "b", min: 55)"#),
        (
            "defeat: [EscalationReached(5)]",
            r#"defeat: [EscalationReached(5), ServiceBelow(asset: "b-water", level: 50)]"#,
        ),
    ]);
    let ds = lint::lint(&load(&src));
    expect(
        &ds,
        "objective `share` can only be lost by the players' own actions: nothing in the scenario can take `b-water` below 60",
        35,
        38,
    );
    expect(
        &ds,
        "objective `more` can only be lost by the players' own actions: nothing in the scenario can take the B Water sector below 55",
        36,
        36,
    );
    expect(
        &ds,
        "defeat condition 2 can never hold: nothing in the scenario can take `b-water` below 50",
        38,
        56,
    );
    assert_eq!(ds.len(), 3, "{}", show(&ds));
    // Asking for one point more than the threat can take away is a real objective.
    let real =
        variant(&[(r#"ActionTaken(action: ShareIntel)"#, r#"ServiceNeverBelow(asset: "b-water", min: 61)"#)]);
    assert!(lint::lint(&load(&real)).is_empty());
}

/// No incident damages anything: escalation only falls, and attribution by
/// turn 1 is out of reach (nobody knows of an incident before turn 1 ends).
fn quiet_variant() -> String {
    variant(&[
        ("effects: (service_loss: 50)", "effects: (data_stolen: 5)"),
        ("effects: (service_loss: 60)", "effects: (data_stolen: 5)"),
        (r#"trigger: AtTurn(2))"#, r#"trigger: EscalationAtLeast(5))"#),
        (r#"ActionTaken(action: Investigate)"#, r#"Attributed(incident: "on-b", by_turn: 1)"#),
    ])
}

#[test]
fn simulation_finds_objectives_never_met_and_injects_never_fired() {
    let s = load(&quiet_variant());
    assert!(lint::lint(&s).is_empty(), "not statically decidable: {}", show(&lint::lint(&s)));
    let ds = lint::lint_by_simulation(&s, 40);
    expect(
        &ds,
        "inject `extra` never fired in 40 seeded runs of each built-in policy (passive, random, cooperative, unilateral",
        32,
        54,
    );
    expect(&ds, "objective `more` was never met in 40 seeded runs of each built-in policy", 36, 36);
    assert_eq!(ds.len(), 2, "{}", show(&ds));
    assert!(ds.iter().any(|d| d.hint.contains("escalation never reached level 5")));
}

#[test]
fn simulation_lints_are_deterministic_and_cost_nothing_with_zero_runs() {
    let s = load(&quiet_variant());
    assert_eq!(lint::lint_by_simulation(&s, 30), lint::lint_by_simulation(&s, 30));
    assert!(lint::lint_by_simulation(&s, 0).is_empty());
}

/// Issue 14: the simulation lints have a work budget, counted in element-turns,
/// not timed: a large scenario is cut short the same way on every machine, and
/// the shipped ones get every run.
#[test]
fn simulation_lints_stop_within_their_work_budget_deterministically() {
    let stress = Arc::new(
        Scenario::load(
            common::repository_scenarios().into_iter().find(|p| p.ends_with("stress.ron")).unwrap(),
        )
        .unwrap(),
    );
    let round =
        lint::work_per_turn(&stress) * stress.def.turns as u64 * hotline::sim::PolicyName::ALL.len() as u64;
    // Room for one run of every policy, not two.
    let (found, done) = lint::lint_by_simulation_within(&stress, 200, Some(round + round / 2));
    assert_eq!(done, 1);
    assert_eq!((found.clone(), done), lint::lint_by_simulation_within(&stress, 200, Some(round + round / 2)));
    assert_eq!(lint::lint_by_simulation_within(&stress, 200, Some(round - 1)), (vec![], 0));
    let flagship = common::flagship();
    let (_, done) = lint::lint_by_simulation_within(&flagship, DEFAULT_RUNS, Some(lint::SIMULATION_WORK));
    assert_eq!(done, DEFAULT_RUNS);
}

const EXTRA: &str = r#"(id: "extra", title: "Extra", text: "More.", trigger: AtTurn(2)),"#;

/// Where `needle` starts in `src`, as (line, column), both from 1.
fn position(src: &str, needle: &str) -> (usize, usize) {
    let at = src.find(needle).expect("needle in source");
    let line = src[..at].lines().count().max(1);
    let col = at - src[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
    (line, col)
}

/// Issue 12, part 5: an inject whose default choice scores best for every
/// built-in policy (measured with each choice forced) is no dilemma, and is
/// reported at its choices; one whose other choice pays for some way of
/// playing (patching alone costs trust, but hardens both networks) is not.
#[test]
fn a_default_choice_that_is_best_for_every_policy_is_no_dilemma() {
    let dominated = variant(&[(
        EXTRA,
        r#"(id: "extra", title: "Extra", text: "More.", trigger: AtTurn(2), choices: [(label: "Together", effects: [Trust(10), Escalation(-10)]), (label: "Alone", effects: [Trust(-10), Escalation(10)])]),"#,
    )]);
    let s = load(&dominated);
    let ds = lint::lint_by_simulation(&s, DEFAULT_RUNS);
    let (line, col) = position(&dominated, "choices: [(label: \"Together\"");
    expect(&ds, "inject `extra`: its default choice \"Together\" scores best", line, col);
    let d = ds.iter().find(|d| d.message.contains("default choice")).unwrap();
    assert!(d.message.contains("48 seeded runs of each built-in policy"), "{d}");
    assert!(d.message.contains("cooperative ") && d.message.contains(" for choice 2"), "{d}");
    assert_eq!(ds, lint::lint_by_simulation(&s, DEFAULT_RUNS), "the same findings every time");
    let ko = lint::lint_by_simulation_in(hotline::i18n::Lang::Ko, &s, DEFAULT_RUNS, None).0;
    assert!(ko.iter().any(|d| d.message.contains("고민할 것이 없는 선택") && (d.line, d.col) == (line, col)));

    let trade_off = variant(&[(
        EXTRA,
        r#"(id: "extra", title: "Extra", text: "More.", trigger: AtTurn(2), choices: [(label: "Wait for the partner", effects: [Trust(5)]), (label: "Patch now, alone", effects: [Trust(-5), Hardening(asset: "a-net", delta: 60), Hardening(asset: "b-grid", delta: 60)])]),"#,
    )]);
    let s = load(&trade_off);
    let ds = lint::lint_by_simulation(&s, DEFAULT_RUNS);
    assert!(ds.iter().all(|d| !d.message.contains("default choice")), "{}", show(&ds));
    // The measure behind it: some policy gains by patching alone, another by waiting.
    let scores = lint::choice_scores(&s, 1, lint::CHOICE_RUNS).expect("the inject fires");
    assert!(scores.iter().any(|p| p.better_than_default().is_some()));
    assert!(scores.iter().any(|p| p.means[0] > p.means[1] + lint::CHOICE_TIE));
}

/// Findings on shipped scenarios that were reported to the scenarios' owner
/// and are tolerated until the scenario changes: (file, words of the message).
/// Lints the shipped scenarios are allowed to raise (none: fix the scenario instead).
const KNOWN: &[(&str, &str)] = &[];

fn known(file: &str, d: &Diagnostic) -> bool {
    KNOWN.iter().any(|(f, words)| *f == file && d.message.contains(words))
}

#[test]
fn shipped_scenarios_raise_no_lints() {
    let paths = common::repository_scenarios();
    assert!(paths.len() >= 2);
    let mut unexpected = Vec::new();
    for p in &paths {
        let s = Arc::new(Scenario::load(p).unwrap_or_else(|d| panic!("{d}")));
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        for d in lint::lint(&s).into_iter().chain(lint::lint_by_simulation(&s, DEFAULT_RUNS)) {
            assert_eq!(d.severity, Severity::Warning);
            if !known(&name, &d) {
                unexpected.push(d.to_string());
            }
        }
    }
    assert!(unexpected.is_empty(), "lints on shipped scenarios:\n{}", unexpected.join("\n"));
}

#[test]
fn the_starter_scenario_of_hotline_new_raises_no_lints() {
    let src = hotline::authoring::starter_scenario("x");
    let s = Arc::new(Scenario::from_str(&src, "x.ron").unwrap_or_else(|d| panic!("{d}")));
    let ds: Vec<Diagnostic> = lint::lint(&s)
        .into_iter()
        .chain(lint::lint_by_simulation(&s, DEFAULT_RUNS))
        .filter(|d| !known("starter", d))
        .collect();
    assert!(ds.is_empty(), "{}", show(&ds));
}
