/* LogGroupGrants on a CfnLogGroup, and CfnLogGroup's props (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Upstream", NULL);
        ccdk_cfn_resource *cfn = ccdk_logs_cfn_log_group_new(stack, "CfnLogGroup", NULL);
        ccdk_logs_log_group_grants_write(cfn, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Pinned", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
        ccdk_cfn_resource *cfn = ccdk_logs_cfn_log_group_new(stack, "CfnLogGroup", &(ccdk_logs_cfn_log_group_props){
            .log_group_name = "named"});
        ccdk_logs_log_group_grants_write(cfn, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"));
        ccdk_logs_log_group_grants_write(cfn, ccdk_iam_service_principal(stack, "es.amazonaws.com"));
        ccdk_logs_log_group_grants_read(cfn, ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:user/u"));
        ccdk_logs_log_group_grants_actions(cfn, ccdk_iam_account_principal(stack, "111111111111"),
                                           CCDK_STRS("logs:PutRetentionPolicy"));
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
        ccdk_logs_log_group_grants_write(cfn, role);
        ccdk_logs_log_group_grants_read(cfn, role);
        ccdk_logs_log_group *lg = ccdk_logs_log_group_new(stack, "LG", NULL);
        ccdk_logs_log_group_grants_write(ccdk_logs_log_group_resource(lg), ccdk_iam_service_principal(stack, "lambda.amazonaws.com"));
        ccdk_logs_log_group_grant_write(lg, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Props", NULL);
        ccdk_value *dpp = ccdk_v_object(stack);
        ccdk_v_set(dpp, "Name", ccdk_v_string(stack, "p"));
        ccdk_v_set(dpp, "Statement", ccdk_v_list(stack));
        ccdk_value *fip = ccdk_v_list(stack), *fields = ccdk_v_object(stack), *names = ccdk_v_list(stack);
        ccdk_v_push(names, ccdk_v_string(stack, "a"));
        ccdk_v_push(names, ccdk_v_string(stack, "b"));
        ccdk_v_set(fields, "Fields", names);
        ccdk_v_push(fip, fields);
        ccdk_value *rpd = ccdk_v_object(stack);
        ccdk_v_set(rpd, "Version", ccdk_v_string(stack, "2012-10-17"));
        ccdk_v_set(rpd, "Statement", ccdk_v_list(stack));
        ccdk_cfn_resource *full = ccdk_logs_cfn_log_group_new(stack, "Full", &(ccdk_logs_cfn_log_group_props){
            .log_group_name = "full",
            .retention_in_days = CCDK_NUM(14),
            .kms_key_id = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            .log_group_class = "INFREQUENT_ACCESS",
            .deletion_protection_enabled = CCDK_TRUE,
            .bearer_token_authentication_enabled = CCDK_FALSE,
            .data_protection_policy = dpp,
            .field_index_policies = fip,
            .resource_policy_document = rpd,
            .tags = CCDK_KVS({"k", "v"})});
        ccdk_cfn_resource_apply_removal_policy(full, CCDK_REMOVAL_POLICY_DESTROY);
        ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(stack, "Days", &(ccdk_cfn_parameter_props){
            .type = "Number", .default_value = ccdk_v_number(stack, 7)});
        ccdk_logs_cfn_log_group_new(stack, "Token", &(ccdk_logs_cfn_log_group_props){
            .retention_in_days = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(p))});
        ccdk_tags_add(stack, "stack-tag", "x");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
