/* error: aws-iam principals.ts validateConditionObject by addConditions: an operator whose value is a string, not a map (policy-statement.test.ts addCondition('key', 'value')). */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_statement *s =
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("action:a"), .resources = CCDK_STRS("*")});
    ccdk_value *c = ccdk_v_object(stack);
    ccdk_v_set(c, "StringEquals", ccdk_v_string(stack, "value"));
    ccdk_iam_policy_statement_add_conditions(s, c);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
