/* ported-logs-subscription-filter: aws-logs' subscriptionfilter.test.ts ported literally (see
 * app.js): a stack per test, the first the Default stack (a NULL id); FakeDestination is
 * ccdk_logs_subscription_destination_of(stack, "arn:bogus", NULL). */
#include <ccdk/kinesis.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = log_group,
            .destination = ccdk_logs_subscription_destination_of(stack, "arn:bogus", NULL),
            .filter_pattern = "some pattern",
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CustomName", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = log_group,
            .destination = ccdk_logs_subscription_destination_of(stack, "arn:bogus", NULL),
            .filter_pattern = "some pattern",
            .filter_name = "CustomSubscriptionFilterName",
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "KinesisDistribution", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", NULL);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = log_group,
            .destination = ccdk_logs_destinations_kinesis_destination(stream, NULL),
            .filter_pattern = "some pattern",
            .filter_name = "CustomSubscriptionFilterName",
            .distribution = CCDK_LOGS_DISTRIBUTION_RANDOM,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
