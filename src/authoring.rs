//! Tools for scenario authors and facilitators, free of Bevy: a commented
//! starter scenario to begin a new file from, and the Master Scenario Events
//! List (MSEL) of a scenario as CSV.

use crate::csv::csv_row;
use crate::i18n::{Lang, LangChoice};
use crate::scenario::{Audience, Scenario, Text, Trigger};
use crate::tr;

/// The starter scenario, with `@ID@` and `@TITLE@` to fill in.
const STARTER: &str = r#"// @TITLE@: a Hotline scenario.
//
// Started from the commented starter scenario. Every field is described in
// docs/scenario-format.md; check the file with
//     hotline validate scenarios/@ID@.ron
// and see how it plays with
//     hotline simulate scenarios/@ID@.ron --runs 400
// (a good scenario scores cooperative > unilateral > passive).
(
    // --- Identity -------------------------------------------------------------
    // `id` names the scenario in saves and reports; keep it the file name.
    id: "@ID@",
    title: "@TITLE@",
    // Two or three sentences for the picker: the situation and the task.
    summary: "A criminal crew operating from a third state breaks into a Korean substation and then the water plant that depends on it. Share what you see, investigate together, and keep the water running.",
    // Introductory, Intermediate or Advanced: a label only, no effect on the rules.
    difficulty: Introductory,

    // --- Time -------------------------------------------------------------------
    // Number of turns (1..=200), in-world hours per turn and the label of turn 1.
    turns: 8,
    hours_per_turn: 6,
    start_label: "Mon 08:00 KST",
    // Score (0..100) at or above which the exercise counts as a success.
    win_score: 60.0,

    // --- Alliance rules ---------------------------------------------------------
    // Every field has a default; these are the defaults except hotline_calls.
    rules: (
        start_trust: 60,       // trust between the allies, 0..=100
        start_escalation: 10,  // escalation pressure; level = 1 + pressure / 20
        hotline_calls: 2,      // White House-Blue House calls in the whole exercise
        hotline_cooldown: 3,   // turns between calls
        cascade_slack: 20,     // service a dependent asset can lose on a dependency before it degrades too
    ),

    // --- Nations and agencies -----------------------------------------------------
    // At least two nations. Agencies take the actions: `capacity` is action
    // points per turn (0..=10), `skills` (0..=100) decide which action families
    // an agency can take: Defense (harden/isolate/restore), Investigation,
    // Intelligence (share), Military (mil-to-mil hunt), Diplomacy (hotline,
    // requests for assistance, public attribution).
    nations: [
        (
            id: "us",
            name: "United States",
            short: "US",
            agencies: [
                (id: "nsc", name: "White House NSC", capacity: 2, skills: {Diplomacy: 80, Intelligence: 40}),
                (id: "cisa", name: "CISA", capacity: 3, skills: {Defense: 70, Intelligence: 60}),
                (id: "fbi", name: "FBI Cyber Division", capacity: 3, skills: {Investigation: 80, Intelligence: 50}),
                (id: "cybercom", name: "USCYBERCOM", capacity: 3, skills: {Military: 80}),
            ],
        ),
        (
            id: "rok",
            name: "Republic of Korea",
            short: "ROK",
            agencies: [
                (id: "nso", name: "National Security Office", capacity: 2, skills: {Diplomacy: 75, Intelligence: 40}),
                (id: "kisa", name: "KISA", capacity: 3, skills: {Defense: 70, Intelligence: 55}),
                (id: "knpa", name: "KNPA Cyber Bureau", capacity: 3, skills: {Investigation: 75, Intelligence: 45}),
                (id: "cyberopscmd", name: "ROK Cyber Operations Command", capacity: 3, skills: {Military: 75}),
            ],
        ),
    ],

    // --- Third states -------------------------------------------------------------
    // States outside the alliance. `cooperation` (0..=100) is how willing they
    // are to act on a request for assistance (UN GGE norm 3).
    third_states: [
        (id: "norland", name: "Republic of Norland", cooperation: 70),
    ],

    // --- Assets ---------------------------------------------------------------------
    // Critical infrastructure. `population` is in thousands (it weights
    // service); `hardening` slows intruders, `monitoring` helps detect them
    // (0..=100). `depends_on` makes service cascade: the water plant cannot
    // run much better than the substation that powers it.
    assets: [
        (id: "kr-sub", name: "Incheon substation", nation: "rok", sector: Energy, population: 2000, hardening: 35, monitoring: 50),
        (id: "kr-water", name: "Incheon water treatment", nation: "rok", sector: Water, population: 1500, hardening: 25, monitoring: 40, depends_on: ["kr-sub"]),
        (id: "us-base", name: "Osan Air Base power contractor", nation: "us", sector: Defense, population: 40, hardening: 40, monitoring: 50, depends_on: ["kr-sub"]),
    ],

    // --- Threat actors ------------------------------------------------------------
    // `capability` speeds every stage, `stealth` lowers every detection chance
    // (0..=100). `origin` is the state the activity emanates from. Technique
    // ids must be real MITRE ATT&CK ids (see src/attack_techniques.tsv).
    actors: [
        (
            id: "gray",
            name: "Gray Heron crew",
            kind: Criminal,
            capability: 45,
            stealth: 30,
            objective: Extort,
            origin: "norland",
            techniques: ["T1133", "T1078", "T1486"],
        ),
    ],

    // --- Incidents ------------------------------------------------------------------
    // One actor's campaign against one asset, through stages. Each turn a stage
    // advances with chance `advance` and is detected with chance `detect`
    // (0..=1, before the actor's and asset's modifiers). `effects` apply once on
    // entering the stage. An incident without `start_turn` waits for an inject
    // to start it (StartIncident).
    incidents: [
        (
            id: "sub-intrusion",
            name: "Substation intrusion",
            actor: "gray",
            target: "kr-sub",
            start_turn: 1,
            stages: [
                (name: "Remote access", advance: 0.50, detect: 0.35, techniques: ["T0822", "T0859"]),
                (name: "Lateral movement", advance: 0.40, detect: 0.35, techniques: ["T0867"]),
                (name: "Impact", detect: 0.95, effects: (service_loss: 40, alarm: 20), techniques: ["T0816", "T0826"]),
            ],
        ),
        (
            id: "water-ransom",
            name: "Water utility ransomware",
            actor: "gray",
            target: "kr-water",
            stages: [
                (name: "Valid accounts", advance: 0.50, detect: 0.40, techniques: ["T1078"]),
                (name: "Encryption", detect: 0.95, effects: (service_loss: 30, data_stolen: 20, alarm: 15), techniques: ["T1486", "T1490"]),
            ],
        ),
    ],

    // --- Injects (the Master Scenario Events List) ------------------------------------
    // Timed (AtTurn) or triggered (StageReached, Detected, EscalationAtLeast,
    // ServiceBelow, ActionTaken, Chance). Each can carry questions for the
    // room, effects, and choices (the first choice is the default).
    injects: [
        (
            id: "opening",
            title: "Opening brief",
            kind: Directive,
            from: "Exercise control",
            text: "Both watch floors report scanning of energy and water operators from servers hosted in Norland. Agree how you will share what you see.",
            trigger: AtTurn(1),
            questions: ["What would you share with your partner today, before anything has happened?"],
            expected_action: "Harden the substation; agree to share indicators.",
            objective: "share-early",
        ),
        (
            id: "sub-detected",
            title: "KISA sees the intruder",
            kind: IntelReport,
            from: "KISA watch floor",
            audience: Nation("rok"),
            text: "KISA confirms a remote session on the Incheon substation's engineering workstation from a Norland VPN exit.",
            trigger: Detected("sub-intrusion"),
            questions: ["Who else needs to know, and how fast?"],
            // Triggered injects can start incidents: the crew moves on to the water plant.
            effects: [StartIncident("water-ransom"), Alarm(5)],
            expected_action: "Share with the US; joint investigation.",
            objective: "share-early",
        ),
        (
            id: "ransom-note",
            title: "A ransom note at the water plant",
            kind: NewsFlash,
            from: "Incheon Waterworks",
            text: "Operators find their scheduling servers encrypted and a demand for payment.",
            trigger: StageReached(incident: "water-ransom", stage: "Encryption"),
            questions: ["Pay or not? Who decides?"],
            choices: [
                (label: "Refuse to pay; restore from backups", effects: [Trust(3), ActorCapability(actor: "gray", delta: -10)]),
                (label: "Let the utility pay", effects: [Service(asset: "kr-water", delta: 20), ActorCapability(actor: "gray", delta: 10), Alarm(6)]),
            ],
            expected_action: "Restore; request assistance from Norland.",
            objective: "water-flows",
        ),
    ],

    // --- Objectives (judged at the end) ----------------------------------------------
    objectives: [
        (id: "share-early", text: "Share threat information with the partner by turn 3", condition: ActionTaken(action: ShareIntel, by_turn: 3)),
        (id: "water-flows", text: "Incheon water never falls below 75% service", condition: ServiceNeverBelow(asset: "kr-water", min: 75)),
    ],

    // --- Defeat: any of these ends the exercise at once ----------------------------------
    defeat: [
        EscalationReached(5),
    ],
)
"#;

