/* Conformance case 'cloudwatch-actions-lambda-tests': cloudwatch_actions.LambdaAction, a stack per
 * test (see app.js). Ported from aws-cdk: aws-cloudwatch-actions/test/lambda.test.ts. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>

static const char code[] = "\n"
                           "def handler(event, context):\n"
                           "  print('event:', event)\n"
                           "  print('.............................................')\n"
                           "  print('context:', context)";

static ccdk_lambda_function *alarm_lambda(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .function_name = "alarmLambda",
        .code = ccdk_lambda_code_from_inline(scope, code),
        .handler = "index.handler",
    });
}

static ccdk_cloudwatch_alarm *alarm(ccdk_stack *scope, const char *id, const char *metric_name)
{
    return ccdk_cloudwatch_alarm_new(scope, id, &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(scope, &(ccdk_cloudwatch_metric_props){.namespace_ = "AWS", .metric_name = metric_name}),
        .evaluation_periods = CCDK_NUM(3),
        .threshold = CCDK_NUM(100),
    });
}

#define ACTION(fn) ccdk_cloudwatch_actions_lambda_action(fn, NULL)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* 'can use lambda as alarm action' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "LambdaAction", NULL);
        ccdk_cloudwatch_alarm *a = alarm(stack, "Alarm", "Test");
        ccdk_cloudwatch_alarm_add_alarm_action(a, ACTION(alarm_lambda(stack, "alarmLambda")));
    }
    /* 'can use lambda alias as alarm action' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AliasAction", NULL);
        ccdk_cloudwatch_alarm *a = alarm(stack, "Alarm", "Test");
        ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(alarm_lambda(stack, "alarmLambda"), "aliasName", NULL);
        ccdk_cloudwatch_alarm_add_alarm_action(a, ACTION(alias));
    }
    /* 'can use lambda version as alarm action' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "VersionAction", NULL);
        ccdk_cloudwatch_alarm *a = alarm(stack, "Alarm", "Test");
        ccdk_cloudwatch_alarm_add_alarm_action(a, ACTION(ccdk_lambda_function_current_version(alarm_lambda(stack, "alarmLambda"))));
    }
    /* 'can create multiple alarms for the same lambda if feature flag is set' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MultipleAlarms", NULL);
        ccdk_node_set_context(stack, "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction", "true");
        ccdk_cloudwatch_alarm *alarms[] = {alarm(stack, "Alarm1", "Test"), alarm(stack, "Alarm2", "Test2")};
        ccdk_lambda_function *fn = alarm_lambda(stack, "alarmLambda");
        for (int i = 0; i < 2; i++) {
            ccdk_cloudwatch_alarm_add_alarm_action(alarms[i], ACTION(fn));
            ccdk_cloudwatch_alarm_add_ok_action(alarms[i], ACTION(fn));
            ccdk_cloudwatch_alarm_add_insufficient_data_action(alarms[i], ACTION(fn));
        }
    }
    /* 'can create alarms of multiple step scaling policy for the same lambda if useUniquePermissionId is set' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "StepScaling", NULL);
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
        ccdk_appscaling_step_scaling_policy *policy1 = ccdk_appscaling_scalable_target_scale_on_metric(target, "Policy1",
            &(ccdk_appscaling_step_scaling_policy_props){
                .metric = ccdk_dynamodb_table_metric_consumed_read_capacity_units(table, NULL),
                .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {CCDK_NUM(0), CCDK_NUM(1), -1},
                                              {.lower = CCDK_NUM(5), .change = +1}),
            });
        ccdk_appscaling_step_scaling_policy *policy2 = ccdk_appscaling_scalable_target_scale_on_metric(target, "Policy2",
            &(ccdk_appscaling_step_scaling_policy_props){
                .metric = ccdk_dynamodb_table_metric_consumed_read_capacity_units(table, NULL),
                .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {CCDK_NUM(0), CCDK_NUM(2), -1},
                                              {.lower = CCDK_NUM(6), .change = +1}),
            });
        const ccdk_cloudwatch_actions_lambda_action_props unique = {.use_unique_permission_id = CCDK_TRUE};
        ccdk_cloudwatch_alarm_action *action1 = ccdk_cloudwatch_actions_lambda_action(alarm_lambda(stack, "alarmLambda"), &unique);
        ccdk_cloudwatch_alarm_action *action2 = ccdk_cloudwatch_actions_lambda_action(alarm_lambda(stack, "alarmLambda2"), &unique);
        ccdk_cloudwatch_alarm_add_alarm_action(ccdk_appscaling_step_scaling_policy_lower_alarm(policy1), action1);
        ccdk_cloudwatch_alarm_add_alarm_action(ccdk_appscaling_step_scaling_policy_lower_alarm(policy2), action1);
        ccdk_cloudwatch_alarm_add_alarm_action(ccdk_appscaling_step_scaling_policy_lower_alarm(policy1), action2);
        ccdk_cloudwatch_alarm_add_alarm_action(ccdk_appscaling_step_scaling_policy_lower_alarm(policy2), action2);
    }
    /* 'can use same lambda for same action multiple time' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SameTwice", NULL);
        ccdk_cloudwatch_alarm *a = alarm(stack, "Alarm", "Test");
        ccdk_lambda_function *fn = alarm_lambda(stack, "alarmLambda");
        ccdk_cloudwatch_alarm_add_alarm_action(a, ACTION(fn));
        ccdk_cloudwatch_alarm_add_alarm_action(a, ACTION(fn));
    }
    /* beyond the test file: a singleton, an imported alarm, a composite alarm, useUniquePermissionId false */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Others", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
        ccdk_lambda_singleton_function *single = ccdk_lambda_singleton_function_new(stack, "Single", &(ccdk_lambda_singleton_function_props){
            .uuid = "a1b2c3",
            .function = {.runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12, .handler = "index.handler",
                         .code = ccdk_lambda_code_from_inline(stack, code)},
        });
        ccdk_cloudwatch_alarm *a = alarm(stack, "Alarm", "Test");
        ccdk_cloudwatch_alarm_add_ok_action(a, ccdk_cloudwatch_actions_lambda_action(single,
            &(ccdk_cloudwatch_actions_lambda_action_props){.use_unique_permission_id = CCDK_FALSE}));
        ccdk_cloudwatch_alarm *imported = ccdk_cloudwatch_alarm_from_alarm_arn(stack, "Imported",
                                                                               "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:Other");
        ccdk_cloudwatch_alarm_add_alarm_action(imported, ccdk_cloudwatch_actions_lambda_action(single,
            &(ccdk_cloudwatch_actions_lambda_action_props){.use_unique_permission_id = CCDK_TRUE}));
        ccdk_cloudwatch_alarm *composite = ccdk_cloudwatch_composite_alarm_new(stack, "Composite", &(ccdk_cloudwatch_composite_alarm_props){
            .alarm_rule = ccdk_cloudwatch_alarm_rule_from_alarm(a, CCDK_CW_ALARM_STATE_ALARM),
        });
        ccdk_lambda_function *fn = alarm_lambda(stack, "Fn");
        ccdk_cloudwatch_alarm_add_alarm_action(composite, ACTION(fn));
        ccdk_cloudwatch_alarm_add_insufficient_data_action(composite, ACTION(fn));
    }
    /* the warning without the throw (see app.js) */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WarningPath", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
        ccdk_lambda_function *imported = ccdk_lambda_function_from_function_arn(stack, "Imported",
                                                                                "arn:aws:lambda:eu-west-1:111111111111:function:Other");
        ccdk_construct_new(CCDK_CONSTRUCT(imported), "AlarmPermission");
        ccdk_cloudwatch_alarm_add_alarm_action(alarm(stack, "Alarm", "Test"), ACTION(imported));
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
