//! `playground`: serve the test API server on 127.0.0.1 with example rollouts and a simulated
//! controller, write a kubeconfig for it, and stay in the foreground until Ctrl-C or SIGTERM.
//! A learning and demo aid, not Argo Rollouts.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use jiff::Timestamp;

use crate::apiserver::ApiServer;
use crate::cli::PlaygroundArgs;
use crate::exit::{CodedError, ExitCode};
use crate::playground::{self, controller::Controller};

/// How often the request log is emptied: the playground may run for hours. The log exists only
/// in test builds (the `test-support` feature), where the binary under test serves it too.
#[cfg(feature = "test-support")]
const LOG_CLEAR_EVERY: Duration = Duration::from_secs(10);

/// Where the kubeconfig goes, and what to remove at the end.
#[derive(Debug)]
struct Files {
    kubeconfig: PathBuf,
    /// A directory we created for it (the temporary-file case).
    dir: Option<PathBuf>,
}

impl Files {
    fn remove(&self) {
        let _ = std::fs::remove_file(&self.kubeconfig);
        if let Some(d) = &self.dir {
            let _ = std::fs::remove_dir_all(d);
        }
    }
}

fn usage(message: String) -> anyhow::Error {
    CodedError::new(ExitCode::Usage, message).into()
}

pub async fn run(args: &PlaygroundArgs) -> Result<ExitCode> {
    if let Some(p) = &args.kubeconfig_out
        && std::fs::symlink_metadata(p).is_ok()
    {
        return Err(usage(format!(
            "--kubeconfig-out {} already exists; choose a path that does not",
            p.display()
        )));
    }
    let server = ApiServer::builder()
        .user("playground")
        .port(args.port.unwrap_or(0))
        .try_start()
        .with_context(|| match args.port {
            Some(p) => format!("cannot listen on 127.0.0.1:{p}"),
            None => "cannot listen on 127.0.0.1".to_string(),
        })?;
    let stop = stop_signal()?;
    let seed = args.seed.unwrap_or_else(default_seed);
    let mut controller = Controller::new(seed, args.speed);
    let now = Timestamp::now();
    server
        .with_store(|store| {
            let loaded = playground::load(store, now);
            if loaded.is_ok() {
                // Our own example objects: nothing to skip (a unit test loads them all).
                controller.bootstrap(store, now);
            }
            loaded
        })
        .map_err(|e| anyhow::anyhow!("cannot load the example objects: {e}"))?;

    let files = write_kubeconfig(args.kubeconfig_out.as_deref(), &server.url())?;
    let result = serve(&server, &mut controller, &files, args, seed, stop).await;
    drop(server);
    files.remove();
    result
}

/// Prints the banner, then runs the controller until a stop signal.
async fn serve(
    server: &ApiServer,
    controller: &mut Controller,
    files: &Files,
    args: &PlaygroundArgs,
    seed: u64,
    stop: impl std::future::Future<Output = ()>,
) -> Result<ExitCode> {
    let banner = banner(&server.url(), &files.kubeconfig, args.speed, seed);
    {
        let mut out = std::io::stdout().lock();
        out.write_all(banner.as_bytes())
            .and_then(|()| out.flush())
            .context("cannot write to stdout")?;
    }

    let tick = Duration::from_secs_f64((0.25 / args.speed).clamp(0.02, 0.25));
    let mut ticks = tokio::time::interval(tick);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    #[cfg(feature = "test-support")]
    let mut last_clear = std::time::Instant::now();
    let mut warned = std::collections::HashSet::new();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            _ = ticks.tick() => {
                let skipped = server.with_store(|store| controller.tick(store, Timestamp::now()));
                for what in skipped {
                    if warned.insert(what.clone()) {
                        eprintln!("warning: the simulated controller cannot handle {what}; skipping it");
                    }
                }
                #[cfg(feature = "test-support")]
                if last_clear.elapsed() >= LOG_CLEAR_EVERY {
                    server.clear_requests();
                    last_clear = std::time::Instant::now();
                }
            }
            () = &mut stop => break,
        }
    }
    eprintln!("playground stopped; removed {}", files.kubeconfig.display());
    Ok(ExitCode::Ok)
}

/// A future that resolves on Ctrl-C (SIGINT) or SIGTERM. The handlers are installed now, before
/// the kubeconfig appears, so a signal sent as soon as it exists still stops us cleanly.
pub(crate) fn stop_signal() -> Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
        let mut int = signal(SignalKind::interrupt()).context("cannot listen for SIGINT")?;
        Ok(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

fn default_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    (nanos as u64) ^ (u64::from(std::process::id()) << 32)
}

