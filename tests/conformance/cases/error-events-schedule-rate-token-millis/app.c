/* Conformance case 'error-events-schedule-rate-token-millis': see app.js. */
#include <ccdk/events.h>

static ccdk_value *five(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 5);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_duration lazy = ccdk_duration_millis_token(ccdk_token_as_string(ccdk_lazy_value(stack, five, stack)));
    ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){.schedule = ccdk_events_schedule_rate(stack, lazy)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
