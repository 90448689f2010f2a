//! The `hotline` command: the desktop app with no subcommand, and headless
//! tools for facilitators and scenario authors.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
