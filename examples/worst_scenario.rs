//! Writes the costliest scenario file the limits allow (under 1 MiB), to measure
//! `validate`, `play` and `report` against the goals of issue 14:
//!
//! ```sh
//! target/debug/examples/worst_scenario /tmp/worst.ron   # or: bash scenarios/tools/measure_worst.sh
//! /usr/bin/time -v target/debug/hotline validate /tmp/worst.ron
//! ```
//!
//! Every list is at its limit (`scenario::limits`): 6 nations of 10 agencies with
//! every skill, 8 third states, 16 actors, 400 assets in dependency chains of 16,
//! 64 incidents of 20 slow, stealthy stages spread over 200 turns, 200 injects
//! (4 repeating every turn with 16 effects and 6 choices), 50 objectives and 16
//! defeat conditions that never hold, so every game lasts all 200 turns. Texts
//! are long where the log repeats them. The file validates (with warnings).

use std::fmt::Write as _;

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: worst_scenario OUT.ron");
        std::process::exit(2);
    };
    let text = worst();
    assert!(text.len() < hotline::scenario::limits::MAX_FILE_BYTES, "{} bytes", text.len());
    if let Err(e) = std::fs::write(&out, &text) {
        eprintln!("{out}: {e}");
        std::process::exit(1);
    }
    println!("{out}: {} bytes", text.len());
}

