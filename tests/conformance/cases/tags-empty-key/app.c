/* Conformance case 'tags-empty-key': Tags.of(...).add("", value) is a tag like any other (see app.js). */
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_construct *group = ccdk_construct_new(stack, "Group");
    ccdk_sqs_queue_new(group, "Queue", NULL);
    ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_tags_add(group, "", "group");
    ccdk_tags_add(stack, "", "stack");
    ccdk_tags_add(stack, "b", "");
    ccdk_stack *other = ccdk_stack_new(app, "Other", NULL);
    ccdk_sqs_queue_new(other, "Queue", NULL);
    ccdk_tags_add(app, "", "ü");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
