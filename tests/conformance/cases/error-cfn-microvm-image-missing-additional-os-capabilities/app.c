/* error-cfn-microvm-image-missing-additional-os-capabilities: a lambda.CfnMicrovmImage without its required additionalOsCapabilities, in the Default stack: requireProperty's error (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_microvm_image_new(stack, "Resource1", ccdk_v_json(stack, "{\"BaseImageArn\": \"arn\", \"BaseImageVersion\": \"1\", \"BuildRoleArn\": \"arn\", \"CodeArtifact\": {}, \"CpuConfigurations\": [], \"Description\": \"d\", \"EgressNetworkConnectors\": [], \"EnvironmentVariables\": {}, \"Hooks\": {}, \"Logging\": {}, \"Name\": \"n\", \"Resources\": {}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
