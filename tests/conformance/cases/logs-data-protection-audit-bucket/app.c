/* Conformance case 'logs-data-protection-audit-bucket': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *audit_stack = ccdk_stack_new(app, "AuditStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_s3_bucket *shared = ccdk_s3_bucket_new(audit_stack, "SharedAudit", NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});

    ccdk_s3_bucket *own = ccdk_s3_bucket_new(stack, "OwnAudit", NULL);
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_name(stack, "ImportedAudit", "imported-audit-bucket");

    ccdk_logs_log_group *fn_group = ccdk_logs_log_group_new(stack, "FunctionLogs", &(ccdk_logs_log_group_props){
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress"}),
            .s3_bucket_audit_destination = own}});
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .log_group = fn_group,
    });
    ccdk_logs_log_group_new(stack, "ImportedAuditLogs", &(ccdk_logs_log_group_props){
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress"}, {"EmployeeId", "EmployeeId-\\d{9}"}),
            .s3_bucket_audit_destination = imported,
            .delivery_stream_name_audit_destination = "findings-stream"}});
    ccdk_logs_log_group_new(stack, "SharedAuditLogs", &(ccdk_logs_log_group_props){
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .name = "shared", .description = "to the shared bucket",
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"Ssn-US"}),
            .s3_bucket_audit_destination = shared}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
