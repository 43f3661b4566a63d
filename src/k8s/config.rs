//! Which cluster, as whom: the kubeconfig loaded the way kubectl loads it (`--kubeconfig`, the
//! `KUBECONFIG` list, `~/.kube/config`, else in-cluster), then kubectl's override flags laid
//! over the chosen cluster and user with client-go's precedence (a flag wins). Errors name the
//! file and say what to do; a token or password never appears in one.

use std::path::{Path, PathBuf};

use kube::config::{
    AuthInfo, Context, KubeConfigOptions, Kubeconfig, NamedAuthInfo, NamedCluster, NamedContext,
};

use super::error::K8sError;
use crate::cli::AccessArgs;
use crate::settings::ClusterSettings;

/// kubectl's override flags, checked. `Debug` never shows the token or the password.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    pub server: Option<String>,
    pub token: Option<String>,
    pub insecure_skip_tls_verify: bool,
    pub certificate_authority: Option<String>,
    pub client_certificate: Option<String>,
    pub client_key: Option<String>,
    pub tls_server_name: Option<String>,
    pub as_user: Option<String>,
    pub as_groups: Vec<String>,
    pub as_uid: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub disable_compression: bool,
}

impl std::fmt::Debug for Overrides {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |v: &Option<String>| v.as_ref().map(|_| "<hidden>");
        f.debug_struct("Overrides")
            .field("server", &self.server)
            .field("token", &hidden(&self.token))
            .field("insecure_skip_tls_verify", &self.insecure_skip_tls_verify)
            .field("certificate_authority", &self.certificate_authority)
            .field("client_certificate", &self.client_certificate)
            .field("client_key", &self.client_key)
            .field("tls_server_name", &self.tls_server_name)
            .field("as_user", &self.as_user)
            .field("as_groups", &self.as_groups)
            .field("as_uid", &self.as_uid)
            .field("username", &self.username)
            .field("password", &hidden(&self.password))
            .field("disable_compression", &self.disable_compression)
            .finish()
    }
}

impl Overrides {
    /// Checks the flags the way kubectl does before anything is loaded. An empty value is
    /// the same as no flag (kubectl's `--token ""`).
    pub fn from_args(a: &AccessArgs) -> Result<Overrides, String> {
        let given = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        let o = Overrides {
            server: given(&a.server),
            token: given(&a.token),
            insecure_skip_tls_verify: a.insecure_skip_tls_verify,
            certificate_authority: given(&a.certificate_authority),
            client_certificate: given(&a.client_certificate),
            client_key: given(&a.client_key),
            tls_server_name: given(&a.tls_server_name),
            as_user: given(&a.as_user),
            as_groups: a
                .as_group
                .iter()
                .filter(|g| !g.is_empty())
                .cloned()
                .collect(),
            as_uid: given(&a.as_uid),
            username: given(&a.username),
            password: given(&a.password),
            disable_compression: a.disable_compression,
        };
        if o.as_user.is_none() && (!o.as_groups.is_empty() || o.as_uid.is_some()) {
            return Err("--as-group and --as-uid need --as (the user to impersonate)".into());
        }
        if o.insecure_skip_tls_verify && o.certificate_authority.is_some() {
            return Err(
                "--insecure-skip-tls-verify and --certificate-authority cannot be used together"
                    .into(),
            );
        }
        if o.token.is_some() && (o.username.is_some() || o.password.is_some()) {
            return Err("--token and --username/--password cannot be used together".into());
        }
        if let Some(server) = &o.server {
            server_url(server, &o)?;
        }
        Ok(o)
    }

    /// Whether any flag changes the cluster (server, TLS).
    fn touches_cluster(&self) -> bool {
        self.server.is_some()
            || self.insecure_skip_tls_verify
            || self.certificate_authority.is_some()
            || self.tls_server_name.is_some()
            || self.disable_compression
    }
}

