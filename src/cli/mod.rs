//! Command-line interface (clap). Every subcommand drives the Bevy-free core.

use clap::{Parser, Subcommand};
use hotline::batch;
use hotline::i18n::{Lang, LangChoice};
use hotline::report;
use hotline::save::{Overwrite, SaveFile, write_file};

mod help;
mod net;
mod saves;
mod simulate;
mod validate;
use hotline::scenario::Scenario;
use hotline::sim::{Decision, Difficulty, Exercise, Policy, PolicyName};
use simulate::{Batch, setups, simulate, simulate_report};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Most runs per policy `simulate` plays. Plain `simulate` keeps 72 bytes a run
/// for the percentiles (`batch::Tally`: 14 MB at the cap, 6 MB at 1,000 runs);
/// `--report` keeps every run's result for the balance report, which this bounds.
const MAX_RUNS: u64 = 100_000;

#[derive(Parser, Debug)]
#[command(
    name = "hotline",
    version,
    about = "Tabletop exercises for allied cyber-incident response (US–ROK)",
    long_about = "Tabletop exercises for allied cyber-incident response (US–ROK).\n\n\
        Without a subcommand, opens the desktop app: title screen, scenario picker, mode, board. \
        Scenarios are looked up in ./scenarios, the user's scenario folder \
        ($XDG_DATA_HOME/hotline/scenarios) and /usr/share/hotline/scenarios."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Scenario to open in the desktop app.
    pub scenario: Option<PathBuf>,
    #[command(flatten)]
    pub app: AppArgs,
    /// Language of the output: en or ko (default: the app's setting, then the
    /// system locale, then en); report, msel and simulate --report also take
    /// both (English and Korean side by side, for an interpreter).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<LangChoice>,
}

