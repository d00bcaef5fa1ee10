/* error-cfn-validator-alias-routing: a lambda.CfnAlias whose routing config's weights miss functionWeight and provisioned concurrency is a string, and a CfnVersion with an object description (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_alias_new(stack, "Alias1", ccdk_v_json(stack, "{\"FunctionName\": \"f\", \"FunctionVersion\": \"1\", \"Name\": \"live\", \"RoutingConfig\": {\"AdditionalVersionWeights\": [{\"FunctionVersion\": \"2\"}]}, \"ProvisionedConcurrencyConfig\": \"5\"}"));
    ccdk_lambda_cfn_version_new(stack, "Version1", ccdk_v_json(stack, "{\"FunctionName\": \"f\", \"Description\": {\"a\": 1}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
