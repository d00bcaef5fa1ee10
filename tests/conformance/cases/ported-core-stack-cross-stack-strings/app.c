/* Conformance case 'ported-core-stack-cross-stack-strings': see app.js. */
#include <stdio.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}),
    });
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    const char *account1 = ccdk_scoped_aws_account_id(stack1);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);

    char def[256];
    snprintf(def, sizeof def, "TheAccountIs%s", account1);
    ccdk_cfn_parameter_new(stack2, "SomeParameter", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack2, def)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
