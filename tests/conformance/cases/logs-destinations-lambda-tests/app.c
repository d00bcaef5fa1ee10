/* A SubscriptionFilter to a LambdaDestination, as aws-logs-destinations' lambda tests: see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

static ccdk_stack *given(ccdk_app *app, const char *name, ccdk_lambda_function **fn, ccdk_logs_log_group **lg)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    *lg = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
    return stack;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_lambda_function *fn;
    ccdk_logs_log_group *lg;
    {
        ccdk_stack *stack = given(app, "Single", &fn, &lg);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = lg, .destination = ccdk_logs_destinations_lambda_destination(fn, NULL),
            .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS});
    }
    {
        ccdk_stack *stack = given(app, "Multiple", &fn, &lg);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = lg, .destination = ccdk_logs_destinations_lambda_destination(fn, NULL),
            .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS});
        ccdk_logs_subscription_filter_new(stack, "Subscription2", &(ccdk_logs_subscription_filter_props){
            .log_group = ccdk_logs_log_group_new(stack, "LG2", NULL),
            .destination = ccdk_logs_destinations_lambda_destination(fn, NULL),
            .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS});
    }
    {
        ccdk_stack *stack = given(app, "NoPermissions", &fn, &lg);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = lg,
            .destination = ccdk_logs_destinations_lambda_destination(fn, &(ccdk_logs_lambda_destination_options){
                .add_permissions = CCDK_FALSE}),
            .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS});
    }
    {
        ccdk_stack *stack = given(app, "Imported", &fn, &lg);
        ccdk_lambda_function *imported = ccdk_lambda_function_from_function_arn(stack, "Imported",
            "arn:aws:lambda:us-east-1:123456789012:function:Other");
        ccdk_logs_log_group_add_subscription_filter(lg, "Subscription", &(ccdk_logs_subscription_filter_props){
            .destination = ccdk_logs_destinations_lambda_destination(imported, NULL), .filter_pattern = "ERROR"});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
