/* error: Rule.fromEventRuleArn of a string that is not an ARN (see app.js) */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_events_rule_from_event_rule_arn(stack, "Imported", "rule/example");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
