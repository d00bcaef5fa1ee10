/* aws-cdk's core fn.test.ts 'cross-stack FnJoin elements are properly resolved': another stack's
 * stackId is exported and imported (see app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);

    ccdk_cfn_output_new(stack2, "Stack1Id", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack2, " = ", CCDK_STRS("Stack1Id", ccdk_stack_stack_id(stack1)))});
    ccdk_cfn_output_new(stack2, "Direct", &(ccdk_cfn_output_props){.value = ccdk_stack_stack_id(stack1)});
    ccdk_cfn_output_new(stack2, "InString", &(ccdk_cfn_output_props){
        .value = ccdk_fmt(stack2, "id %s and %s", ccdk_stack_stack_id(stack1), ccdk_stack_stack_id(stack2))});
    ccdk_cfn_output_new(stack1, "Own", &(ccdk_cfn_output_props){.value = ccdk_stack_stack_id(stack1)});

    ccdk_stack *nested = ccdk_nested_stack_new(stack1, "Nested", NULL);
    ccdk_cfn_output_new(nested, "ParentId", &(ccdk_cfn_output_props){.value = ccdk_stack_stack_id(stack1)});
    ccdk_cfn_output_new(stack2, "NestedId", &(ccdk_cfn_output_props){.value = ccdk_stack_stack_id(nested)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
