/* logs.LogGroup as aws-logs' loggroup tests use it: see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Props", NULL);
        ccdk_logs_log_group_new(stack, "LogGroup", &(ccdk_logs_log_group_props){
            .encryption_key = ccdk_kms_key_new(stack, "Key", NULL)});
        ccdk_logs_log_group_new(stack, "Fixed", &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_ONE_WEEK});
        ccdk_logs_log_group_new(stack, "Default", NULL);
        ccdk_logs_log_group_new(stack, "Infinite", &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_INFINITE});
        ccdk_logs_log_group_new(stack, "Infrequent", &(ccdk_logs_log_group_props){
            .log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_INFREQUENT_ACCESS});
        ccdk_logs_log_group_new(stack, "Standard", &(ccdk_logs_log_group_props){
            .log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_STANDARD});
        ccdk_logs_log_group_new(stack, "Destroy", &(ccdk_logs_log_group_props){
            .retention = CCDK_LOGS_RETENTION_INFINITE, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
        ccdk_logs_log_group *named = ccdk_logs_log_group_new(stack, "Named", &(ccdk_logs_log_group_props){
            .log_group_name = "my-log-group"});
        ccdk_cfn_output_new(stack, "PhysicalName", &(ccdk_cfn_output_props){
            .value = ccdk_logs_log_group_physical_name(named)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Imports", NULL);
        ccdk_logs_log_group *same = ccdk_logs_log_group_from_log_group_arn(stack, "lg",
            "arn:aws:logs:us-east-1:123456789012:log-group:my-log-group");
        ccdk_logs_log_group_add_stream(same, "MakeMeAStream", NULL);
        ccdk_logs_log_group *other = ccdk_logs_log_group_from_log_group_arn(stack, "lg2",
            "arn:aws:logs:asgard-1:123456789012:log-group:my-log-group");
        ccdk_logs_log_group_add_stream(other, "MakeMeAStream", &(ccdk_logs_log_stream_props){
            .log_stream_name = "named-stream", .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
        ccdk_logs_log_group *by_name = ccdk_logs_log_group_from_log_group_name(stack, "lg3", "my-log-group");
        ccdk_logs_log_group_add_stream(by_name, "MakeMeAStream", NULL);
        ccdk_cfn_output_new(stack, "Names", &(ccdk_cfn_output_props){
            .value = ccdk_fmt(stack, "%s,%s,%s", ccdk_logs_log_group_name(same), ccdk_logs_log_group_name(other),
                              ccdk_logs_log_group_name(by_name))});
        ccdk_cfn_output_new(stack, "Arns", &(ccdk_cfn_output_props){
            .value = ccdk_fmt(stack, "%s,%s,%s", ccdk_logs_log_group_arn(same), ccdk_logs_log_group_arn(other),
                              ccdk_logs_log_group_arn(by_name))});
        ccdk_cfn_output_new(stack, "OtherRegion", &(ccdk_cfn_output_props){.value = "asgard-1"});
    }
    static const char *const suffixes[] = {"", ":*"};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, i ? "ImportGrants2" : "ImportGrants1", NULL);
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "Role", NULL);
        ccdk_logs_log_group_grant_write(
            ccdk_logs_log_group_from_log_group_name(stack, "lg", ccdk_fmt(stack, "my-log-group%s", suffixes[i])), user);
        ccdk_logs_log_group_grant_write(
            ccdk_logs_log_group_from_log_group_arn(stack, "lg2",
                ccdk_fmt(stack, "arn:aws:logs:us-west-1:123456789012:log-group:my-log-group%s", suffixes[i])), user);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Grants", NULL);
        ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
        ccdk_logs_log_group_grant_write(lg, user);
        ccdk_logs_log_group_grant_read(lg, user);
        ccdk_logs_log_group_grant_write(ccdk_logs_log_group_new(stack, "LogGroup2", NULL),
                                        ccdk_iam_service_principal(stack, "es.amazonaws.com"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Policies", NULL);
        static const char *const ids[] = {"LogGroup", "Any", "Imported"};
        for (int i = 0; i < 3; i++) {
            ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, ids[i], NULL);
            ccdk_iam_principal *principal =
                i == 0 ? ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:user/user-name")
                : i == 1 ? ccdk_iam_any_principal(stack)
                         : ccdk_iam_role_principal(ccdk_iam_role_from_role_arn(stack, "Role", ccdk_fn_import_value(stack, "SomeRole")));
            ccdk_logs_log_group_add_to_resource_policy(lg, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                .resources = CCDK_STRS("*"),
                .actions = CCDK_STRS("logs:PutLogEvents"),
                .principals = (ccdk_iam_principal_list)CCDK_LIST(principal),
            }));
        }
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Subscription", NULL);
        ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_log_group_add_subscription_filter(lg, "Subscription", &(ccdk_logs_subscription_filter_props){
            .destination = ccdk_logs_subscription_destination_of(stack, "arn:bogus", NULL),
            .filter_pattern = "some pattern",
            .filter_name = "CustomSubscriptionFilterName",
        });
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "logs.amazonaws.com")});
        ccdk_logs_subscription_filter_new(stack, "WithRole", &(ccdk_logs_subscription_filter_props){
            .log_group = lg,
            .destination = ccdk_logs_subscription_destination_of(stack, "arn:aws:kinesis:us-east-1:123456789012:stream/s", role),
            .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
