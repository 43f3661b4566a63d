//! `dashboard`: serve the web dashboard and the RolloutService API until Ctrl-C or SIGTERM.
//! Prints the entry URL (with this start's token) on one line; warns when listening beyond
//! loopback.

use anyhow::Result;

use super::connect;
use super::playground::stop_signal;
use crate::cli::DashboardArgs;
use crate::dashboard::{Dashboard, Options, normalize_root};
use crate::exit::{CodedError, ExitCode};
use crate::settings::Settings;

pub async fn run(args: &DashboardArgs, settings: &Settings) -> Result<ExitCode> {
    let Some(root) = normalize_root(&args.root_path) else {
        return Err(CodedError::new(
            ExitCode::Usage,
            format!(
                "invalid --root-path {:?}: use letters, digits and - . _ ~ between slashes",
                args.root_path
            ),
        )
        .into());
    };
    let cluster = connect(settings).await?;
    let options = Options {
        listen: std::net::SocketAddr::new(args.address, args.port),
        root,
        read_only: args.read_only,
        all_namespaces: args.all_namespaces,
        fixed_now: settings.fixed_now,
    };
    let stop = stop_signal()?;
    let dashboard = Dashboard::bind(cluster, options).await?;
    if !args.address.is_loopback() {
        eprintln!(
            "warning: listening on {}, beyond this machine: anyone who can reach it and has the token acts with your cluster credentials",
            dashboard.address()
        );
    }
    let url = dashboard.entry_url();
    super::output::println(&format!("Dashboard: {url}"))?;
    if args.open {
        open_browser(&url);
    }
    dashboard.serve(stop).await?;
    Ok(ExitCode::Ok)
}

/// Best effort: the platform's opener; the printed URL is there either way.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let started = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if started.is_err() {
        eprintln!("note: could not start {opener}; open the URL above in a browser");
    }
}
