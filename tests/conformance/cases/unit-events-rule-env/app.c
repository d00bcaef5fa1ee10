/* Conformance case 'unit-events-rule-env': see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>

static ccdk_lambda_function *named_lambda(ccdk_stack *scope)
{
    return ccdk_lambda_function_new(scope, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(scope, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .function_name = "my-function",
    });
}

static ccdk_events_rule *some_event_rule(ccdk_stack *s)
{
    ccdk_value *pattern = ccdk_v_object(s);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(s), ccdk_v_string(s, "some-event")));
    return ccdk_events_rule_new(s, "Rule", &(ccdk_events_rule_props){.event_pattern = pattern});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_events_rule *rule = some_event_rule(ccdk_stack_new(app, "AgnosticSource", NULL));
        ccdk_stack *target = ccdk_stack_new(app, "AccountTarget", &(ccdk_stack_props){.account = "234567890123"});
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(named_lambda(target), NULL));
    }
    {
        ccdk_events_rule *rule = some_event_rule(ccdk_stack_new(app, "AccountSource", &(ccdk_stack_props){
            .account = "123456789012"}));
        ccdk_stack *target = ccdk_stack_new(app, "AgnosticTarget", NULL);
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(named_lambda(target), NULL));
    }
    {
        ccdk_stack *source = ccdk_stack_new(app, "SourceStack", &(ccdk_stack_props){
            .account = "123456789012", .region = "us-west-2"});
        ccdk_events_rule *rule = some_event_rule(source);
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(source, "Imported",
                                                                          "arn:aws:lambda:us-west-2:123456789012:function:MyFn");
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
