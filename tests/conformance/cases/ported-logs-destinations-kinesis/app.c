/* ported-logs-destinations-kinesis: aws-logs-destinations' kinesis.test.ts ported literally (see
 * app.js): a stack per test, the first the Default stack (a NULL id). */
#include <ccdk/kinesis.h>
#include <ccdk/logs.h>

static void filter(ccdk_construct *scope, const char *id, ccdk_logs_log_group *log_group, ccdk_logs_subscription_destination *destination)
{
    ccdk_logs_subscription_filter_new(scope, id, &(ccdk_logs_subscription_filter_props){
        .log_group = log_group,
        .destination = destination,
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        filter(CCDK_CONSTRUCT(stack), "Subscription", log_group, ccdk_logs_destinations_kinesis_destination(stream, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Twice", NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_logs_log_group *log_group1 = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_logs_log_group *log_group2 = ccdk_logs_log_group_new(stack, "LogGroup2", NULL);
        filter(CCDK_CONSTRUCT(stack), "Subscription", log_group1, ccdk_logs_destinations_kinesis_destination(stream, NULL));
        filter(CCDK_CONSTRUCT(stack), "Subscription2", log_group2, ccdk_logs_destinations_kinesis_destination(stream, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ExistingRole", NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        ccdk_iam_role *imported_role = ccdk_iam_role_from_role_arn(stack, "ImportedRole",
            "arn:aws:iam::123456789012:role/ImportedRoleKinesisDestinationTest");
        ccdk_logs_subscription_destination *kinesis_destination =
            ccdk_logs_destinations_kinesis_destination(stream, &(ccdk_logs_kinesis_destination_props){.role = imported_role});
        filter(CCDK_CONSTRUCT(log_group), "MySubscriptionFilter", log_group, kinesis_destination);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NewRole", NULL);
        ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "LogGroup", NULL);
        filter(CCDK_CONSTRUCT(log_group), "MySubscriptionFilter", log_group, ccdk_logs_destinations_kinesis_destination(stream, NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
