/* A stack in a Stage references a topic of a stack of the App: aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *top = ccdk_stack_new(app, "Top", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(top, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *consumer = ccdk_stack_new(prod, "Consumer", NULL);
    ccdk_cfn_output_new(consumer, "TopicArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(topic, "TopicArn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
