/* Conformance case 'error-core-stack-rename-logical-id-twice': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Renames", NULL);
    ccdk_cfn_resource_new(stack, "A", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_new(stack, "B", "AWS::SNS::Topic", NULL);
    ccdk_stack_rename_logical_id(stack, "A", "C");
    ccdk_stack_rename_logical_id(stack, "A", "D");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
