//! `krew-manifest.yaml` is a krew v1alpha2 Plugin for this version: five platforms, each with
//! its selector, an https archive named after the version and target, a sha256, and the binary.

use serde_yaml::Value;

const MANIFEST: &str = include_str!("../../krew-manifest.yaml");

fn version() -> String {
    format!("v{}", env!("CARGO_PKG_VERSION"))
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{key} is missing or not a string in {v:?}"))
}

#[test]
fn plugin_header_matches_the_crate() {
    let doc: Value = serde_yaml::from_str(MANIFEST).expect("manifest is YAML");
    assert_eq!(
        text(&doc, "apiVersion"),
        "krew.googlecontainertools.github.com/v1alpha2"
    );
    assert_eq!(text(&doc, "kind"), "Plugin");
    assert_eq!(text(&doc["metadata"], "name"), "rollouts");
    let spec = &doc["spec"];
    assert_eq!(text(spec, "version"), version());
    assert!(text(spec, "homepage").starts_with("https://"));
    let short = text(spec, "shortDescription");
    assert!(!short.is_empty() && short.len() <= 60, "{short:?}");
    assert!(text(spec, "description").len() > short.len());
    let caveats = text(spec, "caveats");
    assert!(caveats.contains("kubectl_complete-rollouts"), "{caveats}");
    assert!(
        caveats.contains(&format!("/store/rollouts/{}/", version())),
        "caveats name another version's directory:\n{caveats}"
    );
}

#[test]
fn five_platforms_with_archives_of_this_version() {
    let doc: Value = serde_yaml::from_str(MANIFEST).expect("manifest is YAML");
    let platforms = doc["spec"]["platforms"].as_sequence().expect("platforms");
    let want = [
        (
            "linux",
            "amd64",
            "x86_64-unknown-linux-gnu.tar.gz",
            "kubectl-rollouts",
        ),
        (
            "linux",
            "arm64",
            "aarch64-unknown-linux-gnu.tar.gz",
            "kubectl-rollouts",
        ),
        (
            "darwin",
            "amd64",
            "x86_64-apple-darwin.tar.gz",
            "kubectl-rollouts",
        ),
        (
            "darwin",
            "arm64",
            "aarch64-apple-darwin.tar.gz",
            "kubectl-rollouts",
        ),
        (
            "windows",
            "amd64",
            "x86_64-pc-windows-msvc.zip",
            "kubectl-rollouts.exe",
        ),
    ];
    assert_eq!(platforms.len(), want.len());
    for (p, (os, arch, suffix, bin)) in platforms.iter().zip(want) {
        let labels = p["selector"]["matchLabels"]
            .as_mapping()
            .expect("selector.matchLabels");
        assert_eq!(labels.len(), 2, "{labels:?}");
        assert_eq!(text(&p["selector"]["matchLabels"], "os"), os);
        assert_eq!(text(&p["selector"]["matchLabels"], "arch"), arch);

        let uri = text(p, "uri");
        let archive = format!("kubectl-rollouts-{}-{suffix}", version());
        assert!(uri.starts_with("https://"), "{uri}");
        assert!(
            uri.ends_with(&format!("/{}/{archive}", version())),
            "{uri} is not the {} archive {archive}",
            version()
        );

        let sha = text(p, "sha256");
        assert_eq!(sha.len(), 64, "{sha}");
        assert!(
            sha.chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)),
            "{sha}"
        );

        assert_eq!(text(p, "bin"), bin);
        let files = p["files"].as_sequence().expect("files");
        let froms: Vec<&str> = files.iter().map(|f| text(f, "from")).collect();
        assert!(
            froms.contains(&bin),
            "{os}/{arch} does not extract {bin}: {froms:?}"
        );
        assert!(froms.contains(&"completions/*"), "{froms:?}");
        for f in files {
            assert!(!text(f, "to").is_empty());
        }
    }
}

#[test]
fn shipped_files_exist_in_the_repository() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for path in [
        "README.md",
        "completions/kubectl_complete-rollouts",
        "completions/kubectl-rollouts.bash",
        "completions/_kubectl-rollouts",
        "completions/kubectl-rollouts.fish",
        "completions/kubectl-rollouts.ps1",
        "completions/kubectl-rollouts.elv",
        ".ci/release",
    ] {
        assert!(root.join(path).is_file(), "{path} is missing");
    }
    use std::os::unix::fs::PermissionsExt;
    for exe in ["completions/kubectl_complete-rollouts", ".ci/release"] {
        let mode = std::fs::metadata(root.join(exe))
            .expect("stat")
            .permissions()
            .mode();
        assert!(mode & 0o111 != 0, "{exe} is not executable");
    }
    let hook = std::fs::read_to_string(root.join("completions/kubectl_complete-rollouts"))
        .expect("read hook");
    assert!(hook.starts_with("#!/bin/sh\n"), "{hook}");
    assert!(
        hook.contains("exec kubectl-rollouts __complete -- \"$@\""),
        "{hook}"
    );
}
