/* core-app-deep-stacks-order: a stack in a resource of another stack; stacks written to
 * manifest.json in dependency order (core app.test.ts), under legacy synthesis by context. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}),
    });
    ccdk_stack *top = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_resource *top_res = ccdk_cfn_resource_new(top, "Res", "CDK::TopStack::Resource", NULL);
    ccdk_stack *bottom = ccdk_stack_new(CCDK_CONSTRUCT(top_res), "Stack", NULL);
    ccdk_cfn_resource_new(bottom, "Res", "CDK::BottomStack::Resource", NULL);

    ccdk_stack *c = ccdk_stack_new(app, "StackC", NULL);
    ccdk_stack *d = ccdk_stack_new(app, "StackD", NULL);
    ccdk_stack *a = ccdk_stack_new(app, "StackA", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "StackB", NULL);
    ccdk_stack_add_dependency(c, a);
    ccdk_stack_add_dependency(c, b);
    ccdk_stack_add_dependency(d, c);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
