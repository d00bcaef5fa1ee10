/* aws-iam policy-document.test.ts fromJson: a document parsed from JSON (single strings and lists,
 * Deny, Sid, NotAction/NotResource, Condition, JSON principals: an object of lists, of strings, "*", a
 * NotPrincipal) used by a ManagedPolicy, a role's inline policy and a resource;
 * PolicyStatement.fromJson into a role's policy (merged with an equal statement made in code);
 * statement.toStatementJson(). */
#include <ccdk/iam.h>

static const char text[] =
    "{\"Version\":\"2012-10-17\",\"Statement\":["
    "{\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/*\",\"Effect\":\"Allow\",\"Sid\":\"Read\"},"
    "{\"Action\":[\"s3:PutObject\",\"s3:DeleteObject\"],\"Resource\":[\"arn:aws:s3:::a/*\",\"arn:aws:s3:::b/*\"],"
    "\"Effect\":\"Deny\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}},"
    "{\"NotAction\":\"iam:*\",\"NotResource\":[\"arn:aws:iam::123456789012:role/admin\"],\"Effect\":\"Allow\"}]}";

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_document *doc = ccdk_iam_policy_document_from_json(stack, ccdk_v_json(stack, text));
    ccdk_iam_managed_policy_new(stack, "Managed", &(ccdk_iam_managed_policy_props){.document = doc});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .inline_policies = CCDK_LIST_OF(ccdk_iam_inline_policy,
            {"FromJson", ccdk_iam_policy_document_from_json(stack, ccdk_v_json(stack, text))})});
    ccdk_iam_policy_statement *statement = ccdk_iam_policy_statement_from_json(stack,
        ccdk_v_json(stack, "{\"Effect\": \"Allow\", \"Action\": [\"sqs:SendMessage\"], \"Resource\": \"*\"}"));
    ccdk_iam_role_add_to_policy(role, statement);
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS("*")}));

    ccdk_iam_policy_document *resource_doc = ccdk_iam_policy_document_from_json(stack, ccdk_v_json(stack,
        "{\"Statement\": ["
        "{\"Action\": \"sqs:*\", \"Resource\": \"*\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
        "[\"arn:aws:iam::111111111111:root\", \"arn:aws:iam::222222222222:root\"], \"Service\": \"sns.amazonaws.com\"}},"
        "{\"Action\": \"sqs:SendMessage\", \"Resource\": \"*\", \"Effect\": \"Allow\", \"Principal\": \"*\", "
        "\"Condition\": {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-1234567890\"}}},"
        "{\"Action\": \"sqs:DeleteQueue\", \"Resource\": \"*\", \"Effect\": \"Deny\", \"NotPrincipal\": "
        "{\"AWS\": \"arn:aws:iam::111111111111:root\"}}]}"));
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(resource_doc));
    ccdk_v_set(props, "Json", ccdk_iam_policy_statement_to_json(statement));
    ccdk_v_set(props, "Empty", ccdk_iam_policy_document_value(
        ccdk_iam_policy_document_from_json(stack, ccdk_v_json(stack, "{\"Statement\": []}"))));
    ccdk_cfn_resource_new(stack, "Doc", "Custom::Doc", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
