/* Conformance case 'unit-logs-pattern': every logs.FilterPattern as a MetricFilter's pattern, one in
 * a SubscriptionFilter, and LogStream.fromLogStreamName (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_group *group = ccdk_logs_log_group_new(s, "Group", NULL);
    const char *p1 = ccdk_logs_filter_pattern_number_value(s, "$.field", "<=", 300);
    const char *p2 = ccdk_logs_filter_pattern_string_value(s, "$.field", "=", "value");
    ccdk_logs_space_delimited_text_pattern *base = ccdk_logs_filter_pattern_space_delimited(s, CCDK_STRS("...", "status_code", "bytes"));
    struct {
        const char *id, *pattern;
    } patterns[] = {
        {"SimpleText", ccdk_logs_filter_pattern_all_terms(s, CCDK_STRS("foo", "bar", "baz"))},
        {"QuotedTerms", ccdk_logs_filter_pattern_all_terms(s, CCDK_STRS("\"foo\" he said", "back\\slash"))},
        {"NoTerms", ccdk_logs_filter_pattern_all_terms(s, (ccdk_strs)CCDK_EMPTY_LIST)},
        {"AnyTerm", ccdk_logs_filter_pattern_any_term(s, CCDK_STRS("foo", "bar"))},
        {"AnyOneTerm", ccdk_logs_filter_pattern_any_term(s, CCDK_STRS("foo"))},
        {"Disjunction", ccdk_logs_filter_pattern_any_term_group(s, (ccdk_logs_term_groups)CCDK_LIST(CCDK_STRS("foo", "bar"), CCDK_STRS("baz")))},
        {"OneDisjunction", ccdk_logs_filter_pattern_any_term_group(s, (ccdk_logs_term_groups)CCDK_LIST(CCDK_STRS("foo", "bar")))},
        {"EmptyGroups", ccdk_logs_filter_pattern_any_term_group(s, (ccdk_logs_term_groups)CCDK_EMPTY_LIST)},
        {"StringValue", ccdk_logs_filter_pattern_string_value(s, "$.field", "=", "value")},
        {"DoubleEquals", ccdk_logs_filter_pattern_string_value(s, "$.field", "==", "value")},
        {"NotEquals", ccdk_logs_filter_pattern_string_value(s, "$.field", "!=", "say \"hi\"")},
        {"NumberValue", p1},
        {"NumberFraction", ccdk_logs_filter_pattern_number_value(s, "$.latency", ">", 0.25)},
        {"NumberEquals", ccdk_logs_filter_pattern_number_value(s, "$.code", "==", -1)},
        {"And", ccdk_logs_filter_pattern_all(s, CCDK_STRS(p1, p2))},
        {"Or", ccdk_logs_filter_pattern_any(s, CCDK_STRS(p1, p2))},
        {"SingleAnd", ccdk_logs_filter_pattern_all(s, CCDK_STRS(p2))},
        {"Nested", ccdk_logs_filter_pattern_any(s, CCDK_STRS(ccdk_logs_filter_pattern_all(s, CCDK_STRS(p1, p2)),
                                                             ccdk_logs_filter_pattern_boolean_value(s, "$.ok", 1)))},
        {"BooleanFalse", ccdk_logs_filter_pattern_boolean_value(s, "$.field", 0)},
        {"Regex", ccdk_logs_filter_pattern_regex_value(s, "$.message", "=", "ERROR.*timeout")},
        {"Exists", ccdk_logs_filter_pattern_exists(s, "$.x")},
        {"Table", ccdk_logs_space_delimited_text_pattern_string(base)},
        {"Restrictions", ccdk_logs_space_delimited_text_pattern_string(ccdk_logs_space_delimited_text_pattern_where_number(
             ccdk_logs_space_delimited_text_pattern_where_string(base, "status_code", "=", "4*"), "status_code", "!=", 403))},
        {"MoreRestrictions", ccdk_logs_space_delimited_text_pattern_string(ccdk_logs_space_delimited_text_pattern_where_number(
             ccdk_logs_space_delimited_text_pattern_where_string(ccdk_logs_space_delimited_text_pattern_where_number(base, "bytes", ">=", 1024),
                                                                 "status_code", "==", "x\"y"),
             "bytes", "<", 1e6))},
        {"AllEvents", CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS},
        {"Literal", "[ip, user, ...]"},
    };
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++)
        ccdk_logs_log_group_add_metric_filter(group, patterns[i].id, &(ccdk_logs_metric_filter_props){
            .filter_pattern = patterns[i].pattern, .metric_namespace = "Test", .metric_name = patterns[i].id});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(s, "exports.handler = async () => 1;")});
    ccdk_logs_log_group_add_subscription_filter(group, "Subscription", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_destinations_lambda_destination(fn, NULL),
        .filter_pattern = ccdk_logs_filter_pattern_any_term_group(s, (ccdk_logs_term_groups)CCDK_LIST(
            CCDK_STRS("ERROR", "Task timed out"), CCDK_STRS("FATAL")))});
    ccdk_logs_log_stream *imported = ccdk_logs_log_stream_from_log_stream_name(s, "ImportedStream", "my-stream");
    ccdk_cfn_output_new(s, "StreamName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_stream_name(imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
