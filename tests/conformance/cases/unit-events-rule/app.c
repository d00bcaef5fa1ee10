/* aws-events/test/rule.test.ts's synthesizing tests that ccdk expresses, a stack each (see app.js).
 * The event pattern's matchers are events.Match's (ccdk_events_match_*). */
#include <ccdk/events.h>
#include <ccdk/lambda.h>

static ccdk_value *five(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 5);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    { /* 'default rule' */
        ccdk_stack *stack = ccdk_stack_new(app, "DefaultRule", NULL);
        ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(10))});
    }
    { /* 'rule displays warning when minutes are not included in cron' */
        ccdk_stack *stack = ccdk_stack_new(app, "CronWithoutMinute", NULL);
        ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.hour = "8", .day = "1"})});
    }
    { /* 'rule does not display warning when minute is set to * in cron' */
        ccdk_stack *stack = ccdk_stack_new(app, "CronMinuteStar", NULL);
        ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "*", .hour = "8", .day = "1"})});
    }
    { /* 'can get rule name' */
        ccdk_stack *stack = ccdk_stack_new(app, "RuleName", NULL);
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(10))});
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "RuleName", ccdk_v_string(stack, ccdk_events_rule_name(rule)));
        ccdk_cfn_resource_new(stack, "Res", "Test::Resource", props);
    }
    { /* 'get rate as token' */
        ccdk_stack *stack = ccdk_stack_new(app, "MyScheduledStack", NULL);
        ccdk_duration lazy = ccdk_duration_minutes_token(ccdk_token_as_string(ccdk_lazy_value(stack, five, stack)));
        ccdk_events_rule_new(stack, "MyScheduledRule", &(ccdk_events_rule_props){
            .rule_name = "rateInMinutes", .schedule = ccdk_events_schedule_rate(stack, lazy)});
    }
    { /* 'rule with physical name' */
        ccdk_stack *stack = ccdk_stack_new(app, "PhysicalName", NULL);
        ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
            .rule_name = "PhysicalName", .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(10))});
    }
    { /* 'eventPattern is rendered properly' (bar: undefined is left out) */
        ccdk_stack *s = ccdk_stack_new(app, "EventPattern", NULL);
        ccdk_value *d = ccdk_v_json(s, "{\"foo\":[1,2],\"strings\":[\"foo\",\"bar\"]}");
        ccdk_v_set(d, "rangeMatcher", ccdk_events_match_interval(s, -1, 1));
        ccdk_v_set(d, "stringMatcher", ccdk_events_match_exact_string(s, "I am just a string"));
        ccdk_v_set(d, "prefixMatcher", ccdk_events_match_prefix(s, "aws."));
        ccdk_v_set(d, "ipAddress", ccdk_events_match_ip_address_range(s, "192.0.2.0/24"));
        ccdk_v_set(d, "shouldExist", ccdk_events_match_exists(s));
        ccdk_v_set(d, "shouldNotExist", ccdk_events_match_does_not_exist(s));
        ccdk_v_set(d, "numbers", ccdk_events_match_all_of(s, (ccdk_events_matchers)CCDK_LIST(
            ccdk_events_match_greater_than(s, 0), ccdk_events_match_less_than(s, 5))));
        ccdk_value *top = ccdk_v_object(s), *one_more = ccdk_v_object(s);
        ccdk_v_set(top, "deeper", ccdk_events_match_equal(s, 42));
        ccdk_v_set(one_more, "deepest", ccdk_events_match_any_of(s, (ccdk_events_matchers)CCDK_LIST(
            ccdk_events_match_less_than_or_equal(s, -1), ccdk_events_match_greater_than_or_equal(s, 1))));
        ccdk_v_set(top, "oneMoreLevel", one_more);
        ccdk_v_set(d, "topLevel", top);
        ccdk_v_set(d, "state", ccdk_events_match_anything_but(s, CCDK_STRS("initializing")));
        ccdk_v_set(d, "limit", ccdk_events_match_anything_but_numbers(s, (ccdk_events_numbers)CCDK_LIST(100.0, 200.0, 300.0)));
        ccdk_v_set(d, "notPrefixedBy", ccdk_events_match_anything_but_prefix(s, CCDK_STRS("sensitive-")));
        ccdk_value *pattern = ccdk_v_json(s, "{\"account\":[\"account1\",\"account2\"]}");
        ccdk_v_set(pattern, "detail", d);
        ccdk_value *rest = ccdk_v_json(s, "{\"detailType\":[\"detailType1\"],\"id\":[\"id1\",\"id2\"],"
                                          "\"region\":[\"region1\",\"region2\",\"region3\"],\"resources\":[\"r1\"],"
                                          "\"source\":[\"src1\",\"src2\"],\"time\":[\"t1\"],\"version\":[\"0\"]}");
        const char *keys[] = {"detailType", "id", "region", "resources", "source", "time", "version"};
        for (size_t k = 0; k < 7; k++)
            ccdk_v_set(pattern, keys[k], ccdk_v_get(rest, keys[k]));
        ccdk_events_rule_new(s, "MyRule", &(ccdk_events_rule_props){.event_pattern = pattern});
    }
    { /* 'addEventPattern can be used to add filters' */
        ccdk_stack *stack = ccdk_stack_new(app, "AddEventPattern", NULL);
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, "MyRule", NULL);
        ccdk_events_rule_add_event_pattern(rule, ccdk_v_json(stack,
            "{\"account\":[\"12345\"],\"detail\":{\"foo\":[\"hello\",\"bar\",\"hello\"]}}"));
        ccdk_events_rule_add_event_pattern(rule, ccdk_v_json(stack,
            "{\"source\":[\"aws.source\"],\"detail\":{\"foo\":[\"bar\",\"hello\"],\"goo\":{\"hello\":[\"world\"]}}}"));
    }
    { /* 'addEventPattern can de-duplicate filters and keep the order' */
        ccdk_stack *stack = ccdk_stack_new(app, "AddEventPatternDedup", NULL);
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, "MyRule", NULL);
        ccdk_events_rule_add_event_pattern(rule, ccdk_v_json(stack,
            "{\"detailType\":[\"AWS API Call via CloudTrail\",\"AWS API Call via CloudTrail\"]}"));
        ccdk_events_rule_add_event_pattern(rule, ccdk_v_json(stack,
            "{\"detailType\":[\"EC2 Instance State-change Notification\",\"AWS API Call via CloudTrail\"]}"));
    }
    { /* 'rule can be disabled' */
        ccdk_stack *stack = ccdk_stack_new(app, "RuleDisabled", NULL);
        ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_expression(stack, "foom"), .enabled = CCDK_FALSE});
    }
    { /* 'can add multiple targets with the same id' */
        ccdk_stack *stack = ccdk_stack_new(app, "SameIdTargets", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "bar",
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9});
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_expression(stack, "foom"), .enabled = CCDK_FALSE});
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));
    }
    { /* 'associate rule with event bus' */
        ccdk_stack *stack = ccdk_stack_new(app, "EventBusRule", NULL);
        ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "EventBus", NULL);
        ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
            .event_pattern = ccdk_v_json(stack, "{\"detail\":[\"detail\"]}"), .event_bus = bus});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
