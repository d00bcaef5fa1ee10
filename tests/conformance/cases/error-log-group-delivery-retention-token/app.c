/* error: a retention token on a DELIVERY log group (see app.js). */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *parameter = ccdk_cfn_parameter_new(stack, "RetentionInDays", &(ccdk_cfn_parameter_props){
        .default_value = ccdk_v_number(stack, 30), .type = "Number"});
    ccdk_logs_log_group_new(stack, "MyLogGroup", &(ccdk_logs_log_group_props){
        .log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY,
        .retention_token = ccdk_cfn_parameter_value_as_string(parameter)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
