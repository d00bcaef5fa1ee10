/* cfn-code-signing-config: a lambda.CfnCodeSigningConfig (ccdk_lambda_cfn_code_signing_config_new) with its required properties and some optional ones, its own tags sorted with Tags.of()'s (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *r = ccdk_lambda_cfn_code_signing_config_new(stack, "Resource1", ccdk_v_json(stack, "{\"AllowedPublishers\": {\"SigningProfileVersionArns\": [\"arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/abc\"]}, \"CodeSigningPolicies\": {\"UntrustedArtifactOnDeployment\": \"Enforce\"}, \"Description\": \"signed code only\", \"Tags\": [{\"Key\": \"team\", \"Value\": \"blue\"}, {\"Key\": \"app\", \"Value\": \"orders\"}]}"));
    ccdk_tags_add(r, "stage", "prod");
    ccdk_tags_add(stack, "team", "red");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
