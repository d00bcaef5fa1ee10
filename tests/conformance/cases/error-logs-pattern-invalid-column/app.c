/* error: FilterPattern.spaceDelimited with a column name holding a space (see app.js) */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_group *group = ccdk_logs_log_group_new(s, "Group", NULL);
    ccdk_logs_log_group_add_metric_filter(group, "Filter", &(ccdk_logs_metric_filter_props){
        .filter_pattern = ccdk_logs_space_delimited_text_pattern_string(ccdk_logs_filter_pattern_space_delimited(s, CCDK_STRS("ip", "user name"))), .metric_namespace = "Test", .metric_name = "Count"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
