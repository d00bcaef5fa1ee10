/* Conformance case 'error-nested-stack-rename-logical-id-unused': see app.js. */
#include <ccdk/core.h>

static void invalid(void *construct, void *ctx, ccdk_validation_errors *errors)
{
    (void)construct;
    (void)ctx;
    ccdk_validation_errors_add(errors, "the parent is not valid");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Parent", NULL);
    ccdk_stack_rename_logical_id(stack, "TopNope", "Top");
    ccdk_node_add_validation(stack, invalid, NULL);
    ccdk_stack *outer = ccdk_nested_stack_new(stack, "Outer", NULL);
    ccdk_stack *inner = ccdk_nested_stack_new(outer, "Inner", NULL);
    ccdk_cfn_resource_new(inner, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_stack_rename_logical_id(outer, "OuterNope", "Outer");
    ccdk_stack_rename_logical_id(inner, "InnerNope", "Inner");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
