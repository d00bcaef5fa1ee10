/* error: a topic's displayName of 101 characters (aws-sns/test/sns.test.ts: throw error when displayName is too long) */
#include <ccdk/iam.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    char name[102];
    for (int i = 0; i < 101; i++)
        name[i] = 'a';
    name[101] = 0;
    ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){.display_name = name});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
