/* cfn-alias-attributes: a CfnAlias on a CfnVersion's attrVersion of a CfnFunction's ref; the alias's ref and attrAliasArn used by a CfnUrl and an output (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}"));
    ccdk_value *ver_props = ccdk_v_json(stack, "{}");
    ccdk_v_set(ver_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_cfn_resource *ver = ccdk_lambda_cfn_version_new(stack, "Version1", ver_props);
    ccdk_value *alias_props = ccdk_v_json(stack, "{\"Name\": \"prod\"}");
    ccdk_v_set(alias_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_v_set(alias_props, "FunctionVersion", ccdk_v_string(stack, ccdk_cfn_resource_get_att(ver, "Version")));
    ccdk_cfn_resource *alias = ccdk_lambda_cfn_alias_new(stack, "Alias1", alias_props);
    ccdk_value *url_props = ccdk_v_json(stack, "{\"AuthType\": \"NONE\", \"Qualifier\": \"prod\"}");
    ccdk_v_set(url_props, "TargetFunctionArn", ccdk_v_string(stack, ccdk_cfn_resource_get_att(alias, "AliasArn")));
    ccdk_lambda_cfn_url_new(stack, "Url1", url_props);
    ccdk_cfn_output_new(stack, "AliasRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(alias)});
    ccdk_cfn_output_new(stack, "AliasArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(alias, "AliasArn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
