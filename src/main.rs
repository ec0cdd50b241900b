//! The `nianbao` binary: everything lives in the library; see `nianbao::cli`.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(nianbao::cli::main())
}
