/* Alarms on MathExpressions (see app.js). */
#include <ccdk/cloudwatch.h>

static ccdk_stack *stack;

static void alarm(const char *id, ccdk_cloudwatch_metric *metric)
{
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(2)});
}

#define EXPR(...) ccdk_cloudwatch_math_expression_new(stack, &(ccdk_cloudwatch_math_expression_props){__VA_ARGS__})
#define USING(...) CCDK_LIST_OF(ccdk_cloudwatch_using_metric, __VA_ARGS__)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *a = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "ACount"});
    ccdk_cloudwatch_metric *b = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "BCount", .statistic = "max", .dimensions = CCDK_KVS({"Stage", "prod"}, {"Api", "x"})});
    ccdk_cloudwatch_metric *c = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "CCount", .period = ccdk_duration_minutes(10), .label = "C", .unit = "Count"});

    alarm("Plain", EXPR(.expression = "a + b", .using_metrics = USING({"a", a}, {"b", b})));
    alarm("Labelled", EXPR(.expression = "a / c", .using_metrics = USING({"a", a}, {"c", c}), .label = "Ratio",
                           .period = ccdk_duration_minutes(1)));
    alarm("Unknown", EXPR(.expression = "a + b + FILL(x, 0) + \"q\"", .using_metrics = USING({"a", a}, {"b", b})));
    ccdk_cloudwatch_metric *inner = EXPR(.expression = "a * 2", .using_metrics = USING({"a", a}));
    alarm("Nested", EXPR(.expression = "inner + c", .using_metrics = USING({"inner", inner}, {"c", c}),
                         .period = ccdk_duration_minutes(10)));
    ccdk_cloudwatch_metric_create_alarm(
        ccdk_cloudwatch_metric_with(EXPR(.expression = "b - a", .using_metrics = USING({"a", a}, {"b", b})),
                                    &(ccdk_cloudwatch_metric_options){.label = "Diff", .period = ccdk_duration_minutes(15)}),
        stack, "Created", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(0), .evaluation_periods = CCDK_NUM(1), .period = ccdk_duration_minutes(5)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
