/* Conformance case 'ported-core-stack-other-account-reference': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){
        .account = "123456789012", .region = "es-norst-1"});
    const char *account1 = ccdk_scoped_aws_account_id(stack1);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){
        .account = "11111111111", .region = "es-norst-2"});

    ccdk_cfn_parameter_new(stack2, "SomeParameter", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack2, account1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
