/* error-layer-code-config-image: error: a LayerVersion of a Code of one's own whose config is an image (no s3Location): "Code must define an S3 location" */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .image = &(ccdk_lambda_code_image_config){.image_uri = "ecr image uri"}}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
