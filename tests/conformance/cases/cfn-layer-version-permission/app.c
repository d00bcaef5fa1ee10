/* cfn-layer-version-permission: a lambda.CfnLayerVersionPermission (ccdk_lambda_cfn_layer_version_permission_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_layer_version_permission_new(stack, "Resource1", ccdk_v_json(stack, "{\"Action\": \"lambda:GetLayerVersion\", \"LayerVersionArn\": \"arn:aws:lambda:us-east-1:123456789012:layer:my-layer:1\", \"Principal\": \"*\", \"OrganizationId\": \"o-1234567890\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
