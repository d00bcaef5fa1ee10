/* Conformance case 'error-function-container-layers': function.test.ts 'error when layers set in a container function'. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "Layer",
        &(ccdk_lambda_layer_version_props){.code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL)});
    ccdk_lambda_docker_image_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "docker-lambda-handler", NULL),
        .layers = CCDK_LIST(layer),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
