/* Conformance case 'error-events-target-dlq-region': see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.region = "eu-west-1"});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.region = "eu-west-2"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack1, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack1, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack2, "Queue", NULL);
    ccdk_events_rule *rule = ccdk_events_rule_new(stack1, "Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack1, ccdk_duration_minutes(1))});
    ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
        .dead_letter_queue = queue}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
