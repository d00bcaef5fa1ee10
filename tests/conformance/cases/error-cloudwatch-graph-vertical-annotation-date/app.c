/* Conformance case 'error-cloudwatch-graph-vertical-annotation-date': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "CDK", .metric_name = "Test"});
    (void)metric;
    ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
        .left = CCDK_LIST(metric),
        .vertical_annotations = CCDK_LIST_OF(ccdk_cloudwatch_vertical_annotation, {.date = "2021-07-29T02:31:09.890ZZ", .label = "x"})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
