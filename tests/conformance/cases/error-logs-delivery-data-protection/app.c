/* Conformance case 'error-logs-delivery-data-protection': see app.js. */
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_logs_log_group_new(stack, "Group", &(ccdk_logs_log_group_props){
        .log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY,
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress"})}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
