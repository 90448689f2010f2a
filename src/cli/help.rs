//! What the command line says about itself beyond `--help`: a suggestion for a
//! mistyped subcommand (the bare positional is the app's scenario, so clap alone
//! would open the app on `hotline simualte`), and the man pages and shell
//! completions the package installs.

use super::Cli;
use clap::CommandFactory;
use clap::error::ErrorKind;
use clap_complete::Shell;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Screens `--screen` can render (the screenshot tests and the README's pictures).
pub const SCREENS: [&str; 16] = [
    "title",
    "picker",
    "board",
    "debrief",
    "solo-board",
    "solo-debrief",
    "solo-tutorial",
    "glossary",
    "reload-error",
    "console",
    "projector",
    "projector-both",
    "handover",
    "paused",
    "host-setup",
    "join-setup",
];

/// `hotline WORD` where WORD is neither a file nor a subcommand: an error that
/// names the closest subcommand, instead of opening the app on a missing file.
/// `None` when the command line is fine to parse.
pub fn mistyped_subcommand() -> Option<ExitCode> {
    let first = std::env::args_os().nth(1)?;
    let word = first.to_string_lossy();
    if Cli::command().find_subcommand(word.as_ref()).is_some() {
        return None;
    }
    let message = mistake(&word, Path::new(&first).exists(), &subcommands())?;
    let _ = Cli::command().error(ErrorKind::InvalidSubcommand, message).print();
    Some(ExitCode::from(2))
}

/// The subcommands a user is told about (not the hidden packaging one).
fn subcommands() -> Vec<String> {
    Cli::command().get_subcommands().filter(|c| !c.is_hide_set()).map(|c| c.get_name().to_owned()).collect()
}

/// What is wrong with the first argument `word` (`exists`: it names a file), if anything.
fn mistake(word: &str, exists: bool, names: &[String]) -> Option<String> {
    if word.starts_with('-') || exists || names.iter().any(|n| n == word) || word == "help" {
        return None;
    }
    let looks_like_a_path = word.contains('/') || word.contains('.');
    if looks_like_a_path {
        return Some(format!("no such scenario file: '{word}'"));
    }
    let closest = names
        .iter()
        .map(|n| (strsim::jaro(word, n), n))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    Some(match closest {
        Some((_, name)) => {
            format!("unrecognized subcommand '{word}'\n\n  tip: a similar subcommand exists: '{name}'")
        }
        None => format!(
            "'{word}' is neither a subcommand nor a scenario file\n\n  subcommands: {}",
            names.join(", ")
        ),
    })
}

/// `hotline package-files DIR`: DIR/man/hotline*.1 and DIR/completions/ for bash, zsh and fish.
pub fn package_files(dir: &Path) -> ExitCode {
    match write_package_files(dir) {
        Ok(files) => {
            for f in files {
                println!("wrote {}", f.display());
            }
            ExitCode::SUCCESS
        }
        Err((path, e)) => {
            eprintln!("{}: {e}", path.display());
            ExitCode::from(1)
        }
    }
}

fn write_package_files(dir: &Path) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut files = Vec::new();
    let mut write = |path: PathBuf, bytes: Vec<u8>| {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| (parent.to_path_buf(), e))?;
        }
        hotline::save::write_atomic(&path, &bytes).map_err(|e| (path.clone(), e))?;
        files.push(path);
        Ok(())
    };
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = vec![cmd.clone()];
    pages.extend(cmd.get_subcommands().filter(|c| !c.is_hide_set()).cloned());
    for page in pages {
        let man = clap_mangen::Man::new(page);
        let mut out = Vec::new();
        man.render(&mut out).map_err(|e| (dir.to_path_buf(), e))?;
        write(dir.join("man").join(man.get_filename()), out)?;
    }
    for (shell, file) in
        [(Shell::Bash, "hotline.bash"), (Shell::Zsh, "_hotline"), (Shell::Fish, "hotline.fish")]
    {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut cmd, "hotline", &mut out);
        write(dir.join("completions").join(file), out)?;
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_names_the_closest_subcommand() {
        let names = subcommands();
        let m = mistake("simualte", false, &names).unwrap();
        assert!(m.contains("'simulate'"), "{m}");
        assert!(mistake("valdiate", false, &names).unwrap().contains("'validate'"));
        assert!(mistake("zzz", false, &names).unwrap().contains("neither"));
        assert!(mistake("missing.ron", false, &names).unwrap().contains("no such scenario file"));
    }

    #[test]
    fn files_subcommands_and_flags_pass() {
        let names = subcommands();
        for ok in ["simulate", "--seed", "help"] {
            assert_eq!(mistake(ok, false, &names), None, "{ok}");
        }
        assert_eq!(mistake("scenarios/tutorial.ron", true, &names), None);
        assert!(!names.iter().any(|n| n == "package-files"), "hidden from suggestions");
    }

    #[test]
    fn every_argument_has_help() {
        fn check(cmd: &clap::Command, path: &str) {
            for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                let id = a.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                assert!(a.get_help().is_some(), "`{path} {id}` has no help text");
            }
            for sub in cmd.get_subcommands() {
                check(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        check(&Cli::command(), "hotline");
    }
}
