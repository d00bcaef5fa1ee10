/* A topic of a us-east-1 stack used in a nested stack of an eu-west-1 stack (strong references by
 * default): the ExportReader is the top-level parent's, and the nested stack gets its attribute
 * as a parameter. The nested stack takes the parent's cross_region_references over. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(producer, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Jobs", NULL);
    ccdk_stack *parent = ccdk_stack_new(app, "Parent", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1", .cross_region_references = CCDK_TRUE});
    ccdk_stack *nested = ccdk_nested_stack_new(parent, "Nested", NULL);
    ccdk_value *props = ccdk_v_object(nested);
    ccdk_v_set(props, "TopicArn", ccdk_v_string(nested, ccdk_cfn_resource_ref(topic)));
    ccdk_v_set(props, "Protocol", ccdk_v_string(nested, "email"));
    ccdk_v_set(props, "Endpoint", ccdk_v_string(nested, "ops@example.com"));
    ccdk_cfn_resource_new(nested, "Subscription", "AWS::SNS::Subscription", props);
    ccdk_cfn_output_new(nested, "JobsArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(queue)});
    ccdk_cfn_output_new(parent, "TopicName", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(topic, "TopicName")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