fn kubeconfig_text(url: &str) -> String {
    format!(
        "# kubectl-rollouts playground: a local demo cluster, not a real one.
apiVersion: v1
kind: Config
clusters:
- name: playground
  cluster:
    server: {url}
contexts:
- name: playground
  context:
    cluster: playground
    user: playground
    namespace: default
current-context: playground
users:
- name: playground
  user: {{}}
preferences: {{}}
"
    )
}

/// Writes the kubeconfig whole, then makes it appear at its path at once (a hard link never
/// replaces an existing file), so whoever waits for the file never reads half of it.
fn write_kubeconfig(out: Option<&Path>, url: &str) -> Result<Files> {
    let (path, dir) = match out {
        Some(p) => (p.to_path_buf(), None),
        None => {
            let dir = std::env::temp_dir().join(format!(
                "kubectl-rollouts-playground-{}-{}",
                std::process::id(),
                url.rsplit(':').next().unwrap_or("0")
            ));
            std::fs::create_dir(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            (dir.join("kubeconfig"), Some(dir))
        }
    };
    let staging = {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".{}.partial", std::process::id()));
        path.with_file_name(name)
    };
    let written = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&staging)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(kubeconfig_text(url).as_bytes())?;
        f.sync_all()?;
        std::fs::hard_link(&staging, &path)
    })();
    let _ = std::fs::remove_file(&staging);
    match written {
        Ok(()) => Ok(Files {
            kubeconfig: path,
            dir,
        }),
        Err(e) => {
            if let Some(d) = &dir {
                let _ = std::fs::remove_dir_all(d);
            }
            if e.kind() == std::io::ErrorKind::AlreadyExists && out.is_some() {
                return Err(usage(format!(
                    "--kubeconfig-out {} already exists; choose a path that does not",
                    path.display()
                )));
            }
            Err(anyhow::Error::new(e).context(format!("cannot write {}", path.display())))
        }
    }
}

fn banner(url: &str, kubeconfig: &Path, speed: f64, seed: u64) -> String {
    let kc = kubeconfig.display();
    format!(
        "\
kubectl-rollouts playground: a local demo cluster for trying every command.
This is a learning and demo aid with a small simulated controller, not Argo Rollouts.

  API server   {url}
  kubeconfig   {kc}
  speed        {speed}x    seed {seed}

Example rollouts:
  default/web        canary paused at a step, with a background analysis run
  default/checkout   blue-green waiting for promotion
  default/payments   canary whose update was aborted
  team-a/search      canary running an experiment
  team-a/api         canary using workloadRef (Deployment api)

In another terminal:
  export KUBECONFIG={kc}
  kubectl rollouts list rollouts -A
  kubectl rollouts get rollout web -w

Then, from a third one (same KUBECONFIG):
  kubectl rollouts promote web
  kubectl rollouts set-weight web 60
  kubectl rollouts promote checkout
  kubectl rollouts retry rollout payments
  kubectl rollouts set image web web=argoproj/rollouts-demo:green
  kubectl rollouts undo web
  kubectl rollouts get rollout search -n team-a

Press Ctrl-C to stop; the kubeconfig is removed.
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kubeconfig_points_at_the_server_and_is_not_overwritten() {
        let dir = std::env::temp_dir().join(format!("krp-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("kc");
        let _ = std::fs::remove_file(&path);
        let files = write_kubeconfig(Some(&path), "http://127.0.0.1:4321").unwrap();
        let text = std::fs::read_to_string(&files.kubeconfig).unwrap();
        assert!(text.contains("server: http://127.0.0.1:4321\n"), "{text}");
        // A second writer is refused and leaves the first file alone.
        let err = write_kubeconfig(Some(&path), "http://127.0.0.1:9").unwrap_err();
        assert_eq!(crate::exit::code_for(&err), ExitCode::Usage);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        // No staging file is left behind.
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1);
        files.remove();
        assert!(!path.exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn banner_says_it_is_not_argo_rollouts_and_how_to_use_it() {
        let b = banner(
            "http://127.0.0.1:1",
            Path::new("/tmp/x/kubeconfig"),
            10.0,
            7,
        );
        assert!(b.contains("not Argo Rollouts"));
        assert!(b.contains("export KUBECONFIG=/tmp/x/kubeconfig\n"));
        assert!(b.contains("10x"));
    }
}
