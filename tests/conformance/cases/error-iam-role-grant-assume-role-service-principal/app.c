/* error: aws-iam role.test.ts 'a role cannot grant AssumeRole permission to a Service Principal'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_user_principal(user)});
    ccdk_iam_role_grant_assume_role(role, ccdk_iam_service_principal(stack, "beep-boop.amazonaws.com"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