/// A short id from a name: lowercase letters and digits, words joined by `-`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "my-scenario".to_string() } else { out }
}

/// Escapes text for a RON double-quoted string.
fn ron_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A commented starter scenario (RON text) titled `name`, with an id derived
/// from it. It validates with no warnings and plays: two nations, three
/// assets with a dependency, one actor, two incidents (one started by an
/// inject), three injects including a choice, two objectives.
pub fn starter_scenario(name: &str) -> String {
    let title = if name.trim().is_empty() { "My scenario".to_string() } else { ron_string(name.trim()) };
    // The title is inside `// ...` comment lines too: keep it on one line.
    STARTER.replace("@ID@", &slug(name)).replace("@TITLE@", &title)
}

/// The columns of the MSEL in English, in order (the header of `--lang en`).
/// The inject's text, its choices and when a triggered inject fired in
/// simulation come last, so scripts that read the first ten still do.
pub const MSEL_COLUMNS: [&str; 13] = [
    "turn",
    "time",
    "inject",
    "kind",
    "from",
    "to",
    "trigger",
    "expected_action",
    "objective",
    "questions",
    "text",
    "choices",
    "fired",
];

/// Runs of each built-in policy the MSEL's `fired` column is drawn from
/// (seeded from `lint::SIMULATION_SEED`, so the export is the same every time).
pub const MSEL_RUNS: usize = 40;

