/* a bucket's CloudTrail events as events Rules with a Lambda target (see app.js). */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_s3_bucket_on_cloud_trail_put_object(bucket, "PutRule", &(ccdk_s3_on_cloud_trail_bucket_event_options){
        .target = ccdk_events_targets_lambda_function(fn, NULL)});
    ccdk_s3_bucket_on_cloud_trail_write_object(bucket, "WriteRule", &(ccdk_s3_on_cloud_trail_bucket_event_options){
        .target = ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
            .retry_attempts = CCDK_NUM(2)}),
        .paths = CCDK_STRS("uploads/*", "images/a.png"),
    });
    ccdk_s3_bucket_on_cloud_trail_event(bucket, "AnyRule", &(ccdk_s3_on_cloud_trail_bucket_event_options){
        .rule_name = "bucket-any-event",
        .description = "every CloudTrail event of the bucket",
        .event_pattern = ccdk_v_json(stack, "{\"account\": [\"123456789012\"]}"),
    });
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "my-imported-bucket");
    ccdk_s3_bucket_on_cloud_trail_write_object(imported, "ImportedWrite", &(ccdk_s3_on_cloud_trail_bucket_event_options){
        .target = ccdk_events_targets_lambda_function(fn, NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
