/* error: a topic's signatureVersion "3" (aws-sns/test/sns.test.ts: throw with incorrect signatureVersion) */
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){.signature_version = "3"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
