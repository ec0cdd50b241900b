//! The `nianbao` binary: parse the arguments, run the command, map its error to an
//! exit status. The commands are in `cli` (binary side); the work is in the library.
#![warn(unused_crate_dependencies)]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match cli::args::parse() {
        Ok(cli) => cli,
        Err(status) => return ExitCode::from(status),
    };
    cli::init_logging(&cli);
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
    }
}
