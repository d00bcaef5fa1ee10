/* error: Match.allOf of a matcher that is not numeric: the error when the pattern is resolved (see app.js) */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_value *pattern = ccdk_v_object(s);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(s), ccdk_v_string(s, "my.app")));
    ccdk_v_set(pattern, "detail", ccdk_v_set(ccdk_v_object(s), "field", ccdk_events_match_all_of(s, (ccdk_events_matchers)CCDK_LIST(ccdk_events_match_greater_than(s, 1), ccdk_events_match_prefix_equals_ignore_case(s, "test")))));
    ccdk_events_rule_new(s, "Rule", &(ccdk_events_rule_props){.event_pattern = pattern});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