/// When each inject fired over `runs` seeded games of every built-in policy
/// (`PolicyName::ALL`): the earliest and latest turn, and in how many of the
/// games it fired; `None` for an inject no game fired. Deterministic.
pub fn fired_turns(s: &std::sync::Arc<Scenario>, runs: usize) -> (Vec<Option<(u32, u32, usize)>>, usize) {
    let mut fired: Vec<Option<(u32, u32, usize)>> = vec![None; s.def.injects.len()];
    let mut games = 0;
    let threads = crate::batch::all_cores();
    let seed = crate::scenario::lint::SIMULATION_SEED;
    for policy in crate::sim::PolicyName::ALL {
        for r in crate::batch::run_many(s, policy, runs, seed, threads, &|_| {}) {
            games += 1;
            for (f, t) in fired.iter_mut().zip(&r.inject_turns) {
                if let Some(t) = *t {
                    *f = Some(f.map_or((t, t, 1), |(a, b, n)| (a.min(t), b.max(t), n + 1)));
                }
            }
        }
    }
    (fired, games)
}

/// The MSEL's header in `l`.
fn msel_header(l: Lang) -> [String; 13] {
    match l {
        Lang::En => MSEL_COLUMNS.map(String::from),
        _ => [
            tr!(l, "msel-turn"),
            tr!(l, "msel-time"),
            tr!(l, "msel-inject"),
            tr!(l, "msel-kind"),
            tr!(l, "msel-from"),
            tr!(l, "msel-to"),
            tr!(l, "msel-trigger"),
            tr!(l, "msel-expected-action"),
            tr!(l, "msel-objective"),
            tr!(l, "msel-questions"),
            tr!(l, "msel-text"),
            tr!(l, "msel-choices"),
            tr!(l, "msel-fired"),
        ],
    }
}

