/* Architecture: layer compatibleArchitectures. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64,
                                              CCDK_LAMBDA_ARCHITECTURE_ARM_64),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
