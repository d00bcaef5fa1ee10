/* error-cfn-validator-microvm-image-types: a lambda.CfnMicrovmImage whose codeArtifact lacks its uri and whose environmentVariables and resources are objects, not lists: CfnMicrovmImagePropsValidator's error tree at render (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_microvm_image_new(stack, "Image1", ccdk_v_json(stack, "{\"AdditionalOsCapabilities\": [], \"BaseImageArn\": \"arn\", \"BaseImageVersion\": \"1\", \"BuildRoleArn\": \"arn\", \"CodeArtifact\": {}, \"CpuConfigurations\": [], \"Description\": \"d\", \"EgressNetworkConnectors\": [], \"EnvironmentVariables\": {}, \"Hooks\": {}, \"Logging\": {}, \"Name\": \"n\", \"Resources\": {}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
