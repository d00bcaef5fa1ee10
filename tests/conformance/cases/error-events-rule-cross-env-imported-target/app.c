/* Conformance case 'error-events-rule-cross-env-imported-target': see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>


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
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(source, "Imported",
                                                                      "arn:aws:lambda:us-west-1:123456789012:function:MyFn");
    ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
