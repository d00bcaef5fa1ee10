/* Conformance case 'error-cloudwatch-mute-rule-name': see app.js. */
#include <string.h>

#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    char name[257];
    memset(name, 'x', 256);
    name[256] = 0;
    ccdk_cloudwatch_alarm_mute_rule_new(stack, "Rule", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .alarm_mute_rule_name = name,
        .schedule = {.expression = "cron(0 0 * * ? *)"},
        .duration = ccdk_duration_hours(1),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
