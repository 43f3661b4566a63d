//! Entry point: parse, decide settings, run one command, map the outcome to an exit code.
//! Errors are printed once, on one line, here (and, for commands that take several names, by
//! `commands::write::for_each_name`, one line per name that failed).

use clap::Parser;
use kubectl_rollouts::cli::Cli;
use kubectl_rollouts::commands;
use kubectl_rollouts::exit::{ExitCode, code_for, one_line};
use kubectl_rollouts::settings::{Env, Settings};

fn main() -> std::process::ExitCode {
    // Like kubectl: the bare command prints its help on stdout and succeeds.
    if std::env::args_os().len() == 1 {
        use clap::CommandFactory;
        let mut help = Cli::command();
        return match help.print_help() {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(_) => std::process::ExitCode::from(ExitCode::Failure.code() as u8),
        };
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Our own value parsers' refusals are one line, like every other error.
            if let Some(line) = kubectl_rollouts::cli::value_error_line(&e) {
                eprintln!("error: {line}");
                return std::process::ExitCode::from(ExitCode::Usage.code() as u8);
            }
            let e = kubectl_rollouts::suggest::refine(e, &std::env::args_os().collect::<Vec<_>>());
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = e.print();
            return std::process::ExitCode::from(e.exit_code() as u8);
        }
    };
    let settings = match Settings::new(&cli.global, &Env::read()) {
        Ok(s) => s,
        Err(e) => return fail(&e, ExitCode::Usage),
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            return fail(
                &anyhow::Error::new(e).context("cannot start"),
                ExitCode::Failure,
            );
        }
    };
    match runtime.block_on(commands::run(cli.command, &settings)) {
        Ok(code) => std::process::ExitCode::from(code.code() as u8),
        Err(e) if commands::output::is_broken_pipe(&e) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            let code = code_for(&e);
            fail(&e, code)
        }
    }
}

fn fail(e: &anyhow::Error, code: ExitCode) -> std::process::ExitCode {
    eprintln!("error: {}", one_line(e));
    std::process::ExitCode::from(code.code() as u8)
}
