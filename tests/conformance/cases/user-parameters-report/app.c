/* Conformance case 'user-parameters-report': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "ParamsStack", NULL);
    ccdk_cfn_parameter *stage = ccdk_cfn_parameter_new(stack, "Stage", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "dev")});
    ccdk_cfn_parameter *memory = ccdk_cfn_parameter_new(stack, "Memory", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 256)});
    ccdk_cfn_parameter_new(stack, "Forgotten", &(ccdk_cfn_parameter_props){.type = "String", .default_value = ccdk_v_string(stack, "x")});
    ccdk_cfn_parameter *email = ccdk_cfn_parameter_new(stack, "AlarmEmail", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "")});
    ccdk_cfn_condition *has_email = ccdk_cfn_condition_new(stack, "HasEmail", ccdk_fn_condition_not(stack,
        ccdk_fn_condition_equals(stack, ccdk_v_string(stack, ccdk_cfn_parameter_value_as_string(email)), ccdk_v_string(stack, ""))));
    ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .memory_size = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(memory)),
        .environment = CCDK_KVS({"TABLE", ccdk_fn_sub(stack, "orders-${Stage}", (ccdk_kvs){0})},
                                {"STAGE", ccdk_cfn_parameter_value_as_string(stage)}),
    });
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(stack, "AlarmTopic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_set_condition(topic, has_email);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}
