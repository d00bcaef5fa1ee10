/* Conformance case 'integ-targets-lambda': aws-cdk's integ.events.ts (framework-integ/test/aws-events-targets/test/lambda); nothing dropped */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-events", NULL);

    /* Code.fromInline(`exports.handler = ${handler.toString()}`): the text of app.js's handler;
     * STANDARD_NODEJS_RUNTIME is NODEJS_18_X */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunc", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = function handler(event, _context, callback) {\n"
                                                    "  console.log(JSON.stringify(event, undefined, 2));\n"
                                                    "  return callback();\n"
                                                    "}"),
    });

    ccdk_events_rule *timer = ccdk_events_rule_new(stack, "Timer", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(1)),
    });
    ccdk_events_rule_add_target(timer, ccdk_events_targets_lambda_function(fn, NULL));

    ccdk_events_rule *timer2 = ccdk_events_rule_new(stack, "Timer2", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(2)),
    });
    ccdk_events_rule_add_target(timer2, ccdk_events_targets_lambda_function(fn, NULL));

    ccdk_events_rule *timer3 = ccdk_events_rule_new(stack, "Timer3", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(2)),
    });

    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);

    ccdk_events_rule_add_target(timer3, ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
        .dead_letter_queue = queue,
        .max_event_age = ccdk_duration_hours(2),
        .retry_attempts = CCDK_NUM(0),
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
