/* error: context.test.ts's 'AvailabilityZoneProvider will complain if not given a list'. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_stack_availability_zones(stack); /* the dummy values, the lookup reported missing */
    ccdk_node_set_context(stack, "availability-zones:account=123456789012:region=us-east-1", "\"not-a-list\"");
    ccdk_cfn_output_new(stack, "After", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", ccdk_stack_availability_zones(stack))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
