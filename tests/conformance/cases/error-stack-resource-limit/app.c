/* error: 200 resources of two types under @aws-cdk/core:stackResourceLimit 100. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "100"})});
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    for (int i = 0; i < 200; i++)
        ccdk_cfn_resource_new(stack, ccdk_fmt(stack, "MyResource-%d", i), i % 3 ? "AWS::SNS::Topic" : "AWS::SQS::Queue", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
