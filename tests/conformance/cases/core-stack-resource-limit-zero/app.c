/* core: @aws-cdk/core:stackResourceLimit 0 turns the check off: 600 resources synthesize. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    for (int i = 0; i < 600; i++)
        ccdk_cfn_resource_new(stack, ccdk_fmt(stack, "MyResource-%d", i), "AWS::SNS::Topic", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
