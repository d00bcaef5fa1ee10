/* error: lazyRole.roleId under customizeRoles' usePrecreatedRoles: the precreated role has no roleId. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({"MyStack/Lazy/Default", "MyRoleName"})});
    ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "test.service")});
    ccdk_iam_lazy_role_id(role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
