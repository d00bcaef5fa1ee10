/* Conformance case 'error-iam-role-id-precreated': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_iam_role_customize_roles(app, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"MyStack/Role", "SomeRoleName"})});
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
    ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_iam_role_id(role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
