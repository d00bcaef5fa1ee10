/* aws-applicationautoscaling's step-scaling-policy.test.ts and a Lambda alias's provisioned
 * concurrency on a ScalableTarget of its own (see app.js). */
#include <stdio.h>

#include <ccdk/appscaling.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_appscaling_scalable_target *create_scalable_target(ccdk_stack *stack)
{
    return ccdk_appscaling_scalable_target_new(stack, "Target", &(ccdk_appscaling_scalable_target_props){
        .service_namespace = "dynamodb", .scalable_dimension = "dynamodb:table:ReadCapacityUnits",
        .resource_id = "table/test", .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(20)});
}

static ccdk_cloudwatch_metric *metric(ccdk_stack *stack, const char *name, const char *statistic)
{
    return ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = name, .statistic = statistic});
}

#define STEPS                                                                                        \
    CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(0), .change = -1},              \
                 {.lower = CCDK_NUM(100), .change = +1}, {.lower = CCDK_NUM(500), .change = +5})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    { /* 'test step scaling on metric' */
        ccdk_stack *stack = ccdk_stack_new(app, "StepScalingOnMetric", NULL);
        ccdk_appscaling_scalable_target_scale_on_metric(create_scalable_target(stack), "Tracking",
            &(ccdk_appscaling_step_scaling_policy_props){.metric = metric(stack, "Metric", NULL), .scaling_steps = STEPS});
    }
    { /* 'step scaling from percentile metric' */
        ccdk_stack *stack = ccdk_stack_new(app, "PercentileMetric", NULL);
        ccdk_appscaling_scalable_target_scale_on_metric(create_scalable_target(stack), "Tracking",
            &(ccdk_appscaling_step_scaling_policy_props){.metric = metric(stack, "Metric", "p99"), .scaling_steps = STEPS});
    }
    { /* 'step scaling with evaluation period configured' */
        ccdk_stack *stack = ccdk_stack_new(app, "EvaluationPeriods", NULL);
        ccdk_appscaling_scalable_target_scale_on_metric(create_scalable_target(stack), "Tracking",
            &(ccdk_appscaling_step_scaling_policy_props){.metric = metric(stack, "Metric", "p99"), .scaling_steps = STEPS,
                .evaluation_periods = CCDK_NUM(10), .metric_aggregation_type = CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MAXIMUM});
    }
    { /* 'step scaling with evaluation period & data points to alarm configured' */
        ccdk_stack *stack = ccdk_stack_new(app, "DatapointsToAlarm", NULL);
        ccdk_appscaling_scalable_target_scale_on_metric(create_scalable_target(stack), "Tracking",
            &(ccdk_appscaling_step_scaling_policy_props){.metric = metric(stack, "Metric", "p99"), .scaling_steps = STEPS,
                .evaluation_periods = CCDK_NUM(10), .datapoints_to_alarm = CCDK_NUM(6),
                .metric_aggregation_type = CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MAXIMUM});
    }
    { /* intervals */
        ccdk_stack *stack = ccdk_stack_new(app, "Intervals", NULL);
        ccdk_appscaling_scalable_target *target = create_scalable_target(stack);
        ccdk_appscaling_scalable_target_scale_on_metric(target, "UpperOnly", &(ccdk_appscaling_step_scaling_policy_props){
            .metric = metric(stack, "Success", "Maximum"),
            .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval,
                {.lower = CCDK_NUM(10), .upper = CCDK_NUM(20), .change = 0},
                {.lower = CCDK_NUM(30), .upper = CCDK_NUM(50), .change = 2}, {.lower = CCDK_NUM(50), .change = 4})});
        ccdk_appscaling_scalable_target_scale_on_metric(target, "LowerOnly", &(ccdk_appscaling_step_scaling_policy_props){
            .metric = metric(stack, "Success", "min"),
            .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(5), .change = -3},
                {.lower = CCDK_NUM(5), .upper = CCDK_NUM(12.5), .change = -1})});
        ccdk_appscaling_scalable_target_scale_on_metric(target, "NoGap", &(ccdk_appscaling_step_scaling_policy_props){
            .metric = metric(stack, "Success", "Sum"),
            .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(10), .change = -2},
                {.lower = CCDK_NUM(10), .upper = CCDK_NUM(20), .change = -1},
                {.lower = CCDK_NUM(20), .upper = CCDK_NUM(30), .change = 1}, {.lower = CCDK_NUM(30), .change = 3})});
        ccdk_appscaling_scalable_target_scale_on_metric(target, "Exact", &(ccdk_appscaling_step_scaling_policy_props){
            .metric = metric(stack, "Success", NULL),
            .adjustment_type = CCDK_APPSCALING_ADJUSTMENT_TYPE_EXACT_CAPACITY,
            .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(10), .change = 0},
                {.lower = CCDK_NUM(50), .change = 10})});
    }
    { /* a Lambda alias's provisioned concurrency */
        ccdk_stack *stack = ccdk_stack_new(app, "LambdaAlias", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
        ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn)});
        char resource_id[256], resource[256];
        snprintf(resource_id, sizeof resource_id, "function:%s:%s", ccdk_lambda_function_name(fn), ccdk_lambda_alias_name(alias));
        ccdk_appscaling_scalable_target *target = ccdk_appscaling_scalable_target_new(stack, "AliasTarget",
            &(ccdk_appscaling_scalable_target_props){
                .service_namespace = "lambda", .scalable_dimension = "lambda:function:ProvisionedConcurrency",
                .resource_id = resource_id, .min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(50)});
        ccdk_appscaling_scalable_target_add_to_role_policy(target, ccdk_iam_policy_statement_new(stack,
            &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("lambda:GetProvisionedConcurrencyConfig"),
                                               .resources = CCDK_STRS("*")}));
        ccdk_appscaling_step_scaling_policy *policy = ccdk_appscaling_scalable_target_scale_on_metric(target, "OnInvocations",
            &(ccdk_appscaling_step_scaling_policy_props){
                .metric = ccdk_lambda_function_metric_invocations(alias, &(ccdk_cloudwatch_metric_options){
                    .period = ccdk_duration_minutes(1)}),
                .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(10), .change = -20},
                    {.lower = CCDK_NUM(100), .change = 25}, {.lower = CCDK_NUM(400), .change = 60}),
                .adjustment_type = CCDK_APPSCALING_ADJUSTMENT_TYPE_PERCENT_CHANGE_IN_CAPACITY,
                .cooldown = ccdk_duration_minutes(2), .min_adjustment_magnitude = CCDK_NUM(2),
                .evaluation_periods = CCDK_NUM(3), .datapoints_to_alarm = CCDK_NUM(2)});
        ccdk_cfn_output_new(stack, "UpperArn", &(ccdk_cfn_output_props){
            .value = ccdk_appscaling_step_scaling_action_scaling_policy_arn(ccdk_appscaling_step_scaling_policy_upper_action(policy))});
        ccdk_cfn_output_new(stack, "LowerAlarm", &(ccdk_cfn_output_props){
            .value = ccdk_cloudwatch_alarm_arn(ccdk_appscaling_step_scaling_policy_lower_alarm(policy))});
        snprintf(resource, sizeof resource, "%s:prod", ccdk_lambda_function_name(fn));
        ccdk_appscaling_scalable_target_scale_to_track_metric(target, "OnDuration", &(ccdk_appscaling_target_tracking_props){
            .target_value = CCDK_NUM(250),
            .custom_metric = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
                .namespace_ = "AWS/Lambda", .metric_name = "Duration", .statistic = "Average", .unit = "Milliseconds",
                .dimensions = CCDK_KVS({"FunctionName", ccdk_lambda_function_name(fn)}, {"Resource", resource})}),
            .scale_in_cooldown = ccdk_duration_seconds(60), .disable_scale_in = CCDK_FALSE});
        ccdk_appscaling_scalable_target_scale_to_track_metric(target, "OnUtilization", &(ccdk_appscaling_target_tracking_props){
            .target_value = CCDK_NUM(0.7), .predefined_metric = "LambdaProvisionedConcurrencyUtilization",
            .policy_name = "utilization"});
        ccdk_appscaling_scalable_target_scale_on_schedule(target, "Night", &(ccdk_appscaling_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "22", .minute = "0"}),
            .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(5)});
        ccdk_cfn_output_new(stack, "TargetId", &(ccdk_cfn_output_props){.value = ccdk_appscaling_scalable_target_id(target)});
        ccdk_appscaling_step_scaling_action *action = ccdk_appscaling_step_scaling_action_new(stack, "Action",
            &(ccdk_appscaling_step_scaling_action_props){
                .scaling_target = target, .metric_aggregation_type = CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MINIMUM,
                .cooldown = ccdk_duration_seconds(30)});
        ccdk_appscaling_step_scaling_action_add_adjustment(action, &(ccdk_appscaling_adjustment_tier){
            .adjustment = 1, .lower_bound = CCDK_NUM(0), .upper_bound = CCDK_NUM(10)});
        ccdk_appscaling_step_scaling_action_add_adjustment(action, &(ccdk_appscaling_adjustment_tier){
            .adjustment = 3, .lower_bound = CCDK_NUM(10)});
        ccdk_appscaling_step_scaling_action_new(stack, "EmptyAction", &(ccdk_appscaling_step_scaling_action_props){
            .scaling_target = target, .policy_name = "empty"});
        ccdk_appscaling_scalable_target *imported = ccdk_appscaling_scalable_target_from_scalable_target_attributes(stack,
            "Imported", &(ccdk_appscaling_scalable_target_attributes){
                .scalable_target_id = "function:other:live|lambda:function:ProvisionedConcurrency|lambda",
                .scalable_dimension = "lambda:function:ProvisionedConcurrency", .service_namespace = "lambda"});
        ccdk_appscaling_step_scaling_action_add_adjustment(
            ccdk_appscaling_step_scaling_action_new(stack, "ImportedAction", &(ccdk_appscaling_step_scaling_action_props){
                .scaling_target = imported, .adjustment_type = CCDK_APPSCALING_ADJUSTMENT_TYPE_EXACT_CAPACITY}),
            &(ccdk_appscaling_adjustment_tier){.adjustment = 4, .upper_bound = CCDK_NUM(0)});
        ccdk_appscaling_scalable_target_from_scalable_target_id(stack, "ById", "some-id");
        ccdk_iam_role *role = ccdk_iam_role_from_role_arn(stack, "Role", "arn:aws:iam::123456789012:role/scaling");
        ccdk_appscaling_scalable_target_new(stack, "WithRole", &(ccdk_appscaling_scalable_target_props){
            .service_namespace = "lambda", .scalable_dimension = "lambda:function:ProvisionedConcurrency",
            .resource_id = "function:other:live", .min_capacity = CCDK_NUM(0), .max_capacity = CCDK_NUM(1), .role = role});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
