/* ccdk/lambda_v2.h - Function options of aws-cdk-lib v2 (issue 16, part 1): SnapStartConf,
 * RuntimeManagementMode, RecursiveLoop, TenancyConfig, DurableConfig, the ADOT instrumentation and
 * the Parameters and Secrets extension. They are fields of ccdk_lambda_function_props (ccdk/lambda.h,
 * which includes this header). */
#ifndef CCDK_LAMBDA_V2_H
#define CCDK_LAMBDA_V2_H

#include "ccdk/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ================================================================== SnapStart */

/** lambda.SnapStartConf: {"ApplyOn": apply_on}. */
typedef struct ccdk_lambda_snap_start_conf {
    const char *apply_on;
} ccdk_lambda_snap_start_conf;
/** SnapStartConf.ON_PUBLISHED_VERSIONS (static). */
extern const ccdk_lambda_snap_start_conf ccdk_lambda_snap_start_conf_on_published_versions;
#define CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS (&ccdk_lambda_snap_start_conf_on_published_versions)

/* ================================================================== RuntimeManagementMode */

/** lambda.RuntimeManagementMode: {"UpdateRuntimeOn": mode, "RuntimeVersionArn": arn (Manual only)}. */
typedef struct ccdk_lambda_runtime_management_mode {
    const char *mode;                /* "Auto", "FunctionUpdate", "Manual" */
    const char *runtime_version_arn; /* NULL unless Manual */
} ccdk_lambda_runtime_management_mode;
/** RuntimeManagementMode.AUTO and FUNCTION_UPDATE (static). */
extern const ccdk_lambda_runtime_management_mode ccdk_lambda_runtime_management_mode_auto;
extern const ccdk_lambda_runtime_management_mode ccdk_lambda_runtime_management_mode_function_update;
#define CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_AUTO (&ccdk_lambda_runtime_management_mode_auto)
#define CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_FUNCTION_UPDATE (&ccdk_lambda_runtime_management_mode_function_update)
/** RuntimeManagementMode.manual(arn): a mode kept by the owner's App (arn copied; not checked, as in
 *  aws-cdk-lib, so NULL is written as no ARN). A bad owner goes to the process-wide list; never NULL. */
const ccdk_lambda_runtime_management_mode *ccdk_lambda_runtime_management_mode_manual(void *owner, const char *arn);

/* ================================================================== RecursiveLoop, TenancyConfig, DurableConfig */

/** lambda.RecursiveLoop (the RecursiveLoop property; UNSET: not written). */
typedef enum {
    CCDK_LAMBDA_RECURSIVE_LOOP_UNSET = 0,
    CCDK_LAMBDA_RECURSIVE_LOOP_ALLOW,
    CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE
} ccdk_lambda_recursive_loop;

/** lambda.TenancyConfig: {"TenantIsolationMode": mode}. */
typedef struct ccdk_lambda_tenancy_config {
    const char *tenant_isolation_mode;
} ccdk_lambda_tenancy_config;
/** TenancyConfig.PER_TENANT (static). */
extern const ccdk_lambda_tenancy_config ccdk_lambda_tenancy_config_per_tenant;
#define CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT (&ccdk_lambda_tenancy_config_per_tenant)

/** lambda.DurableConfig: execution_timeout (required, 1 s to 366 days) and retention_period
 *  (1 to 90 days). The function's new role gets AWSLambdaBasicDurableExecutionRolePolicy. */
typedef struct ccdk_lambda_durable_config {
    ccdk_duration execution_timeout;
    ccdk_duration retention_period;
} ccdk_lambda_durable_config;

/* ================================================================== ADOT */

/** AdotLambdaLayerType: which AdotLambdaLayer*Version class a version is of. */
typedef enum {
    CCDK_LAMBDA_ADOT_LAYER_UNSET = 0,
    CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK,
    CCDK_LAMBDA_ADOT_LAYER_JAVA_AUTO_INSTRUMENTATION,
    CCDK_LAMBDA_ADOT_LAYER_JAVASCRIPT_SDK,
    CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK,
    CCDK_LAMBDA_ADOT_LAYER_GENERIC
} ccdk_lambda_adot_layer_type;

