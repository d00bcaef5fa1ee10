/* Conformance case 'cloudwatch-custom-widget-lambda': see app.js. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "WidgetFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"<h1>Hello</h1>\";"),
    });
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live", .version = ccdk_lambda_function_current_version(fn)});

    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_custom_widget_new(app, &(ccdk_cloudwatch_custom_widget_props){
            .function_arn = ccdk_lambda_function_arn(fn), .title = "My lambda baked widget"}),
        ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
            .left = CCDK_LIST(ccdk_lambda_function_metric_errors(fn, NULL))})));

    char params[512];
    snprintf(params, sizeof params, "{\"name\": \"%s\", \"count\": 3, \"nested\": {\"flag\": true, \"list\": [\"a\", 1]}}",
             ccdk_lambda_function_name(fn));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_custom_widget_new(app, &(ccdk_cloudwatch_custom_widget_props){
            .function_arn = ccdk_lambda_alias_arn(alias), .title = "Full config", .width = 12, .height = 4,
            .update_on_refresh = CCDK_FALSE, .update_on_resize = CCDK_FALSE, .update_on_time_range_change = CCDK_FALSE,
            .params = ccdk_v_json(app, params)})));
    ccdk_cloudwatch_dashboard_add_widgets(dashboard, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_custom_widget_new(app, &(ccdk_cloudwatch_custom_widget_props){
            .function_arn = "arn:aws:lambda:us-east-1:123456789012:function:echo", .title = "Literal ARN",
            .update_on_resize = CCDK_TRUE, .params = ccdk_v_json(app, "\"just a string\"")})));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
