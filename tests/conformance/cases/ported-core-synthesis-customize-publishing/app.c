/* Conformance case 'ported-core-synthesis-customize-publishing': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *myapp = ccdk_app_new(NULL);
    ccdk_stack *mystack = ccdk_stack_new(myapp, "mystack", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .file_assets_bucket_name = "file-asset-bucket",
            .file_asset_publishing_role_arn = "file:role:arn",
            .file_asset_publishing_external_id = "file-external-id",

            .image_assets_repository_name = "image-ecr-repository",
            .image_asset_publishing_role_arn = "image:role:arn",
            .image_asset_publishing_external_id = "image-external-id",
        },
    });
    ccdk_lambda_function_new(mystack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(mystack, "lambda-handler", NULL),
    });
    ccdk_lambda_function_new(mystack, "ImageFn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(mystack, "docker-handler", NULL),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
    int rc = ccdk_app_synth(myapp);
    ccdk_app_free(myapp);
    return rc ? 1 : 0;
}
