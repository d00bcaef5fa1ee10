/* error: messageRetentionPeriodInDays on a standard topic (aws-sns/test/sns.test.ts: throw error when specify messageRetentionPeriodInDays to standard topic) */
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){.message_retention_period_in_days = CCDK_NUM(12)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