/// Options of the desktop app. The screenshot options serve CI and the README's
/// pictures, so they are hidden from the help and the man page.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct AppArgs {
    /// Render, save a PNG of the window to this file and exit.
    #[arg(long, hide = true, value_name = "PNG")]
    pub screenshot: Option<PathBuf>,
    /// Frames to render before the screenshot.
    #[arg(long, hide = true, default_value_t = 8)]
    pub frames: u32,
    /// Screen to capture.
    #[arg(long, hide = true, default_value = "title",
          value_parser = clap::builder::PossibleValuesParser::new(help::SCREENS))]
    pub screen: String,
    /// Seed of the exercise (the same seed plays the same exercise).
    #[arg(long)]
    pub seed: Option<u64>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check scenario files and print every problem with file:line:col.
    Validate {
        /// Scenario files (*.ron) to check, and translations (NAME.ko.ron).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Machine-readable output (JSON).
        #[arg(long)]
        json: bool,
        /// Seeded runs per built-in policy for the simulation lints (0: static lints only;
        /// at most 10000). A very large scenario gets fewer, and the output says so.
        #[arg(long, default_value_t = hotline::scenario::lint::DEFAULT_RUNS,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=10_000))]
        runs: usize,
    },
    /// Play a whole exercise without a window and print the debrief.
    Play(PlayArgs),
    Host(net::HostArgs),
    Join(net::JoinArgs),
    /// Play many seeded exercises per policy and summarise the outcomes.
    Simulate {
        /// The scenario file (*.ron) to play.
        scenario: PathBuf,
        /// Seeded runs per policy, 1 to 100000.
        #[arg(long, default_value_t = 1000,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=MAX_RUNS))]
        runs: usize,
        /// Seed of the first run (run i plays seed + i).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Policies to run (repeatable); all of them when left out.
        #[arg(long, value_enum)]
        policy: Vec<PolicyName>,
        /// Let each policy play only the first nation, with this policy as its partner(s).
        #[arg(long, value_enum)]
        partner: Option<PolicyName>,
        /// exercise, standard or crisis.
        #[arg(long, value_enum, default_value_t = Difficulty::Standard)]
        difficulty: Difficulty,
        /// Also run each policy with this action family left alone (repeatable):
        /// share-intel, investigate, joint-investigation, military-cooperation,
        /// hotline, harden, isolate, restore, request-assistance,
        /// attribute-publicly, invest.
        #[arg(long, value_name = "FAMILY", value_parser = batch::family_named)]
        without: Vec<hotline::scenario::ActionKindName>,
        /// A sensitivity table: every policy once per value of one scenario field,
        /// named by its path in the file (rules.start_trust=20,60,80).
        #[arg(long, value_name = "FIELD=V1,V2,…", value_parser = simulate::Vary::parse)]
        vary: Option<simulate::Vary>,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Machine-readable output (JSON).
        #[arg(long)]
        json: bool,
        /// Also write a balance report into DIR: CSV tables, SVG charts and index.html.
        #[arg(long, value_name = "DIR")]
        report: Option<PathBuf>,
    },
    /// Replay a save from its seed and confirm it is what it says: its digest,
    /// its decisions and the state they reach.
    Replay {
        /// A save file (`play --save`, or the app's autosave.ron).
        save: PathBuf,
    },
    /// Write a commented starter scenario NAME.ron that validates and plays.
    New {
        /// A name (letters, digits, `-`, `_`), not a path: --out says where.
        name: String,
        /// The folder to write NAME.ron into (default: the current folder).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Replace NAME.ron if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write the after-action report of a saved exercise: report.html, report.md, decisions.csv.
    Report {
        /// A save file of a played exercise.
        save: PathBuf,
        /// Folder to write the report into (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Replace report files that exist in DIR.
        #[arg(long)]
        force: bool,
        /// Report on a save that fails its checks anyway, marked UNVERIFIED on its first page.
        #[arg(long)]
        trust_save: bool,
    },
    /// Export the inject list as an HSEEP-style MSEL spreadsheet (CSV).
    Msel {
        /// The scenario file (*.ron).
        scenario: PathBuf,
        /// The CSV file to write.
        #[arg(long, value_name = "CSV")]
        out: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write the man pages and the bash, zsh and fish completions into DIR (for packaging).
    #[command(hide = true)]
    PackageFiles {
        /// Folder to write into: DIR/man/*.1, DIR/completions/{hotline.bash,_hotline,hotline.fish}.
        dir: PathBuf,
    },
}

/// Options of `hotline play`.
#[derive(clap::Args, Debug)]
pub struct PlayArgs {
    /// The scenario (not with --resume: the save carries it).
    #[arg(required_unless_present = "resume")]
    scenario: Option<PathBuf>,
    /// Required: there is only a headless player on the command line.
    #[arg(long)]
    headless: bool,
    /// Seed of the exercise (default 1).
    #[arg(long)]
    seed: Option<u64>,
    /// exercise, standard or crisis (default standard).
    #[arg(long, value_enum)]
    difficulty: Option<Difficulty>,
    /// A RON list of decisions to play (a decision log).
    #[arg(long, conflicts_with = "policy")]
    decisions: Option<PathBuf>,
    /// A built-in policy that plays every nation (or the first, with --partner).
    #[arg(long, value_enum)]
    policy: Option<PolicyName>,
    /// A built-in policy for every nation but the first (e.g. `ai`, the solo partner).
    #[arg(long, value_enum)]
    partner: Option<PolicyName>,
    /// Continue a saved (or autosaved) exercise instead of starting one. Its
    /// scenario, seed and difficulty are the save's (giving them is an error);
    /// with --decisions, a list the save began continues after the save's part.
    #[arg(long)]
    resume: Option<PathBuf>,
    /// Resume a save that fails its checks anyway (as far as its decisions replay).
    #[arg(long, requires = "resume")]
    trust_save: bool,
    /// Save after every turn to this file (atomically): kill the process at any
    /// moment and `--resume` from it.
    #[arg(long)]
    autosave: Option<PathBuf>,
    /// Pause this many milliseconds after each turn (paced demos).
    #[arg(long, default_value_t = 0)]
    pace_ms: u64,
    /// Write the finished game as a save file.
    #[arg(long)]
    save: Option<PathBuf>,
    /// Replace the --save file if it exists.
    #[arg(long, requires = "save")]
    force: bool,
    /// Print the whole event log too.
    #[arg(long)]
    log: bool,
    /// The nation a solo learner held, the program playing the others (with
    /// --partner: the first nation; with --resume: the save's). The debrief
    /// then says what the expert planner would have done at the learner's key
    /// decisions, and --save records the learner.
    #[arg(long, value_name = "NATION")]
    solo: Option<String>,
}

pub fn run() -> ExitCode {
    quiet_on_closed_stdout();
    if let Some(code) = help::mistyped_subcommand() {
        return code;
    }
    let cli = Cli::parse();
    let lang = Lang::resolve(
        cli.lang.and_then(LangChoice::single),
        &hotline::settings::Settings::load(&hotline::settings::Settings::path()).0.language,
    );
    // Documents may be written in both languages; everything else speaks one.
    let langs = if cli.lang == Some(LangChoice::Both) { LangChoice::Both } else { LangChoice::One(lang) };
    if langs == LangChoice::Both && !saves::takes_both(&cli.command) {
        eprintln!("{}", hotline::tr!(lang, "report-cli-lang-both"));
        return ExitCode::from(2);
    }
    match cli.command {
        Some(Command::Validate { files, json, runs }) => validate::validate(lang, &files, json, runs),
        Some(Command::Play(args)) => play(lang, args),
        Some(Command::Host(args)) => net::host(lang, args),
        Some(Command::Join(args)) => net::join(lang, args),
        Some(Command::Simulate {
            scenario,
            runs,
            seed,
            policy,
            partner,
            difficulty,
            without,
            vary,
            threads,
            json,
            report,
        }) => {
            let threads = threads.unwrap_or_else(batch::all_cores);
            let b = Batch {
                path: scenario,
                runs,
                seed,
                setups: setups(policy, partner, difficulty, &without),
                threads,
                vary,
            };
            match report {
                Some(dir) => simulate_report(&b, &dir, langs),
                None => simulate(&b, json, lang),
            }
        }
        Some(Command::Report { save, out, force, trust_save }) => {
            saves::report(&save, &out, force, trust_save, langs)
        }
        Some(Command::Replay { save }) => saves::replay(&save),
        Some(Command::New { name, out, force }) => saves::new_scenario(lang, &name, out, force),
        Some(Command::Msel { scenario, out, force }) => saves::msel(&scenario, &out, force, langs),
        Some(Command::PackageFiles { dir }) => help::package_files(&dir),
        None => open_app(cli.scenario, cli.app, cli.lang.and_then(LangChoice::single), lang),
    }
}

/// `hotline validate *.ron | head -1`: when the reader closes the pipe,
/// `println!` panics; end quietly instead, with the shell's code for it (128 + SIGPIPE).
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if text.starts_with("failed printing to stdout") && text.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info);
    }));
}

