/* aws-logs's destination.test.ts and LogStream.fromLogStreamAttributes (see app.js). */
#include <ccdk/logs.h>

static ccdk_iam_role *new_role(ccdk_stack *stack)
{
    return ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "logs.us-east-2.amazonaws.com")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* 'simple destination' */
        ccdk_stack *stack = ccdk_stack_new(app, "SimpleDestination", NULL);
        ccdk_logs_cross_account_destination_new(stack, "Dest", &(ccdk_logs_cross_account_destination_props){
            .destination_name = "MyDestination", .role = new_role(stack), .target_arn = "arn:bogus"});
    }
    { /* 'add policy to destination' */
        ccdk_stack *stack = ccdk_stack_new(app, "DestinationPolicy", NULL);
        ccdk_logs_cross_account_destination *dest = ccdk_logs_cross_account_destination_new(stack, "Dest",
            &(ccdk_logs_cross_account_destination_props){
                .destination_name = "MyDestination", .role = new_role(stack), .target_arn = "arn:bogus"});
        ccdk_logs_cross_account_destination_add_to_policy(dest, ccdk_iam_policy_statement_new(stack,
            &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("logs:TalkToMe")}));
    }
    { /* a generated name, a subscription destination */
        ccdk_stack *stack = ccdk_stack_new(app, "Subscribed", NULL);
        ccdk_iam_role *role = new_role(stack);
        ccdk_logs_cross_account_destination *dest = ccdk_logs_cross_account_destination_new(stack, "Dest",
            &(ccdk_logs_cross_account_destination_props){
                .role = role, .target_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s"});
        ccdk_logs_cross_account_destination_add_to_policy(dest, ccdk_iam_policy_statement_new(stack,
            &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("logs:PutSubscriptionFilter"),
                .principals = CCDK_LIST(ccdk_iam_account_principal(stack, "234567890123")),
                .resources = CCDK_STRS(ccdk_logs_cross_account_destination_arn(dest))}));
        ccdk_logs_log_group *group = ccdk_logs_log_group_new(stack, "Group", NULL);
        ccdk_logs_subscription_filter_new(stack, "Filter", &(ccdk_logs_subscription_filter_props){
            .log_group = group, .destination = ccdk_logs_cross_account_destination_as_destination(dest),
            .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS});
        ccdk_cfn_output_new(stack, "DestName", &(ccdk_cfn_output_props){.value = ccdk_logs_cross_account_destination_name(dest)});
        ccdk_logs_log_stream *imported = ccdk_logs_log_stream_from_log_stream_attributes(stack, "Stream",
            &(ccdk_logs_log_stream_attributes){.log_stream_name = "my-stream", .log_group_name = "my-group"});
        ccdk_cfn_output_new(stack, "StreamName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_stream_name(imported)});
        ccdk_cfn_output_new(stack, "StreamGroup", &(ccdk_cfn_output_props){.value = ccdk_logs_log_stream_log_group_name(imported)});
        ccdk_logs_log_stream *own = ccdk_logs_log_group_add_stream(group, "Own", NULL);
        ccdk_cfn_output_new(stack, "OwnGroup", &(ccdk_cfn_output_props){.value = ccdk_logs_log_stream_log_group_name(own)});
        ccdk_logs_log_stream_from_log_stream_name(stack, "ByName", "other");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
