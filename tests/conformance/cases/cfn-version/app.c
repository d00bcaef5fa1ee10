/* cfn-version: a lambda.CfnVersion (ccdk_lambda_cfn_version_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_version_new(stack, "Resource1", ccdk_v_json(stack, "{\"FunctionName\": \"my-function\", \"Description\": \"version one\", \"CodeSha256\": \"abc123\", \"ProvisionedConcurrencyConfig\": {\"ProvisionedConcurrentExecutions\": 2}, \"RuntimePolicy\": {\"UpdateRuntimeOn\": \"Auto\"}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
