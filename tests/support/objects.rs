//! Small inline objects for the support layer's own tests (the shared, richer fixtures live in
//! `tests/fixtures/`): a paused canary Rollout `web` in `default`, its two ReplicaSets, pods
//! with `tier` labels, and a ReplicaSet in namespace `prod`.

pub const ROLLOUT_WEB: &str = r#"
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
  namespace: default
  labels:
    app: web
  annotations:
    rollout.argoproj.io/revision: "2"
spec:
  replicas: 4
  revisionHistoryLimit: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
  strategy:
    canary:
      steps:
      - setWeight: 25
      - pause: {}
      - setWeight: 50
      - pause:
          duration: 30s
status:
  phase: Paused
  message: CanaryPauseStep
  observedGeneration: "1"
  currentPodHash: 6d4b8c9f7
  stableRS: 5f8d7c6b4
  currentStepIndex: 1
  currentStepHash: 7c9f8d6b5
  replicas: 4
  updatedReplicas: 1
  readyReplicas: 4
  availableReplicas: 4
  selector: app=web
  controllerPause: true
  pauseConditions:
  - reason: CanaryPauseStep
    startTime: "2025-03-01T10:00:00Z"
  canary: {}
  conditions:
  - type: Available
    status: "True"
    reason: AvailableReason
    message: Rollout has minimum availability
    lastTransitionTime: "2025-03-01T09:58:00Z"
    lastUpdateTime: "2025-03-01T09:58:00Z"
  - type: Paused
    status: "True"
    reason: RolloutPaused
    message: Rollout is paused
    lastTransitionTime: "2025-03-01T10:00:00Z"
    lastUpdateTime: "2025-03-01T10:00:00Z"
"#;

fn replicaset(name: &str, ns: &str, hash: &str, revision: u32, replicas: u32) -> String {
    format!(
        r#"
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: {name}
  namespace: {ns}
  labels:
    app: web
    rollouts-pod-template-hash: {hash}
  annotations:
    rollout.argoproj.io/revision: "{revision}"
  ownerReferences:
  - apiVersion: argoproj.io/v1alpha1
    kind: Rollout
    name: web
    uid: 00000000-0000-4000-8000-00000000beef
    controller: true
    blockOwnerDeletion: true
spec:
  replicas: {replicas}
  selector:
    matchLabels:
      app: web
      rollouts-pod-template-hash: {hash}
  template:
    metadata:
      labels:
        app: web
        rollouts-pod-template-hash: {hash}
    spec:
      containers:
      - name: web
        image: nginx:1.27
status:
  replicas: {replicas}
  readyReplicas: {replicas}
  availableReplicas: {replicas}
  observedGeneration: 1
"#
    )
}

fn pod(name: &str, hash: &str, tier: &str) -> String {
    format!(
        r#"
apiVersion: v1
kind: Pod
metadata:
  name: {name}
  namespace: default
  labels:
    app: web
    tier: {tier}
    rollouts-pod-template-hash: {hash}
spec:
  containers:
  - name: web
    image: nginx:1.27
status:
  phase: Running
  containerStatuses:
  - name: web
    ready: true
    restartCount: 0
    image: nginx:1.27
    imageID: docker.io/library/nginx@sha256:0000
    started: true
    state:
      running:
        startedAt: "2025-03-01T09:57:00Z"
"#
    )
}

/// The rollout, its ReplicaSets, five pods (tiers a, b, c, a, b), a ReplicaSet in `prod`.
pub fn web_world() -> String {
    [
        ROLLOUT_WEB.to_string(),
        replicaset("web-5f8d7c6b4", "default", "5f8d7c6b4", 1, 3),
        replicaset("web-6d4b8c9f7", "default", "6d4b8c9f7", 2, 1),
        replicaset("web-7b9c5d8f6", "prod", "7b9c5d8f6", 1, 2),
        pod("web-5f8d7c6b4-2xkqz", "5f8d7c6b4", "a"),
        pod("web-5f8d7c6b4-8hjwn", "5f8d7c6b4", "b"),
        pod("web-5f8d7c6b4-q4v7m", "5f8d7c6b4", "c"),
        pod("web-6d4b8c9f7-mx2pl", "6d4b8c9f7", "a"),
        pod("other-7c8d9", "0000000000", "b").replace("app: web", "app: other"),
    ]
    .join("\n---\n")
}
