/* aws-iam principals.test.ts 'StarPrincipal' (a document with Principal "*") and 'Can use custom
 * service principle name to create servicePrinciple' (ServicePrincipal.fromStaticServicePrincipleName
 * keeps ".cn"; new ServicePrincipal drops it). */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("service:action"), .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_star_principal(stack))});
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(s))));
    ccdk_cfn_resource_new(stack, "Doc", "Custom::Doc", props);
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal_from_static_name(stack, "elasticmapreduce.amazonaws.com.cn")});
    ccdk_iam_role_new(stack, "Role2", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "elasticmapreduce.amazonaws.com.cn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
