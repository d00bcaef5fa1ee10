/* S3EventSourceV2 with an imported bucket (IBucket) and with a Bucket, and S3EventSource with a
 * bucket of another account (the permission's SourceAccount). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "bucket-name");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(imported, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED, CCDK_S3_OBJECT_REMOVED),
        .filters = CCDK_LIST_OF(ccdk_s3_notification_key_filter, {.prefix = "prefix/"}, {.suffix = ".png"}),
    }));
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source_v2(bucket, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED_PUT),
    }));
    ccdk_s3_bucket *foreign = ccdk_s3_bucket_from_bucket_attributes(stack, "Foreign", &(ccdk_s3_bucket_attributes){
        .bucket_arn = "arn:aws:s3:::some-bucket-not-in-this-account",
        .account = "1234567",
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_s3_event_source(foreign, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED),
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
