/* Conformance case 'unit-cloudwatch-metric-math': see app.js. */
#include <ccdk/cloudwatch.h>

#define USING(...) .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, __VA_ARGS__)
#define M(expr, ...) \
    ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){.expression = (expr), __VA_ARGS__})
#define GRAPH(...) \
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST( \
        ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){__VA_ARGS__})))
#define ALARM(id, metric_) \
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){ \
        .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .metric = (metric_)})

static ccdk_cloudwatch_metric *metric(ccdk_app *app, const char *name, const char *statistic)
{
    return ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = name, .statistic = statistic});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *a = metric(app, "ACount", NULL), *b = metric(app, "BCount", "Average"),
                           *c = metric(app, "CCount", NULL), *b99 = metric(app, "BCount", "p99");
    ccdk_cloudwatch_metric *a10 = ccdk_cloudwatch_metric_with(a, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_seconds(10)});

    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);
    GRAPH(.left = CCDK_LIST(M("a + b", USING({"a", a}, {"b", b}))));
    GRAPH(.left = CCDK_LIST(M("a + e", USING({"a", a}, {"e", M("b + c", USING({"b", b}, {"c", c}))}))));
    GRAPH(.left = CCDK_LIST(M("a + e", USING({"a", a}, {"e", M("b + c", USING({"b", a}, {"c", c}))}))));
    GRAPH(.left = CCDK_LIST(M("a + e", USING({"a", a}), .label = "")));
    GRAPH(.left = CCDK_LIST(M("a + e", USING({"a", a}, {"e", M("a + c", USING({"a", a}, {"c", c}))}))));
    GRAPH(.left = CCDK_LIST(a, M("a + b", USING({"a", a}, {"b", b}))));
    GRAPH(.left = CCDK_LIST(a10, M("a + b", USING({"a", a10}, {"b", b}))));
    GRAPH(.left = CCDK_LIST(a, M("a + b", USING({"a", a}, {"b", b}), .period = ccdk_duration_minutes(1))));
    GRAPH(.left = CCDK_LIST(M("a + e", USING({"a", a}, {"e", M("a + b", USING({"a", a}, {"b", b}), .period = ccdk_duration_minutes(1))}))));
    GRAPH(.left = CCDK_LIST(M("a + b99", USING({"a", a}, {"b99", b99}))));
    GRAPH(.left = CCDK_LIST(M("a + 1", USING({"a", a}))), .right = CCDK_LIST(M("a + 2", USING({"a", a}))));

    ALARM("Plain", M("a + b", USING({"a", a}, {"b", b})));
    ALARM("Nested", M("a + e", USING({"a", a}, {"e", M("b + c", USING({"b", b}, {"c", c}))})));
    ALARM("Transitive", M("a + e", USING({"a", a}, {"e", M("b + c", USING({"b", b}, {"c", c}), .period = ccdk_duration_minutes(1))}),
                          .period = ccdk_duration_seconds(30)));
    ALARM("NoInner", M("INSIGHT_RULE_METRIC(\"SomeId\", UniqueContributors)", .label = NULL));
    ccdk_cloudwatch_metric *b20 = ccdk_cloudwatch_metric_with(b, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(20)});
    ccdk_cloudwatch_alarm *annotated = ALARM("Annotated", M("a + b", USING({"a", a}, {"b", b20}), .period = ccdk_duration_minutes(10)));
    GRAPH(.left = CCDK_LIST(a),
          .left_annotations = CCDK_LIST_OF(ccdk_cloudwatch_horizontal_annotation, ccdk_cloudwatch_alarm_to_annotation(annotated)));
    ALARM("Percentile", M("a + b99", USING({"a", a}, {"b99", b99})));
    ALARM("Unknown", M("m1 + m2", .label = NULL));
    ALARM("UnknownNested", M("e1 + 5", USING({"e1", M("m1 + m2", .label = NULL)})));
    ALARM("Metrics", M("SUM(METRICS())", .label = NULL));
    ALARM("Search", M("SEARCH('{dimension_one, dimension_two} my_metric', 'Average', 300)", .label = NULL));
    ALARM("Insights", M("SELECT AVG(CpuUsage) FROM EC2 WHERE Instance = '123456'", .label = NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
