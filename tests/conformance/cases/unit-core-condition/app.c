/* aws-cdk's core condition.test.ts (and rule.test.ts's condition functions): conditions chained (a
 * CfnCondition as an expression of conditionOr and conditionNot), conditionContains, conditionAnd
 * of one, conditionIf embedded as a string, and conditionOr of 11 and of 12 conditions (grouped by
 * 10), plus conditionAnd of 23. */
#include <stdio.h>
#include <ccdk/core.h>

static ccdk_value *str(ccdk_stack *s, const char *v) { return ccdk_v_string(s, v); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "Param1", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_condition *cond1 = ccdk_cfn_condition_new(stack, "Condition1", ccdk_fn_condition_equals(stack, str(stack, "a"), str(stack, "b")));
    ccdk_cfn_condition *cond2 = ccdk_cfn_condition_new(stack, "Condition2",
        ccdk_fn_condition_contains(stack, ccdk_v_json(stack, "[\"a\", \"b\", \"c\"]"), str(stack, "c")));
    ccdk_cfn_condition *cond3 = ccdk_cfn_condition_new(stack, "Condition3",
        ccdk_fn_condition_equals(stack, str(stack, ccdk_cfn_parameter_value_as_string(param)), str(stack, "hello")));
    ccdk_cfn_condition_new(stack, "Condition4", ccdk_fn_condition_or(stack, (ccdk_value_list)CCDK_LIST(
        ccdk_cfn_condition_value(cond1), ccdk_cfn_condition_value(cond2),
        ccdk_fn_condition_not(stack, ccdk_cfn_condition_value(cond3)))));
    ccdk_cfn_condition_new(stack, "Condition5", ccdk_fn_condition_not(stack, ccdk_fn_condition_and(stack, (ccdk_value_list)CCDK_LIST(
        ccdk_fn_condition_contains(stack, ccdk_v_json(stack, "[\"hello\", \"world\"]"), str(stack, "world"))))));

    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "StringProp", str(stack, ccdk_token_as_string(ccdk_fn_condition_if(stack, "Cond", str(stack, "A"), str(stack, "B")))));
    ccdk_cfn_resource_new(stack, "MyResource", "AWS::Foo::Bar", props);

    ccdk_value *eq[23];
    for (int i = 0; i < 23; i++) {
        char l[2] = {(char)('a' + i), 0}, n[8];
        snprintf(n, sizeof n, "%d", i + 1);
        eq[i] = ccdk_fn_condition_equals(stack, str(stack, l), str(stack, n));
    }
    ccdk_cfn_condition_new(stack, "Or11", ccdk_fn_condition_or(stack, (ccdk_value_list)CCDK_LIST_N(eq, 11)));
    ccdk_cfn_condition_new(stack, "Or12", ccdk_fn_condition_or(stack, (ccdk_value_list)CCDK_LIST_N(eq, 12)));
    ccdk_cfn_condition_new(stack, "And23", ccdk_fn_condition_and(stack, (ccdk_value_list)CCDK_LIST_N(eq, 23)));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
