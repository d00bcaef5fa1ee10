/* Conformance case 'error-ported-core-stack-cyclic-reference': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    const char *account1 = ccdk_scoped_aws_account_id(stack1);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    const char *account2 = ccdk_scoped_aws_account_id(stack2);

    ccdk_cfn_parameter_new(stack2, "SomeParameter", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack2, account1)});
    ccdk_cfn_parameter_new(stack1, "SomeParameter", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack1, account2)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
