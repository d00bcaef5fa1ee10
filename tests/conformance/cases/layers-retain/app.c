/* Layers: removal policy RETAIN. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
