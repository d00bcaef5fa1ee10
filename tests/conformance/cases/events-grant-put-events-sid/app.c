/* Conformance case 'events-grant-put-events-sid': see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-events:requireEventBusPolicySid", "true");
    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "Bus", NULL);
    ccdk_events_event_bus_grant_put_events_to_with_sid(bus, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
                                                       "AllowLambda");
    ccdk_events_event_bus_grant_put_events_to_with_sid(bus, ccdk_iam_account_principal(stack, "999999999999"),
                                                       "Allow.Other-Account_1");
    ccdk_events_event_bus_grant_put_events_to_with_sid(bus, ccdk_iam_service_principal(stack, "sns.amazonaws.com"),
                                                       "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_events_event_bus_grant_put_events_to_with_sid(bus, role, "Unused");
    ccdk_events_event_bus *imported =
        ccdk_events_event_bus_from_event_bus_arn(stack, "Imported", "arn:aws:events:us-east-1:999999999999:event-bus/other");
    ccdk_events_event_bus_grant_put_events_to_with_sid(imported, ccdk_iam_service_principal(stack, "sns.amazonaws.com"), "Sid1");
    ccdk_value *cond = ccdk_v_json(stack, "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-123\"}}");
    ccdk_events_event_bus_add_to_resource_policy(bus, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .sid = "Direct",
        .actions = CCDK_STRS("events:PutEvents", "events:PutRule"),
        .resources = CCDK_STRS(ccdk_events_event_bus_arn(bus)),
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
        .conditions = cond,
    }));
    ccdk_stack *off = ccdk_stack_new(app, "Off", NULL);
    ccdk_node_set_context(off, "@aws-cdk/aws-events:requireEventBusPolicySid", "false");
    ccdk_events_event_bus_grant_put_events_to_with_sid(ccdk_events_event_bus_new(off, "Bus", NULL),
                                                       ccdk_iam_service_principal(off, "lambda.amazonaws.com"), "Sid2");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
