/* Conformance case 'user-url-api-canary': see app.js. */
#include <ctype.h>
#include <string.h>

#include <ccdk/appscaling.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

typedef struct {
    const char *name, *handler;
    double memory;
    ccdk_lambda_url_auth_type auth;
    int stream;
} route;

static const route routes[] = {
    {"Search", "src/routes.search", 1024, CCDK_LAMBDA_URL_AUTH_NONE, 0},
    {"Orders", "src/routes.orders", 512, CCDK_LAMBDA_URL_AUTH_AWS_IAM, 0},
    {"Profile", "src/routes.profile", 256, CCDK_LAMBDA_URL_AUTH_AWS_IAM, 0},
    {"Export", "src/routes.exportData", 2048, CCDK_LAMBDA_URL_AUTH_AWS_IAM, 1},
    {"Admin", "src/routes.admin", 256, CCDK_LAMBDA_URL_AUTH_AWS_IAM, 0},
};

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "UrlApi", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-central-1",
    });

    ccdk_lambda_layer_version *shared = ccdk_lambda_layer_version_new(stack, "Shared", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "shared-layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X, CCDK_LAMBDA_RUNTIME_NODEJS_22_X),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "shared response helpers",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "api", NULL);

    ccdk_iam_role *partner = ccdk_iam_role_new(stack, "PartnerRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "210987654321"),
        .external_ids = CCDK_STRS("partner-7f3a"),
        .description = "partner access to the private routes",
    });

    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
        const route *r = &routes[i];
        char lower[32];
        size_t n = strlen(r->name);
        for (size_t k = 0; k <= n && k < sizeof lower; k++)
            lower[k] = (char)tolower((unsigned char)r->name[k]);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, ccdk_fmt(stack, "%sFn", r->name), &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
            .handler = r->handler,
            .code = code,
            .layers = CCDK_LIST(shared),
            .memory_size = CCDK_NUM(r->memory),
            .timeout = ccdk_duration_seconds(r->stream ? 120 : 10),
            .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
            .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
            .environment = CCDK_KVS({"ROUTE", lower}, {"NODE_OPTIONS", "--enable-source-maps"}),
            .current_version_options = &(ccdk_lambda_version_options){
                .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
                .description = ccdk_fmt(stack, "%s release", r->name),
            },
        });

        ccdk_lambda_alias *alias;
        if (strcmp(r->name, "Search") == 0) {
            ccdk_lambda_version *stable = ccdk_lambda_version_from_version_attributes(stack, "SearchStable",
                &(ccdk_lambda_version_attributes){.lambda = fn, .version = "7"});
            alias = ccdk_lambda_alias_new(stack, "SearchLive", &(ccdk_lambda_alias_props){
                .alias_name = "live",
                .version = stable,
                .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight,
                                                    {ccdk_lambda_function_current_version(fn), 0.1}),
            });
            ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(alias,
                &(ccdk_lambda_auto_scaling_options){.min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(40)});
            ccdk_lambda_scalable_attribute_scale_on_utilization(scaling,
                &(ccdk_lambda_utilization_scaling_options){.utilization_target = CCDK_NUM(0.7)});
            ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "WorkdayMorning", &(ccdk_lambda_scaling_schedule){
                .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){
                    .week_day = "MON-FRI", .hour = "7", .minute = "30"}),
                .min_capacity = CCDK_NUM(10),
                .time_zone = "Europe/Berlin",
            });
            ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "WorkdayEvening", &(ccdk_lambda_scaling_schedule){
                .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){
                    .week_day = "MON-FRI", .hour = "20", .minute = "0"}),
                .min_capacity = CCDK_NUM(2),
                .time_zone = "Europe/Berlin",
            });
        } else {
            alias = ccdk_lambda_function_add_alias(fn, "live", &(ccdk_lambda_alias_options){
                .provisioned_concurrent_executions = strcmp(r->name, "Orders") == 0 ? CCDK_NUM(2) : (ccdk_opt_num){0},
            });
        }

        ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(alias, &(ccdk_lambda_function_url_options){
            .auth_type = r->auth,
            .invoke_mode = r->stream ? CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM : CCDK_LAMBDA_INVOKE_MODE_UNSET,
            .cors = r->auth == CCDK_LAMBDA_URL_AUTH_NONE ? &(ccdk_lambda_function_url_cors){
                .allowed_origins = CCDK_STRS("https://app.example.com"),
                .allowed_methods = CCDK_STRS("GET"),
                .max_age = ccdk_duration_hours(1),
            } : NULL,
        });
        if (r->auth == CCDK_LAMBDA_URL_AUTH_AWS_IAM && strcmp(r->name, "Admin") != 0)
            ccdk_lambda_function_url_grant_invoke_url(url, partner);
        ccdk_cfn_output_new(stack, ccdk_fmt(stack, "%sUrl", r->name), &(ccdk_cfn_output_props){
            .value = ccdk_lambda_function_url_url(url)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
