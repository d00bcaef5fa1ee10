/* Conformance case 'error-iam-customize-roles-report-entry': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"Shared/Role", "my-role"}),
    });
    ccdk_iam_role_from_role_name(stack, "Shared/Role", "imported-role");
    ccdk_iam_role_new(ccdk_construct_new(stack, "Shared"), "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
