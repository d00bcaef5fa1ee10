/* aws-iam lazy-role.test.ts, a stack per test: an unused LazyRole (no role), one whose roleArn is
 * read, one under Role.customizeRoles' usePrecreatedRoles (no role, no policy), its roleName (Ref of
 * "Lazy/Default"); and grant.test.ts's "can depend on grant added to lazy role" (a statement added
 * before the role exists, the dependency on the LazyRole reaching its role and DefaultPolicy), plus
 * a statement, an inline policy and a managed policy added before the role is made and one
 * statement after. */
#include <ccdk/iam.h>

#define PROPS(stack) (&(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "test.service")})

static ccdk_iam_policy_statement *allow(ccdk_stack *stack, const char *action)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS("*")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Unused", NULL);
        ccdk_iam_lazy_role_new(stack, "Lazy", PROPS(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Read", NULL);
        ccdk_iam_lazy_role_arn(ccdk_iam_lazy_role_new(stack, "Lazy", PROPS(stack)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
        ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
            .use_precreated_roles = CCDK_KVS({"MyStack/Lazy/Default", "MyRoleName"})});
        ccdk_iam_lazy_role_arn(ccdk_iam_lazy_role_new(stack, "Lazy", PROPS(stack)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Name", NULL);
        ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", PROPS(stack));
        ccdk_cfn_output_new(stack, "RoleName", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_name(role)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Grant", NULL);
        ccdk_cfn_resource *resource = ccdk_cfn_resource_new(stack, "SomeResource", "CDK::Test::SomeResource", NULL);
        ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "bla.amazonaws.com")});
        /* Grant.addToPrincipal to a LazyRole not made yet: the statement waits, and the grant's
         * dependable is the LazyRole itself */
        ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal(role, CCDK_STRS("service:DoAThing"), CCDK_STRS("*")), resource);
        ccdk_iam_lazy_role_arn(role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Added", NULL);
        ccdk_iam_role_props p = *PROPS(stack);
        p.role_name = "lazy-one";
        p.path = "/lazy/";
        ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", &p);
        ccdk_iam_lazy_role_add_to_policy(role, allow(stack, "s3:GetObject"));
        ccdk_iam_lazy_role_attach_inline_policy(role, ccdk_iam_policy_new(stack, "Inline", &(ccdk_iam_policy_props){
            .statements = CCDK_LIST(allow(stack, "sqs:SendMessage"))}));
        ccdk_iam_lazy_role_add_managed_policy(role, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "ReadOnlyAccess"));
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(role)});
        ccdk_iam_lazy_role_add_to_policy(role, allow(stack, "sns:Publish"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
