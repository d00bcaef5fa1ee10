/* Conformance case 'events-generated-names': see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>

#define G CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "EventsStack", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(a, "Bus", &(ccdk_events_event_bus_props){.event_bus_name = G});
    ccdk_events_event_bus *named = ccdk_events_event_bus_new(a, "NamedBus", &(ccdk_events_event_bus_props){.event_bus_name = "orders-bus"});
    ccdk_events_rule *rule = ccdk_events_rule_new(a, "Rule", &(ccdk_events_rule_props){
        .rule_name = G,
        .event_bus = bus,
        .event_pattern = ccdk_v_json(a, "{\"source\": [\"orders\"]}"),
    });
    ccdk_events_rule *local = ccdk_events_rule_new(a, "LocalRule", &(ccdk_events_rule_props){
        .rule_name = G,
        .schedule = ccdk_events_schedule_rate(a, ccdk_duration_hours(1)),
    });
    ccdk_cfn_output_new(a, "LocalRuleName", &(ccdk_cfn_output_props){.value = ccdk_events_rule_name(local)});

    ccdk_stack *b = ccdk_stack_new(app, "UserStack", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(b, "Publisher", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(b)});
    ccdk_events_event_bus_grant_put_events_to(bus, role);
    ccdk_events_event_bus_grant_put_events_to(named, role);
    ccdk_cfn_output_new(b, "BusName", &(ccdk_cfn_output_props){.value = ccdk_events_event_bus_name(bus)});
    ccdk_cfn_output_new(b, "RuleName", &(ccdk_cfn_output_props){.value = ccdk_events_rule_name(rule)});
    ccdk_cfn_output_new(b, "RuleArn", &(ccdk_cfn_output_props){.value = ccdk_events_rule_arn(rule)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
