/* error: contentBasedDeduplication on a topic that is not FIFO */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_sns_topic_new(stack, "T", &(ccdk_sns_topic_props){.topic_name = "plain", .content_based_deduplication = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
