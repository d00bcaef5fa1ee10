/* A queue of a us-east-1 stack read by a stack of eu-west-1 (same account) with
 * @aws-cdk/core:defaultCrossStackReferences "both": Fn::GetStackOutput without a role, and the
 * producer's ExportWriter writes the values into SSM parameters of eu-west-1. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/core:defaultCrossStackReferences", "\"both\""}),
    });
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Jobs", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1", .cross_region_references = CCDK_TRUE});
    ccdk_cfn_output_new(consumer, "JobsUrl", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    ccdk_cfn_output_new(consumer, "JobsArn", &(ccdk_cfn_output_props){.value = ccdk_fmt(consumer, "arn is %s", ccdk_sqs_queue_arn(queue))});
    ccdk_cfn_output_new(consumer, "JobsUrlAgain", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_url(queue)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
