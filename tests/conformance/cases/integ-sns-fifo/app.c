/* Conformance case 'integ-sns-fifo': aws-cdk's integ.sns-fifo.ts (framework-integ/test/aws-sns); nothing dropped */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "SNSFifoInteg", NULL);

    ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){
        .topic_name = "fooTopic",
        .display_name = "fooDisplayName",
        .content_based_deduplication = CCDK_TRUE,
        .fifo = CCDK_TRUE,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
