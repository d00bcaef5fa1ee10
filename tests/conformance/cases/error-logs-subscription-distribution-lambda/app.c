/* Conformance case 'error-logs-subscription-distribution-lambda': a SubscriptionFilter to a
 * LambdaDestination with a distribution: aws-cdk-lib's error (a KinesisDestination only). */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
    ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
        .log_group = log_group,
        .destination = ccdk_logs_destinations_lambda_destination(fn, NULL),
        .filter_pattern = "some pattern",
        .filter_name = "CustomSubscriptionFilterName",
        .distribution = CCDK_LOGS_DISTRIBUTION_RANDOM,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
