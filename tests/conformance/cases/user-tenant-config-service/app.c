/* user app: a tenant configuration service -- a function that reads an allow-list parameter and an
 * imported secret encrypted with the team's key (granted through the key's alias), writes exports
 * to a bucket with CORS, an expiring tmp/ prefix and owner-enforced objects, and a dashboard of it. */
#include <ccdk/cloudwatch.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TenantConfig", NULL);

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "TeamKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_TRUE});
    ccdk_kms_key *alias = ccdk_kms_alias_new(stack, "TeamKeyAlias",
                                             &(ccdk_kms_alias_props){.alias_name = "team/config", .target_key = key});

    ccdk_ssm_string_list_parameter *origins = ccdk_ssm_string_list_parameter_new(
        stack, "AllowedOrigins", &(ccdk_ssm_string_list_parameter_props){
            .parameter_name = "/tenant-config/allowed-origins",
            .string_list_value = CCDK_STRS("https://app.example.com", "https://admin.example.com"),
        });

    ccdk_secretsmanager_secret *db_secret = ccdk_secretsmanager_secret_from_secret_attributes(
        stack, "DbSecret", &(ccdk_secretsmanager_secret_attributes){
            .secret_complete_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:tenant-db-AbCdEf",
            .encryption_key = key,
        });

    ccdk_s3_bucket *exports_bucket = ccdk_s3_bucket_new(stack, "Exports", &(ccdk_s3_bucket_props){
        .object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED,
        .enforce_ssl = CCDK_TRUE,
        .cors = CCDK_LIST_OF(ccdk_s3_cors_rule, {
            .allowed_methods = CCDK_STRS(CCDK_S3_HTTP_GET, CCDK_S3_HTTP_HEAD),
            .allowed_origins = CCDK_STRS("https://app.example.com"),
            .max_age = CCDK_NUM(3000),
        }),
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule,
                                        {.id = "tmp", .prefix = "tmp/", .expiration = ccdk_duration_days(7)}),
    });

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "ConfigApi", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200 });"),
        .memory_size = CCDK_NUM(256),
        .environment = CCDK_KVS({"ORIGINS_PARAM", ccdk_ssm_string_list_parameter_name(origins)},
                                {"SECRET_ARN", ccdk_secretsmanager_secret_arn(db_secret)},
                                {"BUCKET", ccdk_s3_bucket_name(exports_bucket)}),
    });
    ccdk_ssm_string_list_parameter_grant_read(origins, fn);
    ccdk_secretsmanager_secret_grant_read(db_secret, fn);
    ccdk_kms_key_grant_decrypt(alias, fn);
    ccdk_s3_bucket_grant_put(exports_bucket, fn, "exports/*");

    ccdk_cloudwatch_widget *calls = ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
        .title = "Calls",
        .left = CCDK_LIST_OF(ccdk_cloudwatch_metric *, ccdk_lambda_function_metric_invocations(fn, NULL)),
        .right = CCDK_LIST_OF(ccdk_cloudwatch_metric *, ccdk_lambda_function_metric_errors(fn, NULL)),
        .width = 12,
    });
    ccdk_cloudwatch_dashboard_new(stack, "Ops", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "tenant-config",
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST_OF(ccdk_cloudwatch_widget *, calls)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
