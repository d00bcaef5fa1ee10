/* Handler Code: Code.fromBucket(bucket, key[, objectVersion]) of an imported bucket. */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-code-bucket");
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_bucket(bucket, "handlers/my-function.zip", "v1.2.3-object-version"),
    });
    /* without an object version (aws-cdk-lib adds a warning annotation, not a template change) */
    ccdk_lambda_function_new(stack, "MyUnversionedFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_bucket(bucket, "handlers/my-function.zip", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
