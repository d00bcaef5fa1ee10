/* error: two EventField paths of one key in a target's input (see app.js) */
#include <ccdk/events.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(s, "exports.handler = async () => 1;")});
    ccdk_value *o = ccdk_v_object(s);
    ccdk_v_set(o, "a", ccdk_v_string(s, ccdk_events_event_field_from_path(s, "$.a-b")));
    ccdk_v_set(o, "b", ccdk_v_string(s, ccdk_events_event_field_from_path(s, "$.a.b")));
    ccdk_events_rule_new(s, "Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(s, ccdk_duration_hours(1)),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
            .event = ccdk_events_rule_target_input_from_object(s, o)}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
