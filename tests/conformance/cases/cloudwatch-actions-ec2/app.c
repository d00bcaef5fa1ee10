/* Conformance case 'cloudwatch-actions-ec2': see app.js. Ported from aws-cdk:
 * aws-cloudwatch-actions/test/ec2.test.ts. */
#include <ccdk/cloudwatch.h>

static ccdk_cloudwatch_alarm *alarm(ccdk_stack *stack)
{
    return ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "AWS/EC2",
            .metric_name = "StatusCheckFailed",
            .dimensions = CCDK_KVS({"InstanceId", "i-03cb889aaaafffeee"}),
        }),
        .evaluation_periods = CCDK_NUM(3),
        .threshold = CCDK_NUM(100),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Reboot", NULL);
        ccdk_cloudwatch_alarm_add_alarm_action(alarm(stack), ccdk_cloudwatch_actions_ec2_action(stack, CCDK_CW_EC2_INSTANCE_ACTION_REBOOT));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "InRegion", &(ccdk_stack_props){.region = "cn-north-1"});
        ccdk_cloudwatch_alarm *a = alarm(stack);
        ccdk_cloudwatch_alarm_add_alarm_action(a, ccdk_cloudwatch_actions_ec2_action(stack, CCDK_CW_EC2_INSTANCE_ACTION_STOP));
        ccdk_cloudwatch_alarm_add_ok_action(a, ccdk_cloudwatch_actions_ec2_action(stack, CCDK_CW_EC2_INSTANCE_ACTION_TERMINATE));
        ccdk_cloudwatch_alarm_add_insufficient_data_action(a, ccdk_cloudwatch_actions_ec2_action(stack, CCDK_CW_EC2_INSTANCE_ACTION_RECOVER));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
