//! The commands that read saves and write files: `replay`, `report`,
//! `play --resume`, `new` and `msel`. Saves are verified before they are
//! believed; files are written with `save::write_file` and replaced only with `--force`.

use super::{Command, PlayArgs, load};
use hotline::i18n::{Lang, LangChoice};
use hotline::save::{Overwrite, SaveFile, write_file};
use hotline::sim::Exercise;
use hotline::tr;
use std::path::PathBuf;
use std::process::ExitCode;

pub(super) fn replay(path: &PathBuf) -> ExitCode {
    let save = match SaveFile::load(path) {
        Ok(s) => s,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::from(1);
        }
    };
    // `restore` checks the digest, every decision and the state they reach.
    match save.restore() {
        Ok(ex) => {
            println!(
                "replay ok: {} decisions from seed {} reach the saved state (hash {:016x}, turn {}); digest {}",
                save.decisions.len(),
                save.seed,
                save.hash_of(&ex),
                ex.state().turn,
                if save.digest.is_empty() { "absent (format 1)" } else { "matches" }
            );
            ExitCode::SUCCESS
        }
        Err(d) => {
            eprintln!("replay MISMATCH: {d}");
            ExitCode::from(1)
        }
    }
}

/// A verified save's exercise, or (with `trust`) one that failed its checks and why.
pub(super) fn restore(file: &std::path::Path, trust: bool) -> Result<(Exercise, Option<String>), ExitCode> {
    let fail = |d: hotline::scenario::Diagnostics| {
        eprintln!("{d}");
        ExitCode::from(1)
    };
    let save = SaveFile::load(file).map_err(fail)?;
    if !trust {
        return save.restore().map(|ex| (ex, None)).map_err(fail);
    }
    match save.restore_trusting().map_err(fail)? {
        Ok(ex) => Ok((ex, None)),
        Err(u) => Ok((u.ex, Some(u.why))),
    }
}

pub(super) fn new_scenario(lang: Lang, name: &str, out: Option<PathBuf>, force: bool) -> ExitCode {
    let plain = !name.is_empty()
        && !name.starts_with(['.', '-'])
        && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        && name.chars().count() <= 64;
    if !plain {
        eprintln!("{}", tr!(lang, "authoring-bad-name", name = name));
        return ExitCode::from(2);
    }
    let user_dir = hotline::places::user_scenario_dir();
    // The picker lists the user's scenario folder: say how to write there.
    let offer = if out.is_none() {
        let dir = user_dir.display().to_string();
        format!("\n{}", tr!(lang, "authoring-picker-offer", name = name, dir = dir))
    } else {
        String::new()
    };
    let path = out.unwrap_or_default().join(format!("{name}.ron"));
    write_output(&path, hotline::authoring::starter_scenario(name).as_bytes(), force, |p| {
        format!("{}{offer}", tr!(lang, "authoring-wrote", path = p))
    })
}

/// Whether a command writes documents, which `--lang both` writes in both languages.
pub(super) fn takes_both(command: &Option<Command>) -> bool {
    matches!(
        command,
        Some(Command::Report { .. } | Command::Msel { .. } | Command::Simulate { report: Some(_), .. })
    )
}

/// The language messages on the terminal are in: English for both.
fn said(langs: LangChoice) -> Lang {
    langs.single().unwrap_or_default()
}

pub(super) fn msel(path: &PathBuf, out: &std::path::Path, force: bool, langs: LangChoice) -> ExitCode {
    let scenario = match load(path) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let csv = format!("{}{}", hotline::report::CSV_BOM, hotline::authoring::msel_csv(&scenario, langs));
    let injects = scenario.def.injects.len();
    write_output(out, csv.as_bytes(), force, |p| {
        tr!(said(langs), "report-cli-msel-written", path = p, injects = injects)
    })
}