/** AdotLayerVersion.from<Type>LayerVersion(AdotLambdaLayer<Type>Version.V<x>): version "1.30.0" as
 *  the constant's version string (V1_32_0_1 is "1.32.0-1"); NULL is the class's LATEST. */
typedef struct {
    ccdk_lambda_adot_layer_type type;
    const char *version;
} ccdk_lambda_adot_layer_version;

/** lambda.AdotLambdaExecWrapper (the AWS_LAMBDA_EXEC_WRAPPER environment variable). */
typedef enum {
    CCDK_LAMBDA_ADOT_EXEC_WRAPPER_UNSET = 0,
    CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,    /* /opt/otel-handler */
    CCDK_LAMBDA_ADOT_EXEC_WRAPPER_PROXY_HANDLER,      /* /opt/otel-proxy-handler */
    CCDK_LAMBDA_ADOT_EXEC_WRAPPER_STREAM_HANDLER,     /* /opt/otel-stream-handler */
    CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER, /* /opt/otel-instrument */
    CCDK_LAMBDA_ADOT_EXEC_WRAPPER_SQS_HANDLER         /* /opt/otel-sqs-handler */
} ccdk_lambda_adot_exec_wrapper;

/** lambda.AdotInstrumentationConfig: the layer (looked up per region and architecture; an
 *  environment-agnostic stack gets a region pattern or a CfnMapping, as Stack.regionalFact) and the
 *  exec wrapper (both required). Tracing becomes Active unless `tracing` is set. */
typedef struct ccdk_lambda_adot_instrumentation_config {
    ccdk_lambda_adot_layer_version layer_version;
    ccdk_lambda_adot_exec_wrapper exec_wrapper;
} ccdk_lambda_adot_instrumentation_config;

/** AdotLambdaLayer<Type>Version.LATEST's version string (static); NULL for an unknown type. */
const char *ccdk_lambda_adot_latest_version(ccdk_lambda_adot_layer_type type);
/* AdotLambdaLayer<Type>Version.layerArn(scope, architecture): ccdk_lambda_adot_layer_arn in ccdk/lambda.h (it takes
 * an Architecture). */

/* ================================================================== Parameters and Secrets */

/** lambda.ParamsAndSecretsLogLevel (UNSET: INFO). */
typedef enum {
    CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_UNSET = 0,
    CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_DEBUG,
    CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_INFO,
    CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_WARN,
    CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_ERROR,
    CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_NONE
} ccdk_lambda_params_and_secrets_log_level;

/** lambda.ParamsAndSecretsVersions.V1_0_103. */
#define CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103 "1.0.103"

/** lambda.ParamsAndSecretsLayerVersion: fromVersion(version, options) (the layer looked up per
 *  region and architecture) or fromVersionArn(version_arn, options); exactly one of the two. The
 *  options become the extension's environment variables, with aws-cdk-lib's defaults and checks (a
 *  number token in cache_size, http_port or max_connections fails them, as there: they test no token). */
typedef struct ccdk_lambda_params_and_secrets {
    const char *version;     /* CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103 */
    const char *version_arn; /* instead of version: the layer version ARN */
    ccdk_tristate cache_enabled;     /* default true */
    ccdk_opt_num cache_size;         /* 0 to 1000, default 1000 */
    ccdk_opt_num http_port;          /* 1 to 65535, default 2773 */
    ccdk_lambda_params_and_secrets_log_level log_level;
    ccdk_opt_num max_connections;    /* at least 1, default 3 */
    ccdk_duration secrets_manager_timeout; /* default 0 ms */
    ccdk_duration secrets_manager_ttl;     /* at most 300 s, default 300 s */
    ccdk_duration parameter_store_timeout; /* default 0 ms */
    ccdk_duration parameter_store_ttl;     /* at most 300 s, default 300 s */
} ccdk_lambda_params_and_secrets;

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_runtime_management_mode_manual(owner, ...) ccdk_lambda_runtime_management_mode_manual(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif

#endif
