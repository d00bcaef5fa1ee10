/* cfn-capacity-provider: a lambda.CfnCapacityProvider (ccdk_lambda_cfn_capacity_provider_new) with its required properties and some optional ones, its own tags sorted with Tags.of()'s (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *r = ccdk_lambda_cfn_capacity_provider_new(stack, "Resource1", ccdk_v_json(stack, "{\"PermissionsConfig\": {\"CapacityProviderOperatorRoleArn\": \"arn:aws:iam::123456789012:role/op\"}, \"VpcConfig\": {\"SubnetIds\": [\"subnet-1\"], \"SecurityGroupIds\": [\"sg-1\"]}, \"CapacityProviderName\": \"my-provider\", \"Tags\": [{\"Key\": \"team\", \"Value\": \"blue\"}, {\"Key\": \"app\", \"Value\": \"orders\"}]}"));
    ccdk_tags_add(r, "stage", "prod");
    ccdk_tags_add(stack, "team", "red");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
