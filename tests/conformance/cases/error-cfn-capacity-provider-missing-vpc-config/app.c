/* error-cfn-capacity-provider-missing-vpc-config: a lambda.CfnCapacityProvider without its required vpcConfig, in the Default stack: requireProperty's error (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_capacity_provider_new(stack, "Resource1", ccdk_v_json(stack, "{\"PermissionsConfig\": {\"CapacityProviderOperatorRoleArn\": \"arn:aws:iam::123456789012:role/op\"}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
