/* aws-logs's loggroup.test.ts: data protection and field index policies (see app.js). */
#include <ccdk/logs.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* 'set data protection policy with all audit destinations' */
        ccdk_stack *stack = ccdk_stack_new(app, "AllDestinations", NULL);
        ccdk_logs_log_group *audit = ccdk_logs_log_group_new(stack, "LogGroupAudit", &(ccdk_logs_log_group_props){
            .log_group_name = "audit-log-group"});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "BucketAudit", &(ccdk_s3_bucket_props){.bucket_name = "audit-bucket"});
        ccdk_logs_log_group_new(stack, "LogGroupLambda", &(ccdk_logs_log_group_props){
            .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
                .name = "policy-name", .description = "policy description",
                .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"DriversLicense-US"}, {"EmailAddress"}),
                .log_group_audit_destination = audit,
                .s3_bucket_audit_destination_name = ccdk_s3_bucket_name(bucket),
                .delivery_stream_name_audit_destination = "delivery-stream-name"}});
    }
    { /* custom data identifiers, defaults */
        ccdk_stack *stack = ccdk_stack_new(app, "CustomIdentifiers", NULL);
        ccdk_logs_log_group_new(stack, "LogGroupLambda", &(ccdk_logs_log_group_props){
            .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
                .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmployeeId", "EmployeeId-\\d{9}"}, {"EmailAddress"})}});
    }
    { /* field index policies */
        ccdk_stack *stack = ccdk_stack_new(app, "FieldIndex", NULL);
        ccdk_logs_log_group_new(stack, "Indexed", &(ccdk_logs_log_group_props){
            .field_index_policies = CCDK_LIST_OF(ccdk_logs_field_index_policy, {CCDK_STRS("Operation", "RequestId")},
                                                 {CCDK_EMPTY_LIST})});
        ccdk_logs_log_group_new(stack, "NoPolicies", &(ccdk_logs_log_group_props){.field_index_policies = CCDK_EMPTY_LIST});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
