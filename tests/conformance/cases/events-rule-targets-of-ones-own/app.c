/* events-rule-targets-of-ones-own: rule targets of one's own (ccdk_events_rule_target_of), see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "EventsRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "events.amazonaws.com")});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_events_rule_target *plain = ccdk_events_rule_target_of(stack, &(ccdk_events_rule_target_config){
        .arn = "arn:aws:sns:us-east-1:123456789012:plain", .id = ""});
    ccdk_events_rule *rule = ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(5)),
        .targets = CCDK_LIST(plain, ccdk_events_rule_target_of(stack, &(ccdk_events_rule_target_config){
                                        .arn = "arn:aws:sqs:us-east-1:123456789012:q", .id = "Named"})),
    });
    ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, NULL));
    ccdk_value *object = ccdk_v_object(stack);
    ccdk_v_set(object, "account", ccdk_v_string(stack, ccdk_events_event_field_account(stack)));
    ccdk_v_set(object, "fixed", ccdk_v_string(stack, "yes"));
    ccdk_events_rule_add_target(rule, ccdk_events_rule_target_of(stack, &(ccdk_events_rule_target_config){
        .arn = ccdk_sqs_queue_arn(queue),
        .role = role,
        .input = ccdk_events_rule_target_input_from_object(stack, object),
    }));
    ccdk_events_rule_add_target(rule, ccdk_events_rule_target_of(stack, &(ccdk_events_rule_target_config){
        .arn = "arn:aws:states:us-east-1:123456789012:stateMachine:sm",
        .id = "Machine",
        .input = ccdk_events_rule_target_input_from_text(stack, "hello"),
    }));
    ccdk_events_rule *other = ccdk_events_rule_new(stack, "Other", &(ccdk_events_rule_props){
        .event_pattern = ccdk_v_json(stack, "{\"source\": [\"aws.s3\"]}"),
    });
    ccdk_events_rule_add_target(other, plain);
    ccdk_events_rule_add_target(other, ccdk_events_rule_target_of(stack, &(ccdk_events_rule_target_config){
        .arn = "arn:aws:sqs:us-east-1:123456789012:detail",
        .input = ccdk_events_rule_target_input_from_event_path(stack, "$.detail"),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
