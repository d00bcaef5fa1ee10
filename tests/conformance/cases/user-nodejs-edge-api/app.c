/* Conformance case 'user-nodejs-edge-api': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/lambda_nodejs.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>

#define ACCOUNT "123456789012"
#define REGION "eu-west-1"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *shared = ccdk_stack_new(app, "CatalogShared", &(ccdk_stack_props){.account = ACCOUNT, .region = REGION});
    ccdk_kms_key *config_key = ccdk_kms_key_new(shared, "ConfigKey", &(ccdk_kms_key_props){
        .description = "catalog function environments",
        .enable_key_rotation = CCDK_TRUE,
        .alias = "alias/catalog-config",
    });
    ccdk_lambda_layer_version *utils = ccdk_lambda_layer_version_new(shared, "Utils", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(shared, "layers/utils", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_22_X),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "catalog helpers",
    });

    const ccdk_lambda_nodejs_bundling_options bundling = {
        .minify = CCDK_TRUE,
        .source_map = CCDK_TRUE,
        .external_modules = CCDK_STRS("@aws-sdk/*"),
    };

    ccdk_stack *api = ccdk_stack_new(app, "CatalogApi", &(ccdk_stack_props){.account = ACCOUNT, .region = REGION});
    ccdk_lambda_layer_version *powertools = ccdk_lambda_layer_version_from_layer_version_arn(api, "Powertools",
        "arn:aws:lambda:" REGION ":094274105915:layer:AWSLambdaPowertoolsTypeScriptV2:12");
    ccdk_logs_log_group *search_logs = ccdk_logs_log_group_new(api, "SearchLogs", &(ccdk_logs_log_group_props){
        .log_group_name = "/catalog/search",
        .retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_function *search = ccdk_lambda_nodejs_function_new(api, "Search", &(ccdk_lambda_nodejs_function_props){
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
            .memory_size = CCDK_NUM(512),
            .timeout = ccdk_duration_seconds(5),
            .layers = CCDK_LIST(utils, powertools),
            .environment = CCDK_KVS({"NODE_OPTIONS", "--enable-source-maps"},
                                    {"POWERTOOLS_SERVICE_NAME", "catalog-search"}),
            .environment_encryption = config_key,
            .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_229_0),
            .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
                .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVASCRIPT_SDK, NULL},
                .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
            },
            .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
            .reserved_concurrent_executions = CCDK_NUM(25),
            .recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE,
            .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
            .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG,
            .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_INFO,
            .log_group = search_logs,
        },
        .entry = "src/search.ts",
        .bundling = &bundling,
    });
    ccdk_lambda_function_url *search_url = ccdk_lambda_function_add_function_url(search, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://shop.example.com", "https://admin.example.com"),
            .allowed_methods = CCDK_STRS("GET", "POST"),
            .allowed_headers = CCDK_STRS("content-type", "authorization"),
            .exposed_headers = CCDK_STRS("x-request-id"),
            .allow_credentials = CCDK_TRUE,
            .max_age = ccdk_duration_hours(1),
        },
    });
    ccdk_cfn_output_new(api, "SearchUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(search_url)});

    ccdk_lambda_function *pricing = ccdk_lambda_function_new(api, "Pricing", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_21,
        .handler = "com.example.catalog.PricingHandler::handleRequest",
        .code = ccdk_lambda_code_from_asset(api, "pricing", NULL),
        .memory_size = CCDK_NUM(2048),
        .timeout = ccdk_duration_seconds(30),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .environment_encryption = config_key,
        .environment = CCDK_KVS({"JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"}),
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVA_AUTO_INSTRUMENTATION, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER,
        },
    });
    ccdk_lambda_alias *pricing_live = ccdk_lambda_function_add_alias(pricing, "live", &(ccdk_lambda_alias_options){
        .description = "the SnapStart version in service",
    });
    ccdk_lambda_function_url *pricing_url = ccdk_lambda_function_add_function_url(pricing_live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });
    ccdk_lambda_function_url_grant_invoke_url(pricing_url, search);
    ccdk_lambda_function_add_environment(search, "PRICING_URL", ccdk_lambda_function_url_url(pricing_url));

    ccdk_stack *workers = ccdk_stack_new(app, "CatalogWorkers", &(ccdk_stack_props){.account = ACCOUNT, .region = REGION});
    ccdk_lambda_function *ingest = ccdk_lambda_nodejs_function_new(workers, "Ingest", &(ccdk_lambda_nodejs_function_props){
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
            .timeout = ccdk_duration_minutes(2),
            .layers = CCDK_LIST(utils),
            .environment_encryption = config_key,
            .environment = CCDK_KVS({"FEED_PARAMETER", "/catalog/feeds/partner"}),
            .params_and_secrets = &(ccdk_lambda_params_and_secrets){
                .version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103,
                .cache_size = CCDK_NUM(500),
                .log_level = CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_WARN,
            },
            .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
            .recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE,
        },
        .entry = "src/ingest.ts",
        .bundling = &bundling,
    });
    ccdk_lambda_function_url *ingest_url = ccdk_lambda_function_add_function_url(ingest, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM,
    });
    ccdk_iam_role *partner = ccdk_iam_role_new(workers, "PartnerFeed", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(workers, "210987654321"),
        .external_ids = CCDK_STRS("catalog-feed"),
    });
    ccdk_lambda_function_url_grant_invoke_url(ingest_url, partner);
    ccdk_kms_key_grant_decrypt(config_key, ingest);
    ccdk_cfn_output_new(workers, "IngestUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(ingest_url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
