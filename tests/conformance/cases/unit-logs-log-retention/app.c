/* Conformance case 'unit-logs-log-retention': logs.LogRetention as aws-logs' log retention tests use it
 * (see app.js). Ported from aws-cdk: aws-logs/test/log-retention.test.ts. */
#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_logs_log_retention_new(ccdk_stack_new(app, "Construct", NULL), "MyLambda", &(ccdk_logs_log_retention_props){
        .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
    });
    ccdk_logs_log_retention_new(ccdk_stack_new(app, "Destroy", NULL), "MyLambda", &(ccdk_logs_log_retention_props){
        .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_DAY, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_logs_log_retention_new(ccdk_stack_new(app, "Retain", NULL), "MyLambda", &(ccdk_logs_log_retention_props){
        .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_DAY, .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    static const struct {
        const char *name;
        ccdk_removal_policy second;
    } pairs[] = {{"BothDestroy", CCDK_REMOVAL_POLICY_DESTROY}, {"DestroyAndRetain", CCDK_REMOVAL_POLICY_RETAIN}};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, pairs[i].name, NULL);
        ccdk_logs_log_retention_new(stack, "MyLambda1", &(ccdk_logs_log_retention_props){
            .log_group_name = "group1", .retention = CCDK_LOGS_RETENTION_ONE_DAY, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        });
        ccdk_logs_log_retention_new(stack, "MyLambda2", &(ccdk_logs_log_retention_props){
            .log_group_name = "group2", .retention = CCDK_LOGS_RETENTION_ONE_DAY, .removal_policy = pairs[i].second,
        });
    }
    ccdk_logs_log_retention_new(ccdk_stack_new(app, "NotSet", NULL), "MyLambda", &(ccdk_logs_log_retention_props){
        .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_DAY,
    });
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedRole", NULL);
        ccdk_iam_role *role = ccdk_iam_role_from_role_arn(stack, "Role", "arn:aws:iam::123456789012:role/CoolRole");
        ccdk_logs_log_retention_new(stack, "MyLambda", &(ccdk_logs_log_retention_props){
            .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_MONTH, .role = role,
        });
    }
    ccdk_logs_log_retention_new(ccdk_stack_new(app, "Infinite", NULL), "MyLambda", &(ccdk_logs_log_retention_props){
        .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_INFINITE,
    });
    ccdk_logs_log_retention_new(ccdk_stack_new(app, "Region", NULL), "MyLambda", &(ccdk_logs_log_retention_props){
        .log_group_name = "group", .log_group_region = "us-east-1", .retention = CCDK_LOGS_RETENTION_INFINITE,
    });
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Arns", NULL);
        ccdk_logs_log_retention *group = ccdk_logs_log_retention_new(stack, "MyLambda", &(ccdk_logs_log_retention_props){
            .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        });
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_retention_log_group_arn(group)});
        ccdk_logs_log_retention *west = ccdk_logs_log_retention_new(stack, "West", &(ccdk_logs_log_retention_props){
            .log_group_name = "group", .log_group_region = "us-west-2", .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        });
        ccdk_cfn_output_new(stack, "WestArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_retention_log_group_arn(west)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Tags", NULL);
        ccdk_tags_add(stack, "test-key", "test-value");
        ccdk_logs_log_retention_new(stack, "MyLambda", &(ccdk_logs_log_retention_props){
            .log_group_name = "group", .retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
