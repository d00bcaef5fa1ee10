/* Conformance case 'integ-s3n-lambda': aws-cdk's lambda/integ.bucket-notifications.ts (framework-integ/test/aws-s3-notifications); the IntegTest and its getBucketNotificationConfiguration assertion dropped */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"},
                                     {"@aws-cdk/aws-s3:keepNotificationInImportedBucket", "false"}),
    });

    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-lambda-bucket-s3-notifications", NULL);

    ccdk_s3_bucket *bucket_a = ccdk_s3_bucket_new(stack, "MyBucket", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    /* `exports.handler = ${handler.toString()}`: the text of app.js's handler; STANDARD_NODEJS_RUNTIME
     * is NODEJS_18_X */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = function handler(event, _context, callback) {\n"
                                                    "  console.log(JSON.stringify(event, undefined, 2));\n"
                                                    "  return callback(null, event);\n"
                                                    "}"),
    });

    ccdk_s3_bucket *bucket_b = ccdk_s3_bucket_new(stack, "YourBucket", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_s3_bucket_add_event_notification(bucket_b, CCDK_S3_OBJECT_REMOVED, ccdk_s3_lambda_destination(fn), CCDK_S3_NO_FILTERS);

    ccdk_construct *c1 = ccdk_construct_new(stack, "Construct1");
    ccdk_s3_bucket *unmanaged_bucket = ccdk_s3_bucket_from_bucket_name(c1, "IntegUnmanagedBucket1", ccdk_s3_bucket_name(bucket_a));

    ccdk_s3_bucket_add_object_created_notification(unmanaged_bucket, ccdk_s3_lambda_destination(fn),
                                                   CCDK_S3_FILTERS({.prefix = "TEST1/", .suffix = ".png"}));
    ccdk_s3_bucket_add_event_notification(unmanaged_bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn),
                                          CCDK_S3_FILTERS({.prefix = "TEST2/"}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
