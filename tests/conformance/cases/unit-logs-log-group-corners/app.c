/* Conformance case 'unit-logs-log-group-corners': logs.LogGroup corners (see app.js). */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *ig = ccdk_stack_new(app, "ImportGrants", NULL);
    ccdk_logs_log_group *by_name = ccdk_logs_log_group_from_log_group_name(ig, "ByName", "my-log-group");
    ccdk_logs_log_group_grant_write(by_name, ccdk_iam_service_principal(ig, "es.amazonaws.com"));
    ccdk_logs_log_group *by_arn = ccdk_logs_log_group_from_log_group_arn(ig, "ByArn", "arn:aws:logs:us-west-1:123456789012:log-group:other");
    ccdk_logs_log_group_add_to_resource_policy(by_arn, ccdk_iam_policy_statement_new(ig, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("logs:PutLogEvents"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(ig, "arn:aws:iam::123456789012:role/r1")),
        .resources = CCDK_STRS("*")}));

    ccdk_stack *gr = ccdk_stack_new(app, "Grants", NULL);
    ccdk_logs_log_group *lg = ccdk_logs_log_group_new(gr, "LogGroup", NULL);
    ccdk_logs_log_group_grant(lg, ccdk_iam_user_new(gr, "User", NULL), CCDK_STRS("logs:DescribeLogStreams", "logs:GetLogEvents"));
    ccdk_logs_log_group_grant_read(lg, ccdk_iam_service_principal(gr, "delivery.logs.amazonaws.com"));
    ccdk_logs_log_group_grant_write(lg, ccdk_iam_account_principal(gr, "111122223333"));

    ccdk_stack *cs = ccdk_stack_new(app, "ClassAndStreams", NULL);
    ccdk_logs_log_group *ia = ccdk_logs_log_group_new(cs, "LogGroup", &(ccdk_logs_log_group_props){
        .log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_INFREQUENT_ACCESS,
        .retention = CCDK_LOGS_RETENTION_ONE_DAY,
        .deletion_protection_enabled = CCDK_FALSE,
        .log_group_name = "ia-group"});
    ccdk_logs_log_group_add_stream(ia, "Named", &(ccdk_logs_log_stream_props){
        .log_stream_name = "s1", .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_logs_log_stream_new(cs, "Unnamed", &(ccdk_logs_log_stream_props){.log_group = ia});
    ccdk_logs_log_group_add_metric_filter(ia, "Count", &(ccdk_logs_metric_filter_props){
        .filter_pattern = ccdk_logs_filter_pattern_all_terms(cs, CCDK_STRS("ERROR")),
        .metric_namespace = "App", .metric_name = "Errors"});
    ccdk_logs_log_group_add_metric_filter(ia, "Value", &(ccdk_logs_metric_filter_props){
        .filter_pattern = "{ $.x = 1 }", .metric_namespace = "App", .metric_name = "X",
        .metric_value = "$.x", .default_value = CCDK_NUM(2.5)});

    ccdk_stack *ic = ccdk_stack_new(app, "ImportedChildren", NULL);
    ccdk_logs_log_group *imp = ccdk_logs_log_group_from_log_group_arn(ic, "Imported", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/x:*");
    ccdk_logs_log_group_add_stream(imp, "Stream", NULL);
    ccdk_logs_log_group_add_metric_filter(imp, "Filter", &(ccdk_logs_metric_filter_props){
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS, .metric_namespace = "N", .metric_name = "M"});
    ccdk_cloudwatch_metric *m = ccdk_logs_log_group_extract_metric(imp, "$.latency", "N", "Latency");
    ccdk_cfn_output_new(ic, "Name", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(imp)});
    ccdk_cfn_output_new(ic, "Arn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(imp)});
    char buf[256];
    snprintf(buf, sizeof buf, "%s %s %s", ccdk_cloudwatch_metric_namespace(m), ccdk_cloudwatch_metric_metric_name(m),
             ccdk_cloudwatch_metric_statistic(m));
    ccdk_cfn_output_new(ic, "Metric", &(ccdk_cfn_output_props){.value = buf});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
