/* Notifications on imported buckets, and on an owned one under keepNotificationInImportedBucket
 * (see app.js). */
#include <ccdk/lambda.h>
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
    ccdk_s3_bucket *by_arn = ccdk_s3_bucket_from_bucket_arn(stack, "ByArn", "arn:aws:s3:::existing-uploads");
    ccdk_s3_bucket_add_event_notification(by_arn, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn),
                                          CCDK_S3_FILTERS({.prefix = "in/"}));
    ccdk_s3_bucket *by_name = ccdk_s3_bucket_from_bucket_name(stack, "ByName", "Legacy_Bucket");
    ccdk_s3_bucket_add_event_notification(by_name, CCDK_S3_OBJECT_REMOVED_DELETE, ccdk_s3_lambda_destination(fn),
                                          CCDK_S3_NO_FILTERS);
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "BucketArnParam", NULL);
    ccdk_s3_bucket *by_attrs = ccdk_s3_bucket_from_bucket_attributes(stack, "ByAttrs", &(ccdk_s3_bucket_attributes){
        .bucket_arn = ccdk_cfn_parameter_value_as_string(param)});
    ccdk_s3_bucket_add_event_notification(by_attrs, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn),
                                          CCDK_S3_FILTERS({.suffix = ".csv"}));
    ccdk_cfn_output_new(stack, "ByAttrsName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(by_attrs)});

    ccdk_stack *kept = ccdk_stack_new(app, "KeepStack", NULL);
    ccdk_node_set_context(kept, "@aws-cdk/aws-s3:keepNotificationInImportedBucket", "true");
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(kept, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(kept, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *owned = ccdk_s3_bucket_new(kept, "Owned", NULL);
    ccdk_s3_bucket_add_event_notification(owned, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn2), CCDK_S3_NO_FILTERS);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
