/* error: a topic policy statement without actions, at synth (aws-sns/test/sns.test.ts: fails if topic policy has no actions) */
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_topic_add_to_resource_policy(topic, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn"))}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
