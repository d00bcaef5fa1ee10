/* aws-cdk's core fn.test.ts, the parts ccdk's unit token oracle (tests/unit/test_core.c) does not
 * already compare: a join of a list token nested in a join, Fn.select from a list holding a conditionIf token, Fn.split of a token (unknown length),
 * Fn.ref. (Another stack's stackId in a join: core-stack-id-cross-stack.) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);

    ccdk_cfn_parameter *list = ccdk_cfn_parameter_new(stack2, "List", &(ccdk_cfn_parameter_props){.type = "CommaDelimitedList"});
    const char *inner = ccdk_fn_join(stack2, ",", ccdk_cfn_parameter_value_as_list(list));
    ccdk_cfn_output_new(stack2, "Nested", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack2, ",", CCDK_STRS(inner, "Foo"))});
    ccdk_value *items = ccdk_v_list(stack2);
    ccdk_v_push(items, ccdk_v_string(stack2, ccdk_token_as_string(ccdk_fn_condition_if(stack2, "xyz",
        ccdk_v_string(stack2, "yep"), ccdk_v_string(stack2, ccdk_aws_no_value(stack2))))));
    ccdk_v_push(items, ccdk_v_string(stack2, "you"));
    ccdk_v_push(items, ccdk_v_string(stack2, "dude"));
    ccdk_cfn_output_new(stack2, "Select", &(ccdk_cfn_output_props){.value = ccdk_fn_select(stack2, 2, items)});
    ccdk_cfn_parameter *str = ccdk_cfn_parameter_new(stack2, "Str", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_output_new(stack2, "Split", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack2, "|", ccdk_token_as_list(ccdk_fn_split(stack2, ",", ccdk_cfn_parameter_value_as_string(str))))});
    ccdk_cfn_output_new(stack2, "Ref", &(ccdk_cfn_output_props){.value = ccdk_fn_ref(stack2, "List")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
