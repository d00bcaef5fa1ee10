/* cfn-code-signing-config-attributes: a CfnFunction whose CodeSigningConfigArn is a CfnCodeSigningConfig's attrCodeSigningConfigArn; its attrCodeSigningConfigId in an output (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *csc = ccdk_lambda_cfn_code_signing_config_new(stack, "Signing1", ccdk_v_json(stack, "{\"AllowedPublishers\": {\"SigningProfileVersionArns\": [\"arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/abc\"]}}"));
    ccdk_value *fn_props = ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}");
    ccdk_v_set(fn_props, "CodeSigningConfigArn", ccdk_v_string(stack, ccdk_cfn_resource_get_att(csc, "CodeSigningConfigArn")));
    ccdk_lambda_cfn_function_new(stack, "MyLambda", fn_props);
    ccdk_cfn_output_new(stack, "SigningConfigId", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(csc, "CodeSigningConfigId")});
    ccdk_cfn_output_new(stack, "SigningConfigRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(csc)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
