//! A TLS front for the test API server: terminates TLS on 127.0.0.1 with the certificates in
//! `tests/fixtures/tls` (a test CA; a server certificate for `kubernetes.test` and
//! 127.0.0.1; a client certificate for `alice`) and forwards the bytes to the plain server,
//! so the TLS flags (`--certificate-authority`, `--insecure-skip-tls-verify`,
//! `--tls-server-name`, `--client-certificate/--client-key`) are proven over real TLS. It
//! records the subject of each client certificate it was shown.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::server::WebPkiClientVerifier;
use tokio_rustls::rustls::{self, RootCertStore, ServerConfig};

/// A fixture file under `tests/fixtures/tls`.
pub fn tls_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tls")
        .join(name)
}

pub struct TlsFront {
    port: u16,
    /// How many client certificates were presented (mutual TLS handshakes).
    client_certs: Arc<Mutex<usize>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TlsFront {
    /// TLS on a free port in front of `backend` (`127.0.0.1:PORT`); with `require_client_cert`
    /// only clients with a certificate from the test CA get through.
    pub fn start(backend: std::net::SocketAddr, require_client_cert: bool) -> TlsFront {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let certs: Vec<CertificateDer<'static>> =
            CertificateDer::pem_file_iter(tls_fixture("server.pem"))
                .expect("server.pem")
                .collect::<Result<_, _>>()
                .expect("server certificate");
        let key = PrivateKeyDer::from_pem_file(tls_fixture("server.key")).expect("server.key");
        let builder = ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .expect("protocol versions");
        let config = if require_client_cert {
            let mut roots = RootCertStore::empty();
            for ca in CertificateDer::pem_file_iter(tls_fixture("ca.pem")).expect("ca.pem") {
                roots.add(ca.expect("ca certificate")).expect("add ca");
            }
            let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .expect("client verifier");
            builder.with_client_cert_verifier(verifier)
        } else {
            builder.with_no_client_auth()
        }
        .with_single_cert(certs, key)
        .expect("server config");
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the TLS front");
        listener.set_nonblocking(true).expect("non-blocking");
        let port = listener.local_addr().expect("address").port();
        let client_certs = Arc::new(Mutex::new(0));
        let seen = client_certs.clone();
        let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                let mut conns = tokio::task::JoinSet::new();
                loop {
                    tokio::select! {
                        _ = &mut stopped => break,
                        accepted = listener.accept() => {
                            let Ok((tcp, _)) = accepted else { continue };
                            let acceptor = acceptor.clone();
                            let seen = seen.clone();
                            conns.spawn(async move {
                                // A refused handshake (unknown CA, no client certificate) just
                                // ends the connection, as a real server's does.
                                let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                                if tls.get_ref().1.peer_certificates().is_some_and(|c| !c.is_empty()) {
                                    *seen.lock().unwrap() += 1;
                                }
                                let Ok(mut plain) = tokio::net::TcpStream::connect(backend).await else {
                                    return;
                                };
                                let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                            });
                        }
                    }
                }
                conns.abort_all();
            });
            rt.shutdown_timeout(Duration::from_secs(1));
        });
        TlsFront {
            port,
            client_certs,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// `https://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}", self.port)
    }

    /// `https://kubernetes.test:PORT` is not resolvable; tests use the IP and
    /// `--tls-server-name` to ask for the name instead.
    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn client_certificates_seen(&self) -> usize {
        *self.client_certs.lock().unwrap()
    }
}

impl Drop for TlsFront {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
