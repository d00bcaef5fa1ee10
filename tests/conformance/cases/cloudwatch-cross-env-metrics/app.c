/* Conformance case 'cloudwatch-cross-env-metrics': see app.js. */
#include <ccdk/cloudwatch.h>

static ccdk_app *app;
static ccdk_stack *stack1, *stack3, *stack4;
static ccdk_cloudwatch_metric *a, *explicit_, *with_id, *search, *same_env_search, *hidden, *shown;

#define GRAPH(...) ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){__VA_ARGS__})
#define ADD(d, w) ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(w))
#define WITH(m, ...) ccdk_cloudwatch_metric_with(m, &(ccdk_cloudwatch_metric_options){__VA_ARGS__})

static void graphs(ccdk_stack *stack)
{
    ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);
    ADD(d, GRAPH(.left = CCDK_LIST(ccdk_cloudwatch_metric_attach_to(a, stack1))));
    ADD(d, GRAPH(.left = CCDK_LIST(explicit_), .right = CCDK_LIST(WITH(a, .region = "venus"))));
    ADD(d, GRAPH(.left = CCDK_LIST(ccdk_cloudwatch_metric_attach_to(a, stack4))));
    ADD(d, GRAPH(.left = CCDK_LIST(search, same_env_search)));
    ADD(d, GRAPH(.left = CCDK_LIST(with_id, WITH(with_id, .visible = CCDK_TRUE, .id = "other"))));
    ADD(d, GRAPH(.left = CCDK_LIST(hidden, shown)));
    ADD(d, ccdk_cloudwatch_single_value_widget_new(app, &(ccdk_cloudwatch_single_value_widget_props){
        .metrics = CCDK_LIST(WITH(a, .account = "999", .region = "pluto"))}));
}

static void alarm(ccdk_stack *stack, const char *id, ccdk_cloudwatch_metric *m)
{
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .metric = m});
}

int main(void)
{
    app = ccdk_app_new(NULL);
    stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.region = "pluto", .account = "123456789012"});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.region = "mars", .account = "567856785678"});
    stack3 = ccdk_stack_new(app, "Stack3", &(ccdk_stack_props){.region = "pluto", .account = "000000000000"});
    stack4 = ccdk_stack_new(app, "Stack4", NULL);

    a = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "ACount"});
    explicit_ = WITH(a, .account = "123456789012", .region = "us-north-5");
    with_id = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "CDK", .metric_name = "Test", .id = "myMetricId", .visible = CCDK_FALSE, .color = "#00ff00"});
    search = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "SEARCH('MetricName=\"ACount\"', 'Sum', 300)", .label = "Test label",
        .search_account = "567856785678", .search_region = "mars"});
    same_env_search = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "SEARCH('MetricName=\"ACount\"', 'Sum', 300)",
        .search_account = "123456789012", .search_region = "pluto", .color = "#ff0000"});
    hidden = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "m1 * 2", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"m1", a}), .visible = CCDK_FALSE});
    shown = ccdk_cloudwatch_math_expression_with(hidden, &(ccdk_cloudwatch_math_expression_options){
        .visible = CCDK_TRUE, .color = "#123456"});

    graphs(stack1);
    graphs(stack2);
    graphs(stack3);
    graphs(stack4);

    alarm(stack1, "SameEnv", ccdk_cloudwatch_metric_attach_to(a, stack1));
    alarm(stack1, "OtherAccount", ccdk_cloudwatch_metric_attach_to(a, stack3));
    alarm(stack1, "GivenAccount", WITH(a, .account = "000000000000"));
    alarm(stack1, "Labelled", WITH(a, .label = "my-label", .account = "123456789012"));
    alarm(stack1, "Math", ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a + b", .period = ccdk_duration_minutes(1),
        .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", ccdk_cloudwatch_metric_attach_to(a, stack3)},
                                      {"b", WITH(a, .account = "567856785678", .id = "ignored")})}));
    alarm(stack1, "MathSame", ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
        .expression = "a + b", .period = ccdk_duration_minutes(1),
        .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", ccdk_cloudwatch_metric_attach_to(a, stack1)},
                                      {"b", ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
                                          .namespace_ = "Test", .metric_name = "B", .account = "123456789012"})})}));
    alarm(stack4, "Agnostic", a);
    alarm(stack4, "AgnosticGiven", WITH(a, .account = "123456789"));
    alarm(stack4, "AgnosticAttached", ccdk_cloudwatch_metric_attach_to(a, stack4));
    alarm(stack4, "AgnosticToken", WITH(a, .account = ccdk_aws_account_id(stack4)));
    alarm(stack4, "AgnosticRegion", WITH(a, .region = "mars"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
