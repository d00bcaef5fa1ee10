/* cfn-alias: a lambda.CfnAlias (ccdk_lambda_cfn_alias_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_alias_new(stack, "Resource1", ccdk_v_json(stack, "{\"FunctionName\": \"my-function\", \"FunctionVersion\": \"1\", \"Name\": \"live\", \"Description\": \"the live alias\", \"ProvisionedConcurrencyConfig\": {\"ProvisionedConcurrentExecutions\": 5}, \"RoutingConfig\": {\"AdditionalVersionWeights\": [{\"FunctionVersion\": \"2\", \"FunctionWeight\": 0.1}]}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
