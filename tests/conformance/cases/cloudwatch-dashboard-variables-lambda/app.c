/* Conformance case 'cloudwatch-dashboard-variables-lambda': dashboard variables over two Lambda
 * functions (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *orders = fn(stack, "Orders"), *payments = fn(stack, "Payments");
    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "Dash", &(ccdk_cloudwatch_dashboard_props){
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(ccdk_cloudwatch_graph_widget_new(stack,
            &(ccdk_cloudwatch_graph_widget_props){.title = "Invocations",
                                                  .left = CCDK_LIST(ccdk_lambda_function_metric_invocations(orders, NULL))}))),
        .variables = CCDK_LIST(
            ccdk_cloudwatch_dashboard_variable_new(stack, &(ccdk_cloudwatch_dashboard_variable_options){
                .id = "function", .type = CCDK_CW_VARIABLE_TYPE_PROPERTY, .label = "Function",
                .input_type = CCDK_CW_VARIABLE_INPUT_SELECT, .value = "FunctionName",
                .values = CCDK_LIST_OF(ccdk_cloudwatch_variable_value, {"orders", ccdk_lambda_function_name(orders)},
                                       {.value = ccdk_lambda_function_name(payments)}),
                .default_value = ccdk_lambda_function_name(orders), .visible = CCDK_TRUE}),
            ccdk_cloudwatch_dashboard_variable_new(stack, &(ccdk_cloudwatch_dashboard_variable_options){
                .id = "resource", .type = CCDK_CW_VARIABLE_TYPE_PROPERTY, .input_type = CCDK_CW_VARIABLE_INPUT_RADIO,
                .value = "Resource",
                .search_components = &(ccdk_cloudwatch_search_components){
                    .namespace_ = "AWS/Lambda", .dimensions = CCDK_STRS("FunctionName", "Resource"),
                    .metric_name = "Invocations", .populate_from = "Resource"},
                .default_value = CCDK_CW_DEFAULT_VALUE_FIRST}),
            ccdk_cloudwatch_dashboard_variable_new(stack, &(ccdk_cloudwatch_dashboard_variable_options){
                .id = "region", .type = CCDK_CW_VARIABLE_TYPE_PATTERN, .input_type = CCDK_CW_VARIABLE_INPUT_INPUT,
                .value = "us-east-1", .label = "Region", .visible = CCDK_FALSE})),
    });
    ccdk_cloudwatch_dashboard_add_variable(dashboard, ccdk_cloudwatch_dashboard_variable_new(stack, &(ccdk_cloudwatch_dashboard_variable_options){
        .id = "name", .type = CCDK_CW_VARIABLE_TYPE_PROPERTY, .input_type = CCDK_CW_VARIABLE_INPUT_SELECT, .value = "FunctionName",
        .search = "{AWS/Lambda,FunctionName} MetricName=\"Errors\"", .populate_from = "FunctionName"}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
