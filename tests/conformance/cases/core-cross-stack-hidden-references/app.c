/* Cross-stack references that reach the consuming stack only through a tag value, a raw override,
 * resource metadata, a Lazy, a CfnCondition's expression and an output's description: each
 * becomes an export of the producer and an import in the consumer, as a plain property would.
 * (ccdk finds references by scanning each element's values before it renders anything; this case
 * keeps every place a value can hide in that scan.) */
#include <ccdk/sqs.h>

static const char *queue_arn(void *queue) { return ccdk_sqs_queue_arn(queue); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Jobs", NULL);

    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_tags_add(ccdk_sqs_queue_new(consumer, "Tagged", NULL), "Owner", ccdk_sqs_queue_arn(queue));
    ccdk_cfn_resource *overridden = ccdk_cfn_resource_new(consumer, "Overridden", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_add_override(overridden, "Properties.DisplayName", ccdk_v_string(consumer, ccdk_sqs_queue_name(queue)));
    ccdk_cfn_resource *described = ccdk_cfn_resource_new(consumer, "Described", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_add_metadata(described, "Source", ccdk_v_string(consumer, ccdk_sqs_queue_url(queue)));
    ccdk_value *param = ccdk_v_object(consumer);
    ccdk_v_set(param, "Type", ccdk_v_string(consumer, "String"));
    ccdk_v_set(param, "Value", ccdk_v_string(consumer, ccdk_lazy_string(consumer, queue_arn, queue)));
    ccdk_cfn_resource_new(consumer, "Lazy", "AWS::SSM::Parameter", param);
    ccdk_cfn_condition_new(consumer, "IsJobs",
                           ccdk_fn_condition_equals(consumer, ccdk_v_string(consumer, ccdk_sqs_queue_name(queue)),
                                                    ccdk_v_string(consumer, "jobs")));
    char description[256];
    snprintf(description, sizeof description, "the queue %s", ccdk_sqs_queue_name(queue));
    ccdk_cfn_output_new(consumer, "Plain", &(ccdk_cfn_output_props){.value = "plain", .description = description});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
