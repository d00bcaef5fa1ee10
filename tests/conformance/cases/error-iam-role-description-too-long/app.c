/* error: aws-iam role.test.ts 'description can only be 1000 characters long'. */
#include <string.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    char d[1002];
    memset(d, 'd', 1001);
    d[1001] = 0;
    ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com"), .description = d});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
