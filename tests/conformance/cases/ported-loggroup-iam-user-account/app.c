/* Conformance case 'ported-loggroup-iam-user-account': loggroup.test.ts 'when added to log groups,
 * IAM users are converted into account IDs in the resource policy' in the stack a NULL id makes
 * ('Default'): see app.js. */
#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    /* GIVEN */
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
    /* WHEN */
    ccdk_logs_log_group_add_to_resource_policy(lg, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"),
        .actions = CCDK_STRS("logs:PutLogEvents"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:user/user-name")),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
