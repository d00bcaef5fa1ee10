/* Conformance case 'user-tenant-api': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TenantApi", NULL);

    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "TenantData", &(ccdk_dynamodb_table_props){
        .partition_key = {"tenantId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"sk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_lambda_function *api = ccdk_lambda_function_new(stack, "ApiHandler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "api", NULL),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_seconds(15),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .reserved_concurrent_executions = CCDK_NUM(100),
        .description = "Tenant-scoped REST API",
        .environment = CCDK_KVS({"TABLE_NAME", ccdk_dynamodb_table_name(table)},
                                {"POWERTOOLS_SERVICE_NAME", "tenant-api"}),
    });
    ccdk_lambda_function_add_environment(api, "LOG_LEVEL", "info");
    ccdk_dynamodb_table_grant_read_write_data(table, api);

    ccdk_lambda_alias *prod = ccdk_lambda_alias_new(stack, "ApiProd", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = ccdk_lambda_function_current_version(api),
        .description = "production traffic",
        .provisioned_concurrent_executions = CCDK_NUM(5),
    });
    ccdk_lambda_scalable_attribute *capacity = ccdk_lambda_alias_add_auto_scaling(prod, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(5),
        .max_capacity = CCDK_NUM(80),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(capacity, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.6),
        .scale_in_cooldown = ccdk_duration_minutes(10),
        .scale_out_cooldown = ccdk_duration_minutes(1),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(capacity, "MorningRamp", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "6", .minute = "45"}),
        .min_capacity = CCDK_NUM(30),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(capacity, "EveningDrain", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_expression(stack, "cron(0 21 * * ? *)"),
        .min_capacity = CCDK_NUM(5),
        .max_capacity = CCDK_NUM(40),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(capacity, "LaunchDay", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_at(stack, (ccdk_appscaling_time){2030, 3, 1, 9, 0, 0}),
        .min_capacity = CCDK_NUM(60),
        .max_capacity = CCDK_NUM(80),
    });

    ccdk_lambda_function_url *api_url = ccdk_lambda_function_add_function_url(prod, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://app.example.com", "https://admin.example.com"),
            .allowed_methods = CCDK_STRS("GET", "PUT", "DELETE"),
            .allowed_headers = CCDK_STRS("authorization", "x-tenant-id"),
            .exposed_headers = CCDK_STRS("x-request-id"),
            .allow_credentials = CCDK_TRUE,
            .max_age = ccdk_duration_minutes(10),
        },
    });

    ccdk_iam_role *admins = ccdk_iam_role_new(stack, "TenantAdmin", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:role/sso-admins"),
        .max_session_duration = ccdk_duration_hours(4),
    });
    ccdk_lambda_function_grant_invoke_url(prod, admins);

    ccdk_lambda_function *health = ccdk_lambda_function_new(stack, "Health", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200, body: \"ok\" });"),
        .memory_size = CCDK_NUM(128),
    });
    ccdk_lambda_function_url *health_url = ccdk_lambda_function_add_function_url(health, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("*"),
            .allowed_methods = CCDK_STRS("GET", "HEAD"),
        },
    });

    ccdk_lambda_function *audit = ccdk_lambda_function_new(stack, "AuditTrail", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "audit.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    print(event)\n"),
        .environment = CCDK_KVS({"STREAM_ARN", ccdk_dynamodb_table_stream_arn(table)}),
        .tracing = CCDK_LAMBDA_TRACING_PASS_THROUGH,
    });
    ccdk_dynamodb_table_grant_stream_read(table, audit);
    ccdk_dynamodb_table_grant_read_data(table, audit);

    ccdk_cfn_output_new(stack, "ApiUrl", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_url_url(api_url), .export_name = "TenantApiUrl"});
    ccdk_cfn_output_new(stack, "HealthUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(health_url)});
    ccdk_cfn_output_new(stack, "TableName", &(ccdk_cfn_output_props){.value = ccdk_dynamodb_table_name(table)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