/// `--server` as a URL. Like client-go, a bare `host:port` gets `https://` when TLS is
/// configured by a flag and `http://` otherwise.
fn server_url(server: &str, o: &Overrides) -> Result<String, String> {
    let url = if server.contains("://") {
        server.to_string()
    } else {
        let tls = o.insecure_skip_tls_verify
            || o.certificate_authority.is_some()
            || o.client_certificate.is_some();
        format!("{}://{server}", if tls { "https" } else { "http" })
    };
    match url.parse::<http::Uri>() {
        Ok(u) if matches!(u.scheme_str(), Some("http" | "https")) && u.host().is_some() => Ok(url),
        _ => Err(format!(
            "invalid --server {server:?} (use e.g. https://cluster.example:6443)"
        )),
    }
}

/// The kube-rs configuration, with what messages need to name.
pub struct Loaded {
    pub config: kube::Config,
    /// The context in use, for messages (`in-cluster`, or `(--server)` without one).
    pub context: String,
    /// The kubeconfig files read, for `-v` (empty when none).
    pub files: Vec<PathBuf>,
}

/// Loads the configuration as kubectl does and lays the override flags over it.
pub async fn load(settings: &ClusterSettings) -> Result<Loaded, K8sError> {
    let o = &settings.overrides;
    let (kubeconfig, files) = read_kubeconfigs(settings)?;
    let options = KubeConfigOptions {
        context: settings.context.clone(),
        cluster: settings.cluster.clone(),
        user: settings.user.clone(),
    };
    let Some(mut kc) = kubeconfig else {
        if o.server.is_some() {
            return from_flags_only(Kubeconfig::default(), settings, files).await;
        }
        let mut config = kube::Config::incluster().map_err(|_| {
            K8sError::Config(
                "no kubeconfig found (set KUBECONFIG or --kubeconfig, pass --server, or run in a pod)"
                    .to_string(),
            )
        })?;
        apply_to_incluster(&mut config, o)?;
        return Ok(Loaded {
            config,
            context: "in-cluster".to_string(),
            files,
        });
    };
    let source = describe(&files);
    let context = match &options.context {
        Some(name) => {
            if !kc.contexts.iter().any(|c| &c.name == name) {
                return Err(K8sError::Config(format!(
                    "context \"{name}\" does not exist in the kubeconfig {source}"
                )));
            }
            name.clone()
        }
        None => match kc.current_context.clone().filter(|c| !c.is_empty()) {
            Some(name) if kc.contexts.iter().any(|c| c.name == name) => name,
            _ if o.server.is_some() => return from_flags_only(kc, settings, files).await,
            Some(name) => {
                return Err(K8sError::Config(format!(
                    "the current context \"{name}\" does not exist in the kubeconfig {source} (pass --context, or run kubectl config use-context)"
                )));
            }
            None => return Err(no_current_context(&kc, &source)),
        },
    };
    apply_to_kubeconfig(&mut kc, &context, &options, o);
    let config = kube::Config::from_custom_kubeconfig(kc, &options)
        .await
        .map_err(|e| {
            K8sError::Config(format!(
                "invalid kubeconfig for context \"{context}\": {}",
                first_line(&e)
            ))
        })?;
    check_client_identity(&config, &context)?;
    Ok(Loaded {
        config,
        context,
        files,
    })
}

/// No usable context but a `--server`: kubectl then talks to that server with only the
/// flags' credentials. A synthetic context holds them so kube loads them like any other.
async fn from_flags_only(
    mut kc: Kubeconfig,
    settings: &ClusterSettings,
    files: Vec<PathBuf>,
) -> Result<Loaded, K8sError> {
    const NAME: &str = "kubectl-rollouts-flags";
    kc.contexts.retain(|c| c.name != NAME);
    kc.contexts.push(NamedContext {
        name: NAME.to_string(),
        context: Some(Context {
            cluster: settings.cluster.clone().unwrap_or_else(|| NAME.to_string()),
            user: Some(settings.user.clone().unwrap_or_else(|| NAME.to_string())),
            ..Context::default()
        }),
        ..NamedContext::default()
    });
    let options = KubeConfigOptions {
        context: Some(NAME.to_string()),
        cluster: settings.cluster.clone(),
        user: settings.user.clone(),
    };
    apply_to_kubeconfig(&mut kc, NAME, &options, &settings.overrides);
    let label = "(--server)".to_string();
    let config = kube::Config::from_custom_kubeconfig(kc, &options)
        .await
        .map_err(|e| K8sError::Config(format!("invalid flags: {}", first_line(&e))))?;
    check_client_identity(&config, &label)?;
    Ok(Loaded {
        config,
        context: label,
        files,
    })
}

