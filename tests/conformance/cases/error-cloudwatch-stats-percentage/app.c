/* Conformance case 'error-cloudwatch-stats-percentage': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_stats_trimmed_mean(app, 10, CCDK_NUM(101.5));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
