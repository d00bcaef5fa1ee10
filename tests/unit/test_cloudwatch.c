/* test_cloudwatch.c - metric.createAlarm and the alarm actions (aws-cloudwatch-actions' SnsAction):
 * what they add to the alarm's template, and their NULL arguments; the misuse of dashboards,
 * widgets, alarm rules and imported alarms (C-only: NULLs, wrong widget kinds, enums). The templates of realistic apps
 * are compared with aws-cdk-lib's by the conformance case user-ops-monitoring. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/sns.h>

#include "testlib.h"

void ccdk__process_errors_clear(void);

static ccdk_cloudwatch_metric *metric(ccdk_stack *s)
{
    return ccdk_cloudwatch_metric_new(s, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Ns", .metric_name = "M", .statistic = "Average"});
}

/* the lists appear with their first action, in the order added; createAlarm's statistic and period
 * change the metric as metric.with does */
TEST(actions_and_create_alarm)
{
    for (int with_actions = 0; with_actions < 2; with_actions++) {
        char dir[] = "/tmp/ccdk-cw-XXXXXX";
        if (!CHECK_RET(mkdtemp(dir) != NULL))
            return;
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = dir, .quiet = 1});
        ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
        ccdk_sns_topic *t1 = ccdk_sns_topic_new(s, "T1", NULL), *t2 = ccdk_sns_topic_new(s, "T2", NULL);
        ccdk_cloudwatch_alarm *a = ccdk_cloudwatch_metric_create_alarm(metric(s), s, "A", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .statistic = "p90", .period = ccdk_duration_minutes(1)});
        CHECK(a != NULL);
        if (with_actions) {
            ccdk_cloudwatch_alarm_add_alarm_action(a, ccdk_cloudwatch_actions_sns_action(t1));
            ccdk_cloudwatch_alarm_add_alarm_action(a, ccdk_cloudwatch_actions_sns_action(t2));
            ccdk_cloudwatch_alarm_add_insufficient_data_action(a, ccdk_cloudwatch_actions_sns_action(t1));
        }
        CHECK(ccdk_app_synth(app) == 0);
        const char *tpl = ccdk_stack_template_json(s);
        if (CHECK_RET(tpl != NULL)) {
            CHECK(strstr(tpl, "\"ExtendedStatistic\": \"p90\"") && strstr(tpl, "\"Period\": 60"));
            CHECK(!strstr(tpl, "OKActions"));
            const char *aa = strstr(tpl, "\"AlarmActions\"");
            CHECK((aa != NULL) == with_actions);
            CHECK((strstr(tpl, "\"InsufficientDataActions\"") != NULL) == with_actions);
            if (aa) {
                const char *r1 = strstr(aa, "T1"), *r2 = strstr(aa, "T2");
                CHECK(r1 && r2 && r1 < r2);
            }
        }
        ccdk_app_free(app);
        char cmd[64];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", dir);
    }
}

TEST(null_arguments_are_process_errors)
{
    ccdk__process_errors_clear();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-cw-never-written", .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cloudwatch_alarm *a = ccdk_cloudwatch_alarm_new(s, "A", &(ccdk_cloudwatch_alarm_props){
        .metric = metric(s), .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    CHECK(ccdk_cloudwatch_actions_sns_action(NULL) == NULL);
    ccdk_cloudwatch_alarm_add_alarm_action(a, NULL);
    ccdk_cloudwatch_alarm_add_ok_action(NULL, ccdk_cloudwatch_actions_sns_action(ccdk_sns_topic_new(s, "T", NULL)));
    CHECK((ccdk_cloudwatch_metric_create_alarm)(NULL, s, "B", NULL) == NULL);
    static const char *const expect[] = {
        "ccdk_cloudwatch_actions_sns_action: the topic is NULL",
        "ccdk_cloudwatch_alarm_add_alarm_action: the action is NULL",
        "ccdk_cloudwatch_alarm_add_ok_action: the handle is NULL",
        "ccdk_cloudwatch_metric_create_alarm:",
    };
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
        int found = 0;
        for (size_t j = 0; j < ccdk_process_error_count() && !found; j++)
            found = strstr(ccdk_process_error(j), expect[i]) != NULL;
        CHECK_MSG(found, "no process-wide error holds \"%s\"", expect[i]);
    }
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

static int has_process_error(const char *text)
{
    for (size_t j = 0; j < ccdk_process_error_count(); j++)
        if (strstr(ccdk_process_error(j), text))
            return 1;
    return 0;
}

/* widgets, dashboards, rules: NULLs and wrong kinds are process-wide errors that fail the synth,
 * never crashes; an enum out of range is an error; imported alarms take actions without a resource */
