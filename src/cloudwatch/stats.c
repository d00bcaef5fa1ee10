/* stats.c - cloudwatch.Stats (aws-cloudwatch/lib/stats.ts): the statistic strings of percentiles,
 * trimmed and winsorized means, trimmed counts and sums, percentile ranks. */
#include "cloudwatch_internal.h"

/* assertPercentage: an UnscopedValidationError outside 0..100 */
static void check_percentage(ccdk_app *app, double x)
{
    if (x < 0 || x > 100)
        ccdk__unscoped_error(app, "Expecting a percentage, got: %s", ccdk__num_string(app, x));
}

const char *ccdk_cloudwatch_stats_percentile(void *owner, double percentile)
{
    ccdk_app *app = ccdk__app_of(owner);
    check_percentage(app, percentile);
    return ccdk__sprintf(app, "p%s", ccdk__num_string(app, percentile));
}

/* boundaryPercentileStat: "<one><p1>", or "<two>(<p1>%:<p2>%)" */
static const char *boundary(void *owner, const char *one, const char *two, double p1, ccdk_opt_num p2)
{
    ccdk_app *app = ccdk__app_of(owner);
    check_percentage(app, p1);
    if (!p2.set)
        return ccdk__sprintf(app, "%s%s", one, ccdk__num_string(app, p1));
    check_percentage(app, p2.value);
    return ccdk__sprintf(app, "%s(%s%%:%s%%)", two, ccdk__num_string(app, p1), ccdk__num_string(app, p2.value));
}

const char *ccdk_cloudwatch_stats_trimmed_mean(void *owner, double p1, ccdk_opt_num p2) { return boundary(owner, "tm", "TM", p1, p2); }
const char *ccdk_cloudwatch_stats_winsorized_mean(void *owner, double p1, ccdk_opt_num p2) { return boundary(owner, "wm", "WM", p1, p2); }
const char *ccdk_cloudwatch_stats_trimmed_count(void *owner, double p1, ccdk_opt_num p2) { return boundary(owner, "tc", "TC", p1, p2); }
const char *ccdk_cloudwatch_stats_trimmed_sum(void *owner, double p1, ccdk_opt_num p2) { return boundary(owner, "ts", "TS", p1, p2); }

const char *ccdk_cloudwatch_stats_percentile_rank(void *owner, double v1, ccdk_opt_num v2)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!v2.set)
        return ccdk__sprintf(app, "PR(:%s)", ccdk__num_string(app, v1));
    return ccdk__sprintf(app, "PR(%s:%s)", ccdk__num_string(app, v1), ccdk__num_string(app, v2.value));
}
