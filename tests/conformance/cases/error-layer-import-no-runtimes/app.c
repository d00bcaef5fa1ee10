/* error-layer-import-no-runtimes (aws-lambda/lib/layers.ts fromLayerVersionAttributes with
 * compatibleRuntimes: []) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_layer_version_from_layer_version_attributes(stack, "Imported", &(ccdk_lambda_layer_version_attributes){
        .layer_version_arn = "arn:aws:lambda:us-east-1:123456789012:layer:MyLayer:1",
        .compatible_runtimes = CCDK_EMPTY_LIST,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
