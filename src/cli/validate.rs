//! `hotline validate`: every problem of scenario files and their
//! translations, with file:line:col, in the language of `--lang`.
//!
//! A scenario is checked with the translations beside it; a translation
//! named on its own (`NAME.ko.ron`) is checked against the scenario beside
//! it, and then the scenario's own run leaves it out so nothing is said twice.

use hotline::i18n::Lang;
use hotline::scenario::translation::{overlay_lang, overlay_path, scenario_of_overlay};
use hotline::scenario::{Diagnostic, Diagnostics, Scenario, Severity, lint, translation};
use hotline::tr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

pub(super) fn validate(lang: Lang, files: &[PathBuf], json: bool, runs: usize) -> ExitCode {
    let mut all = Vec::new();
    let mut failed = false;
    for f in files {
        // Runs per policy the simulation lints played, of those asked.
        let mut simulated = None;
        let diags = match overlay_lang(f) {
            Some(of) => translation_problems(lang, f, of),
            None => match Scenario::load_in(lang, f) {
                // Valid: add the lints (static, then what seeded playthroughs show).
                Ok(mut s) => {
                    // A translation also named on the command line is reported there.
                    s.translations.retain(|&l, _| !files.contains(&overlay_path(f, l)));
                    let s = Arc::new(s);
                    let mut d = s.warnings.clone();
                    d.extend(lint::lint_in(lang, &s));
                    let work = Some(lint::SIMULATION_WORK);
                    let (found, done) = lint::lint_by_simulation_in(lang, &s, runs, work);
                    if done < runs && !json {
                        println!(
                            "{}",
                            tr!(
                                lang,
                                "validate-cut-short",
                                file = f.display().to_string(),
                                done = done,
                                runs = runs
                            )
                        );
                    }
                    simulated = Some((done, runs));
                    d.extend(found);
                    let scenario = s.path.clone();
                    d.sort_by_key(|d| (d.file != scenario, d.file.clone(), d.line, d.col));
                    d.extend(translation::lint(lang, &s));
                    d
                }
                Err(Diagnostics(d)) => d,
            },
        };
        let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
        failed |= errors > 0;
        if !json {
            for d in &diags {
                println!("{}", d.render(lang));
            }
            let warnings = diags.len() - errors;
            let file = f.display().to_string();
            println!(
                "{}",
                if errors > 0 {
                    tr!(lang, "validate-failed", file = file, errors = errors, warnings = warnings)
                } else {
                    tr!(lang, "validate-ok", file = file, warnings = warnings)
                }
            );
        }
        all.push(
            serde_json::json!({
                "file": f.display().to_string(),
                "ok": errors == 0,
                "diagnostics": diags,
                "simulation_runs": simulated.map(|(done, asked)| serde_json::json!({ "played": done, "asked": asked, "cut_short": done < asked })),
            }),
        );
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&all).unwrap_or_default());
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// The problems of the translation `file` into `lang`, judged against the
/// scenario beside it (whose own problems come first if it does not load).
fn translation_problems(ui: Lang, file: &std::path::Path, lang: Lang) -> Vec<Diagnostic> {
    let scenario = scenario_of_overlay(file).unwrap_or_default();
    if !scenario.is_file() {
        let name = file.display().to_string();
        return vec![Diagnostic::at(
            &name,
            (1, 1),
            tr!(ui, "validate-overlay-alone", scenario = scenario.display().to_string()),
            tr!(ui, "validate-overlay-alone.hint"),
        )];
    }
    match Scenario::load_in(ui, &scenario) {
        Ok(mut s) => {
            s.translations.retain(|&l, _| l == lang);
            let mut d = translation::lint(ui, &s);
            d.sort_by_key(|d| (d.file != s.path, d.file.clone(), d.line, d.col));
            d
        }
        Err(Diagnostics(d)) => d,
    }
}
