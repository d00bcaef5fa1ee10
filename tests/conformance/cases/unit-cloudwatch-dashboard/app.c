/* Conformance case 'unit-cloudwatch-dashboard': cloudwatch.Dashboard as aws-cloudwatch's dashboard
 * tests use it (see app.js). Ported from aws-cdk: aws-cloudwatch/test/dashboard.test.ts. */
#include <ccdk/cloudwatch.h>

#define TEXT(s, ...) ccdk_cloudwatch_text_widget_new(app, &(ccdk_cloudwatch_text_widget_props){.markdown = s, __VA_ARGS__})
#define ADD(d, ...) ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(__VA_ARGS__))
#define GRAPH_1X1 ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){.width = 1, .height = 1})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(ccdk_stack_new(app, "Underneath", NULL), "Dash", NULL);
        ADD(d, TEXT("first", .width = 10, .height = 2, .background = CCDK_CW_TEXT_BACKGROUND_SOLID));
        ADD(d, TEXT("second", .width = 1, .height = 4, .background = CCDK_CW_TEXT_BACKGROUND_TRANSPARENT));
        ADD(d, TEXT("third", .width = 4, .height = 1));
    }
    {
        ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(ccdk_stack_new(app, "NextToEachOther", NULL), "Dash", NULL);
        ADD(d, TEXT("first", .width = 10, .height = 2), TEXT("second", .width = 1, .height = 4), TEXT("third", .width = 4, .height = 1));
    }
    ADD(ccdk_cloudwatch_dashboard_new(ccdk_stack_new(app, "Tokens", NULL), "Dash", NULL), GRAPH_1X1);
    ADD(ccdk_cloudwatch_dashboard_new(ccdk_stack_new(app, "NonWidgetFields", NULL), "Dash", &(ccdk_cloudwatch_dashboard_props){
            .start = "-9H", .end = "2018-12-17T06:00:00.000Z", .period_override = CCDK_CW_PERIOD_OVERRIDE_INHERIT}),
        GRAPH_1X1);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "DefaultInterval", NULL);
        ADD(ccdk_cloudwatch_dashboard_new(stack, "Dash", &(ccdk_cloudwatch_dashboard_props){.default_interval = ccdk_duration_days(7)}),
            GRAPH_1X1);
        ADD(ccdk_cloudwatch_dashboard_new(stack, "Dash2", &(ccdk_cloudwatch_dashboard_props){.default_interval = ccdk_duration_minutes(90)}),
            TEXT("x"));
    }
    ccdk_cloudwatch_dashboard_new(ccdk_stack_new(app, "MyStack", NULL), "MyDashboard",
                                  &(ccdk_cloudwatch_dashboard_props){.dashboard_name = "MyCustomDashboardName"});
    ccdk_cloudwatch_dashboard_new(ccdk_stack_new(app, "NoName", NULL), "MyDashboard", NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithRegion", &(ccdk_stack_props){.region = "eu-west-1"});
        ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stack, "MyStack", NULL);
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_dashboard_arn(d)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Warnings", NULL);
        ccdk_cloudwatch_metric *m = ccdk_cloudwatch_math_expression_new(stack, &(ccdk_cloudwatch_math_expression_props){.expression = "oops"});
        ccdk_cloudwatch_dashboard_new(stack, "MyDashboard", &(ccdk_cloudwatch_dashboard_props){
            .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list,
                CCDK_LIST(ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){.left = CCDK_LIST(m)}),
                          TEXT("asdf"))),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
