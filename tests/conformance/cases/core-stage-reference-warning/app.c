/* Cross-stack references in the App, in a Stage and in a Stage nested in it, and in a second Stage:
 * the Stages are synthesized first (innermost first) and the App's stacks last, so the App-wide
 * "No cross-stack-reference strength configured" warning goes to Beta/Inner/Consumer. */
#include <ccdk/core.h>

/* (a macro: CCDK_SCOPE takes the scope's own type; the producer is made first) */
#define pair(scope)                                                                                      \
    do {                                                                                                 \
        ccdk_stack *producer_ = ccdk_stack_new(scope, "Producer", NULL);                                 \
        pair_(producer_, ccdk_stack_new(scope, "Consumer", NULL));                                       \
    } while (0)

static void pair_(ccdk_stack *producer, ccdk_stack *consumer)
{
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(producer, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_output_new(consumer, "TopicArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(topic, "TopicArn")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    pair(app);
    ccdk_stage *beta = ccdk_stage_new(app, "Beta", NULL);
    pair(beta);
    ccdk_stage *inner = ccdk_stage_new(beta, "Inner", NULL);
    pair(inner);
    ccdk_stage *gamma = ccdk_stage_new(app, "Gamma", NULL);
    pair(gamma);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
