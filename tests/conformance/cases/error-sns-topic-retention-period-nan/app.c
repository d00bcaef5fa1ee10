/* Conformance case 'error-sns-topic-retention-period-nan': see app.js. */
#include <math.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE, .message_retention_period_in_days = CCDK_NUM(NAN)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
