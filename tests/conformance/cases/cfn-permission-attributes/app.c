/* cfn-permission-attributes: a CfnPermission on a CfnFunction's attrArn; the permission's attrId and ref in outputs (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}"));
    ccdk_value *perm_props = ccdk_v_json(stack, "{\"Action\": \"lambda:InvokeFunction\", \"Principal\": \"events.amazonaws.com\"}");
    ccdk_v_set(perm_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_get_att(fn, "Arn")));
    ccdk_cfn_resource *perm = ccdk_lambda_cfn_permission_new(stack, "Permission1", perm_props);
    ccdk_cfn_output_new(stack, "PermissionId", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(perm, "Id")});
    ccdk_cfn_output_new(stack, "PermissionRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(perm)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
