/* cfn-layer-version: a lambda.CfnLayerVersion (ccdk_lambda_cfn_layer_version_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_layer_version_new(stack, "Resource1", ccdk_v_json(stack, "{\"Content\": {\"S3Bucket\": \"my-bucket\", \"S3Key\": \"layer.zip\"}, \"CompatibleRuntimes\": [\"python3.12\", \"python3.13\"], \"CompatibleArchitectures\": [\"arm64\"], \"Description\": \"a layer\", \"LayerName\": \"my-layer\", \"LicenseInfo\": \"MIT\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
