/* Conformance case 'unit-events-imports': Rule.fromEventRuleArn, EventBus.fromEventBusName /
 * fromEventBusAttributes and EventBus.grantAllPutEvents (see app.js). */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

static void output(ccdk_stack *s, const char *id, const char *value)
{
    ccdk_cfn_output_new(s, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *s = ccdk_stack_new(app, "Rules", NULL);
        ccdk_events_rule *imported = ccdk_events_rule_from_event_rule_arn(s, "ImportedRule", "arn:aws:events:us-east-2:123456789012:rule/example");
        output(s, "Arn", ccdk_events_rule_arn(imported));
        output(s, "Name", ccdk_events_rule_name(imported));
        ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(s, "RuleArn", NULL);
        ccdk_events_rule *token_rule = ccdk_events_rule_from_event_rule_arn(s, "TokenRule", ccdk_cfn_parameter_value_as_string(param));
        output(s, "TokenName", ccdk_events_rule_name(token_rule));
        output(s, "Account", ccdk_events_rule_env_account(imported));
        output(s, "Region", ccdk_events_rule_env_region(imported));
        output(s, "TokenAccount", ccdk_events_rule_env_account(token_rule));
        output(s, "TokenRegion", ccdk_events_rule_env_region(token_rule));
        ccdk_events_rule *own = ccdk_events_rule_new(s, "Own", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_rate(s, ccdk_duration_minutes(5))});
        output(s, "OwnAccount", ccdk_events_rule_env_account(own));
        output(s, "OwnRegion", ccdk_events_rule_env_region(own));
        ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(s, "exports.handler = async () => 1;")});
        ccdk_lambda_function_add_permission(fn, "FromRule", &(ccdk_lambda_permission){
            .principal = ccdk_iam_service_principal(s, "events.amazonaws.com"), .source_arn = ccdk_events_rule_arn(imported)});
    }
    {
        ccdk_stack *s = ccdk_stack_new(app, "Buses", NULL);
        ccdk_events_event_bus *by_name = ccdk_events_event_bus_from_event_bus_name(s, "ByName", "my-bus");
        ccdk_events_event_bus *by_attrs = ccdk_events_event_bus_from_event_bus_attributes(s, "ByAttrs", &(ccdk_events_event_bus_attributes){
            .event_bus_name = "other-bus", .event_bus_arn = "arn:aws:events:eu-west-1:111111111111:event-bus/other-bus"});
        output(s, "ByNameArn", ccdk_events_event_bus_arn(by_name));
        output(s, "ByNameName", ccdk_events_event_bus_name(by_name));
        output(s, "ByAttrsArn", ccdk_events_event_bus_arn(by_attrs));
        output(s, "ByAttrsName", ccdk_events_event_bus_name(by_attrs));
        ccdk_events_rule_new(s, "OnBus", &(ccdk_events_rule_props){
            .event_bus = by_name, .event_pattern = ccdk_v_json(s, "{\"source\":[\"my.app\"]}")});
        ccdk_iam_role *role = ccdk_iam_role_new(s, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(s, "lambda.amazonaws.com")});
        ccdk_events_event_bus_grant_put_events_to(by_name, role);
        ccdk_events_event_bus_grant_put_events_to(by_attrs, role);
    }
    {
        ccdk_stack *s = ccdk_stack_new(app, "GrantAll", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(s, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(s, "lambda.amazonaws.com")});
        ccdk_events_event_bus_grant_all_put_events(role);
        ccdk_iam_user *user = ccdk_iam_user_new(s, "User", NULL);
        ccdk_events_event_bus_grant_all_put_events(user);
        ccdk_events_event_bus_grant_all_put_events(ccdk_iam_service_principal(s, "sns.amazonaws.com"));
    }
    {
        ccdk_stack *s = ccdk_stack_new(app, "Env", &(ccdk_stack_props){.account = "123456789012", .region = "us-west-2"});
        ccdk_events_event_bus *by_name = ccdk_events_event_bus_from_event_bus_name(s, "ByName", "env-bus");
        output(s, "Arn", ccdk_events_event_bus_arn(by_name));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
