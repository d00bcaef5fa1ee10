/* Conformance case 'user-platform-standard-functions': an app as a platform team writes it: a
 * "standard function" construct (a class of its own) every service gets, in a loop over five
 * services of three languages and both architectures, in an environment-agnostic stack: Lambda
 * Insights, ADOT instrumentation (JavaScript, Python and Java layers), the Parameters and Secrets
 * extension, CodeGuru profiling (its own group or a shared one) where the runtime has it, a shared
 * code signing config, ephemeral storage, a log group of its own, active tracing, a shared
 * secret and an SSM parameter read by every service, and an alias per service. */
#include <ctype.h>
#include <stdio.h>

#include <ccdk/codeguru.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/signer.h>
#include <ccdk/ssm.h>

typedef struct {
    const char *id;
    const ccdk_lambda_runtime *runtime;
    const char *handler;
    const ccdk_lambda_architecture *architecture;
    ccdk_codeguru_profiling_group *profiling_group;
    double memory_size; /* 0: 512 */
    double scratch_mib; /* 0: 512 */
    ccdk_lambda_code_signing_config *code_signing_config;
    ccdk_secretsmanager_secret *secret;
    ccdk_ssm_string_parameter *settings;
} standard_function_props;

typedef struct {
    ccdk_construct *node;
    ccdk_logs_log_group *log_group;
    ccdk_lambda_function *function;
    ccdk_lambda_alias *alias;
} standard_function;

/* the platform team's StandardFunction construct */
static standard_function standard_function_new(ccdk_stack *scope, const standard_function_props *props)
{
    standard_function self = {.node = ccdk_construct_new(scope, props->id)};
    char lower[64], dir[96], description[128];
    size_t i = 0;
    for (; props->id[i] && i < sizeof lower - 1; i++)
        lower[i] = (char)tolower((unsigned char)props->id[i]);
    lower[i] = '\0';
    snprintf(dir, sizeof dir, "services/%s", lower);
    snprintf(description, sizeof description, "%s service (platform standard function)", props->id);

    ccdk_lambda_adot_instrumentation_config adot;
    switch (props->runtime->family) {
    case CCDK_LAMBDA_FAMILY_NODEJS:
        adot = (ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVASCRIPT_SDK, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        };
        break;
    case CCDK_LAMBDA_FAMILY_PYTHON:
        adot = (ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
        };
        break;
    default:
        adot = (ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVA_AUTO_INSTRUMENTATION, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        };
        break;
    }
    self.log_group = ccdk_logs_log_group_new(self.node, "Logs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    int profiles = props->runtime->supports_code_guru_profiling;
    self.function = ccdk_lambda_function_new(self.node, "Function", &(ccdk_lambda_function_props){
        .runtime = props->runtime,
        .handler = props->handler,
        .code = ccdk_lambda_code_from_asset(self.node, dir, NULL),
        .architecture = props->architecture,
        .memory_size = CCDK_NUM(props->memory_size ? props->memory_size : 512),
        .timeout = ccdk_duration_seconds(30),
        .ephemeral_storage_size = ccdk_size_mebibytes(props->scratch_mib ? props->scratch_mib : 512),
        .description = description,
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_333_0),
        .adot_instrumentation = &adot,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103,
            .cache_size = CCDK_NUM(500),
            .log_level = CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_WARN,
            .secrets_manager_ttl = ccdk_duration_seconds(120),
        },
        .profiling = profiles && !props->profiling_group ? CCDK_TRUE : CCDK_UNSET,
        .profiling_group = profiles ? props->profiling_group : NULL,
        .code_signing_config = props->code_signing_config,
        .log_group = self.log_group,
        .environment = CCDK_KVS({"SERVICE_NAME", lower}, {"POWERTOOLS_SERVICE_NAME", lower}),
    });
    ccdk_secretsmanager_secret_grant_read(props->secret, self.function);
    ccdk_ssm_string_parameter_grant_read(props->settings, self.function);
    self.alias = ccdk_lambda_alias_new(self.node, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(self.function),
    });
    return self;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "PlatformServices", NULL);
    ccdk_signer_signing_profile *profile = ccdk_signer_signing_profile_new(stack, "Profile", &(ccdk_signer_signing_profile_props){
        .platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA,
        .signature_validity = ccdk_duration_days(365),
    });
    ccdk_lambda_code_signing_config *code_signing = ccdk_lambda_code_signing_config_new(stack, "CodeSigning", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(profile),
        .untrusted_artifact_on_deployment = CCDK_LAMBDA_UNTRUSTED_ARTIFACT_ENFORCE,
        .description = "platform: signed code only",
    });
    ccdk_codeguru_profiling_group *shared_profiling = ccdk_codeguru_profiling_group_new(stack, "PythonProfiling", &(ccdk_codeguru_profiling_group_props){
        .compute_platform = CCDK_CODEGURU_COMPUTE_PLATFORM_AWS_LAMBDA,
    });
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "DbCredentials", &(ccdk_secretsmanager_secret_props){
        .description = "database credentials shared by the services",
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .secret_string_template = "{\"username\":\"app\"}",
            .generate_string_key = "password",
            .exclude_punctuation = CCDK_TRUE,
        },
    });
    ccdk_ssm_string_parameter *settings = ccdk_ssm_string_parameter_from_string_parameter_name(stack, "Settings", "/platform/settings");

    const standard_function_props services[] = {
        {.id = "Orders", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler", .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64},
        {.id = "Payments", .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "main.handler", .architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64, .profiling_group = shared_profiling},
        {.id = "Catalog", .runtime = CCDK_LAMBDA_RUNTIME_JAVA_21, .handler = "com.example.catalog.Handler", .architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64, .memory_size = 2048, .scratch_mib = 2048},
        {.id = "Search", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler", .architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64, .scratch_mib = 10240},
        {.id = "Notify", .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13, .handler = "main.handler", .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64, .profiling_group = shared_profiling, .memory_size = 256},
    };
    for (size_t i = 0; i < sizeof services / sizeof services[0]; i++) {
        standard_function_props props = services[i];
        props.code_signing_config = code_signing;
        props.secret = secret;
        props.settings = settings;
        standard_function fn = standard_function_new(stack, &props);
        char output_id[64];
        snprintf(output_id, sizeof output_id, "%sAliasArn", props.id);
        ccdk_cfn_output_new(stack, output_id, &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(fn.alias)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
