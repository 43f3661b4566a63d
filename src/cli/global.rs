//! The flags every command accepts: cluster access (kubectl's names and precedence), colour
//! and output format.

use clap::{Args, ValueEnum};

/// Cluster access and output flags, accepted by every command (kubectl's names and meanings).
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)
    #[arg(long, global = true, value_name = "PATH")]
    pub kubeconfig: Option<String>,

    /// The name of the kubeconfig context to use
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,

    /// The name of the kubeconfig cluster to use
    #[arg(long, global = true, value_name = "NAME")]
    pub cluster: Option<String>,

    /// The name of the kubeconfig user to use
    #[arg(long, global = true, value_name = "NAME")]
    pub user: Option<String>,

    /// The namespace (default: the context's namespace, else "default")
    #[arg(short = 'n', long, global = true, value_name = "NAMESPACE")]
    pub namespace: Option<String>,

    /// Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds
    /// (0.5 too); 0 waits forever (default 30s)
    #[arg(long, global = true, value_name = "DURATION")]
    pub request_timeout: Option<String>,

    #[command(flatten)]
    pub access: AccessArgs,

    /// When to colour the output
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Never colour the output (same as --color never)
    #[arg(long, global = true)]
    pub no_color: bool,
}

/// kubectl's flags that override the kubeconfig's cluster and user, impersonate, or log
/// requests: the same names, the same precedence (a flag wins over the kubeconfig).
#[derive(Debug, Args, Clone, Default)]
pub struct AccessArgs {
    /// The address and port of the Kubernetes API server (wins over the kubeconfig's)
    #[arg(short = 's', long, global = true, value_name = "URL")]
    pub server: Option<String>,

    /// Bearer token for authentication to the API server (wins over the kubeconfig's user)
    #[arg(long, global = true, value_name = "TOKEN")]
    pub token: Option<String>,

    /// Do not check the server's certificate (insecure: use only against a test cluster)
    #[arg(long, global = true)]
    pub insecure_skip_tls_verify: bool,

    /// Path to a CA certificate file to verify the server's certificate with
    #[arg(long, global = true, value_name = "PATH")]
    pub certificate_authority: Option<String>,

    /// Path to a client certificate file for TLS
    #[arg(long, global = true, value_name = "PATH")]
    pub client_certificate: Option<String>,

    /// Path to a client key file for TLS
    #[arg(long, global = true, value_name = "PATH")]
    pub client_key: Option<String>,

    /// Server name to check the server's certificate against (default: the server's host)
    #[arg(long, global = true, value_name = "NAME")]
    pub tls_server_name: Option<String>,

    /// Username to impersonate for the operation (a user or a service account)
    #[arg(long = "as", global = true, value_name = "USER")]
    pub as_user: Option<String>,

    /// Group to impersonate for the operation; repeat for several groups
    #[arg(long, global = true, value_name = "GROUP")]
    pub as_group: Vec<String>,

    /// UID to impersonate for the operation
    #[arg(long, global = true, value_name = "UID")]
    pub as_uid: Option<String>,

    /// Username for HTTP basic authentication to the API server (sent as kubectl sends it;
    /// Kubernetes itself removed basic authentication in 1.19)
    #[arg(long, global = true, value_name = "NAME")]
    pub username: Option<String>,

    /// Password for HTTP basic authentication to the API server (see --username)
    #[arg(long, global = true, value_name = "PASSWORD")]
    pub password: Option<String>,

    /// Log level: 6 prints one line per request on stderr (method, URL, status, time), 8
    /// also the response size; never a token or a certificate
    #[arg(short = 'v', long = "v", global = true, value_name = "LEVEL")]
    pub verbosity: Option<u8>,

    /// Accepted for kubectl's sake and ignored: we keep no discovery cache
    #[arg(long, global = true, value_name = "PATH")]
    pub cache_dir: Option<String>,

    /// Accepted for kubectl's sake: our responses are never compressed anyway
    #[arg(long, global = true)]
    pub disable_compression: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Json,
    Yaml,
}