/// The injects in MSEL order: timed ones first in turn order, then triggered
/// ones in file order.
fn msel_order(s: &Scenario) -> Vec<usize> {
    let mut order: Vec<usize> = (0..s.def.injects.len()).collect();
    order.sort_by_key(|&i| match s.def.injects[i].trigger {
        Trigger::AtTurn(n) => (0, n),
        _ => (1, 0),
    });
    order
}

/// One inject's row of the MSEL in `l`; `fired` is when it fired in
/// simulation ([`fired_turns`]) out of `games`.
fn msel_row(l: Lang, s: &Scenario, i: usize, fired: Option<(u32, u32, usize)>, games: usize) -> [String; 13] {
    let inj = &s.def.injects[i];
    let (turn, time) = match inj.trigger {
        Trigger::AtTurn(n) => (n.to_string(), s.time_label(l, n)),
        _ => (String::new(), String::new()),
    };
    let to = match &inj.audience {
        Audience::All => tr!(l, "msel-to-all"),
        Audience::Nation(n) => {
            s.nation_ix.get(n).map_or(n.clone(), |&k| s.text(l, Text::Nation(k)).to_string())
        }
        Audience::Role(r) => r.clone(),
    };
    let objective = inj.objective.as_ref().map_or(String::new(), |o| {
        match s.def.objectives.iter().position(|x| &x.id == o) {
            Some(k) => format!("{o}: {}", s.text(l, Text::Objective(k))),
            None => o.clone(),
        }
    });
    let mut trigger = crate::narrate::trigger(l, s, &inj.trigger);
    if !inj.once && !matches!(inj.trigger, Trigger::AtTurn(_)) {
        trigger = tr!(l, "trigger-repeats", trigger = trigger);
    }
    [
        turn,
        time,
        format!("{} ({})", s.text(l, Text::InjectTitle(i)), inj.id),
        crate::narrate::labels::inject_kind(l, inj.kind),
        s.text(l, Text::InjectFrom(i)).to_string(),
        to,
        trigger,
        s.text(l, Text::ExpectedAction(i)).to_string(),
        objective,
        (0..inj.questions.len())
            .map(|q| s.text(l, Text::Question { inject: i, question: q }))
            .collect::<Vec<_>>()
            .join("\n"),
        s.text(l, Text::InjectText(i)).to_string(),
        (0..inj.choices.len())
            .map(|c| format!("{}. {}", c + 1, s.text(l, Text::Choice { inject: i, choice: c })))
            .collect::<Vec<_>>()
            .join("\n"),
        match (&inj.trigger, fired) {
            // A timed inject fires when its turn comes: the turn column says when.
            (Trigger::AtTurn(_), _) => String::new(),
            (_, Some((from, to, n))) => {
                tr!(l, "msel-fired-turns", from = from, to = to, runs = n, games = games)
            }
            (_, None) => tr!(l, "msel-fired-never", games = games),
        },
    ]
}

