/* Seed README, Event Rule Target: events.Rule + targets.LambdaFunction. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    /* `declare const fn: lambda.Function;` in the example: a minimal one. */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_events_rule *rule = ccdk_events_rule_new(stack, "Schedule Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = "4"}),
    });
    ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
