/* Conformance case 'user-checkout-releases': an app as a user writes it for safe deployments: a
 * checkout function whose currentVersion is retained (version options: description, retries,
 * event age), a `live` alias on the previous release with 10% of traffic on the new version, a
 * `beta` alias on the new one, provisioned concurrency, Function URLs on both aliases (IAM and a
 * public streaming one), an alarm on the live alias's errors, invoke grants on an alias; layers
 * with removal policies and an organization permission; a Java pricing function with SnapStart,
 * manual runtime management and an alias of a new lambda.Version. */
#include <ccdk/cloudwatch.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "CheckoutStack", &(ccdk_stack_props){.account = "444455556666", .region = "us-east-1"});

    ccdk_lambda_layer_version *deps = ccdk_lambda_layer_version_new(stack, "Deps", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_22_X),
        .layer_version_name = "checkout-deps",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_lambda_layer_version_add_permission(deps, "Organization", &(ccdk_lambda_layer_version_permission){
        .account_id = "*",
        .organization_id = "o-a1b2c3d4e5",
    });
    ccdk_lambda_layer_version *tooling = ccdk_lambda_layer_version_new(stack, "Tooling", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer", NULL),
        .description = "debug tooling, throwaway",
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_lambda_function *checkout = ccdk_lambda_function_new(stack, "Checkout", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "src", NULL),
        .layers = CCDK_LIST(deps, tooling),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_seconds(15),
        .description = "checkout API",
        .environment = CCDK_KVS({"RELEASE", "2024.06.1"}),
        .runtime_management_mode = CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_FUNCTION_UPDATE,
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
            .description = "release 2024.06.1",
            .retry_attempts = CCDK_NUM(1),
            .max_event_age = ccdk_duration_hours(1),
        },
    });
    ccdk_lambda_version *next = ccdk_lambda_function_current_version(checkout);
    ccdk_lambda_version *previous = ccdk_lambda_version_from_version_attributes(stack, "Previous", &(ccdk_lambda_version_attributes){
        .version = "41",
        .lambda = checkout,
    });

    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = previous,
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {next, 0.1}),
        .description = "production traffic, canary on the new release",
        .provisioned_concurrent_executions = CCDK_NUM(5),
    });
    ccdk_lambda_alias *beta = ccdk_lambda_alias_new(stack, "Beta", &(ccdk_lambda_alias_props){
        .alias_name = "beta",
        .version = next,
        .description = "beta testers",
        .retry_attempts = CCDK_NUM(0),
    });
    ccdk_lambda_function_url *live_url = ccdk_lambda_function_add_function_url(live, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://shop.example.com"),
            .allowed_methods = CCDK_STRS("POST"),
            .max_age = ccdk_duration_hours(1),
        },
    });
    ccdk_lambda_function_url *beta_url = ccdk_lambda_function_add_function_url(beta, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM,
    });
    ccdk_iam_role *frontend = ccdk_iam_role_new(stack, "Frontend", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "777788889999"),
    });
    ccdk_lambda_function_url_grant_invoke_url(live_url, frontend);
    ccdk_lambda_function_grant_invoke(beta, ccdk_iam_role_principal(frontend));

    ccdk_cloudwatch_alarm_new(stack, "LiveErrors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(3),
        .datapoints_to_alarm = CCDK_NUM(2),
        .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
        .alarm_description = "roll back the canary",
    });

    ccdk_lambda_function *pricing = ccdk_lambda_function_new(stack, "Pricing", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_21,
        .handler = "com.example.pricing.Handler::handleRequest",
        .code = ccdk_lambda_code_from_asset(stack, "java", NULL),
        .memory_size = CCDK_NUM(2048),
        .timeout = ccdk_duration_seconds(30),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .runtime_management_mode = ccdk_lambda_runtime_management_mode_manual(
            stack, "arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd4cba17d61dea0686b404502a0c9ce83931b9"),
    });
    ccdk_lambda_version *release = ccdk_lambda_version_new(stack, "PricingRelease", &(ccdk_lambda_version_props){
        .lambda = pricing,
        .description = "pricing 3.2.0",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        .provisioned_concurrent_executions = CCDK_NUM(2),
    });
    ccdk_lambda_alias *prod = ccdk_lambda_version_add_alias(release, "prod", &(ccdk_lambda_alias_options){
        .description = "pricing in production",
    });
    ccdk_lambda_function_grant_invoke(prod, checkout);
    ccdk_lambda_function_add_environment(checkout, "PRICING_FUNCTION", ccdk_lambda_alias_arn(prod));

    ccdk_cfn_output_new(stack, "LiveUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(live_url)});
    ccdk_cfn_output_new(stack, "BetaUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(beta_url)});
    ccdk_cfn_output_new(stack, "NextVersion", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(next)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
