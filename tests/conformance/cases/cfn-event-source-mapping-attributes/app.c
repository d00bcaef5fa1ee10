/* cfn-event-source-mapping-attributes: a CfnEventSourceMapping on a CfnFunction's ref; its attrEventSourceMappingArn and attrId in outputs (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}"));
    ccdk_value *esm_props = ccdk_v_json(stack, "{\"EventSourceArn\": \"arn:aws:sqs:us-east-1:123456789012:q\"}");
    ccdk_v_set(esm_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(fn)));
    ccdk_cfn_resource *esm = ccdk_lambda_cfn_event_source_mapping_new(stack, "Mapping1", esm_props);
    ccdk_cfn_output_new(stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(esm, "EventSourceMappingArn")});
    ccdk_cfn_output_new(stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(esm, "Id")});
    ccdk_cfn_output_new(stack, "MappingRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(esm)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
