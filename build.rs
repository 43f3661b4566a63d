//! Records the git commit the binary was built from (for `version`), when git is available.

fn main() {
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
    println!("cargo:rerun-if-env-changed=KUBECTL_ROLLOUTS_GIT_COMMIT");
    let commit = std::env::var("KUBECTL_ROLLOUTS_GIT_COMMIT")
        .ok()
        .or_else(|| {
            std::process::Command::new("git")
                .args(["rev-parse", "--short=12", "HEAD"])
                .output()
                .ok()
                .filter(|o| o.status.success())
                .and_then(|o| String::from_utf8(o.stdout).ok())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        });
    if let Some(c) = commit {
        println!("cargo:rustc-env=KUBECTL_ROLLOUTS_GIT_COMMIT={c}");
    }
}
