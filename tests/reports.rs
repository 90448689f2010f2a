//! The reports: the after-action report of a scripted headless run, and the
//! balance report of a few runs per policy, checked against the numbers of the
//! runs they were made from.

use hotline::batch::Setup;
use hotline::i18n::Lang;
use hotline::report::{aar, balance, write_aar};
use hotline::save::SaveFile;
use hotline::scenario::{ActionKindName, Scenario};
use hotline::sim::{Action, ActionKind, Decision, Exercise, Policy, PolicyName, Score, play_out};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

const FLAGSHIP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/us-rok-hotline.ron");
const RATIONALE: &str =
    "Harden the western grid first; the water utility depends on it (test rationale 7431)";

fn flagship() -> Arc<Scenario> {
    Arc::new(Scenario::load(FLAGSHIP).expect("the flagship scenario loads"))
}

/// The program in English whatever the machine's locale or saved language (what these tests read).
fn hotline(args: &[&str]) -> (i32, String, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_hotline")).args(["--lang", "en"]).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// A written file's text; a CSV file must start with a UTF-8 byte-order mark, which is dropped.
fn read(dir: &Path, name: &str) -> String {
    let text = std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    match name.ends_with(".csv") {
        true => {
            text.strip_prefix('\u{feff}').unwrap_or_else(|| panic!("{name} has no byte-order mark")).into()
        }
        false => text,
    }
}

/// One decision with a rationale on turn 1, then the cooperative policy to the end.
fn scripted_run() -> Exercise {
    let mut ex = Exercise::new(flagship(), 11);
    let action = Action {
        nation: "us".into(),
        agency: "cisa".into(),
        kind: ActionKind::Harden("us-grid-west".into()),
    };
    ex.submit(Decision::Act { action, rationale: RATIONALE.into(), motive: None })
        .expect("CISA can harden the western grid on turn 1");
    play_out(&mut ex, &mut Policy::new(PolicyName::Cooperative, 11));
    assert!(ex.state().is_over());
    ex
}

#[test]
fn after_action_report_has_every_section_and_the_numbers_of_the_run() {
    let ex = scripted_run();
    let dir = tempfile::tempdir().unwrap();
    write_aar(&ex, dir.path()).unwrap();
    let html = read(dir.path(), "report.html");
    let md = read(dir.path(), "report.md");
    let csv = read(dir.path(), "decisions.csv");

    for heading in aar::SECTIONS {
        assert!(html.contains(&format!("<h2>{heading}</h2>")), "report.html lacks the section {heading:?}");
        assert!(md.contains(&format!("\n## {heading}\n")), "report.md lacks the section {heading:?}");
    }

    let score = Score::of(&ex);
    let d = &ex.scenario().def;
    let total = format!("{:.1}", score.total);
    assert!(
        html.contains(&format!("<dt>Final score</dt><dd>{total} (success at {:.0})</dd>", d.win_score)),
        "score {total} not in report.html"
    );
    assert!(
        md.contains(&format!("| Final score | {total} (success at {:.0}) |", d.win_score)),
        "score {total} not in report.md"
    );
    let objectives = format!("Objectives met: {} of {}", score.objectives_met, score.objectives_total);
    assert!(html.contains(&objectives) && md.contains(&objectives), "{objectives}");
    assert_eq!(score.objectives_met, Score::objectives(&ex).iter().filter(|m| **m).count());
    let turns = format!("{} of {} (", ex.state().turn, d.turns);
    assert!(html.contains(&format!("<dt>Turns played</dt><dd>{turns}")), "turns played not in report.html");
    assert!(md.contains(&format!("| Turns played | {turns}")), "turns played not in report.md");
    let outcome = ex.state().outcome.unwrap().label();
    assert!(
        html.contains(&format!("<dt>Outcome</dt><dd>{outcome}</dd>"))
            && md.contains(&format!("| Outcome | {outcome} |"))
    );

    // The rationale, in the timeline of both formats and in the decisions CSV.
    let rationale_html = RATIONALE.replace('\'', "&#39;");
    assert!(html.contains(&rationale_html), "rationale not in report.html");
    assert!(md.contains(RATIONALE), "rationale not in report.md");

    // decisions.csv: a header, then one row per decision, in order.
    let rows = parse_csv(&csv);
    assert_eq!(rows[0].join(","), aar::DECISIONS_HEADER);
    assert_eq!(rows.len() - 1, ex.decisions().len(), "one row per decision");
    assert!(rows[1..].iter().all(|r| r.len() == 4), "four fields a row");
    assert_eq!(
        rows[1],
        vec!["1".to_string(), "US".into(), "CISA hardens Western US grid operator".into(), RATIONALE.into()]
    );
    let end_turns = rows[1..].iter().filter(|r| r[2] == "End of turn").count();
    assert_eq!(end_turns as u32, ex.state().turn, "one end of turn per turn played");
    assert_eq!(rows.last().unwrap()[0], ex.state().turn.to_string());

    // Secret entries are shown, and marked.
    if ex.log().iter().any(|e| e.secret()) {
        assert!(html.contains("<tr class=\"muted\">") && html.contains(aar::UNSEEN));
        assert!(md.contains(&format!("*({})*", aar::UNSEEN)));
    }

    // Self-contained HTML: the three charts inlined, nothing fetched.
    assert_eq!(html.matches("<svg").count(), 3, "three inline charts");
    assert!(!html.contains("<img") && !html.contains("<link") && !html.contains("<script"));
    for chart in aar::CHART_FILES {
        assert!(md.contains(&format!("]({chart})")), "report.md shows {chart}");
        assert!(read(dir.path(), chart).contains("<svg"));
    }

    // The improvement plan lists every area for improvement.
    let afi: Vec<_> = aar::findings(Lang::En, &ex)
        .into_iter()
        .filter(|f| f.rating == aar::Rating::AreaForImprovement)
        .collect();
    for f in &afi {
        assert!(
            md.contains(&hotline::report::doc::md_escape(&f.corrective_action)),
            "plan lacks {:?}",
            f.corrective_action
        );
    }
}

#[test]
fn report_command_restores_a_save_and_writes_the_same_report() {
    let ex = scripted_run();
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("game.ron");
    SaveFile::of(&ex).write(&save).unwrap();
    let out = dir.path().join("aar");
    let (code, stdout, stderr) = hotline(&["report", save.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let direct = dir.path().join("direct");
    write_aar(&ex, &direct).unwrap();
    for f in ["report.md", "report.html", "decisions.csv"] {
        let a = read(&out, f).replace(FLAGSHIP, "");
        let b = read(&direct, f).replace(FLAGSHIP, "");
        assert_eq!(a, b, "{f} differs between the CLI (restored save) and the library");
    }
    let (code, _, stderr) = hotline(&[
        "report",
        dir.path().join("missing.ron").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("missing.ron"), "{stderr}");
}

#[test]
fn balance_report_writes_every_table_and_chart() {
    let scenario = flagship();
    let runs = 6;
    let setups: Vec<Setup> = PolicyName::ALL.iter().map(|&p| Setup::all(p)).collect();
    let counted = std::sync::atomic::AtomicUsize::new(0);
    let b = balance::run(&scenario, &setups, runs, 3, 2, &|| {
        counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    });
    assert_eq!(counted.into_inner(), runs * setups.len(), "progress once per run");
    let dir = tempfile::tempdir().unwrap();
    balance::write_balance(&b, dir.path()).unwrap();
    let d = &scenario.def;
    let policies: Vec<&str> = PolicyName::ALL.iter().map(|p| p.label()).collect();

    let summary = parse_csv(&read(dir.path(), "summary.csv"));
    assert_eq!(summary[0].join(","), balance::SUMMARY_HEADER);
    assert_eq!(
        summary[1..].iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        policies,
        "one row per policy"
    );
    for (row, p) in summary[1..].iter().zip(&b.policies) {
        assert_eq!(row[1], runs.to_string());
        let outcomes: usize = row[2..5].iter().map(|c| c.parse::<usize>().unwrap()).sum();
        assert_eq!(outcomes, runs);
        let mean = p.results.iter().map(|r| r.score.total).sum::<f64>() / runs as f64;
        assert_eq!(row[7], format!("{mean:.3}"));
    }

    let injects = parse_csv(&read(dir.path(), "injects.csv"));
    assert_eq!(injects[0].join(","), balance::INJECTS_HEADER);
    assert_eq!(injects.len() - 1, d.injects.len() * policies.len(), "one row per inject and policy");
    for inj in &d.injects {
        let rows: Vec<_> = injects[1..].iter().filter(|r| r[0] == inj.id).collect();
        assert_eq!(rows.iter().map(|r| r[3].as_str()).collect::<Vec<_>>(), policies, "inject {}", inj.id);
    }
    let opening = injects.iter().find(|r| r[0] == "opening-brief" && r[3] == "cooperative").unwrap();
    assert_eq!(
        (opening[5].as_str(), opening[6].as_str(), opening[8].as_str()),
        (runs.to_string().as_str(), "1.0000", "1"),
        "the turn-1 brief fires on turn 1 every run"
    );

    let objectives = parse_csv(&read(dir.path(), "objectives.csv"));
    assert_eq!(objectives[0].join(","), balance::OBJECTIVES_HEADER);
    assert_eq!(objectives.len() - 1, d.objectives.len() * policies.len(), "one row per objective and policy");
    for o in &d.objectives {
        assert_eq!(objectives[1..].iter().filter(|r| r[0] == o.id).count(), policies.len());
    }

    let actions = parse_csv(&read(dir.path(), "actions.csv"));
    assert_eq!(actions[0].join(","), balance::ACTIONS_HEADER);
    assert_eq!(
        actions.len() - 1,
        ActionKindName::ALL.len() * policies.len(),
        "one row per family and policy"
    );
    let passive_share = actions.iter().find(|r| r[0] == "share_intel" && r[2] == "passive").unwrap();
    assert_eq!(passive_share[4], "0.0000", "the passive policy never acts");

    let all_runs = parse_csv(&read(dir.path(), "runs.csv"));
    assert_eq!(all_runs[0].join(","), balance::runs_header());
    assert_eq!(all_runs.len() - 1, runs * policies.len(), "one row per run");
    assert!(all_runs[1..].iter().all(|r| r.len() == all_runs[0].len()));

    let index = read(dir.path(), "index.html");
    for chart in balance::CHARTS {
        assert!(index.contains(&format!("src=\"{chart}\"")), "index.html does not show {chart}");
        assert!(read(dir.path(), chart).contains("<svg"), "{chart} is an SVG");
    }
    for csv in balance::CSV_FILES {
        assert!(index.contains(&format!("href=\"{csv}\"")), "index.html does not link {csv}");
    }
    for inj in &d.injects {
        assert!(index.contains(&inj.id), "index.html lists inject {}", inj.id);
    }
}

#[test]
fn balance_report_lists_injects_that_never_fired_and_objectives_never_met() {
    let src = r#"(
        id: "quiet", title: "Quiet", summary: "test", turns: 4,
        nations: [
            (id: "a", name: "Alpha", short: "A", agencies: [(id: "gov", name: "Gov A", capacity: 4, skills: {Defense: 50, Intelligence: 50, Investigation: 50, Diplomacy: 50})]),
            (id: "b", name: "Beta", short: "B", agencies: [(id: "gov", name: "Gov B", capacity: 4, skills: {Defense: 50, Intelligence: 50, Investigation: 50, Diplomacy: 50})]),
        ],
        third_states: [(id: "t", name: "Thirdland", cooperation: 50)],
        assets: [(id: "a-net", name: "A network", nation: "a", sector: Telecom, population: 100, hardening: 100)],
        actors: [(id: "x", name: "Actor X", kind: Criminal, capability: 10, stealth: 10, objective: Disrupt, origin: "t")],
        incidents: [
            (id: "probe", name: "Probe", actor: "x", target: "a-net", start_turn: 1, stages: [
                (name: "Access", advance: 0.0, detect: 0.0),
                (name: "Impact", effects: (service_loss: 50)),
            ]),
        ],
        injects: [
            (id: "kickoff", title: "Kick-off", text: "x", trigger: AtTurn(1)),
            (id: "blackout", title: "Blackout never comes", text: "x", trigger: StageReached(incident: "probe", stage: "Impact")),
        ],
        objectives: [
            (id: "attribute", text: "Attribute the probe", condition: Attributed(incident: "probe")),
            (id: "calm", text: "Stay calm", condition: EscalationNeverAbove(5)),
        ],
    )"#;
    let scenario = Arc::new(Scenario::from_str(src, "quiet.ron").unwrap_or_else(|d| panic!("{d}")));
    let setups: Vec<Setup> = PolicyName::ALL.iter().map(|&p| Setup::all(p)).collect();
    let b = balance::run(&scenario, &setups, 5, 1, 1, &|| {});
    assert_eq!(balance::never_fired(&b), vec![1]);
    assert_eq!(balance::never_met(&b), vec![0]);
    let index = balance::index_html(Lang::En, &b);
    let alert = &index[index.find("<div class=\"alert\">").expect("an alert box")..];
    let alert = &alert[..alert.find("</div>").unwrap()];
    assert!(
        alert.contains("Injects that never fired (1 of 2)") && alert.contains("Blackout never comes"),
        "{alert}"
    );
    assert!(
        alert.contains("Objectives never met (1 of 2)") && alert.contains("Attribute the probe"),
        "{alert}"
    );
    assert!(!alert.contains("Kick-off") && !alert.contains("Stay calm"));
}

#[test]
fn simulate_with_report_writes_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("balance");
    let (code, stdout, stderr) =
        hotline(&["simulate", FLAGSHIP, "--runs", "4", "--seed", "5", "--report", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("runs/s"), "{stdout}");
    for f in balance::CSV_FILES.iter().chain(balance::CHARTS.iter()).chain(["index.html"].iter()) {
        assert!(out.join(f).is_file(), "{f} missing");
    }
}
