/* Conformance case 'ported-s3-v2-bucket-default': s3.test.ts 'test S3EventSourceV2 with Bucket' in the stack a NULL id makes
 * ('Default'), with the newer test-function.ts: see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    /* GIVEN */
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async function handler(event) {\n"
                                                    "    console.log('event:', JSON.stringify(event, undefined, 2));\n"
                                                    "    return { event };\n"
                                                    "}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "B", NULL);
    /* WHEN */
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(bucket, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED, CCDK_S3_OBJECT_REMOVED),
        .filters = CCDK_LIST_OF(ccdk_s3_notification_key_filter, {.prefix = "prefix/"}, {.suffix = ".png"}),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
