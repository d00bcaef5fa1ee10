/* Conformance case 'cloudwatch-stat-unicode-space': see app.js. */
#include <stdio.h>
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    const char *stats[] = {
        "TM(\u00a010%:90%\u3000)", "tm(\u2028 10%:)", "TC(\ufeff:500)", "TM( 10%:\u200a)", "wm(\u00a0\u00a0:\u3000)",
    };
    for (int i = 0; i < 5; i++) {
        char name[8], id[8];
        snprintf(name, sizeof name, "M%d", i);
        snprintf(id, sizeof id, "A%d", i);
        ccdk_cloudwatch_metric *m = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
            .namespace_ = "N", .metric_name = name, .statistic = stats[i],
        });
        ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
            .metric = m, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
