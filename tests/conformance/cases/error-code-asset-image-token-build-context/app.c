/* Conformance case 'error-code-asset-image-token-build-context': see app.js. Runs in the case directory. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *source = ccdk_cfn_parameter_new(stack, "Source", NULL);
    ccdk_lambda_docker_image_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "image", &(ccdk_lambda_asset_image_code_props){
            .build_args = CCDK_KVS({"A", "1"}),
            .build_contexts = CCDK_KVS({"shared", ccdk_cfn_parameter_value_as_string(source)}),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
