/* Conformance case 'error-policy-statement-sid-not-alphanumeric': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_document *inline_doc = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .sid = "inline_sid", .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"),
        })));
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .inline_policies = CCDK_LIST(((ccdk_iam_inline_policy){.name = "Inline", .document = inline_doc})),
    });
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .sid = "my-sid", .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*"),
    }));
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .sid = "Good1", .actions = CCDK_STRS("s3:PutObject"), .resources = CCDK_STRS("*"),
    }));
    ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "Policy", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .sid = "with space", .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS("*"),
        })),
    });
    ccdk_iam_policy_attach_to_role(policy, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
