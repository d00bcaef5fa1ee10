/* error: PrincipalWithConditions.addCondition('StringEquals', 'value') (ccdk_iam_principal_add_condition):
 * a value that is not an object (principals.ts validateConditionObject) */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "a.amazonaws.com"),
                                                               ccdk_v_json(stack, "{}"));
    ccdk_iam_principal_add_condition(p, "StringEquals", ccdk_v_string(stack, "value"));
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = p});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
