/* ccdk/cloudwatch.h - the minimal CloudWatch that Lambda features need: Metric and Alarm. */
#ifndef CCDK_CLOUDWATCH_H
#define CCDK_CLOUDWATCH_H

#include "ccdk/core.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_cloudwatch_metric ccdk_cloudwatch_metric;
typedef struct ccdk_cloudwatch_alarm ccdk_cloudwatch_alarm;

/* ================================================================== Metric */

/** MetricOptions: what metric.with() and the metric helpers of other modules take. */
typedef struct {
    /** "Average", "Maximum", "max", "p99", ...; NULL: the metric's default. */
    const char *statistic;
    /** default 5 minutes */
    ccdk_duration period;
    const char *label;
    /** Unit filter ("Milliseconds", "Count", ...). */
    const char *unit;
} ccdk_cloudwatch_metric_options;

typedef struct {
    const char *namespace_; /* required */
    const char *metric_name; /* required */
    /** dimensionsMap, {NULL, NULL}-terminated; values may be tokens. */
    const ccdk_kv *dimensions;
    const char *statistic; /* default "Average" */
    ccdk_duration period;  /* default 5 minutes */
    const char *label;
    const char *unit;
} ccdk_cloudwatch_metric_props;

/** new cloudwatch.Metric(props); scope only gives the App that owns it. */
ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_new(void *scope, const ccdk_cloudwatch_metric_props *props);
/** metric.with(options): a copy with the given options changed. */
ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_with(const ccdk_cloudwatch_metric *m, const ccdk_cloudwatch_metric_options *options);
const char *ccdk_cloudwatch_metric_statistic(const ccdk_cloudwatch_metric *m);
double ccdk_cloudwatch_metric_period_seconds(const ccdk_cloudwatch_metric *m);

/* ================================================================== Alarm */

typedef enum {
    CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD = 0, /* the default */
    CCDK_CW_GREATER_THAN_THRESHOLD,
    CCDK_CW_LESS_THAN_THRESHOLD,
    CCDK_CW_LESS_THAN_OR_EQUAL_TO_THRESHOLD
} ccdk_cloudwatch_comparison_operator;

typedef enum {
    CCDK_CW_TREAT_MISSING_DATA_UNSET = 0,
    CCDK_CW_TREAT_MISSING_DATA_BREACHING,
    CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    CCDK_CW_TREAT_MISSING_DATA_IGNORE,
    CCDK_CW_TREAT_MISSING_DATA_MISSING
} ccdk_cloudwatch_treat_missing_data;

typedef struct {
    ccdk_cloudwatch_metric *metric; /* required */
    ccdk_opt_num threshold;         /* required */
    ccdk_opt_num evaluation_periods; /* required */
    ccdk_opt_num datapoints_to_alarm;
    ccdk_cloudwatch_comparison_operator comparison_operator;
    ccdk_cloudwatch_treat_missing_data treat_missing_data;
    const char *alarm_name;
    const char *alarm_description;
    ccdk_tristate actions_enabled;
} ccdk_cloudwatch_alarm_props;

ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_new(void *scope, const char *id, const ccdk_cloudwatch_alarm_props *props);
const char *ccdk_cloudwatch_alarm_arn(ccdk_cloudwatch_alarm *a);
const char *ccdk_cloudwatch_alarm_name(ccdk_cloudwatch_alarm *a);
ccdk_cfn_resource *ccdk_cloudwatch_alarm_resource(ccdk_cloudwatch_alarm *a);

#ifdef __cplusplus
}
#endif
#endif
