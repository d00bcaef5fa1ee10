/* Conformance case 'cloudwatch-actions-appscaling-sns': see app.js. Ported from aws-cdk:
 * aws-cloudwatch-actions/test/appscaling.test.ts and sns.test.ts. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/sns.h>

static ccdk_cloudwatch_alarm *henk(ccdk_stack *stack)
{
    return ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){.namespace_ = "AWS", .metric_name = "Henk"}),
        .evaluation_periods = CCDK_NUM(3),
        .threshold = CCDK_NUM(100),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ScalingAction", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W3030", "The dimension is not real.");
        ccdk_appscaling_scalable_target *target = ccdk_appscaling_scalable_target_new(stack, "Target", &(ccdk_appscaling_scalable_target_props){
            .min_capacity = CCDK_NUM(1),
            .max_capacity = CCDK_NUM(100),
            .resource_id = "asdf",
            .scalable_dimension = "height",
            .service_namespace = "custom-resource",
        });
        ccdk_appscaling_step_scaling_action *action = ccdk_appscaling_step_scaling_action_new(stack, "Action",
            &(ccdk_appscaling_step_scaling_action_props){.scaling_target = target});
        ccdk_cloudwatch_alarm_add_alarm_action(henk(stack), ccdk_cloudwatch_actions_application_scaling_action(action));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TopicAction", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_cloudwatch_alarm_add_alarm_action(henk(stack), ccdk_cloudwatch_actions_sns_action(topic));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
