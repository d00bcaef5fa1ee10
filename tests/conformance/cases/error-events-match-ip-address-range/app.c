/* error: Match.ipAddressRange of an IPv4 range with a prefix length above 32 (see app.js) */
#include <ccdk/events.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_value *pattern = ccdk_v_object(s);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(s), ccdk_v_string(s, "my.app")));
    ccdk_v_set(pattern, "detail", ccdk_v_set(ccdk_v_object(s), "field", ccdk_events_match_ip_address_range(s, "10.0.0.0/33")));
    ccdk_events_rule_new(s, "Rule", &(ccdk_events_rule_props){.event_pattern = pattern});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
