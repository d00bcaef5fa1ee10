/* aws-events/test/rule.test.ts's synthesizing tests that ccdk expresses, a stack each (see app.js).
 * The event pattern's matchers (events.Match) are written as the JSON they render. */
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
    { /* 'eventPattern is rendered properly' */
        ccdk_stack *stack = ccdk_stack_new(app, "EventPattern", NULL);
        ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
            .event_pattern = ccdk_v_json(stack,
                "{\"account\":[\"account1\",\"account2\"],"
                "\"detail\":{\"foo\":[1,2],\"strings\":[\"foo\",\"bar\"],"
                "\"rangeMatcher\":[{\"numeric\":[\">=\",-1,\"<=\",1]}],"
                "\"stringMatcher\":[\"I am just a string\"],"
                "\"prefixMatcher\":[{\"prefix\":\"aws.\"}],"
                "\"ipAddress\":[{\"cidr\":\"192.0.2.0/24\"}],"
                "\"shouldExist\":[{\"exists\":true}],"
                "\"shouldNotExist\":[{\"exists\":false}],"
                "\"numbers\":[{\"numeric\":[\">\",0,\"<\",5]}],"
                "\"topLevel\":{\"deeper\":[{\"numeric\":[\"=\",42]}],"
                "\"oneMoreLevel\":{\"deepest\":[{\"numeric\":[\"<=\",-1]},{\"numeric\":[\">=\",1]}]}},"
                "\"state\":[{\"anything-but\":[\"initializing\"]}],"
                "\"limit\":[{\"anything-but\":[100,200,300]}],"
                "\"notPrefixedBy\":[{\"anything-but\":{\"prefix\":\"sensitive-\"}}]},"
                "\"detailType\":[\"detailType1\"],\"id\":[\"id1\",\"id2\"],"
                "\"region\":[\"region1\",\"region2\",\"region3\"],\"resources\":[\"r1\"],"
                "\"source\":[\"src1\",\"src2\"],\"time\":[\"t1\"],\"version\":[\"0\"]}"),
        });
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
