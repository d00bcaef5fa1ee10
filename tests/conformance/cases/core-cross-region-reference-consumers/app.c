/* One us-east-1 producer read by two stacks of eu-west-1 and one of ap-southeast-2 (strong
 * references by default): one ExportWriter per consumer region, one provider for both, one
 * ExportReader per consumer. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *account = "123456789012";
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = account, .region = "us-east-1"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Jobs", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(producer, "Topic", "AWS::SNS::Topic", NULL);

    ccdk_stack *first = ccdk_stack_new(app, "First", &(ccdk_stack_props){
        .account = account, .region = "eu-west-1", .cross_region_references = CCDK_TRUE});
    ccdk_cfn_output_new(first, "JobsUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    ccdk_cfn_output_new(first, "TopicArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(topic)});
    ccdk_cfn_output_new(first, "JobsUrlAgain", &(ccdk_cfn_output_props){.value = ccdk_fmt(first, "again %s", ccdk_sqs_queue_url(queue))});

    ccdk_stack *second = ccdk_stack_new(app, "Second", &(ccdk_stack_props){
        .account = account, .region = "eu-west-1", .cross_region_references = CCDK_TRUE});
    ccdk_cfn_output_new(second, "JobsArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(queue)});

    ccdk_stack *third = ccdk_stack_new(app, "Third", &(ccdk_stack_props){
        .account = account, .region = "ap-southeast-2", .cross_region_references = CCDK_TRUE});
    ccdk_cfn_output_new(third, "JobsUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    ccdk_cfn_output_new(third, "TopicName", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(topic, "TopicName")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
