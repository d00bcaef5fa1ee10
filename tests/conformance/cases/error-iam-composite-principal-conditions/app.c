/* error: a CompositePrincipal with a part that has conditions, in a policy statement (principals.ts: Components of a CompositePrincipal must not have conditions; an ArnPrincipal part, as a ServicePrincipal's fragment names its token) */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_value *cond = ccdk_v_json(stack, "{\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}");
    ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"),
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_service_principal(stack, "a.amazonaws.com"),
            ccdk_iam_principal_with_conditions(ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:role/Other"), cond)))),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