/// An empty file, or one without a current context, each said plainly.
fn no_current_context(kc: &Kubeconfig, source: &str) -> K8sError {
    if kc.contexts.is_empty() && kc.clusters.is_empty() && kc.auth_infos.is_empty() {
        return K8sError::Config(format!(
            "the kubeconfig {source} is empty: no clusters, users or contexts (point --kubeconfig or KUBECONFIG at your cluster's kubeconfig, or pass --server)"
        ));
    }
    let names: Vec<&str> = kc.contexts.iter().map(|c| c.name.as_str()).collect();
    let hint = if names.is_empty() {
        "it defines no context; pass --server".to_string()
    } else {
        format!(
            "pass --context (one of: {}) or run kubectl config use-context",
            names.join(", ")
        )
    };
    K8sError::Config(format!(
        "the kubeconfig {source} has no current context: {hint}"
    ))
}

/// The files to read: `--kubeconfig` (must exist, as in kubectl), else the `KUBECONFIG` list
/// (missing entries skipped, as kubectl does, unless none exists), else `~/.kube/config`.
fn read_kubeconfigs(
    settings: &ClusterSettings,
) -> Result<(Option<Kubeconfig>, Vec<PathBuf>), K8sError> {
    if let Some(path) = &settings.kubeconfig {
        let path = PathBuf::from(path);
        if !path.exists() {
            return Err(K8sError::Config(format!(
                "the kubeconfig {} does not exist",
                path.display()
            )));
        }
        let kc = read_one(&path)?;
        return Ok((Some(kc), vec![path]));
    }
    if let Some(value) = std::env::var_os("KUBECONFIG") {
        let listed: Vec<PathBuf> = std::env::split_paths(&value)
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        if !listed.is_empty() {
            let existing: Vec<PathBuf> = listed.iter().filter(|p| p.exists()).cloned().collect();
            if existing.is_empty() {
                if settings.overrides.server.is_some() {
                    return Ok((None, Vec::new()));
                }
                return Err(K8sError::Config(format!(
                    "KUBECONFIG names no file that exists: {}",
                    describe(&listed)
                )));
            }
            let mut merged = Kubeconfig::default();
            for p in &existing {
                merged = merged.merge(read_one(p)?).map_err(|e| {
                    K8sError::Config(format!(
                        "cannot merge kubeconfig {}: {}",
                        p.display(),
                        first_line(&e)
                    ))
                })?;
            }
            return Ok((Some(merged), existing));
        }
    }
    let Some(home) = std::env::var_os("HOME") else {
        return Ok((None, Vec::new()));
    };
    let path = Path::new(&home).join(".kube").join("config");
    if !path.exists() {
        return Ok((None, Vec::new()));
    }
    let kc = read_one(&path)?;
    Ok((Some(kc), vec![path]))
}

/// One file; kube's read error quotes the path twice (`'"/x"'`), so only its cause is kept.
fn read_one(path: &Path) -> Result<Kubeconfig, K8sError> {
    Kubeconfig::read_from(path).map_err(|e| {
        let cause = std::error::Error::source(&e)
            .map(|s| first_line(&s))
            .unwrap_or_else(|| first_line(&e));
        K8sError::Config(format!(
            "cannot read kubeconfig {}: {cause}",
            path.display()
        ))
    })
}

fn describe(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(":")
}

