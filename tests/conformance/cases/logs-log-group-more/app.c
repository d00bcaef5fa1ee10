/* aws-logs's loggroup.test.ts: the tests other cases leave out (see app.js). C has no Infinity: a
 * retention of Infinity is INFINITE, which aws-cdk-lib treats the same. */
#include <ccdk/kms.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_logs_log_group_new(ccdk_stack_new(app, "LegacyInfinite", NULL), "LogGroup",
                            &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_INFINITE});
    ccdk_logs_log_group_new(ccdk_stack_new(app, "LegacyDestroy", NULL), "LogGroup",
                            &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_INFINITE,
                                                         .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    {
        ccdk_stack *stack = ccdk_stack_new(app, "UnresolvedRetention", NULL);
        ccdk_cfn_parameter *parameter = ccdk_cfn_parameter_new(stack, "RetentionInDays", &(ccdk_cfn_parameter_props){
            .default_value = ccdk_v_number(stack, 30), .type = "Number"});
        ccdk_logs_log_group_new(stack, "LogGroup", &(ccdk_logs_log_group_props){
            .retention_token = ccdk_cfn_parameter_value_as_string(parameter)});
    }
    ccdk_logs_log_group_new(ccdk_stack_new(app, "DeletionProtection", NULL), "LogGroup",
                            &(ccdk_logs_log_group_props){.deletion_protection_enabled = CCDK_TRUE});
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Alias", NULL);
        ccdk_logs_log_group_new(stack, "LogGroup", &(ccdk_logs_log_group_props){
            .encryption_key = ccdk_kms_alias_from_alias_name(stack, "KmsAlias", "alias/some-alias")});
    }
    ccdk_logs_log_group_new(ccdk_stack_new(app, "NoDestinations", NULL), "LogGroup", &(ccdk_logs_log_group_props){
        .log_group_name = "test-log-group",
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .name = "test-policy-name", .description = "test description",
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress"})}});
    ccdk_logs_log_group_new(ccdk_stack_new(app, "NewIdentifier", NULL), "LogGroup", &(ccdk_logs_log_group_props){
        .log_group_name = "test-log-group",
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .name = "test-policy-name", .description = "test description",
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"NewIdentifier"})}});
    ccdk_logs_log_group_new(ccdk_stack_new(app, "CustomIdentifier", NULL), "LogGroup", &(ccdk_logs_log_group_props){
        .log_group_name = "test-log-group",
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .name = "test-policy-name", .description = "test description",
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmployeeId", "EmployeeId-\\d{9}"})}});
    ccdk_logs_log_group_new(ccdk_stack_new(app, "FieldIndex", NULL), "LogGroup", &(ccdk_logs_log_group_props){
        .log_group_name = "test-field-index-log-group",
        .field_index_policies = CCDK_LIST_OF(ccdk_logs_field_index_policy,
                                             {CCDK_STRS("Operation", "RequestId", "timestamp", "message")})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
