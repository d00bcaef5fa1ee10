/* Every WebFunctionProps prop: a name, tags, a revision description, entryPoint with environment
 * variables, a role, a KMS key (the service principal's key grant), log levels, a log group, timeout,
 * maxConcurrencyPerEnvironment, and a default endpoint with name, description, maxEnvironments,
 * rateLimit and a multiRegion location; the code in a versioned bucket of the app encrypted with a
 * customer managed key (bucket policy, key grant, the function's dependency on the bucket policy);
 * addToRolePolicy and a stack tag (only the WebFunction itself is taggable). */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_kms_key *bucket_key = ccdk_kms_key_new(stack, "BucketKey", NULL);
    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_new(stack, "CodeBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = bucket_key,
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_kms_key *env_key = ccdk_kms_key_new(stack, "EnvKey", NULL);
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "Logs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });

    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){
        .web_function_name = "my-web-function",
        .tags = CCDK_KVS({"team", "web"}, {"stage", "prod"}),
        .revision_description = "first revision",
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "apps/app.zip", NULL),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_LATEST,
        .entry_point = "server.js",
        .role = role,
        .environment = CCDK_KVS({"B_VAR", "b"}, {"A_VAR", "a"}),
        .kms_key = env_key,
        .application_log_level = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG,
        .system_log_level = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
        .log_group = log_group,
        .timeout = ccdk_duration_minutes(2),
        .max_concurrency_per_environment = CCDK_NUM(64),
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
        .default_endpoint = {
            .endpoint_name = "live",
            .endpoint_description = "the live endpoint",
            .max_environments = CCDK_NUM(10),
            .rate_limit = CCDK_NUM(0),
            .endpoint_location = ccdk_lambda_web_function_endpoint_location_multi_region(
                CCDK_STRS("us-east-1", "eu-west-1", "ap-northeast-1", "eu-west-1")),
        },
    });

    ccdk_lambda_web_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:ListBucket"), .resources = CCDK_STRS(ccdk_s3_bucket_arn(code_bucket))}));
    ccdk_tags_add(stack, "env", "test");

    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_name(fn)});
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_arn(fn)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