/// client-go's override rules, on the kubeconfig's chosen cluster and user (created when the
/// context names ones the file lacks).
fn apply_to_kubeconfig(
    kc: &mut Kubeconfig,
    context: &str,
    options: &KubeConfigOptions,
    o: &Overrides,
) {
    let ctx = kc
        .contexts
        .iter()
        .find(|c| c.name == context)
        .and_then(|c| c.context.clone())
        .unwrap_or_default();
    let cluster_name = options.cluster.clone().unwrap_or(ctx.cluster);
    let user_name = options.user.clone().or(ctx.user).unwrap_or_default();
    if o.touches_cluster() {
        if !kc.clusters.iter().any(|c| c.name == cluster_name) {
            kc.clusters.push(NamedCluster {
                name: cluster_name.clone(),
                ..NamedCluster::default()
            });
        }
        if let Some(named) = kc.clusters.iter_mut().find(|c| c.name == cluster_name) {
            let cluster = named.cluster.get_or_insert_with(Default::default);
            if let Some(server) = &o.server {
                cluster.server = server_url(server, o).ok();
            }
            // An insecure or CA flag replaces all of the file's server verification.
            if o.insecure_skip_tls_verify || o.certificate_authority.is_some() {
                cluster.insecure_skip_tls_verify = Some(o.insecure_skip_tls_verify);
                cluster.certificate_authority = o.certificate_authority.clone();
                cluster.certificate_authority_data = None;
            }
            // A new --server makes the file's tls-server-name meaningless: only the flag's.
            if o.tls_server_name.is_some() || o.server.is_some() {
                cluster.tls_server_name = o.tls_server_name.clone();
            }
            if o.disable_compression {
                cluster.disable_compression = Some(true);
            }
        }
    }
    if !kc.auth_infos.iter().any(|a| a.name == user_name) {
        kc.auth_infos.push(NamedAuthInfo {
            name: user_name.clone(),
            ..NamedAuthInfo::default()
        });
    }
    if let Some(named) = kc.auth_infos.iter_mut().find(|a| a.name == user_name) {
        apply_to_user(named.auth_info.get_or_insert_with(Default::default), o);
    }
}

/// The user flags. `--token` wins over every other credential of the file (client-go skips
/// an exec plugin when a token is given), as do `--username/--password`.
fn apply_to_user(user: &mut AuthInfo, o: &Overrides) {
    if let Some(token) = &o.token {
        user.token = Some(token.clone().into());
        user.token_file = None;
        user.username = None;
        user.password = None;
        user.exec = None;
        user.auth_provider = None;
    }
    if o.username.is_some() || o.password.is_some() {
        user.username = o.username.clone().or(user.username.take());
        user.password = o.password.clone().map(Into::into).or(user.password.take());
        user.token = None;
        user.token_file = None;
        user.exec = None;
        user.auth_provider = None;
    }
    if let Some(cert) = &o.client_certificate {
        user.client_certificate = Some(cert.clone());
        user.client_certificate_data = None;
    }
    if let Some(key) = &o.client_key {
        user.client_key = Some(key.clone());
        user.client_key_data = None;
    }
    if let Some(who) = &o.as_user {
        user.impersonate = Some(who.clone());
        user.impersonate_groups = (!o.as_groups.is_empty()).then(|| o.as_groups.clone());
        user.impersonate_uid = o.as_uid.clone();
        user.impersonate_user_extra = None;
    }
}

/// In a pod there is no kubeconfig to lay the flags over: the configuration takes them.
fn apply_to_incluster(config: &mut kube::Config, o: &Overrides) -> Result<(), K8sError> {
    apply_to_user(&mut config.auth_info, o);
    if o.insecure_skip_tls_verify {
        config.accept_invalid_certs = true;
    }
    if let Some(ca) = &o.certificate_authority {
        config.root_cert_file = Some(PathBuf::from(ca));
    }
    if o.tls_server_name.is_some() {
        config.tls_server_name = o.tls_server_name.clone();
    }
    config.disable_compression |= o.disable_compression;
    check_client_identity(config, "in-cluster")
}