TEST(dashboard_widget_misuse)
{
    ccdk__process_errors_clear();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-cw-never-written", .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(s, "D", NULL);
    ccdk_cloudwatch_widget *text = ccdk_cloudwatch_text_widget_new(s, &(ccdk_cloudwatch_text_widget_props){.markdown = "x"});
    ccdk_cloudwatch_widget *none[] = {text, NULL};
    CHECK(ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST_N(none, 2)) == 0);
    CHECK(ccdk_cloudwatch_graph_widget_add_left_metric(text, metric(s)) == 0);
    CHECK(ccdk_cloudwatch_widget_add_widget(text, text) == 0);
    CHECK(ccdk_cloudwatch_widget_add_metric(NULL, metric(s)) == 0);
    CHECK(ccdk_cloudwatch_alarm_rule_not(NULL) == NULL);
    CHECK(ccdk_cloudwatch_alarm_rule_from_alarm(NULL, CCDK_CW_ALARM_STATE_OK) == NULL);
    CHECK(ccdk_cloudwatch_dashboard_add_variable(d, NULL) == 0);
    CHECK(has_process_error("ccdk_cloudwatch_dashboard_add_widgets: a widget is NULL"));
    CHECK(has_process_error("ccdk_cloudwatch_graph_widget_add_left_metric: the widget does not take metrics this way"));
    CHECK(has_process_error("ccdk_cloudwatch_widget_add_widget: the widget is not a Row or a Column"));
    CHECK(has_process_error("ccdk_cloudwatch_widget_add_metric: the handle is NULL"));
    CHECK(has_process_error("ccdk_cloudwatch_dashboard_add_variable: the variable is NULL"));
    /* an imported alarm: actions are kept nowhere, its annotation is empty */
    ccdk_cloudwatch_alarm *imported = ccdk_cloudwatch_alarm_from_alarm_name(s, "I", "name");
    CHECK(ccdk_cloudwatch_alarm_add_alarm_action(imported, ccdk_cloudwatch_actions_sns_action(ccdk_sns_topic_new(s, "T", NULL))) == 1);
    CHECK(ccdk_cloudwatch_alarm_to_annotation(imported).label == NULL);
    CHECK(ccdk_cloudwatch_alarm_resource(imported) == NULL);
    /* a composite alarm whose constructor failed takes no action */
    ccdk_cloudwatch_alarm *c = ccdk_cloudwatch_composite_alarm_new(s, "C", NULL);
    CHECK(ccdk_cloudwatch_alarm_add_ok_action(c, ccdk_cloudwatch_alarm_action_of(s, "arn")) == 0);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();

    /* an out-of-range enum is an error on the App */
    app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-cw-never-written", .quiet = 1});
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_cloudwatch_graph_widget_new(s, &(ccdk_cloudwatch_graph_widget_props){.view = (ccdk_cloudwatch_graph_widget_view)42});
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

/* layout getters, Stats strings and a rule's text, without synth */
TEST(layout_stats_rules)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-cw-never-written", .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cloudwatch_widget *row = ccdk_cloudwatch_row_new(s, (ccdk_cloudwatch_widget_list)CCDK_LIST(
        ccdk_cloudwatch_spacer_new(s, 20, 1), ccdk_cloudwatch_spacer_new(s, 5, 2)));
    CHECK(ccdk_cloudwatch_widget_width(row) == 20 && ccdk_cloudwatch_widget_height(row) == 3);
    CHECK(ccdk_cloudwatch_widget_width(NULL) == 0);
    CHECK(!strcmp(ccdk_cloudwatch_stats_percentile(s, 99.9), "p99.9"));
    CHECK(!strcmp(ccdk_cloudwatch_stats_trimmed_mean(s, 10, CCDK_NUM(90)), "TM(10%:90%)"));
    CHECK(!strcmp(ccdk_cloudwatch_stats_percentile_rank(s, 5, (ccdk_opt_num){0}), "PR(:5)"));
    ccdk_cloudwatch_alarm_rule *r = ccdk_cloudwatch_alarm_rule_not(ccdk_cloudwatch_alarm_rule_from_boolean(s, 1));
    CHECK(!strcmp(ccdk_cloudwatch_alarm_rule_render(r), "(NOT (TRUE))"));
    CHECK(ccdk_cloudwatch_alarm_rule_render(NULL) == NULL);
    ccdk_app_free(app);
}

static int has_app_error(const ccdk_app *app, const char *text)
{
    for (size_t j = 0; j < ccdk_app_error_count(app); j++)
        if (strstr(ccdk_app_error(app, j), text))
            return 1;
    return 0;
}

/* SearchExpression, attachTo, anomaly detection: NULL props and metrics are errors, never crashes;
 * the getters of account / region / id; attachTo of an expression is the expression */
