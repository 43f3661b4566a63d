//! The Argo Rollouts v1alpha1 types as `lint` and `create` decode them: every field an
//! `Option`, so that a missing field is `None` (the rules decide what is required), and every
//! field serialized back (as `null` when absent), so that `decode` can tell a known field from
//! an unknown one by the round trip. Pod templates, selectors and object metadata are
//! k8s-openapi's own types; metric provider configurations and traffic-router plugins are kept
//! as raw JSON (their schemas belong to each provider and plugin).

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::PodTemplateSpec;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Labels or annotations.
pub type StringMap = BTreeMap<String, String>;

/// A Rollout, AnalysisTemplate, ClusterAnalysisTemplate, AnalysisRun or Experiment: the
/// envelope is the same, the spec differs.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Object<S> {
    pub api_version: Option<String>,
    pub kind: Option<String>,
    pub metadata: Option<ObjectMeta>,
    pub spec: Option<S>,
    /// What the controller wrote; manifests exported with `kubectl get -o yaml` carry it.
    pub status: Option<Value>,
}

pub type Rollout = Object<RolloutSpec>;
pub type AnalysisTemplate = Object<AnalysisTemplateSpec>;
pub type AnalysisRun = Object<AnalysisRunSpec>;
pub type Experiment = Object<ExperimentSpec>;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RolloutSpec {
    pub replicas: Option<i32>,
    pub selector: Option<LabelSelector>,
    pub template: Option<PodTemplateSpec>,
    pub workload_ref: Option<ObjectRef>,
    pub min_ready_seconds: Option<i32>,
    pub rollback_window: Option<RollbackWindow>,
    pub strategy: Option<Strategy>,
    pub revision_history_limit: Option<i32>,
    pub paused: Option<bool>,
    pub progress_deadline_seconds: Option<i32>,
    pub progress_deadline_abort: Option<bool>,
    pub restart_at: Option<String>,
    pub analysis: Option<AnalysisRunStrategy>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectRef {
    pub api_version: Option<String>,
    pub kind: Option<String>,
    pub name: Option<String>,
    pub scale_down: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RollbackWindow {
    pub revisions: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisRunStrategy {
    pub successful_run_history_limit: Option<i32>,
    pub unsuccessful_run_history_limit: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Strategy {
    pub blue_green: Option<BlueGreen>,
    pub canary: Option<Canary>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlueGreen {
    pub active_service: Option<String>,
    pub preview_service: Option<String>,
    pub preview_replica_count: Option<i32>,
    pub auto_promotion_enabled: Option<bool>,
    pub auto_promotion_seconds: Option<i32>,
    pub max_unavailable: Option<IntOrString>,
    pub scale_down_delay_seconds: Option<i32>,
    pub scale_down_delay_revision_limit: Option<i32>,
    pub pre_promotion_analysis: Option<RolloutAnalysis>,
    pub anti_affinity: Option<AntiAffinity>,
    pub post_promotion_analysis: Option<RolloutAnalysis>,
    pub preview_metadata: Option<PodMetadata>,
    pub active_metadata: Option<PodMetadata>,
    pub abort_scale_down_delay_seconds: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AntiAffinity {
    pub preferred_during_scheduling_ignored_during_execution: Option<PreferredAntiAffinity>,
    pub required_during_scheduling_ignored_during_execution: Option<Empty>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreferredAntiAffinity {
    pub weight: Option<i32>,
}

/// An object with no fields (`requiredDuringSchedulingIgnoredDuringExecution: {}`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Empty {}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodMetadata {
    pub labels: Option<StringMap>,
    pub annotations: Option<StringMap>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Canary {
    pub canary_service: Option<String>,
    pub stable_service: Option<String>,
    pub steps: Option<Vec<CanaryStep>>,
    pub traffic_routing: Option<TrafficRouting>,
    pub max_unavailable: Option<IntOrString>,
    pub max_surge: Option<IntOrString>,
    pub analysis: Option<BackgroundAnalysis>,
    pub anti_affinity: Option<AntiAffinity>,
    pub canary_metadata: Option<PodMetadata>,
    pub stable_metadata: Option<PodMetadata>,
    pub scale_down_delay_seconds: Option<i32>,
    pub scale_down_delay_revision_limit: Option<i32>,
    pub abort_scale_down_delay_seconds: Option<i32>,
    pub dynamic_stable_scale: Option<bool>,
    pub ping_pong: Option<PingPong>,
    pub min_pods_per_replica_set: Option<i32>,
    /// Newer controllers' `{type, value}`; kept raw.
    pub replica_progress_threshold: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PingPong {
    pub ping_service: Option<String>,
    pub pong_service: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TrafficRouting {
    pub istio: Option<Istio>,
    pub nginx: Option<Nginx>,
    pub alb: Option<Alb>,
    pub smi: Option<Smi>,
    pub ambassador: Option<Ambassador>,
    pub app_mesh: Option<AppMesh>,
    pub traefik: Option<Traefik>,
    pub managed_routes: Option<Vec<ManagedRoute>>,
    pub apisix: Option<Apisix>,
    pub plugins: Option<BTreeMap<String, Value>>,
    pub max_traffic_weight: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ManagedRoute {
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Istio {
    pub virtual_service: Option<IstioVirtualService>,
    pub destination_rule: Option<IstioDestinationRule>,
    pub virtual_services: Option<Vec<IstioVirtualService>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IstioVirtualService {
    pub name: Option<String>,
    pub routes: Option<Vec<String>>,
    pub tls_routes: Option<Vec<IstioTlsRoute>>,
    pub tcp_routes: Option<Vec<IstioTcpRoute>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IstioTlsRoute {
    pub port: Option<i64>,
    pub sni_hosts: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IstioTcpRoute {
    pub port: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IstioDestinationRule {
    pub name: Option<String>,
    pub canary_subset_name: Option<String>,
    pub stable_subset_name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Nginx {
    pub annotation_prefix: Option<String>,
    pub stable_ingress: Option<String>,
    pub stable_ingresses: Option<Vec<String>>,
    pub additional_ingress_annotations: Option<StringMap>,
    pub canary_ingress_annotations: Option<StringMap>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alb {
    pub ingress: Option<String>,
    pub ingresses: Option<Vec<String>>,
    pub service_port: Option<i32>,
    pub root_service: Option<String>,
    pub annotation_prefix: Option<String>,
    pub stickiness_config: Option<StickinessConfig>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StickinessConfig {
    pub enabled: Option<bool>,
    pub duration_seconds: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Smi {
    pub root_service: Option<String>,
    pub traffic_split_name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ambassador {
    pub mappings: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppMesh {
    pub virtual_service: Option<AppMeshVirtualService>,
    pub virtual_node_group: Option<AppMeshVirtualNodeGroup>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppMeshVirtualService {
    pub name: Option<String>,
    pub routes: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppMeshVirtualNodeGroup {
    pub canary_virtual_node_ref: Option<NameRef>,
    pub stable_virtual_node_ref: Option<NameRef>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NameRef {
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Traefik {
    pub weighted_traefik_service_name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Apisix {
    pub route: Option<ApisixRoute>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApisixRoute {
    pub name: Option<String>,
    pub rules: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CanaryStep {
    pub set_weight: Option<i32>,
    pub pause: Option<Pause>,
    pub experiment: Option<ExperimentStep>,
    pub analysis: Option<RolloutAnalysis>,
    pub set_canary_scale: Option<SetCanaryScale>,
    pub set_header_route: Option<SetHeaderRoute>,
    pub set_mirror_route: Option<SetMirrorRoute>,
    /// A step plugin's configuration (newer controllers); kept raw.
    pub plugin: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pause {
    pub duration: Option<IntOrString>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SetCanaryScale {
    pub weight: Option<i32>,
    pub replicas: Option<i32>,
    pub match_traffic_weight: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SetHeaderRoute {
    pub name: Option<String>,
    #[serde(rename = "match")]
    pub matches: Option<Vec<HeaderRoutingMatch>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HeaderRoutingMatch {
    pub header_name: Option<String>,
    pub header_value: Option<StringMatch>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SetMirrorRoute {
    pub name: Option<String>,
    #[serde(rename = "match")]
    pub matches: Option<Vec<RouteMatch>>,
    pub percentage: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RouteMatch {
    pub method: Option<StringMatch>,
    pub path: Option<StringMatch>,
    pub headers: Option<BTreeMap<String, StringMatch>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StringMatch {
    pub exact: Option<String>,
    pub prefix: Option<String>,
    pub regex: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentStep {
    pub templates: Option<Vec<ExperimentStepTemplate>>,
    pub duration: Option<String>,
    pub analyses: Option<Vec<ExperimentAnalysisRef>>,
    pub dry_run: Option<Vec<DryRun>>,
    pub analysis_run_metadata: Option<PodMetadata>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentStepTemplate {
    pub name: Option<String>,
    pub spec_ref: Option<String>,
    pub replicas: Option<i32>,
    pub metadata: Option<PodMetadata>,
    pub selector: Option<LabelSelector>,
    pub weight: Option<i32>,
    pub service: Option<NameRef>,
}

/// An analysis an experiment runs (in a rollout's experiment step, or in an Experiment).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentAnalysisRef {
    pub name: Option<String>,
    pub template_name: Option<String>,
    pub cluster_scope: Option<bool>,
    pub args: Option<Vec<Argument>>,
    pub required_for_completion: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RolloutAnalysis {
    pub templates: Option<Vec<AnalysisTemplateRef>>,
    pub args: Option<Vec<Argument>>,
    pub dry_run: Option<Vec<DryRun>>,
    pub measurement_retention: Option<Vec<MeasurementRetention>>,
    pub analysis_run_metadata: Option<PodMetadata>,
}

/// The canary's background analysis: a [`RolloutAnalysis`] that may start at a later step.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackgroundAnalysis {
    #[serde(flatten)]
    pub analysis: RolloutAnalysis,
    pub starting_step: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisTemplateRef {
    pub template_name: Option<String>,
    pub cluster_scope: Option<bool>,
}

/// An argument: declared by a template (a value is a default), or passed by a rollout or an
/// experiment (a value or where to read it from).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Argument {
    pub name: Option<String>,
    pub value: Option<String>,
    pub value_from: Option<ValueFrom>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ValueFrom {
    pub pod_template_hash_value: Option<String>,
    pub field_ref: Option<FieldRef>,
    pub secret_key_ref: Option<SecretKeyRef>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldRef {
    pub field_path: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SecretKeyRef {
    pub name: Option<String>,
    pub key: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DryRun {
    pub metric_name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasurementRetention {
    pub metric_name: Option<String>,
    pub limit: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisTemplateSpec {
    pub metrics: Option<Vec<Metric>>,
    pub args: Option<Vec<Argument>>,
    pub dry_run: Option<Vec<DryRun>>,
    pub measurement_retention: Option<Vec<MeasurementRetention>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisRunSpec {
    pub metrics: Option<Vec<Metric>>,
    pub args: Option<Vec<Argument>>,
    pub terminate: Option<bool>,
    pub dry_run: Option<Vec<DryRun>>,
    pub measurement_retention: Option<Vec<MeasurementRetention>>,
    pub ttl_strategy: Option<TtlStrategy>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TtlStrategy {
    pub seconds_after_completion: Option<i32>,
    pub seconds_after_failure: Option<i32>,
    pub seconds_after_success: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metric {
    pub name: Option<String>,
    pub interval: Option<String>,
    pub initial_delay: Option<String>,
    pub count: Option<IntOrString>,
    pub success_condition: Option<String>,
    pub failure_condition: Option<String>,
    pub failure_limit: Option<IntOrString>,
    pub inconclusive_limit: Option<IntOrString>,
    pub consecutive_error_limit: Option<IntOrString>,
    pub consecutive_success_limit: Option<IntOrString>,
    pub provider: Option<MetricProvider>,
}

/// Which system a metric asks; each provider's own configuration is kept raw.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricProvider {
    pub prometheus: Option<Value>,
    pub kayenta: Option<Value>,
    pub web: Option<Value>,
    pub datadog: Option<Value>,
    pub wavefront: Option<Value>,
    pub new_relic: Option<Value>,
    pub job: Option<Value>,
    pub cloud_watch: Option<Value>,
    pub graphite: Option<Value>,
    pub influxdb: Option<Value>,
    pub skywalking: Option<Value>,
    pub plugin: Option<Value>,
}

impl MetricProvider {
    /// The providers that are set, by field name.
    pub fn set(&self) -> Vec<&'static str> {
        [
            ("prometheus", &self.prometheus),
            ("kayenta", &self.kayenta),
            ("web", &self.web),
            ("datadog", &self.datadog),
            ("wavefront", &self.wavefront),
            ("newRelic", &self.new_relic),
            ("job", &self.job),
            ("cloudWatch", &self.cloud_watch),
            ("graphite", &self.graphite),
            ("influxdb", &self.influxdb),
            ("skywalking", &self.skywalking),
            ("plugin", &self.plugin),
        ]
        .into_iter()
        .filter(|(_, v)| v.as_ref().is_some_and(|v| !v.is_null()))
        .map(|(n, _)| n)
        .collect()
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentSpec {
    pub templates: Option<Vec<ExperimentTemplate>>,
    pub duration: Option<String>,
    pub progress_deadline_seconds: Option<i32>,
    pub terminate: Option<bool>,
    pub analyses: Option<Vec<ExperimentAnalysisRef>>,
    pub scale_down_delay_seconds: Option<i32>,
    pub dry_run: Option<Vec<DryRun>>,
    pub measurement_retention: Option<Vec<MeasurementRetention>>,
    pub analysis_run_metadata: Option<PodMetadata>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentTemplate {
    pub name: Option<String>,
    pub replicas: Option<i32>,
    pub min_ready_seconds: Option<i32>,
    pub selector: Option<LabelSelector>,
    pub template: Option<PodTemplateSpec>,
    pub service: Option<NameRef>,
}
