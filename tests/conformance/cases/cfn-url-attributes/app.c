/* cfn-url-attributes: a CfnUrl on a CfnFunction's attrArn; its attrFunctionUrl in an output, its attrFunctionArn in a CfnPermission (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}"));
    ccdk_value *url_props = ccdk_v_json(stack, "{\"AuthType\": \"NONE\"}");
    ccdk_v_set(url_props, "TargetFunctionArn", ccdk_v_string(stack, ccdk_cfn_resource_get_att(fn, "Arn")));
    ccdk_cfn_resource *url = ccdk_lambda_cfn_url_new(stack, "Url1", url_props);
    ccdk_value *perm_props = ccdk_v_json(stack, "{\"Action\": \"lambda:InvokeFunctionUrl\", \"Principal\": \"*\", \"FunctionUrlAuthType\": \"NONE\"}");
    ccdk_v_set(perm_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_get_att(url, "FunctionArn")));
    ccdk_lambda_cfn_permission_new(stack, "UrlPermission", perm_props);
    ccdk_cfn_output_new(stack, "Url", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(url, "FunctionUrl")});
    ccdk_cfn_output_new(stack, "UrlRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
