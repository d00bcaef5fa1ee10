/* error: aws-iam role.test.ts 'maxSessionDuration must be between 3600 and 43200'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_role_new(stack, "MyRole3", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "bla"), .max_session_duration = ccdk_duration_minutes(1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
