/* Conformance case 'error-events-rule-cross-env-other-app': see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>

static ccdk_lambda_function *new_test_lambda(ccdk_stack *scope)
{
    return ccdk_lambda_function_new(scope, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(scope, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
    });
}

static ccdk_value *some_event(ccdk_stack *s)
{
    ccdk_value *pattern = ccdk_v_object(s);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(s), ccdk_v_string(s, "some-event")));
    return pattern;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *source = ccdk_stack_new(app, "SourceStack", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2"});
    ccdk_events_rule *rule = ccdk_events_rule_new(source, "Rule", &(ccdk_events_rule_props){.event_pattern = some_event(source)});
    ccdk_app *target_app = ccdk_app_new(NULL);
    ccdk_stack *target = ccdk_stack_new(target_app, "TargetStack", &(ccdk_stack_props){
        .account = "234567890123", .region = "us-west-2"});
    ccdk_lambda_function *fn = new_test_lambda(target);
    ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    ccdk_app_free(target_app);
    return rc ? 1 : 0;
}