/// A certificate without its key (or the reverse) would otherwise fail later with kube's
/// "no base64 data or file" message.
fn check_client_identity(config: &kube::Config, context: &str) -> Result<(), K8sError> {
    let u = &config.auth_info;
    let cert = u.client_certificate.is_some() || u.client_certificate_data.is_some();
    let key = u.client_key.is_some() || u.client_key_data.is_some();
    match (cert, key) {
        (true, false) => Err(K8sError::Config(format!(
            "a client certificate but no client key for context \"{context}\" (add --client-key)"
        ))),
        (false, true) => Err(K8sError::Config(format!(
            "a client key but no client certificate for context \"{context}\" (add --client-certificate)"
        ))),
        _ => Ok(()),
    }
}

pub(crate) fn first_line(e: &dyn std::fmt::Display) -> String {
    e.to_string().lines().next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> AccessArgs {
        AccessArgs::default()
    }

    #[test]
    fn impersonating_groups_without_a_user_is_refused_like_kubectl() {
        let a = AccessArgs {
            as_group: vec!["devs".into()],
            ..args()
        };
        assert!(Overrides::from_args(&a).unwrap_err().contains("--as"));
    }

    #[test]
    fn insecure_and_a_ca_together_are_refused() {
        let a = AccessArgs {
            insecure_skip_tls_verify: true,
            certificate_authority: Some("/ca.pem".into()),
            ..args()
        };
        assert!(Overrides::from_args(&a).is_err());
    }

    #[test]
    fn a_bare_host_gets_http_unless_tls_is_configured() {
        let plain = Overrides::default();
        assert_eq!(
            server_url("127.0.0.1:6443", &plain).unwrap(),
            "http://127.0.0.1:6443"
        );
        let tls = Overrides {
            insecure_skip_tls_verify: true,
            ..Overrides::default()
        };
        assert_eq!(
            server_url("127.0.0.1:6443", &tls).unwrap(),
            "https://127.0.0.1:6443"
        );
        assert!(server_url("ftp://x", &plain).is_err());
        assert!(server_url("http://", &plain).is_err());
    }

    #[test]
    fn debug_output_hides_the_token_and_the_password() {
        let o = Overrides {
            token: Some("s3cr3t-token".into()),
            password: Some("hunter2".into()),
            ..Overrides::default()
        };
        let shown = format!("{o:?}");
        assert!(
            !shown.contains("s3cr3t") && !shown.contains("hunter2"),
            "{shown}"
        );
    }

    #[test]
    fn a_token_flag_replaces_every_credential_of_the_file() {
        let mut user: AuthInfo = serde_yaml::from_str(
            "token-file: /t\nexec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: aws\n",
        )
        .unwrap();
        let o = Overrides {
            token: Some("abc".into()),
            as_user: Some("alice".into()),
            as_groups: vec!["a".into(), "b".into()],
            ..Overrides::default()
        };
        apply_to_user(&mut user, &o);
        assert!(user.token.is_some() && user.token_file.is_none() && user.exec.is_none());
        assert_eq!(user.impersonate.as_deref(), Some("alice"));
        assert_eq!(user.impersonate_groups, Some(vec!["a".into(), "b".into()]));
    }

    #[test]
    fn a_new_server_drops_the_files_tls_server_name_and_a_ca_flag_its_ca_data() {
        let mut kc = Kubeconfig::from_yaml(
            "apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: k\n  cluster:\n    server: https://old:6443\n    tls-server-name: old\n    certificate-authority-data: AAAA\ncontexts:\n- name: c\n  context:\n    cluster: k\n    user: u\nusers:\n- name: u\n  user: {}\n",
        )
        .unwrap();
        let o = Overrides {
            server: Some("https://new:6443".into()),
            certificate_authority: Some("/ca.pem".into()),
            ..Overrides::default()
        };
        apply_to_kubeconfig(&mut kc, "c", &KubeConfigOptions::default(), &o);
        let c = kc.clusters[0].cluster.as_ref().unwrap();
        assert_eq!(c.server.as_deref(), Some("https://new:6443"));
        assert_eq!(c.tls_server_name, None);
        assert_eq!(c.certificate_authority.as_deref(), Some("/ca.pem"));
        assert_eq!(c.certificate_authority_data, None);
    }
}
