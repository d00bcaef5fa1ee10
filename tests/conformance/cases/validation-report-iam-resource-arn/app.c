/* Conformance case 'validation-report-iam-resource-arn': see app.js. The L1s' properties are
 * raw.json's (the program runs in the case's directory). */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/core.h>
#include <ccdk/iam.h>

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = 0;
    fclose(f);
    return s;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});

    ccdk_stack *id = ccdk_stack_new(app, "Identity", NULL);
    ccdk_iam_user *user = ccdk_iam_user_new(id, "U", NULL);
    ccdk_iam_policy_new(id, "P", &(ccdk_iam_policy_props){
        .users = CCDK_LIST(user),
        .statements = CCDK_LIST(
            ccdk_iam_policy_statement_new(id, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("some-arn")}),
            ccdk_iam_policy_statement_new(id, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("s3:PutObject"), .resources = CCDK_STRS("arn:aws:s3:::b/*", "bad-arn", "*")})),
    });
    ccdk_iam_managed_policy_new(id, "MP", &(ccdk_iam_managed_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(id, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"),
            .not_resources = CCDK_STRS("arn:aws:s3:::b", "arn:aws:s3:us-east-1:12345678901:x")})),
    });
    ccdk_iam_policy_document *inline_doc = ccdk_iam_policy_document_new(id, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(id, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS("arn:aws-cn:sqs:*:123456789012:q", "arn:Aws:sqs:::q")})));
    ccdk_iam_role *role = ccdk_iam_role_new(id, "R", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(id, "lambda.amazonaws.com"),
        .inline_policies = CCDK_LIST_OF(ccdk_iam_inline_policy, {"Inline", inline_doc}),
    });
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(id, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:*"), .resources = CCDK_STRS("arn:partition:s3:::b")}));
    ccdk_iam_group *group = ccdk_iam_group_new(id, "G", NULL);
    ccdk_iam_group_add_to_principal_policy(group, ccdk_iam_policy_statement_new(id, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:*"), .resources = CCDK_STRS("group-arn")}));

    ccdk_stack *rs = ccdk_stack_new(app, "Raw", NULL);
    ccdk_cfn_parameter_new(rs, "Name", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_condition_new(rs, "HasName", ccdk_fn_condition_equals(rs, ccdk_v_json(rs, "{\"Ref\":\"Name\"}"), ccdk_v_string(rs, "x")));
    ccdk_cfn_parameter_new(rs, "Other", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_cfn_condition_new(rs, "HasOther", ccdk_fn_condition_equals(rs, ccdk_v_json(rs, "{\"Ref\":\"Other\"}"), ccdk_v_string(rs, "x")));
    char *text = slurp("raw.json");
    ccdk_value *raw = ccdk_v_json(rs, text);
    free(text);
    static const char *const ids[] = {"Zed", "Single", "UserPolicy", "RolePolicy", "GroupPolicy", "PermissionSet",
                                      "RawUser", "RawGroup", "RawRole", "Conditional", "QueuePolicy", "Alpha"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        ccdk_value *r = ccdk_v_get(raw, ids[i]);
        ccdk_cfn_resource_new(rs, ids[i], ccdk_v_to_string(ccdk_v_get(r, "type")), ccdk_v_get(r, "properties"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
