/* Conformance case 'ported-loggroup-imported-role-account': loggroup.test.ts 'imported values are
 * treated as if they are ARNs and converted to account IDs via CFN pseudo parameters' in the stack a
 * NULL id makes ('Default'): see app.js. */
#include <ccdk/core.h>
#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    /* GIVEN */
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
    /* WHEN */
    ccdk_iam_role *role = ccdk_iam_role_from_role_arn(stack, "Role", ccdk_fn_import_value(stack, "SomeRole"));
    ccdk_logs_log_group_add_to_resource_policy(lg, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"),
        .actions = CCDK_STRS("logs:PutLogEvents"),
        .principals = CCDK_LIST(ccdk_iam_role_principal(role)),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
