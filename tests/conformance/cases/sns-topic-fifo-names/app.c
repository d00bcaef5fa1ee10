/* Conformance case 'sns-topic-fifo-names': FIFO topic names: a generated name (Names.uniqueResourceName) past
 * its 243-character human part under Default/Resource scopes in a stack with a stackName, an empty topicName (generated too), a given name already
 * ending in .fifo, and fifo/contentBasedDeduplication given as false */
#include <string.h>
#include <ccdk/sns.h>
int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack-With.Dots", &(ccdk_stack_props){.stack_name = "my-stack-name"});
    char l[131], xl[132];
    memset(l, 'L', 130); l[130] = 0;
    xl[0] = 'x'; strcpy(xl + 1, l);
    ccdk_construct *a = ccdk_construct_new(stack, l);
    ccdk_construct *b = ccdk_construct_new(a, "Default");
    ccdk_construct *c = ccdk_construct_new(b, "Resource");
    ccdk_sns_topic_new(c, xl, &(ccdk_sns_topic_props){.fifo = CCDK_TRUE});
    ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE, .topic_name = "already.fifo"});
    ccdk_sns_topic_new(stack, "Topic3", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE, .topic_name = ""});
    ccdk_sns_topic_new(stack, "Topic2", &(ccdk_sns_topic_props){.fifo = CCDK_FALSE, .content_based_deduplication = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
