/* user-cfn-function-params: see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "UserStack", NULL);
    ccdk_cfn_parameter *mem = ccdk_cfn_parameter_new(stack, "Memory", &(ccdk_cfn_parameter_props){.type = "Number", .default_value = ccdk_v_number(stack, 256)});
    ccdk_cfn_resource *q = ccdk_cfn_resource_new(stack, "Queue", "AWS::SQS::Queue", NULL);
    ccdk_value *props = ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"exports.handler = async () => 1;\"}, \"Handler\": \"index.handler\", \"Runtime\": \"nodejs22.x\", \"Role\": \"arn:aws:iam::123456789012:role/Exec\", \"Timeout\": 30, \"TracingConfig\": {\"Mode\": \"Active\"}}");
    ccdk_v_set(props, "MemorySize", ccdk_v_string(stack, ccdk_cfn_parameter_value_as_string(mem)));
    ccdk_value *vars = ccdk_v_object(stack);
    ccdk_v_set(vars, "QUEUE_URL", ccdk_v_string(stack, ccdk_cfn_resource_ref(q)));
    ccdk_v_set(vars, "QUEUE_ARN", ccdk_v_string(stack, ccdk_cfn_resource_get_att(q, "Arn")));
    ccdk_value *env = ccdk_v_object(stack);
    ccdk_v_set(env, "Variables", vars);
    ccdk_v_set(props, "Environment", env);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "Handler", props);
    ccdk_value *m = ccdk_v_json(stack, "{\"BatchSize\": 5, \"FilterCriteria\": {\"Filters\": [{\"Pattern\": \"{\\\"body\\\":{\\\"kind\\\":[\\\"a\\\"]}}\"}]}}");
    ccdk_v_set(m, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_v_set(m, "EventSourceArn", ccdk_v_string(stack, ccdk_cfn_resource_get_att(q, "Arn")));
    ccdk_lambda_cfn_event_source_mapping_new(stack, "Mapping", m);
    ccdk_cfn_output_new(stack, "FnArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_cfn_function_attr_arn(fn)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
