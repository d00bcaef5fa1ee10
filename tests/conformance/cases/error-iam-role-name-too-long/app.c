/* error: aws-iam role.test.ts 'throws with roleName over 64 chars'. */
#include <string.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    char name[66];
    memset(name, 'a', 65);
    name[65] = 0;
    ccdk_iam_role_new(stack, "Test", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"), .role_name = name});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
