/* cfn-lambda-l1-escape-hatches: the typed Lambda L1s with the rest of the L1 API (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack,
        "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\","
        " \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\", \"Description\": \"to be removed\"}"));
    ccdk_value *url_props = ccdk_v_json(stack, "{\"AuthType\": \"NONE\"}");
    ccdk_v_set(url_props, "TargetFunctionArn", ccdk_v_string(stack, ccdk_cfn_resource_get_att(fn, "Arn")));
    ccdk_cfn_resource *url = ccdk_lambda_cfn_url_new(stack, "Url", url_props);
    ccdk_value *perm_props = ccdk_v_json(stack, "{\"Action\": \"lambda:InvokeFunction\", \"Principal\": \"*\"}");
    ccdk_v_set(perm_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_cfn_resource *perm = ccdk_lambda_cfn_permission_new(stack, "PublicInvoke", perm_props);
    ccdk_cfn_resource_add_property_override(perm, "InvokedViaFunctionUrl", ccdk_v_json(stack, "true"));
    ccdk_cfn_resource_add_depends_on(perm, url);
    ccdk_value *ver_props = ccdk_v_object(stack);
    ccdk_v_set(ver_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_cfn_resource *ver = ccdk_lambda_cfn_version_new(stack, "Version", ver_props);
    ccdk_cfn_resource_apply_removal_policy(ver, CCDK_REMOVAL_POLICY_RETAIN);
    ccdk_cfn_resource_add_property_deletion_override(fn, "Description");
    ccdk_value *alias_props = ccdk_v_json(stack, "{\"Name\": \"live\"}");
    ccdk_v_set(alias_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_v_set(alias_props, "FunctionVersion", ccdk_v_string(stack, ccdk_cfn_resource_get_att(ver, "Version")));
    ccdk_cfn_resource *alias = ccdk_lambda_cfn_alias_new(stack, "Alias", alias_props);
    ccdk_cfn_element_override_logical_id(alias, "LiveAlias");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
