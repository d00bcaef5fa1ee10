/* 550 resources in one stack under a limit raised to 600 with @aws-cdk/core:stackResourceLimit. */
#include <stdio.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "600"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Big", NULL);
    char id[32];
    for (int i = 0; i < 550; i++) {
        snprintf(id, sizeof id, "Topic%d", i);
        ccdk_cfn_resource_new(stack, id, "AWS::SNS::Topic", NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
