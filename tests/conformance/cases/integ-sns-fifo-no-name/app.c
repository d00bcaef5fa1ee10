/* Conformance case 'integ-sns-fifo-no-name': aws-cdk's integ.sns-fifo.no-name.ts (framework-integ/test/aws-sns);
 * dropped: the IntegTest */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-sns-fifo-1", NULL);

    ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
