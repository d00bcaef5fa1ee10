/* aws-iam principals.test.ts 'PrincipalWithConditions.addCondition should work', '... with a new
 * condition operator should work' and '... with __proto__ does not pollute prototype' as trust
 * policies (ccdk_iam_principal_add_condition); addConditions; a statement given the principal before an
 * addCondition keeps the conditions it had (its dedupe string does not: the statements merge by the new
 * one); withConditions over a principal changed by addCondition; inOrganization's principal; wrappers
 * made before an addCondition follow it. */
#include <ccdk/iam.h>

#define J(s) ccdk_v_json(stack, s)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T1", NULL);
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "service.amazonaws.com"),
                                                                   J("{\"StringEquals\": {\"aws:PrincipalOrgID\": [\"o-xxxxxxxxxxx\"]}}"));
        ccdk_iam_principal_add_condition(p, "StringEquals", J("{\"aws:PrincipalTag/critical\": \"true\"}"));
        ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = p});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T2", NULL);
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "service.amazonaws.com"), J("{}"));
        ccdk_iam_principal_add_condition(p, "StringEquals", J("{\"aws:PrincipalTag/critical\": \"true\"}"));
        ccdk_iam_principal_add_condition(p, "IpAddress", J("{\"aws:SourceIp\": \"0.0.0.0/0\"}"));
        ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = p});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T3", NULL);
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_account_principal(stack, "123456789012"), J("{}"));
        ccdk_iam_principal_add_condition(p, "__proto__", J("{\"field\": \"value\"}"));
        ccdk_iam_principal_add_condition(p, "StringLike", J("{\"aws:userid\": \"AIDA*\"}"));
        ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = p});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T4", NULL);
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(
            ccdk_iam_service_principal_with_options(stack, "s3.amazonaws.com", &(ccdk_iam_service_principal_options){
                .conditions = J("{\"StringEquals\": {\"a\": \"1\"}, \"Bool\": {\"b\": \"true\"}}")}),
            J("{\"StringEquals\": {\"c\": \"2\"}}"));
        ccdk_iam_policy_statement *before = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"), .principals = CCDK_LIST(p)});
        ccdk_iam_principal_add_conditions(p, J("{\"StringEquals\": {\"a\": \"overridden\", \"d\": \"3\"}, \"NumericLessThan\": {\"e\": 5}}"));
        ccdk_iam_principal_add_condition(p, "StringEquals", J("{\"f\": \"4\"}"));
        ccdk_iam_policy_statement *after = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"), .principals = CCDK_LIST(p)});
        ccdk_iam_policy_statement *after2 = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:PutObject"), .resources = CCDK_STRS("*"), .principals = CCDK_LIST(p)});
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(ccdk_iam_policy_document_new(
            stack, (ccdk_iam_policy_statement_list)CCDK_LIST(before, after, after2))));
        ccdk_cfn_resource_new(stack, "Doc", "Custom::Doc", props);
        ccdk_iam_principal *q = ccdk_iam_principal_with_conditions(p, J("{\"Bool\": {\"g\": \"false\"}}"));
        ccdk_iam_principal_add_condition(q, "Bool", J("{\"h\": \"true\"}"));
        ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = q});
        ccdk_iam_principal *o = ccdk_iam_principal_in_organization(ccdk_iam_account_principal(stack, "123456789012"), "o-xxxxxxxxxx");
        ccdk_iam_principal_add_condition(o, "StringEquals", J("{\"aws:PrincipalTag/team\": \"a\"}"));
        ccdk_iam_role_new(stack, "OrgRole", &(ccdk_iam_role_props){.assumed_by = o});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T5", NULL);
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "a.amazonaws.com"),
                                                                   J("{\"Bool\": {\"w\": \"0\"}}"));
        ccdk_iam_principal *q = ccdk_iam_principal_with_conditions(p, J("{\"Bool\": {\"x\": \"1\"}}"));
        ccdk_iam_principal *r = ccdk_iam_principal_with_session_tags(q);
        ccdk_iam_principal *t = ccdk_iam_principal_with_conditions(r, J("{\"StringLike\": {\"z\": \"*\"}}"));
        ccdk_iam_policy_statement *early = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"), .principals = CCDK_LIST(q)});
        ccdk_iam_principal_add_condition(p, "StringEquals", J("{\"y\": \"2\"}"));
        ccdk_iam_principal_add_condition(p, "Bool", J("{\"w\": \"changed\"}"));
        ccdk_iam_role_new(stack, "Q", &(ccdk_iam_role_props){.assumed_by = q});
        ccdk_iam_role_new(stack, "R", &(ccdk_iam_role_props){.assumed_by = r});
        ccdk_iam_role_new(stack, "T", &(ccdk_iam_role_props){.assumed_by = t});
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(ccdk_iam_policy_document_new(
            stack, (ccdk_iam_policy_statement_list)CCDK_LIST(early))));
        ccdk_cfn_resource_new(stack, "Doc", "Custom::Doc", props);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
