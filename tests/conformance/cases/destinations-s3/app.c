/* destinations-s3: an s3.Bucket as destination (destinations.test.ts 'sqs as destination' with S3Destination), and an
 * imported bucket on a version. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .on_failure = ccdk_lambda_destinations_s3_destination(bucket),
    });

    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "my-destination-bucket");
    ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = fn,
        .on_success = ccdk_lambda_destinations_s3_destination(imported),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