TEST(search_attach_anomaly_nulls)
{
    ccdk__process_errors_clear();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-cw-never-written", .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_stack *agnostic = ccdk_stack_new(app, "Agnostic", NULL);
    ccdk_cloudwatch_metric *m = metric(s);
    CHECK(ccdk_cloudwatch_metric_account(m) == NULL && ccdk_cloudwatch_metric_region(m) == NULL);
    ccdk_cloudwatch_metric *attached = ccdk_cloudwatch_metric_attach_to(m, s);
    CHECK_STR_EQ(ccdk_cloudwatch_metric_account(attached), "111111111111");
    CHECK_STR_EQ(ccdk_cloudwatch_metric_region(attached), "us-east-1");
    CHECK(ccdk_cloudwatch_metric_account(ccdk_cloudwatch_metric_attach_to(m, agnostic)) == NULL); /* tokens left out */
    ccdk_cloudwatch_metric *given = ccdk_cloudwatch_metric_with(attached, &(ccdk_cloudwatch_metric_options){
        .account = "222222222222", .id = "x"});
    CHECK_STR_EQ(ccdk_cloudwatch_metric_account(given), "222222222222");
    CHECK_STR_EQ(ccdk_cloudwatch_metric_id(given), "x");
    CHECK(ccdk_cloudwatch_metric_attach_to(NULL, s) == NULL);
    CHECK(ccdk_cloudwatch_metric_account(NULL) == NULL && ccdk_cloudwatch_metric_id(NULL) == NULL);
    CHECK(ccdk_cloudwatch_math_expression_with(NULL, NULL) == NULL);
    ccdk_cloudwatch_metric *search = ccdk_cloudwatch_search_expression_new(s, NULL); /* no expression */
    CHECK(search != NULL);
    CHECK_STR_EQ(ccdk_cloudwatch_metric_expression(search), "");
    CHECK(ccdk_cloudwatch_metric_attach_to(search, s) == search);
    CHECK(ccdk_cloudwatch_math_expression_with(search, NULL) != NULL);
    /* metric.with of a Metric through math_expression_with: label and period */
    ccdk_cloudwatch_metric *relabelled = ccdk_cloudwatch_math_expression_with(m, &(ccdk_cloudwatch_math_expression_options){.label = "L"});
    CHECK_STR_EQ(ccdk_cloudwatch_metric_label(relabelled), "L");
    ccdk_cloudwatch_metric *band = ccdk_cloudwatch_metric_anomaly_detection_for(s, NULL); /* no metric */
    CHECK_STR_EQ(ccdk_cloudwatch_metric_expression(band), "ANOMALY_DETECTION_BAND(m0, 2)");
    CHECK(ccdk_cloudwatch_anomaly_detection_alarm_new(s, "A", NULL) != NULL);
    /* AlarmMuteRule: NULL props, alarms and rules */
    CHECK(ccdk_cloudwatch_alarm_mute_rule_new(s, "R", NULL) != NULL);
    CHECK(ccdk_cloudwatch_alarm_add_alarm_mute_rule(NULL, "R2", NULL) == NULL);
    CHECK(ccdk_cloudwatch_alarm_mute_rule_add_alarm(NULL, NULL) == 0);
    ccdk_cloudwatch_alarm_mute_rule *imported = ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_arn(s, "I", NULL);
    CHECK(ccdk_cloudwatch_alarm_mute_rule_resource(imported) == NULL);
    ccdk_cloudwatch_schedule_expression cron = ccdk_cloudwatch_schedule_expression_cron(s, NULL);
    CHECK_STR_EQ(cron.expression, "cron(undefined * * * *)");
    (ccdk_cloudwatch_metric_attach_to)(m, NULL);
    CHECK(has_process_error("ccdk_cloudwatch_metric_attach_to: the scope is not a construct"));
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_app_error(app, "SearchExpression requires an expression"));
    CHECK(has_app_error(app, "Metric.anomalyDetectionFor: metric is required"));
    CHECK(has_app_error(app, "metric is required"));
    CHECK(has_app_error(app, "AlarmMuteRule: duration is required"));
    CHECK(has_app_error(app, "ScheduleExpression.cron: minute is required"));
    CHECK(has_app_error(app, "AlarmMuteRule.fromAlarmMuteRuleArn: alarmMuteRuleArn is required"));
    CHECK(has_process_error("ccdk_cloudwatch_alarm_add_alarm_mute_rule: the alarm is NULL"));
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

int main(void)
{
    RUN(actions_and_create_alarm);
    RUN(null_arguments_are_process_errors);
    RUN(dashboard_widget_misuse);
    RUN(layout_stats_rules);
    RUN(search_attach_anomaly_nulls);
    return TEST_DONE();
}