#[cfg(feature = "desktop")]
fn open_app(scenario: Option<PathBuf>, args: AppArgs, flag: Option<Lang>, resolved: Lang) -> ExitCode {
    hotline::app::run(hotline::app::Launch {
        // A screenshot run reads only --lang, so CI's pictures do not depend on the machine.
        lang: if args.screenshot.is_some() { flag.unwrap_or_default() } else { resolved },
        scenario,
        screenshot: args.screenshot,
        frames: args.frames,
        screen: args.screen,
        seed: args.seed,
    })
}

#[cfg(not(feature = "desktop"))]
fn open_app(_scenario: Option<PathBuf>, _args: AppArgs, _flag: Option<Lang>, _resolved: Lang) -> ExitCode {
    use clap::CommandFactory;
    eprintln!("this build has no desktop app (built without the `desktop` feature)\n");
    let _ = Cli::command().print_help();
    ExitCode::from(2)
}

fn load(path: &PathBuf) -> Result<Arc<Scenario>, ExitCode> {
    Scenario::load(path).map(Arc::new).map_err(|d| {
        eprintln!("{d}");
        ExitCode::from(1)
    })
}

fn play(lang: Lang, args: PlayArgs) -> ExitCode {
    if !args.headless {
        let what = args.scenario.as_ref().map_or(String::new(), |p| format!(" {}", p.display()));
        eprintln!(
            "`hotline play` runs headless: add --headless (or run `hotline{what}` for the desktop app)"
        );
        return ExitCode::from(2);
    }
    let mut ex = match (&args.resume, &args.scenario) {
        (Some(file), _) => match saves::resume(file, &args) {
            Ok(ex) => ex,
            Err(code) => return code,
        },
        (None, Some(path)) => match load(path) {
            Ok(s) => {
                Exercise::with_difficulty(s, args.seed.unwrap_or(1), args.difficulty.unwrap_or_default())
            }
            Err(c) => return c,
        },
        (None, None) => unreachable!("clap requires a scenario or --resume"),
    };
    let learner = match saves::learner(&args, &ex) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let save_of = |ex: &Exercise| {
        let mut save = SaveFile::of(ex);
        save.solo_nation = learner.map(|n| ex.scenario().def.nations[n].id.clone());
        save
    };
    let autosave = |ex: &Exercise| -> Result<(), ExitCode> {
        if let Some(path) = &args.autosave {
            save_of(ex).write(path).map_err(|e| {
                eprintln!("{}: cannot autosave: {e}", path.display());
                ExitCode::from(1)
            })?;
        }
        if args.pace_ms > 0 {
            std::thread::sleep(std::time::Duration::from_millis(args.pace_ms));
        }
        Ok(())
    };
    match (&args.decisions, args.policy) {
        (Some(file), _) => {
            let text = match std::fs::read_to_string(file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{}: cannot read decisions: {e}", file.display());
                    return ExitCode::from(1);
                }
            };
            let list: Vec<Decision> = match hotline::scenario::ron_options().from_str(&text) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!(
                        "{}",
                        hotline::scenario::ron_diagnostic(&e, &file.display().to_string(), "decision list")
                    );
                    return ExitCode::from(1);
                }
            };
            // Resuming with the list the game was started with: skip what the save already holds.
            let done = ex.decisions().len();
            let skip = if args.resume.is_some() && done > 0 {
                if list.len() < done || list[..done] != ex.decisions()[..] {
                    let at = list
                        .iter()
                        .zip(ex.decisions())
                        .position(|(a, b)| a != b)
                        .unwrap_or(list.len().min(done));
                    eprintln!(
                        "{}: the decision list does not continue the save: decision {} differs from the save's (or the list ends there)",
                        file.display(),
                        at + 1
                    );
                    return ExitCode::from(1);
                }
                done
            } else {
                0
            };
            for (i, d) in list.into_iter().enumerate().skip(skip) {
                if ex.state().is_over() {
                    break;
                }
                let end = d == Decision::EndTurn;
                if let Err(e) = ex.submit(d) {
                    eprintln!("{}: decision {} refused: {e}", file.display(), i + 1);
                    return ExitCode::from(1);
                }
                if end && let Err(c) = autosave(&ex) {
                    return c;
                }
            }
            // Turns the list does not cover pass without action.
            while !ex.state().is_over() {
                let _ = ex.submit(Decision::EndTurn);
            }
        }
        (None, Some(p)) => {
            // Policies derive their own randomness from the seed and the turn, so
            // a resumed game plays on exactly as an uninterrupted one.
            let others: Vec<usize> = (1..ex.scenario().nations()).collect();
            let all: Vec<usize> = (0..ex.scenario().nations()).collect();
            while !ex.state().is_over() {
                let turn_seed = ex.seed() ^ (ex.state().turn as u64).wrapping_mul(0x2545_F491_4F6C_DD1D);
                match args.partner {
                    Some(partner) => {
                        Policy::new(p, turn_seed).play_turn(&mut ex, &[0]);
                        Policy::new(partner, turn_seed.rotate_left(17)).play_turn(&mut ex, &others);
                    }
                    None => Policy::new(p, turn_seed).play_turn(&mut ex, &all),
                }
                let _ = ex.submit(Decision::EndTurn);
                if let Err(c) = autosave(&ex) {
                    return c;
                }
            }
        }
        (None, None) => {
            eprintln!("say how to play: --decisions FILE or --policy NAME");
            return ExitCode::from(2);
        }
    }
    if args.log {
        for (e, text) in hotline::narrate::log(lang, ex.scenario(), ex.log()) {
            let kind = hotline::narrate::labels::log_kind(lang, e.kind());
            // Hangul takes two terminal columns: pad by columns, not characters.
            let wide = kind
                .chars()
                .filter(|c| ('\u{1100}'..='\u{115F}').contains(c) || ('\u{AC00}'..='\u{D7A3}').contains(c))
                .count();
            let kind = format!("{kind:<width$}", width = 13usize.saturating_sub(wide));
            println!("[{} {:>2}] {kind} {text}", hotline::tr!(lang, "cli-log-turn"), e.turn);
        }
        println!();
    }
    let hindsight = learner.map(|n| hotline::hindsight::hindsight(&ex, n, &Default::default()));
    print!("{}", report::doc::text(&report::debrief::debrief_doc_with(lang, &ex, hindsight.as_deref())));
    if let Some(out) = &args.save {
        let overwrite = if args.force { Overwrite::Yes } else { Overwrite::No };
        if let Err(e) = write_file(out, save_of(&ex).to_ron().as_bytes(), overwrite) {
            eprintln!("{}: cannot write the save: {e}", out.display());
            return ExitCode::from(1);
        }
        println!("{}", hotline::tr!(lang, "cli-saved-to", path = out.display().to_string()));
    }
    ExitCode::SUCCESS
}
