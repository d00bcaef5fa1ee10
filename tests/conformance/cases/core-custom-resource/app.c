/* Conformance case 'core-custom-resource': cdk.CustomResource's rendering: the default type
 * AWS::CloudFormation::CustomResource, a service token given again in properties (it keeps its
 * place, with the customResourcePropConflict warning naming it and ServiceTimeout), PascalCase
 * keys (nested keys kept), a service timeout, the removal policies and an SNS-topic-like token. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *token = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "ProviderArn", NULL));
    ccdk_custom_resource *plain = ccdk_custom_resource_new(stack, "Plain", &(ccdk_custom_resource_props){.service_token = token});
    ccdk_custom_resource_new(stack, "Conflict", &(ccdk_custom_resource_props){
        .service_token = token,
        .resource_type = "Custom::My-Resource_v2@x",
        .properties = ccdk_v_json(stack, "{\"first\": 1, \"ServiceTimeout\": \"30\", \"ServiceToken\": "
                                         "\"arn:aws:sns:us-east-1:123456789012:other\", \"nested\": {\"inner\": [true, null]}}"),
    });
    ccdk_custom_resource_new(stack, "Pascal", &(ccdk_custom_resource_props){
        .service_token = token,
        .pascal_case_properties = CCDK_TRUE,
        .service_timeout = ccdk_duration_seconds(3600),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .properties = ccdk_v_json(stack, "{\"bucketName\": \"b\", \"nested\": {\"keepMe\": \"x\"}, \"Already\": \"y\", \"_under\": 1}"),
    });
    ccdk_custom_resource_new(stack, "Retained", &(ccdk_custom_resource_props){
        .service_token = token,
        .service_timeout = ccdk_duration_minutes(1),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_cfn_output_new(stack, "Ref", &(ccdk_cfn_output_props){.value = ccdk_custom_resource_ref(plain)});
    ccdk_cfn_output_new(stack, "Att", &(ccdk_cfn_output_props){.value = ccdk_custom_resource_get_att_string(plain, "Result")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
