/* aws-iam grant.test.ts 'can depend on grant added to lazy role', ported literally (beforeEach's
 * `new cdk.Stack()`: 'Default', and its SomeResource; applyGrantWithDependencyTo). */
#include <ccdk/iam.h>

static ccdk_cfn_resource *resource;

static void apply_grant_with_dependency_to(ccdk_iam_principal *principal)
{
    ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal(principal, CCDK_STRS("service:DoAThing"), CCDK_STRS("*")),
                                resource);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    resource = ccdk_cfn_resource_new(stack, "SomeResource", "CDK::Test::SomeResource", NULL);
    ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "bla.amazonaws.com"),
    });
    apply_grant_with_dependency_to(ccdk_iam_lazy_role_principal(role));
    ccdk_iam_lazy_role_arn(role); /* Force instantiation */
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
