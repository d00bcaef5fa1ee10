/* Conformance case 'iam-customize-roles-policy-only': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){.prevent_synthesis = CCDK_FALSE});
    ccdk_iam_managed_policy_new(stack, "Policy", &(ccdk_iam_managed_policy_props){
        .managed_policy_name = "my-policy",
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS("*")})),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
