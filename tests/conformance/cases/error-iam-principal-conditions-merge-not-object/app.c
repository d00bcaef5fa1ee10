/* error: withConditions twice with one StringEquals, the second a string (principals.ts validateConditionObject) */
#include <ccdk/iam.h>


int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "a.amazonaws.com"),
        ccdk_v_json(stack, "{\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}"));
    p = ccdk_iam_principal_with_conditions(p, ccdk_v_json(stack, "{\"StringEquals\": \"aws:SourceArn\"}"));
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = p});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