/// The HSEEP-style Master Scenario Events List of a scenario as CSV (without
/// its byte-order mark): a header, then one row per inject. Timed injects come
/// first in turn order with their in-world time; triggered ones follow in file
/// order with the turn left empty and the trigger described in words. In both
/// languages the turn is one column and every other column comes twice, each
/// language's beside the other, headed in its language. After the questions
/// come the inject's text, its choices (numbered, the first is the default)
/// and, for a triggered inject, the turns in which it fired over
/// [`MSEL_RUNS`] seeded games of each built-in policy.
pub fn msel_csv(s: &Scenario, langs: LangChoice) -> String {
    let (fired, games) = fired_turns(&std::sync::Arc::new(s.clone()), MSEL_RUNS);
    let all = langs.langs();
    // Columns in every language but the first are interleaved after it; the turn stays one column.
    let merge = |rows: Vec<[String; 13]>| -> Vec<String> {
        let mut out = vec![rows[0][0].clone()];
        for c in 1..13 {
            out.extend(rows.iter().map(|r| r[c].clone()));
        }
        out
    };
    let header = match langs {
        LangChoice::Both => {
            let mut h = merge(all.iter().map(|&l| msel_header(l)).collect());
            h[0] = all.iter().map(|&l| msel_header(l)[0].clone()).collect::<Vec<_>>().join(" / ");
            h
        }
        LangChoice::One(l) => msel_header(l).to_vec(),
    };
    let mut out = csv_row(&header);
    for i in msel_order(s) {
        out.push_str(&csv_row(&merge(all.iter().map(|&l| msel_row(l, s, i, fired[i], games)).collect())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::csv_field;
    use crate::sim::{Exercise, Policy, PolicyName, play_out};
    use std::sync::Arc;

    /// Splits CSV text into records of fields, honouring quotes.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        field.push('"');
                        chars.next();
                    }
                    '"' => quoted = false,
                    c => field.push(c),
                }
            } else {
                match c {
                    '"' => quoted = true,
                    ',' => record.push(std::mem::take(&mut field)),
                    '\n' => {
                        record.push(std::mem::take(&mut field));
                        records.push(std::mem::take(&mut record));
                    }
                    c => field.push(c),
                }
            }
        }
        if !field.is_empty() || !record.is_empty() {
            record.push(field);
            records.push(record);
        }
        records
    }

    fn starter() -> Scenario {
        let text = starter_scenario("Incheon \"Night\" Watch, 2025");
        match Scenario::from_str(&text, "x.ron") {
            Ok(s) => s,
            Err(d) => panic!("the starter scenario does not validate:\n{d}\n---\n{text}"),
        }
    }

    #[test]
    fn starter_validates_without_diagnostics() {
        let s = starter();
        assert!(s.warnings.is_empty(), "warnings: {:?}", s.warnings);
        assert_eq!(s.def.id, "incheon-night-watch-2025");
        assert_eq!(s.def.title, "Incheon \"Night\" Watch, 2025");
        assert_eq!(s.def.nations.len(), 2);
        assert_eq!(s.def.incidents.len(), 2);
        assert_eq!(s.def.injects.len(), 3);
        assert!(s.def.injects.iter().any(|i| !i.choices.is_empty()));
        assert_eq!(s.def.objectives.len(), 2);
        assert!(s.asset_deps.iter().any(|d| !d.is_empty()));
        let plain = Scenario::from_str(&starter_scenario(""), "y.ron").expect("empty name");
        assert_eq!(plain.def.id, "my-scenario");
    }

    #[test]
    fn starter_plays_to_the_end_with_every_policy() {
        let s = Arc::new(starter());
        for name in PolicyName::ALL {
            for seed in 1..=5 {
                let mut ex = Exercise::new(s.clone(), seed);
                let mut p = Policy::new(name, seed);
                play_out(&mut ex, &mut p);
                assert!(ex.state().is_over(), "{name:?} seed {seed} did not finish");
                assert!(ex.state().turn <= s.def.turns);
            }
        }
    }

    #[test]
    fn msel_has_a_header_and_one_row_per_inject() {
        let s = starter();
        let csv = msel_csv(&s, LangChoice::One(Lang::En));
        let rows = parse_csv(&csv);
        assert_eq!(rows[0], MSEL_COLUMNS);
        assert_eq!(rows.len(), 1 + s.def.injects.len(), "{csv}");
        assert!(rows.iter().all(|r| r.len() == 13), "{rows:?}");
        // The timed opening brief first, with its turn and time.
        assert_eq!(rows[1][0], "1");
        assert_eq!(rows[1][1], s.time_label(crate::i18n::Lang::En, 1));
        // Triggered injects: no turn, the trigger in words.
        let detected = rows.iter().find(|r| r[2].contains("(sub-detected)")).unwrap();
        assert_eq!(detected[0], "");
        assert_eq!(detected[6], "When Substation intrusion is detected");
        assert_eq!(detected[5], "Republic of Korea");
        assert!(detected[8].starts_with("share-early: "));
    }

    #[test]
    fn msel_gives_each_injects_text_choices_and_when_it_fired_in_simulation() {
        let s = Scenario::load(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron")).unwrap();
        let (fired, games) = fired_turns(&Arc::new(s.clone()), MSEL_RUNS);
        assert_eq!(games, PolicyName::ALL.len() * MSEL_RUNS);
        let at = |id: &str| s.def.injects.iter().position(|i| i.id == id).unwrap();
        for (l, rows) in [Lang::En, Lang::Ko].map(|l| (l, parse_csv(&msel_csv(&s, LangChoice::One(l))))) {
            assert!(rows.iter().all(|r| r.len() == 13), "{rows:?}");
            let row = |id: &str| rows.iter().find(|r| r[2].ends_with(&format!("({id})"))).unwrap().clone();
            let journalist = row("journalist-call");
            assert_eq!(journalist[10], s.text(l, Text::InjectText(at("journalist-call"))));
            let choice = |c| s.text(l, Text::Choice { inject: at("journalist-call"), choice: c }).to_string();
            assert_eq!(journalist[11], format!("1. {}\n2. {}\n3. {}", choice(0), choice(1), choice(2)));
            assert_eq!(row("opening-brief")[12], "", "a timed inject's turn column says when");
            // A triggered inject: the turns it fired in, as the simulation found them.
            let (from, to, runs) = fired[at("grid-detected")].expect("the Seoul grid intrusion is detected");
            assert!(1 <= from && from < to && to <= s.def.turns && runs <= games);
            let expected = match l {
                Lang::En => format!("turns {from}–{to} (in {runs} of {games} simulated games)"),
                _ => format!("{from}–{to}턴 (모의 훈련 {games}회 중 {runs}회 부여)"),
            };
            assert_eq!(row("grid-detected")[12], expected);
        }
        let ko = parse_csv(&msel_csv(&s, LangChoice::One(Lang::Ko)));
        assert_eq!(ko[0][10..], ["상황 내용", "선택지", "부여 시점(모의)"]);
        // An inject nothing can set off says so.
        let never = Scenario::from_str(
            &s.source.replace(
                "trigger: Chance(p: 0.3, from_turn: 3, to_turn: 8)",
                "trigger: ServiceBelow(asset: \"kr-telecom\", level: 5)",
            ),
            "never.ron",
        )
        .unwrap();
        let rows = parse_csv(&msel_csv(&never, LangChoice::One(Lang::En)));
        let row = rows.iter().find(|r| r[2].ends_with("(journalist-call)")).unwrap();
        assert_eq!(row[12], format!("never in {games} simulated games"));
    }

    #[test]
    fn msel_quotes_commas_quotes_and_newlines() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("one\ntwo"), "\"one\ntwo\"");
        let mut s = starter();
        let inj = &mut s.def.injects[0];
        inj.title = "Brief, \"urgent\"".into();
        inj.questions = vec!["First?".into(), "Second, \"really\"?".into()];
        let csv = msel_csv(&s, LangChoice::One(Lang::En));
        assert!(csv.contains("\"Brief, \"\"urgent\"\" (opening)\""), "{csv}");
        let rows = parse_csv(&csv);
        assert_eq!(rows.len(), 1 + s.def.injects.len());
        assert_eq!(rows[1][2], "Brief, \"urgent\" (opening)");
        assert_eq!(rows[1][9], "First?\nSecond, \"really\"?");
    }

    #[test]
    fn msel_of_the_library_scenarios() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
        for file in ["us-rok-hotline.ron", "tutorial.ron", "hospital-ransomware.ron"] {
            let path = format!("{dir}/{file}");
            let Ok(s) = Scenario::load(&path) else { continue };
            let rows = parse_csv(&msel_csv(&s, LangChoice::One(Lang::En)));
            assert_eq!(rows.len(), 1 + s.def.injects.len(), "{file}");
        }
    }
}
