/* error: lazyRole.grantAssumeRole(ServicePrincipal) makes the role, whose grantAssumeRole refuses a service principal. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_iam_lazy_role_grant_assume_role(role, ccdk_iam_service_principal(stack, "ec2.amazonaws.com"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
