/* Conformance case 'unit-logs-log-group-resource-policy': a log group's resource policy from grants
 * and addToResourcePolicy (see app.js). */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/logs.h>

static ccdk_iam_policy_statement *to_es(ccdk_stack *stack, const char *action, const char *arn)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action),
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "es.amazonaws.com")),
        .resources = CCDK_STRS(arn)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *cond = ccdk_stack_new(app, "Conditions", NULL);
    ccdk_value *eq = ccdk_v_object(cond);
    ccdk_v_set(eq, "aws:SourceAccount", ccdk_v_string(cond, "123456789012"));
    ccdk_value *conditions = ccdk_v_object(cond);
    ccdk_v_set(conditions, "StringEquals", eq);
    ccdk_logs_log_group_grant_write(ccdk_logs_log_group_new(cond, "LogGroup", NULL),
        ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(cond, "delivery.logs.amazonaws.com"), conditions));

    ccdk_stack *org = ccdk_stack_new(app, "Organization", NULL);
    ccdk_logs_log_group_grant_read(ccdk_logs_log_group_new(org, "LogGroup", NULL), ccdk_iam_organization_principal(org, "o-1234567890"));

    ccdk_stack *comp = ccdk_stack_new(app, "Composite", NULL);
    ccdk_logs_log_group *comp_group = ccdk_logs_log_group_new(comp, "LogGroup", NULL);
    ccdk_iam_principal *es = ccdk_iam_service_principal(comp, "es.amazonaws.com");
    ccdk_iam_principal *account = ccdk_iam_account_principal(comp, "111122223333");
    ccdk_logs_log_group_grant_write(comp_group, ccdk_iam_composite_principal(comp, (ccdk_iam_principal_list)CCDK_LIST(es, account)));

    ccdk_stack *two = ccdk_stack_new(app, "TwoStatements", NULL);
    ccdk_logs_log_group *lg = ccdk_logs_log_group_new(two, "LogGroup", NULL);
    ccdk_logs_log_group_add_to_resource_policy(lg, to_es(two, "logs:PutLogEvents", ccdk_logs_log_group_arn(lg)));
    ccdk_logs_log_group_add_to_resource_policy(lg, to_es(two, "logs:CreateLogStream", ccdk_logs_log_group_arn(lg)));

    ccdk_stack *tok = ccdk_stack_new(app, "TokenImport", NULL);
    ccdk_logs_log_group *imp = ccdk_logs_log_group_from_log_group_name(tok, "Imported", ccdk_fn_import_value(tok, "GroupName"));
    ccdk_logs_log_group_grant_write(imp, ccdk_iam_service_principal(tok, "es.amazonaws.com"));
    ccdk_cfn_output_new(tok, "Arn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(imp)});

    ccdk_stack *ir = ccdk_stack_new(app, "ImportedRole", NULL);
    char arn[256];
    snprintf(arn, sizeof arn, "arn:aws:iam::%s:role/reader", ccdk_stack_account(ir));
    ccdk_logs_log_group *reader_group = ccdk_logs_log_group_new(ir, "LogGroup", NULL);
    ccdk_logs_log_group_grant_read(reader_group, ccdk_iam_role_from_role_arn(ir, "Role", arn));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