/// The scenario text (see the module documentation).
fn worst() -> String {
    use hotline::scenario::limits::*;
    let sectors = [
        "Energy",
        "Water",
        "Telecom",
        "Finance",
        "Health",
        "Transport",
        "Semiconductor",
        "Government",
        "Defense",
    ];
    let actions = [
        "ShareIntel",
        "Investigate",
        "JointInvestigation",
        "MilitaryCooperation",
        "Hotline",
        "Harden",
        "Isolate",
        "Restore",
        "RequestAssistance",
        "AttributePublicly",
        "Invest",
    ];
    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(
        w,
        "(\n id: \"worst\", title: \"Worst case\", summary: \"Every limit at once.\", turns: 200, win_score: 50.0,"
    );
    let _ = writeln!(
        w,
        " rules: (start_trust: 60, start_escalation: 0, hotline_calls: 20, hotline_cooldown: 0, cascade_slack: 0),"
    );
    w.push_str(" nations: [\n");
    for n in 0..MAX_NATIONS {
        let _ = write!(w, "  (id: \"n{n}\", name: \"Nation {n}\", short: \"N{n}\", agencies: [");
        for a in 0..MAX_AGENCIES {
            let _ = write!(
                w,
                "(id: \"a{a}\", name: \"Agency {a}\", capacity: 10, skills: {{Diplomacy: 90, Intelligence: 90, Investigation: 90, Military: 90, Defense: 90}}),"
            );
        }
        w.push_str("]),\n");
    }
    w.push_str(" ],\n third_states: [");
    for t in 0..MAX_THIRD_STATES {
        let _ = write!(w, "(id: \"t{t}\", name: \"Third {t}\", cooperation: 50),");
    }
    w.push_str("],\n assets: [\n");
    for a in 0..MAX_ASSETS {
        // Chains of 16: each asset depends on the (up to) 16 before it in its chain.
        let first = a - a % MAX_DEPENDENCIES;
        let deps: Vec<String> = (first..a).map(|d| format!("\"s{d}\"")).collect();
        let _ = writeln!(
            w,
            "  (id: \"s{a}\", name: \"Asset {a}\", nation: \"n{}\", sector: {}, population: 1000, hardening: 0, monitoring: 0, depends_on: [{}]),",
            a % MAX_NATIONS,
            sectors[a % sectors.len()],
            deps.join(",")
        );
    }
    w.push_str(" ],\n actors: [\n");
    let kinds = ["StateBacked", "Criminal", "Terrorist", "Hacktivist"];
    let aims = ["Disrupt", "StealIp", "Extort"];
    for x in 0..MAX_ACTORS {
        let _ = writeln!(
            w,
            "  (id: \"x{x}\", name: \"Actor {x}\", kind: {}, capability: 100, stealth: 100, objective: {}, origin: \"t{}\"),",
            kinds[x % kinds.len()],
            aims[x % aims.len()],
            x % MAX_THIRD_STATES
        );
    }
    w.push_str(" ],\n incidents: [\n");
    for i in 0..MAX_INCIDENTS {
        let _ = write!(
            w,
            "  (id: \"i{i}\", name: \"Incident {i}\", actor: \"x{}\", target: \"s{}\", start_turn: {}, stages: [",
            i % MAX_ACTORS,
            (i * 6) % MAX_ASSETS,
            1 + (i * 3) % 190
        );
        for st in 0..MAX_STAGES {
            let _ = write!(
                w,
                "(name: \"S{st}\", advance: 0.1, detect: 0.01, effects: (service_loss: 5, data_stolen: 10, ip_stolen: 10, alarm: 1)),"
            );
        }
        w.push_str("]),\n");
    }
    w.push_str(" ],\n injects: [\n");
    // Long texts in the repeating injects: the log (and so the report) repeats them every turn.
    let long = "A long inject text that the log repeats every turn. ".repeat(76);
    for k in 0..MAX_INJECTS {
        let repeating = k < MAX_REPEATING_INJECTS;
        let trigger = match k % 5 {
            0 => "Chance(p: 1.0, from_turn: 1, to_turn: 200)".to_string(),
            1 => format!("AtTurn({})", 1 + k % 200),
            2 => format!("Detected(\"i{}\")", k % MAX_INCIDENTS),
            3 => format!("ActionTaken(action: {})", actions[k % actions.len()]),
            _ => {
                format!("StageReached(incident: \"i{}\", stage: \"S{}\")", k % MAX_INCIDENTS, k % MAX_STAGES)
            }
        };
        let effects = |w: &mut String| {
            w.push('[');
            for e in 0..MAX_EFFECTS {
                let _ = write!(
                    w,
                    "{},",
                    match e % 4 {
                        0 => "Trust(1)".to_string(),
                        1 => "Alarm(-1)".to_string(),
                        2 => format!("Service(asset: \"s{}\", delta: 1)", (k + e) % MAX_ASSETS),
                        _ => format!("Hardening(asset: \"s{}\", delta: 1)", (k * 7 + e) % MAX_ASSETS),
                    }
                );
            }
            w.push(']');
        };
        let _ = write!(
            w,
            "  (id: \"j{k}\", title: \"Inject {k}\", text: \"{}\", trigger: {trigger}, once: {}, effects: ",
            if repeating { long.as_str() } else { "Something happens." },
            !repeating
        );
        effects(w);
        w.push_str(", questions: [");
        for q in 0..MAX_QUESTIONS {
            let _ = write!(w, "\"Question {q}?\",");
        }
        w.push_str("], choices: [");
        for c in 0..MAX_CHOICES {
            let _ = write!(w, "(label: \"Choice {c}\", effects: ");
            effects(w);
            w.push_str("),");
        }
        w.push_str("]),\n");
    }
    w.push_str(" ],\n objectives: [\n");
    for o in 0..MAX_OBJECTIVES {
        let condition = match o % 4 {
            0 => format!("Contained(incident: \"i{}\")", o % MAX_INCIDENTS),
            1 => format!("ServiceNeverBelow(asset: \"s{}\", min: 1)", o % MAX_ASSETS),
            2 => format!("ActionTaken(action: {})", actions[o % actions.len()]),
            _ => format!("Attributed(incident: \"i{}\")", o % MAX_INCIDENTS),
        };
        let _ = writeln!(w, "  (id: \"o{o}\", text: \"Objective {o}\", condition: {condition}),");
    }
    w.push_str(" ],\n defeat: [");
    for d in 0..MAX_DEFEAT {
        let _ = write!(w, "ServiceBelow(asset: \"s{}\", level: 0),", d % MAX_ASSETS);
    }
    w.push_str("],\n)\n");
    s
}
