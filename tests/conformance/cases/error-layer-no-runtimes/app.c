/* error-layer-no-runtimes (aws-lambda/test/layers.test.ts 'creating a layer with no runtimes compatible') */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_layer_version_new(stack, "LayerVersion", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL), .compatible_runtimes = CCDK_EMPTY_LIST});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
