/* Conformance case 'error-events-rule-too-many-targets': see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9});
    ccdk_events_rule_target *t[6];
    for (int i = 0; i < 6; i++)
        t[i] = ccdk_events_targets_lambda_function(fn, NULL);
    ccdk_events_rule_new(stack, "MyRule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(10)),
        .targets = CCDK_LIST(t[0], t[1], t[2], t[3], t[4], t[5])});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
