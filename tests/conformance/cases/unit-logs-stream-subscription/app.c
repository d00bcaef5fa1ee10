/* Conformance case 'unit-logs-stream-subscription': the aws-logs tests of LogStream and
 * SubscriptionFilter, and loggroup.test.ts's log group class tests (see app.js). Ported from aws-cdk:
 * aws-logs/test/logstream.test.ts, aws-logs/test/subscriptionfilter.test.ts, aws-logs/test/loggroup.test.ts. */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SimpleInstantiation", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_log_stream *stream = ccdk_logs_log_stream_new(stack, "Stream", &(ccdk_logs_log_stream_props){
            .log_group = log_group,
        });
        ccdk_cfn_output_new(stack, "StreamName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_stream_name(stream)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TrivialInstantiation", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = log_group,
            .destination = ccdk_logs_subscription_destination_of(stack, "arn:bogus", NULL),
            .filter_pattern = "some pattern",
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SpecifyingCustomName", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_subscription_filter_new(stack, "Subscription", &(ccdk_logs_subscription_filter_props){
            .log_group = log_group,
            .destination = ccdk_logs_subscription_destination_of(stack, "arn:bogus", NULL),
            .filter_pattern = "some pattern",
            .filter_name = "CustomSubscriptionFilterName",
        });
    }
    ccdk_logs_log_group_new(ccdk_stack_new(app, "DefaultLogGroupClass", NULL), "LogGroup", NULL);
    ccdk_logs_log_group_new(ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-isob-east-1"}), "LogGroup",
                            &(ccdk_logs_log_group_props){.log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_STANDARD});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
