/* What a function brings along, inside a NestedStack: logRetention (the LogRetention singleton
 * function and its handler asset, named from the top-level stack), a bucket with autoDeleteObjects
 * (the custom resource provider of the nested stack), currentVersion and an alias, and an S3 event
 * source. */
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Nested", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(nested, "Uploads", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = CCDK_TRUE,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(nested, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(nested, "lambda-handler", NULL),
        .log_retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source(bucket, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED),
    }));
    ccdk_lambda_alias_new(nested, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(fn),
    });
    ccdk_cfn_output_new(stack, "BucketName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(bucket)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
