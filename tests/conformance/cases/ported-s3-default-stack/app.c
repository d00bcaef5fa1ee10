/* Conformance case 'ported-s3-default-stack': aws-cdk's s3.test.ts with the newer test-function.ts
 * (NODEJS_LATEST, its multi-line handler), 'sufficiently complex example' in the stack a NULL id
 * makes ('Default'), the S3EventSourceV2 tests a named stack each. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

/* aws-cdk's newer test/test-function.ts */
static ccdk_lambda_function *test_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async function handler(event) {\n"
                                                    "    console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "    return { event };\n"
                                                    "}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

static const ccdk_lambda_s3_event_source_props props = {
    .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED, CCDK_S3_OBJECT_REMOVED),
    .filters = CCDK_LIST_OF(ccdk_s3_notification_key_filter, {.prefix = "prefix/"}, {.suffix = ".png"}),
};

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source(bucket, &props));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "S3EventSourceV2WithIBucket", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "bucket-name");
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(bucket, &props));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "S3EventSourceV2WithBucket", NULL);
        ccdk_lambda_function *fn = test_function(stack, "Fn");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(bucket, &props));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
