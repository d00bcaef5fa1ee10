/* Conformance case 'ported-core-stack-substack-of': see app.js. */
#include <stdio.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *parent_stack = ccdk_stack_new(app, "ParentStack", NULL);
    ccdk_cfn_resource *parent_resource = ccdk_cfn_resource_new(parent_stack, "ParentResource", "parent::resource", NULL);

    /* we will define a substack under the /resource/... just for giggles. */
    ccdk_stack *child_stack = ccdk_stack_new(CCDK_CONSTRUCT(parent_resource), "ChildStack", NULL);
    ccdk_cfn_resource *child_resource = ccdk_cfn_resource_new(child_stack, "ChildResource", "child::resource", NULL);

    if (ccdk_stack_of(parent_stack) != parent_stack || ccdk_stack_of(parent_resource) != parent_stack
        || ccdk_stack_of(child_stack) != child_stack || ccdk_stack_of(child_resource) != child_stack) {
        fprintf(stderr, "Stack.of() gave the wrong stack\n");
        ccdk_app_free(app);
        return 1;
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
