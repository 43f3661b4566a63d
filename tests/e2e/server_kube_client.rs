//! kube-rs 5 (the client our binary uses) against the test server: typed and dynamic reads,
//! guarded patches, watches and error statuses decode as they would from kube-apiserver.

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, DynamicObject, ListParams, Patch, PatchParams, WatchEvent, WatchParams};
use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::json;

use crate::support::objects::web_world;
use crate::support::{TestEnv, TestServer};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

async fn client(env: &TestEnv) -> kube::Client {
    let kc = Kubeconfig::read_from(env.kubeconfig()).expect("kubeconfig");
    let config = kube::Config::from_custom_kubeconfig(kc, &KubeConfigOptions::default())
        .await
        .expect("config");
    kube::Client::try_from(config).expect("client")
}

fn rollouts(client: kube::Client) -> Api<DynamicObject> {
    let ar = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("argoproj.io", "v1alpha1", "Rollout"),
        "rollouts",
    );
    Api::namespaced_with(client, "default", &ar)
}

#[test]
fn kube_reads_patches_and_watches() {
    let env = TestEnv::new();
    env.load_yaml(&web_world());
    runtime().block_on(async {
        let c = client(&env).await;
        let pods: Api<Pod> = Api::namespaced(c.clone(), "default");
        let listed = pods
            .list(&ListParams::default().labels("app=web,tier in (a,b)"))
            .await
            .expect("list pods");
        assert_eq!(listed.items.len(), 3);
        assert_eq!(
            listed.metadata.resource_version,
            Some(env.resource_version().to_string())
        );

        let ro = rollouts(c.clone());
        assert!(ro.get_opt("missing").await.expect("get_opt").is_none());
        let web = ro.get("web").await.expect("get web");
        let rv = web.metadata.resource_version.clone().expect("rv");

        let guarded = json!({"metadata": {"resourceVersion": rv}, "spec": {"paused": true}});
        let patched = ro
            .patch("web", &PatchParams::default(), &Patch::Merge(&guarded))
            .await
            .expect("patch");
        assert_eq!(patched.data["spec"]["paused"], true);

        // The same guard again is now stale.
        match ro
            .patch("web", &PatchParams::default(), &Patch::Merge(&guarded))
            .await
        {
            Err(kube::Error::Api(status)) => {
                assert_eq!(status.code, 409);
                assert_eq!(status.reason, "Conflict");
            }
            other => panic!("expected a 409, got {other:?}"),
        }

        let status_patch = json!({"status": {"phase": "Healthy"}});
        ro.patch_status("web", &PatchParams::default(), &Patch::Merge(&status_patch))
            .await
            .expect("patch_status");
        assert_eq!(
            env.get("argoproj.io/v1alpha1", "ro", "default", "web")
                .unwrap()["status"]["phase"],
            "Healthy"
        );

        let from = env.resource_version().to_string();
        let mut stream = ro
            .watch(&WatchParams::default().timeout(2), &from)
            .await
            .expect("watch")
            .boxed();
        env.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |r| {
            r["spec"]["replicas"] = json!(8)
        });
        match stream.try_next().await.expect("event") {
            Some(WatchEvent::Modified(obj)) => assert_eq!(obj.data["spec"]["replicas"], 8),
            other => panic!("expected MODIFIED, got {other:?}"),
        }
    });
}

#[test]
fn kube_sees_expired_watch_as_an_error_event() {
    let env = TestEnv::new();
    env.load_yaml(&web_world());
    let old = env.resource_version() - 1;
    env.compact();
    runtime().block_on(async {
        let ro = rollouts(client(&env).await);
        let mut stream = ro
            .watch(&WatchParams::default().timeout(2), &old.to_string())
            .await
            .expect("watch")
            .boxed();
        match stream.next().await {
            Some(Ok(WatchEvent::Error(e))) => {
                assert_eq!(e.code, 410);
                assert_eq!(e.reason, "Expired");
            }
            other => panic!("expected an ERROR event, got {other:?}"),
        }
    });
}

#[test]
fn kube_sends_the_kubeconfig_token_over_http() {
    let env = TestEnv::builder()
        .server(TestServer::builder().token("t0k"))
        .token("t0k")
        .build();
    env.load_yaml(&web_world());
    runtime().block_on(async {
        let ro = rollouts(client(&env).await);
        ro.get("web").await.expect("authorized get");
    });
    assert_eq!(
        env.requests()[0].authorization.as_deref(),
        Some("Bearer t0k")
    );

    env.write_kubeconfig(Some("default"), Some("wrong"));
    runtime().block_on(async {
        match rollouts(client(&env).await).get("web").await {
            Err(kube::Error::Api(status)) => assert_eq!(status.code, 401),
            other => panic!("expected 401, got {other:?}"),
        }
    });
}
