/* error: new CompositePrincipal(...[]) (an empty list) in a resource policy statement */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"),
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_EMPTY_LIST)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
