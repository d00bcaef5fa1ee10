/* cfn-lambda-l1-other-attributes: the attributes of CfnCapacityProvider, CfnWebFunction and CfnWebFunctionEndpoint (on the web function's ref) in outputs (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *cp = ccdk_lambda_cfn_capacity_provider_new(stack, "Provider1", ccdk_v_json(stack, "{\"PermissionsConfig\": {\"CapacityProviderOperatorRoleArn\": \"arn:aws:iam::123456789012:role/op\"}, \"VpcConfig\": {\"SubnetIds\": [\"subnet-1\"], \"SecurityGroupIds\": [\"sg-1\"]}}"));
    ccdk_cfn_resource *wf = ccdk_lambda_cfn_web_function_new(stack, "Web1", ccdk_v_json(stack, "{\"FunctionName\": \"web\"}"));
    ccdk_value *wfe_props = ccdk_v_json(stack, "{\"AuthType\": \"NONE\", \"EndpointName\": \"main\", \"EndpointType\": \"PUBLIC\"}");
    ccdk_v_set(wfe_props, "FunctionName", ccdk_v_string(stack, ccdk_cfn_resource_ref(wf)));
    ccdk_cfn_resource *wfe = ccdk_lambda_cfn_web_function_endpoint_new(stack, "Endpoint1", wfe_props);
    ccdk_cfn_output_new(stack, "ProviderArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(cp, "Arn")});
    ccdk_cfn_output_new(stack, "ProviderState", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(cp, "State")});
    ccdk_cfn_output_new(stack, "WebArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(wf, "FunctionArn")});
    ccdk_cfn_output_new(stack, "EndpointDomain", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(wfe, "DomainName")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
