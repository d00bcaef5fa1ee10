/* Conformance case 'error-code-asset-image-token-build-secret': see app.js. Runs in the case directory. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *id = ccdk_cfn_parameter_new(stack, "SecretId", NULL);
    ccdk_lambda_docker_image_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .build_contexts = CCDK_KVS({"shared", "../shared"}),
            .build_secrets = CCDK_KVS({ccdk_cfn_parameter_value_as_string(id), ccdk_docker_build_secret_from_src(stack, "secret.txt")}),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
