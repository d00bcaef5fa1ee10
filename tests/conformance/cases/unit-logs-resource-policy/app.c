/* Conformance case 'unit-logs-resource-policy': logs.ResourcePolicy (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *add = ccdk_stack_new(app, "AddToResourcePolicy", NULL);
    ccdk_logs_log_group *lg1 = ccdk_logs_log_group_new(add, "LogGroup", NULL);
    ccdk_logs_log_group_add_to_resource_policy(lg1, ccdk_iam_policy_statement_new(add, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("logs:CreateLogStream"), .resources = CCDK_STRS("*")}));

    ccdk_stack *direct = ccdk_stack_new(app, "Direct", NULL);
    ccdk_logs_log_group *lg2 = ccdk_logs_log_group_new(direct, "LogGroup", NULL);
    ccdk_logs_resource_policy *pol = ccdk_logs_resource_policy_new(direct, "ResourcePolicy", NULL);
    ccdk_iam_policy_document_add_statements(ccdk_logs_resource_policy_document(pol),
        ccdk_iam_policy_statement_new(direct, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("logs:CreateLogStream", "logs:PutLogEvents"),
            .principals = CCDK_LIST(ccdk_iam_service_principal(direct, "es.amazonaws.com")),
            .resources = CCDK_STRS(ccdk_logs_log_group_arn(lg2))}));
    ccdk_cfn_output_new(direct, "DefaultChild", &(ccdk_cfn_output_props){
        .value = ccdk_cfn_resource_ref(ccdk_cfn_resource_of(ccdk_node_default_child(pol)))});

    ccdk_stack *props = ccdk_stack_new(app, "Props", NULL);
    ccdk_logs_resource_policy_new(props, "Named", &(ccdk_logs_resource_policy_props){
        .resource_policy_name = "my-policy",
        .policy_statements = CCDK_LIST(
            ccdk_iam_policy_statement_new(props, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("logs:PutLogEvents"),
                .principals = CCDK_LIST(ccdk_iam_arn_principal(props, "arn:aws:iam::123456789012:user/user-name")),
                .resources = CCDK_STRS("*")}),
            ccdk_iam_policy_statement_new(props, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("logs:CreateLogStream"),
                .principals = CCDK_LIST(ccdk_iam_service_principal(props, "delivery.logs.amazonaws.com")),
                .resources = CCDK_STRS("*")}))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
