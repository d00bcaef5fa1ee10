/* Conformance case 'error-cloudwatch-lambda-action-step-scaling': see app.js. Ported from aws-cdk:
 * aws-cloudwatch-actions/test/lambda.test.ts. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    ccdk_appscaling_scalable_target *target = ccdk_appscaling_scalable_target_new(stack, "Target", &(ccdk_appscaling_scalable_target_props){
        .service_namespace = "dynamodb",
        .resource_id = ccdk_fmt(stack, "table/%s", ccdk_dynamodb_table_name(table)),
        .scalable_dimension = "dynamodb:table:ReadCapacityUnits",
        .min_capacity = CCDK_NUM(1),
        .max_capacity = CCDK_NUM(10),
    });
    ccdk_appscaling_step_scaling_policy *policies[2];
    for (int i = 0; i < 2; i++)
        policies[i] = ccdk_appscaling_scalable_target_scale_on_metric(target, i ? "Policy2" : "Policy1",
            &(ccdk_appscaling_step_scaling_policy_props){
                .metric = ccdk_dynamodb_table_metric_consumed_read_capacity_units(table, NULL),
                .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {CCDK_NUM(0), CCDK_NUM(1), -1},
                                              {.lower = CCDK_NUM(5), .change = +1}),
            });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "alarmLambda", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .function_name = "alarmLambda",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n  pass"),
        .handler = "index.handler",
    });
    ccdk_cloudwatch_alarm_action *action = ccdk_cloudwatch_actions_lambda_action(fn, NULL);
    ccdk_cloudwatch_alarm_add_alarm_action(ccdk_appscaling_step_scaling_policy_lower_alarm(policies[0]), action);
    ccdk_cloudwatch_alarm_add_alarm_action(ccdk_appscaling_step_scaling_policy_lower_alarm(policies[1]), action);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
