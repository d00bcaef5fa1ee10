/* Conformance case 'user-report-stages': see app.js. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <stdio.h>
#include <string.h>

static void report_stack(ccdk_stage *stage, const char *stage_name, int prod)
{
    ccdk_stack *stack = ccdk_stack_new(stage, "Reports", &(ccdk_stack_props){
        .termination_protection = prod ? CCDK_TRUE : CCDK_FALSE});
    char alias[64];
    snprintf(alias, sizeof alias, "alias/reports-%s", stage_name);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "ReportsKey", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE, .alias = alias});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Reports", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = key,
        .versioned = CCDK_TRUE,
        .enforce_ssl = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .prefix = "incoming/",
            .expiration = ccdk_duration_days(30),
            .noncurrent_version_expiration = ccdk_duration_days(7)}),
    });
    ccdk_lambda_layer_version *deps = ccdk_lambda_layer_version_new(stack, "ReportDeps", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "deps", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_12, CCDK_LAMBDA_RUNTIME_PYTHON_3_13),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "report helpers",
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Generator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "report.handler",
        .code = ccdk_lambda_code_from_asset(stack, "handler", NULL),
        .layers = CCDK_LIST(deps),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .memory_size = CCDK_NUM(prod ? 1024 : 256),
        .timeout = ccdk_duration_minutes(2),
        .environment = CCDK_KVS({"BUCKET", ccdk_s3_bucket_name(bucket)}, {"STAGE", stage_name}),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source(bucket, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED),
        .filters = CCDK_S3_FILTERS({.prefix = "incoming/", .suffix = ".csv"}),
    }));
    ccdk_s3_bucket_grant_read(bucket, fn, "incoming/*");
    ccdk_s3_bucket_grant_put(bucket, fn, "reports/*");
    ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(fn), stage_name, NULL);
    ccdk_cfn_output_new(stack, "BucketName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(bucket)});
}

static void xray_on(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && !strcmp(ccdk_cfn_resource_type(r), "AWS::Lambda::Function"))
        ccdk_cfn_resource_add_property_override(r, "TracingConfig.Mode", ccdk_v_string(r, "Active"));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *beta = ccdk_stage_new(app, "Beta", &(ccdk_stage_props){.account = "111111111111", .region = "us-east-1"});
    report_stack(beta, "beta", 0);
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "333333333333", .region = "eu-central-1"});
    report_stack(prod, "prod", 1);
    ccdk_aspects_add(app, xray_on, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
