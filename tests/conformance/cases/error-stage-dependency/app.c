/* A stack of a Stage made to depend on a stack of the App: aws-cdk-lib's error. */
#include <ccdk/core.h>

static ccdk_stack *bogus(ccdk_construct *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_cfn_resource_new(stack, "Resource", "CDK::Test::Resource", NULL);
    return stack;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = bogus(CCDK_CONSTRUCT(app), "Stack1");
    ccdk_stage *stage = ccdk_stage_new(app, "MyStage", NULL);
    ccdk_stack *stack2 = bogus(CCDK_CONSTRUCT(stage), "Stack2");
    ccdk_stack_add_dependency(stack2, stack1);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
