/* Seed README, Event Sources: S3EventSource. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    /* `declare const fn: lambda.Function;` in the example: a minimal one. */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source(bucket, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED, CCDK_S3_OBJECT_REMOVED),
        .filters = CCDK_S3_FILTERS({.prefix = "subdir/"}), /* optional */
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
