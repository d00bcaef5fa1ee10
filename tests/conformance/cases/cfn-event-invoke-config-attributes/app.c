/* cfn-event-invoke-config-attributes: a CfnEventInvokeConfig on a CfnFunction's ref (it has no attributes): its ref in an output (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}"));
    ccdk_value *eic_props = ccdk_v_json(stack, "{\"Qualifier\": \"$LATEST\", \"MaximumRetryAttempts\": 2}");
    ccdk_v_set(eic_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_cfn_resource *eic = ccdk_lambda_cfn_event_invoke_config_new(stack, "Invoke1", eic_props);
    ccdk_cfn_output_new(stack, "InvokeConfigRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(eic)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