/// Writes one output file (replacing one only with --force) and says so.
fn write_output(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
    said: impl Fn(&str) -> String,
) -> ExitCode {
    let overwrite = if force { Overwrite::Yes } else { Overwrite::No };
    match write_file(path, bytes, overwrite) {
        Ok(()) => {
            println!("{}", said(&path.display().to_string()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            ExitCode::from(1)
        }
    }
}

/// `play --resume SAVE`: the save's exercise, verified (or, with --trust-save,
/// as far as it replays). A seed, difficulty or scenario given beside it must
/// be the save's own: anything else is an error, never silently ignored.
/// The solo learner's nation, if the save at `file` names one it has.
fn solo_of(file: &std::path::Path, ex: &Exercise) -> Option<usize> {
    let id = SaveFile::load(file).ok()?.solo_nation?;
    ex.scenario().nation_ix.get(&id).copied()
}

/// The nation a solo learner holds in `play`: `--solo`, else the first with
/// `--partner`, else the resumed save's. An unknown `--solo` is refused.
pub(super) fn learner(args: &PlayArgs, ex: &Exercise) -> Result<Option<usize>, ExitCode> {
    if let Some(id) = &args.solo {
        return match ex.scenario().nation_ix.get(id) {
            Some(&n) => Ok(Some(n)),
            None => {
                let known: Vec<&str> = ex.scenario().def.nations.iter().map(|n| n.id.as_str()).collect();
                eprintln!("--solo {id}: no such nation (the scenario has {})", known.join(", "));
                Err(ExitCode::from(2))
            }
        };
    }
    if args.partner.is_some() {
        return Ok(Some(0));
    }
    Ok(args.resume.as_deref().and_then(|f| solo_of(f, ex)))
}

pub(super) fn resume(file: &std::path::Path, args: &PlayArgs) -> Result<Exercise, ExitCode> {
    let (ex, unverified) = restore(file, args.trust_save)?;
    if let Some(why) = unverified {
        eprintln!("{}: warning: resuming an UNVERIFIED save ({why})", file.display());
    }
    let mut conflicts = Vec::new();
    if args.seed.is_some_and(|s| s != ex.seed()) {
        conflicts.push(format!(
            "--seed {} (the save's seed is {})",
            args.seed.unwrap_or_default(),
            ex.seed()
        ));
    }
    if args.difficulty.is_some_and(|d| d != ex.difficulty()) {
        conflicts.push(format!(
            "--difficulty {} (the save's is {})",
            args.difficulty.unwrap_or_default().label(),
            ex.difficulty().label()
        ));
    }
    if let Some(path) = &args.scenario {
        let same = std::fs::read_to_string(path)
            .is_ok_and(|t| t.strip_prefix('\u{feff}').unwrap_or(&t) == ex.scenario().source);
        if !same {
            conflicts.push(format!("{} (not the scenario the save was played with)", path.display()));
        }
    }
    if !conflicts.is_empty() {
        eprintln!(
            "{}: --resume continues the saved exercise, which conflicts with {}; leave them out to use the save's",
            file.display(),
            conflicts.join(", ")
        );
        return Err(ExitCode::from(2));
    }
    Ok(ex)
}

/// `report SAVE --out DIR`: the after-action report of a saved exercise.
pub(super) fn report(
    save: &std::path::Path,
    out: &std::path::Path,
    force: bool,
    trust: bool,
    langs: LangChoice,
) -> ExitCode {
    let (ex, unverified) = match restore(save, trust) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let overwrite = if force { Overwrite::Yes } else { Overwrite::No };
    let l = said(langs);
    let hindsight = solo_of(save, &ex).map(|n| hotline::hindsight::hindsight(&ex, n, &Default::default()));
    let aar =
        hotline::report::aar::Aar { unverified: unverified.as_deref(), hindsight: hindsight.as_deref() };
    match hotline::report::aar::write_aar_with(&ex, out, langs, overwrite, aar) {
        Ok(()) => {
            if let Some(why) = &unverified {
                let file = save.display().to_string();
                eprintln!("{}", tr!(l, "report-cli-unverified", file = file, why = why.as_str()));
            }
            let path = out.join("report.html").display().to_string();
            println!("{}", tr!(l, "report-cli-written", path = path));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let dir = out.display().to_string();
            eprintln!("{}", tr!(l, "report-cli-cannot-write", dir = dir, error = e.to_string()));
            ExitCode::from(1)
        }
    }
}
