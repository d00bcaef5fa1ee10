/* error-cfn-layer-version-permission-missing-layer-version-arn: a lambda.CfnLayerVersionPermission without its required layerVersionArn, in the Default stack: requireProperty's error (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_layer_version_permission_new(stack, "Resource1", ccdk_v_json(stack, "{\"Action\": \"lambda:GetLayerVersion\", \"Principal\": \"*\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
