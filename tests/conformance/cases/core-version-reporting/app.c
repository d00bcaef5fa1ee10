/* core-version-reporting: the CDKMetadata resource, its condition, unavailable regions, and
 * analytics_reporting false (plain CfnResources in the reported stacks: see app.js). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"aws:cdk:version-reporting", "true"})});
    ccdk_stack *agnostic = ccdk_stack_new(app, "Agnostic", NULL);
    ccdk_cfn_resource_new(agnostic, "Queue", "AWS::SQS::Queue", NULL);
    ccdk_cfn_resource_new(agnostic, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource_new(ccdk_stack_new(app, "Ireland", &(ccdk_stack_props){.region = "eu-west-1"}), "Queue", "AWS::SQS::Queue", NULL);
    ccdk_cfn_resource_new(ccdk_stack_new(app, "GovCloud", &(ccdk_stack_props){.region = "us-gov-west-1"}), "Queue", "AWS::SQS::Queue", NULL);
    ccdk_sqs_queue_new(ccdk_stack_new(app, "Quiet", &(ccdk_stack_props){.analytics_reporting = CCDK_FALSE}), "Queue", NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", NULL);
    ccdk_cfn_resource_new(ccdk_stack_new(stage, "Inner", NULL), "Queue", "AWS::SQS::Queue", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
