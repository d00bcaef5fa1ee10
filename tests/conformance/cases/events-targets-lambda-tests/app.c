/* targets.LambdaFunction as aws-events-targets' lambda tests use it: see app.js. */
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/sqs.h>

static ccdk_lambda_function *new_test_lambda(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(scope, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
    });
}

static ccdk_events_schedule *minute(ccdk_stack *stack)
{
    return ccdk_events_schedule_rate(stack, ccdk_duration_minutes(1));
}

static ccdk_value *key_object(ccdk_stack *stack, const char *value)
{
    return ccdk_v_set(ccdk_v_object(stack), "key", ccdk_v_string(stack, value));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TwoRules", NULL);
        ccdk_lambda_function *fn = new_test_lambda(stack, "MyLambda");
        ccdk_events_rule *rule1 = ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){.schedule = minute(stack)});
        ccdk_events_rule *rule2 = ccdk_events_rule_new(stack, "Rule2", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(5))});
        ccdk_events_rule_add_target(rule1, ccdk_events_targets_lambda_function(fn, NULL));
        ccdk_events_rule_add_target(rule2, ccdk_events_targets_lambda_function(fn, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SameTwice", NULL);
        ccdk_lambda_function *fn = new_test_lambda(stack, "MyLambda");
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){.schedule = minute(stack)});
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
            .event_object = key_object(stack, "value1")}));
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
            .event_object = key_object(stack, "value2")}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TwoFunctions", NULL);
        ccdk_lambda_function *fn1 = new_test_lambda(stack, "MyLambda");
        ccdk_lambda_function *fn2 = new_test_lambda(stack, "MyLambda2");
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){.schedule = minute(stack)});
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn1, &(ccdk_events_lambda_function_target_props){
            .event_object = key_object(stack, "value1")}));
        ccdk_value *list = ccdk_v_list(stack);
        ccdk_v_push(list, ccdk_v_string(stack, "a"));
        ccdk_v_push(list, ccdk_v_bool(stack, 1));
        ccdk_v_push(list, ccdk_v_null(stack));
        ccdk_value *obj = key_object(stack, "value2");
        ccdk_v_set(obj, "n", ccdk_v_number(stack, 3));
        ccdk_v_set(obj, "list", list);
        ccdk_v_set(obj, "arn", ccdk_v_string(stack, ccdk_lambda_function_arn(fn2)));
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn2, &(ccdk_events_lambda_function_target_props){
            .event_object = obj}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Singleton", NULL);
        ccdk_lambda_singleton_function *fn = ccdk_lambda_singleton_function_new(stack, "MyLambda",
            &(ccdk_lambda_singleton_function_props){
                .uuid = "uuid",
                .function = {
                    .code = ccdk_lambda_code_from_inline(stack, "foo"),
                    .handler = "bar",
                    .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
                },
            });
        ccdk_events_rule *rule = ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){.schedule = minute(stack)});
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
            .event_object = key_object(stack, "value1")}));
        ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
            .event_object = key_object(stack, "value2")}));
    }
    {
        ccdk_stack *lambda_stack = ccdk_stack_new(app, "LambdaStack", NULL);
        ccdk_lambda_function *fn = new_test_lambda(lambda_stack, "MyLambda");
        ccdk_stack *event_stack = ccdk_stack_new(app, "EventStack", NULL);
        ccdk_events_rule_new(event_stack, "Rule", &(ccdk_events_rule_props){
            .schedule = minute(event_stack),
            .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, NULL)),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
        ccdk_lambda_function *fn = new_test_lambda(stack, "MyLambda");
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
            .schedule = minute(stack),
            .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
                .dead_letter_queue = queue})),
        });
    }
    {
        ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.region = "eu-west-1", .account = "111111111111"});
        ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.region = "eu-west-1", .account = "222222222222"});
        ccdk_lambda_function *fn = new_test_lambda(stack1, "MyLambda");
        ccdk_sqs_queue *queue = ccdk_sqs_queue_from_queue_arn(stack2, "Queue", "arn:aws:sqs:eu-west-1:444455556666:queue1");
        ccdk_events_rule_new(stack1, "Rule", &(ccdk_events_rule_props){
            .schedule = minute(stack1),
            .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
                .dead_letter_queue = queue})),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Retry", NULL);
        ccdk_lambda_function *fn = new_test_lambda(stack, "MyLambda");
        ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
            .schedule = minute(stack),
            .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
                .retry_attempts = CCDK_NUM(2), .max_event_age = ccdk_duration_hours(2)})),
        });
        ccdk_events_rule_new(stack, "Rule2", &(ccdk_events_rule_props){
            .schedule = minute(stack),
            .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
                .retry_attempts = CCDK_NUM(0)})),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
