/* Conformance case 'cloudwatch-actions-ssm': see app.js. Ported from aws-cdk:
 * aws-cloudwatch-actions/test/ssm.test.ts. */
#include <ccdk/cloudwatch.h>

static ccdk_cloudwatch_alarm *alarm(ccdk_stack *stack, const char *id)
{
    return ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){.namespace_ = "AWS", .metric_name = "Test"}),
        .evaluation_periods = CCDK_NUM(3),
        .threshold = CCDK_NUM(100),
    });
}

#define SSM(stack, sev, cat) ccdk_cloudwatch_actions_ssm_action(stack, CCDK_CW_OPS_ITEM_SEVERITY_##sev, CCDK_CW_OPS_ITEM_CATEGORY_##cat)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CriticalPerformance", NULL);
        ccdk_cloudwatch_alarm_add_alarm_action(alarm(stack, "Alarm"), SSM(stack, CRITICAL, PERFORMANCE));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Medium", NULL);
        ccdk_cloudwatch_alarm_add_alarm_action(alarm(stack, "Alarm"), SSM(stack, MEDIUM, UNSET));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Incident", NULL);
        ccdk_cloudwatch_alarm_add_alarm_action(alarm(stack, "Alarm"), ccdk_cloudwatch_actions_ssm_incident_action(stack, "ResponsePlanName"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "InEnv", &(ccdk_stack_props){.account = "123456789012", .region = "us-west-2"});
        ccdk_cloudwatch_alarm *a1 = alarm(stack, "Alarm1");
        ccdk_cloudwatch_alarm_add_alarm_action(a1, SSM(stack, HIGH, AVAILABILITY));
        ccdk_cloudwatch_alarm_add_ok_action(a1, SSM(stack, LOW, COST));
        ccdk_cloudwatch_alarm_add_insufficient_data_action(a1, SSM(stack, CRITICAL, RECOVERY));
        ccdk_cloudwatch_alarm *a2 = alarm(stack, "Alarm2");
        ccdk_cloudwatch_alarm_add_alarm_action(a2, SSM(stack, MEDIUM, SECURITY));
        ccdk_cloudwatch_alarm_add_alarm_action(a2, ccdk_cloudwatch_actions_ssm_incident_action(stack, "plan-a"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
