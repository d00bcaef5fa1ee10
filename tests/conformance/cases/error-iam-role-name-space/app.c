/* error: aws-iam role.test.ts 'roleName validation: rejects names with spaces'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_role_new(stack, "test spaces", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"), .role_name = "invalid name"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
