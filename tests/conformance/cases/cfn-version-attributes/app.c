/* cfn-version-attributes: a CfnVersion's attrFunctionArn and attrVersion in a CfnEventInvokeConfig, its ref in an output (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}"));
    ccdk_value *ver_props = ccdk_v_json(stack, "{\"Description\": \"v1\"}");
    ccdk_v_set(ver_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_cfn_resource *ver = ccdk_lambda_cfn_version_new(stack, "Version1", ver_props);
    ccdk_value *eic_props = ccdk_v_json(stack, "{\"MaximumRetryAttempts\": 0}");
    ccdk_v_set(eic_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_get_att(ver, "FunctionArn")));
    ccdk_v_set(eic_props, "Qualifier", ccdk_v_string(stack, ccdk_cfn_resource_get_att(ver, "Version")));
    ccdk_lambda_cfn_event_invoke_config_new(stack, "Invoke1", eic_props);
    ccdk_cfn_output_new(stack, "VersionRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(ver)});
    ccdk_cfn_output_new(stack, "Version", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(ver, "Version")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
