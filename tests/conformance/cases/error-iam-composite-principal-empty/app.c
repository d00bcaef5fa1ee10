/* error: new CompositePrincipal() without principals as a role's assumedBy (principals.ts: its constructor's UnscopedValidationError) */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list){0}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
