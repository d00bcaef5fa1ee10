/* A nested stack of an environment-agnostic stack that reads a resource of a stack with a region:
 * the nested stack is the consumer of the cross-stack reference, and aws-cdk-lib's error names it.
 * (An L1 resource: an L2's physical name would fail first, with another error.) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.region = "us-east-1"});
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(producer, "Events", "AWS::SNS::Topic", NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Nested", NULL);
    ccdk_value *props = ccdk_v_object(nested);
    ccdk_v_set(props, "DisplayName", ccdk_v_string(nested, ccdk_cfn_resource_get_att(topic, "TopicName")));
    ccdk_cfn_resource_new(nested, "Copy", "AWS::SNS::Topic", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
