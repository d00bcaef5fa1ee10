/* Conformance case 'unit-iam-policy-document': see app.js. */
#include <string.h>

#include <ccdk/iam.h>

static ccdk_stack *stack;

static void put(const char *id, ccdk_iam_policy_document *doc)
{
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(doc));
    ccdk_cfn_resource_new(stack, id, "Custom::Doc", props);
}

static ccdk_iam_policy_document *doc_of(ccdk_iam_policy_statement_list statements)
{
    return ccdk_iam_policy_document_new(stack, statements);
}
#define DOC(...) doc_of((ccdk_iam_policy_statement_list)CCDK_LIST(__VA_ARGS__))

static void out(const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}
static void out_bool(const char *id, int b) { out(id, b ? "true" : "false"); }

static ccdk_iam_policy_statement *stmt(void) { return ccdk_iam_policy_statement_new(stack, NULL); }
static ccdk_value *json(const char *text) { return ccdk_v_json(stack, text); }

static const char *produce_action(void *ctx) { return ctx; }
static ccdk_value *produce_goo(void *ctx)
{
    (void)ctx;
    return json("{\"goo\": \"zar\"}");
}

/* validateForResourcePolicy of one statement, joined with '|' */
static const char *validate(ccdk_iam_policy_statement *s)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(DOC(s), NULL);
    static char buf[4][512];
    static int k;
    char *b = buf[k++ % 4];
    b[0] = 0;
    for (size_t i = 0; i < errors.count; i++) {
        if (i)
            strcat(b, "|");
        strcat(b, errors.items[i]);
    }
    return b;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "Stack", NULL);
    { /* the DOM */
        ccdk_iam_policy_statement *p1 = stmt();
        ccdk_iam_policy_statement_add_actions(p1, CCDK_STRS("sqs:SendMessage"));
        ccdk_iam_policy_statement_add_not_resources(p1, CCDK_STRS("arn:aws:sqs:us-east-1:123456789012:forbidden_queue"));
        ccdk_iam_policy_statement *p2 = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.effect = CCDK_IAM_DENY});
        ccdk_iam_policy_statement_add_actions(p2, CCDK_STRS("cloudformation:CreateStack"));
        ccdk_iam_policy_statement *p3 = stmt();
        ccdk_iam_policy_statement_add_not_actions(p3, CCDK_STRS("cloudformation:UpdateTerminationProtection"));
        ccdk_iam_policy_statement *p4 = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.effect = CCDK_IAM_DENY});
        ccdk_iam_policy_statement_add_not_principals(
            p4, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_canonical_user_principal(stack, "OnlyAuthorizedUser")));
        put("Dom", DOC(p1, p2, p3, p4));
    }
    { /* a lazy action is not validated */
        put("LazyAction", DOC(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                  .actions = CCDK_STRS(ccdk_lazy_string(stack, produce_action, "sqs:sendMessage")),
                              })));
    }
    {
        ccdk_iam_policy_statement *perm = stmt();
        ccdk_iam_policy_statement_add_resources(perm, CCDK_STRS("MyResource"));
        ccdk_iam_policy_statement_add_actions(perm, CCDK_STRS("service:Action1", "service:Action2", "service:Action3"));
        put("MultipleActions", DOC(perm));
    }
    put("EmptyDoc", ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0}));
    {
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_federated_principal(p, "com.amazon.cognito", json("{\"StringEquals\": {\"key\": \"value\"}}"));
        put("Federated", DOC(p));
    }
    { /* hasResource */
        out_bool("HasResourceNone", ccdk_iam_policy_statement_has_resource(stmt()));
        out_bool("HasResourceOne", ccdk_iam_policy_statement_has_resource(ccdk_iam_policy_statement_new(
                                       stack, &(ccdk_iam_policy_statement_props){.resources = CCDK_STRS("one-resource")})));
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_resources(p, CCDK_STRS("r1"));
        ccdk_iam_policy_statement_add_resources(p, CCDK_STRS("r2"));
        out_bool("HasResourceTwo", ccdk_iam_policy_statement_has_resource(p));
    }
    { /* hasPrincipal */
        out_bool("HasPrincipalNone", ccdk_iam_policy_statement_has_principal(stmt()));
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_arn_principal(p, "bla");
        out_bool("HasPrincipalArn", ccdk_iam_policy_statement_has_principal(p));
        ccdk_iam_policy_statement *q = stmt();
        ccdk_iam_policy_statement_add_not_principals(q, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_canonical_user_principal(stack, "test")));
        out_bool("HasPrincipalNot", ccdk_iam_policy_statement_has_principal(q));
    }
    { /* statementCount */
        static const char *const counts[] = {"0", "1", "2", "3"};
        ccdk_iam_policy_document *p = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0});
        out("Count0", counts[ccdk_iam_policy_document_statement_count(p)]);
        ccdk_iam_policy_document_add_statements(p, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                       .actions = CCDK_STRS("service:action1")}));
        out("Count1", counts[ccdk_iam_policy_document_statement_count(p)]);
        ccdk_iam_policy_document_add_statements(p, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                       .actions = CCDK_STRS("service:action2")}));
        out("Count2", counts[ccdk_iam_policy_document_statement_count(p)]);
        ccdk_iam_policy_document_add_statements(p, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                       .actions = CCDK_STRS("service:action2")}));
        out("Count3", counts[ccdk_iam_policy_document_statement_count(p)]);
    }
    { /* AnyPrincipal and addAnyPrincipal */
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_any_principal(s);
        put("AnyPrincipal", DOC(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                .principals = CCDK_LIST(ccdk_iam_any_principal(stack))})));
        put("AddAnyPrincipal", DOC(s));
    }
    { /* duplicates */
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:a"));
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:a"));
        ccdk_iam_policy_statement_add_resources(s, CCDK_STRS("x"));
        ccdk_iam_policy_statement_add_resources(s, CCDK_STRS("x"));
        ccdk_iam_policy_statement *n = stmt();
        ccdk_iam_policy_statement_add_not_actions(n, CCDK_STRS("service:a"));
        ccdk_iam_policy_statement_add_not_actions(n, CCDK_STRS("service:a"));
        ccdk_iam_policy_statement_add_not_resources(n, CCDK_STRS("x"));
        ccdk_iam_policy_statement_add_not_resources(n, CCDK_STRS("x"));
        put("NoDuplicates", DOC(s));
        put("NoNotDuplicates", DOC(n));
    }
    {
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_composite_principal(
                                                        stack, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_arn_principal(stack, "i:am:an:arn")))));
        put("CompositeSingle", DOC(s));
    }
    {
        ccdk_iam_role_new(stack, "CompositeRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_composite_principal(
                stack, (ccdk_iam_principal_list)CCDK_LIST(
                           ccdk_iam_arn_principal(stack, "i:am"),
                           ccdk_iam_federated_principal(stack, "federated", json("{\"StringEquals\": {\"aws:some-key\": \"some-value\"}}"), NULL))),
        });
    }
    { /* the big nice merge */
        ccdk_iam_principal *p = ccdk_iam_composite_principal(
            stack, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_arn_principal(stack, "i:am:an:arn"), ccdk_iam_service_principal(stack, "amazon.com")));
        ccdk_iam_composite_principal_add_principals(
            p, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_any_principal(stack), ccdk_iam_service_principal(stack, "another.service")));
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(p));
        ccdk_iam_policy_statement_add_arn_principal(s, "aws-principal-3");
        ccdk_iam_policy_statement_add_condition(s, "cond2", "boom", ccdk_v_string(stack, "123"));
        put("CompositeMerge", DOC(s));
        ccdk_iam_principal *c = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_arn_principal(stack, "before")));
        ccdk_iam_policy_statement *t = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:action"), .principals = CCDK_LIST(c)});
        ccdk_iam_composite_principal_add_principals(c, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_arn_principal(stack, "after")));
        ccdk_iam_policy_statement *u = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:other"), .principals = CCDK_LIST(c)});
        put("CompositeGrown", DOC(t, u));
    }
    {
        ccdk_iam_role_new(stack, "MixedRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_composite_principal(
                stack, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_arn_principal(stack, "arn"),
                                                          ccdk_iam_federated_principal(stack, "fed", json("{}"), "sts:Boom"))),
        });
    }
    {
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(
            ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
                                               json("{\"BinaryEquals\": {\"principal-key\": \"SGV5LCBmcmllbmQh\"}}")),
            json("{\"StringEquals\": {\"wrapper-key\": [\"val-1\", \"val-2\"]}}"));
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(p));
        put("WrapperConditions", DOC(s));
    }
    {
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_account_principal(stack, "012345678900"),
                                                                   json("{\"StringEquals\": {\"key\": \"val\"}}"));
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(p));
        ccdk_iam_policy_statement_add_condition(s, "Null", "banned-key", ccdk_v_string(stack, "true"));
        put("AddConditionAfter", DOC(s));
    }
    {
        ccdk_iam_principal *original = ccdk_iam_arn_principal(stack, "iam:an:arn");
        ccdk_iam_principal *wrapped = ccdk_iam_principal_with_conditions(original, json("{\"StringEquals\": {\"key\": \"val\"}}"));
        put("OriginalUntouched", DOC(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                         .actions = CCDK_STRS("service:a"), .principals = CCDK_LIST(original)}),
                                     ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                         .actions = CCDK_STRS("service:b"), .principals = CCDK_LIST(wrapped)})));
    }
    {
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(
            ccdk_iam_federated_principal(stack, "fed",
                                         json("{\"OperatorOne\": {\"fed-key\": \"fed-val\"}, \"OperatorTwo\": {\"fed-key\": \"fed-val\"},"
                                              " \"OperatorThree\": {\"fed-key\": \"fed-val\"}}"),
                                         NULL),
            json("{\"OperatorTwo\": {\"with-key\": \"with-val\"}, \"OperatorThree\": {\"with-key\": \"with-val\"}}"));
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_condition(s, "OperatorThree", "add-key", ccdk_v_string(stack, "add-val"));
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(p));
        put("OperatorsMerged", DOC(s));
    }
    {
        ccdk_value *c = ccdk_v_object(stack);
        ccdk_v_set(c, "StringEquals", ccdk_lazy_value(stack, produce_goo, NULL));
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_arn_principal(stack, "arn:of:principal"), c);
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(p));
        put("LazyCondition", DOC(s));
    }
    {
        ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(
            ccdk_iam_federated_principal(stack, "fed", json("{\"Operator\": {\"key\": \"p-val\"}}"), NULL),
            json("{\"Operator\": {\"key\": \"with-val\"}}"));
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(p));
        put("ValuesOverwritten", DOC(s));
    }
    {
        ccdk_iam_policy_document *p = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0});
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_resources(s, CCDK_STRS("resource1", "resource2"));
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action1", "service:action2"));
        ccdk_iam_policy_statement_add_service_principal(s, "service", NULL);
        ccdk_iam_policy_statement_add_conditions(s, json("{\"a\": {\"b\": \"c\"}, \"d\": {\"e\": \"f\"}}"));
        ccdk_iam_policy_document_add_statements(p, s);
        ccdk_iam_policy_document_add_statements(p, s);
        ccdk_iam_policy_document_add_statements(p, s);
        put("DuplicatesWithoutTokens", p);
    }
    {
        ccdk_iam_policy_document *p = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0});
        for (int i = 0; i < 2; i++) {
            ccdk_iam_policy_statement *s = stmt();
            ccdk_iam_policy_statement_add_resources(s, CCDK_STRS(ccdk_lazy_string(stack, produce_action, "resource")));
            ccdk_iam_policy_statement_add_actions(s, CCDK_STRS(ccdk_lazy_string(stack, produce_action, "service:action")));
            ccdk_iam_policy_document_add_statements(p, s);
        }
        put("DuplicatesWithTokens", p);
    }
    {
        ccdk_iam_policy_document *doc = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0});
        ccdk_iam_policy_document_assign_sids(doc);
        for (int i = 0; i < 4; i++)
            ccdk_iam_policy_document_add_statements(doc, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                             .actions = CCDK_STRS("service:action1"), .resources = CCDK_STRS("resource1")}));
        ccdk_iam_policy_document_add_statements(doc, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                         .actions = CCDK_STRS("service:action2"), .resources = CCDK_STRS("resource2")}));
        put("AssignSids", doc);
    }
    {
        ccdk_iam_policy_statement *s = stmt();
        ccdk_iam_policy_statement_add_actions(s, CCDK_STRS("service:action1", "service:action2"));
        ccdk_iam_policy_statement_add_all_resources(s);
        ccdk_iam_policy_statement_add_arn_principal(s, "arn");
        ccdk_iam_policy_statement_add_condition(s, "key", "equals", ccdk_v_string(stack, "value"));
        put("Mutated", DOC(s));
        put("Constructed", DOC(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                               .actions = CCDK_STRS("service:action1", "service:action2"),
                               .resources = CCDK_STRS("*"),
                               .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
                               .conditions = json("{\"key\": {\"equals\": \"value\"}}"),
                           })));
    }
    {
        ccdk_iam_policy_statement *p = stmt();
        ccdk_iam_policy_statement_add_condition(p, "StringEquals", "kms:ViaService", ccdk_v_string(stack, "service"));
        ccdk_iam_policy_statement_add_account_condition(p, "12221121221");
        put("SameOperator", DOC(p));
    }
    {
        out("NoActions", validate(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                             .principals = CCDK_LIST(ccdk_iam_any_principal(stack))})));
        out("NoPrincipals", validate(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("*")})));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
