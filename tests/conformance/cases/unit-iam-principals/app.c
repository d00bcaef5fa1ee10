/* aws-iam principals.test.ts: a cross-stack role reference (no URLSuffix exported), principals
 * with the same conditions in one statement, PrincipalWithConditions with more conditions (same and
 * new operators), an AccountPrincipal in an organization, ServicePrincipal names in the default
 * format (elasticmapreduce.amazonaws.com.cn). */
#include <ccdk/iam.h>

static ccdk_stack *stack;

static void put(const char *id, ccdk_iam_policy_document *doc)
{
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(doc));
    ccdk_cfn_resource_new(stack, id, "Custom::Doc", props);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *first = ccdk_stack_new(app, "First", NULL);
        ccdk_stack *second = ccdk_stack_new(app, "Second", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(first, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(first, "s3.amazonaws.com")});
        ccdk_cfn_output_new(second, "Output", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
    }
    stack = ccdk_stack_new(app, "Principals", NULL);
    {
        ccdk_value *blond = ccdk_v_json(stack, "{\"StringEquals\": {\"hairColor\": \"blond\"}}");
        ccdk_iam_policy_statement *a = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:action"), .resources = CCDK_STRS("*"),
            .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "myService.amazon.com"),
                                    ccdk_iam_service_principal(stack, "yourservice.amazon.com"))});
        ccdk_iam_policy_statement *b = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:action"), .resources = CCDK_STRS("*"),
            .principals = CCDK_LIST(
                ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "myService.amazon.com"), blond),
                ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "yourservice.amazon.com"), blond))});
        put("SameConditions", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(a, b)));
    }
    {
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "service.amazonaws.com"),
            ccdk_v_json(stack, "{\"StringEquals\": {\"aws:PrincipalOrgID\": [\"o-xxxxxxxxxxx\"]}}"));
        ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_principal_with_conditions(p,
                ccdk_v_json(stack, "{\"StringEquals\": {\"aws:PrincipalTag/critical\": \"true\"}}"))});
    }
    {
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "service.amazonaws.com"),
                                                                   ccdk_v_json(stack, "{}"));
        p = ccdk_iam_principal_with_conditions(p, ccdk_v_json(stack, "{\"StringEquals\": {\"aws:PrincipalTag/critical\": \"true\"}}"));
        p = ccdk_iam_principal_with_conditions(p, ccdk_v_json(stack, "{\"IpAddress\": {\"aws:SourceIp\": \"0.0.0.0/0\"}}"));
        ccdk_iam_role_new(stack, "Role2", &(ccdk_iam_role_props){.assumed_by = p});
    }
    put("InOrganization", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:action"),
            .resources = CCDK_STRS("*"),
            .principals = CCDK_LIST(ccdk_iam_principal_in_organization(ccdk_iam_account_principal(stack, "123456789012"),
                                                                       "o-xxxxxxxxxx")),
        }))));
    ccdk_iam_role_new(stack, "DefaultFormat", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "elasticmapreduce.amazonaws.com.cn")});
    ccdk_iam_role_new(stack, "Iso", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
            ccdk_iam_service_principal(stack, "ec2.c2s.ic.gov"),
            ccdk_iam_service_principal(stack, "ec2.sc2s.sgov.gov"),
            ccdk_iam_service_principal(stack, "states"),
            ccdk_iam_service_principal(stack, "states.us-east-1.amazonaws.com"),
            ccdk_iam_service_principal(stack, "a.b.amazonaws.com")))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
