/* aws-iam policy-statement.test.ts, the documents of the 'from JSON' tests as they render (fromJson
 * itself is not in ccdk): addActions, addAllResources, addCondition, an ArnPrincipal, notPrincipals,
 * notActions, notResources; and repeated resources rendered as one scalar. Each document is a
 * property of a Custom::Doc resource. */
#include <ccdk/iam.h>

static ccdk_stack *stack;

static void put(const char *id, ccdk_iam_policy_document *doc)
{
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(doc));
    ccdk_cfn_resource_new(stack, id, "Custom::Doc", props);
}

static ccdk_iam_policy_document *doc_of(ccdk_iam_policy_statement *s)
{
    ccdk_iam_policy_document *d = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0});
    ccdk_iam_policy_document_add_statements(d, s);
    return d;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "Stack", NULL);
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action1", "service:action2"));
        ccdk_iam_policy_statement_add_all_resources(s);
        ccdk_iam_policy_statement_add_condition(s, "key", "equals", ccdk_v_string(stack, "value"));
        put("NoPrincipal", doc_of(s));
    }
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action1", "service:action2"));
        ccdk_iam_policy_statement_add_all_resources(s);
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_arn_principal(stack, "somearn")));
        ccdk_iam_policy_statement_add_condition(s, "key", "equals", ccdk_v_string(stack, "value"));
        put("GivenPrincipal", doc_of(s));
    }
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action1", "service:action2"));
        ccdk_iam_policy_statement_add_all_resources(s);
        ccdk_iam_policy_statement_add_not_principals(s, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_any_principal(stack)));
        ccdk_iam_policy_statement_add_condition(s, "key", "equals", ccdk_v_string(stack, "value"));
        put("NotPrincipal", doc_of(s));
    }
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
        ccdk_iam_policy_statement_add_not_actions(s, CCDK_STRS("service:action3"));
        ccdk_iam_policy_statement_add_all_resources(s);
        put("NotAction", doc_of(s));
    }
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
        ccdk_iam_policy_statement_add_not_actions(s, CCDK_STRS("service:action3", "service:action4"));
        ccdk_iam_policy_statement_add_all_resources(s);
        put("NotActions", doc_of(s));
    }
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action3", "service:action4"));
        ccdk_iam_policy_statement_add_not_resources(s, CCDK_STRS("resource1"));
        put("NotResource", doc_of(s));
    }
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action3", "service:action4"));
        ccdk_iam_policy_statement_add_not_resources(s, CCDK_STRS("resource1", "resource2"));
        put("NotResources", doc_of(s));
    }
    {
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("aws:Action")});
        ccdk_iam_policy_statement_add_resources(s, CCDK_STRS("asdf"));
        ccdk_iam_policy_statement_add_resources(s, CCDK_STRS("asdf"));
        ccdk_iam_policy_statement_add_resources(s, CCDK_STRS("asdf"));
        put("IdenticalEntries", doc_of(s));
    }
    {
        ccdk_iam_principal *p = ccdk_iam_service_principal(stack, "sqs");
        ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS("*")});
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(
            p, ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:root")));
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(
            p, ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:root")));
        ccdk_iam_policy_statement *n = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS("*")});
        ccdk_iam_principal *any = ccdk_iam_any_principal(stack);
        ccdk_iam_policy_statement_add_not_principals(n, (ccdk_iam_principal_list)CCDK_LIST(
            any, ccdk_iam_account_principal(stack, "123456789012")));
        ccdk_iam_policy_statement_add_not_principals(n, (ccdk_iam_principal_list)CCDK_LIST(any));
        put("AddPrincipals", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(s, n)));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
