/* IAM: statements of a function's role policy that @aws-cdk/aws-iam:minimizePolicies (on in the
 * cli+init context) merges and sorts, and that the role's default policy merges when equal (every
 * context): same actions, same resources, tokens, conditions, a Sid, Deny, NotResource, a grant from
 * another function, an inline policy of a role. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

#define L(...) (CCDK_STRS(__VA_ARGS__))

static ccdk_lambda_function *fn;
static ccdk_stack *stack;

static void st(ccdk_iam_policy_statement_props props)
{
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &props));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_lambda_function *other = ccdk_lambda_function_new(stack, "Other", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_value *region_cond = ccdk_v_json(stack, "{\"StringEquals\": {\"aws:RequestedRegion\": \"us-east-1\"}}");
    st((ccdk_iam_policy_statement_props){.actions = L("s3:PutObject"), .resources = L("arn:aws:s3:::bucket-b/*")});
    st((ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:aws:s3:::bucket-a/*")});
    st((ccdk_iam_policy_statement_props){.actions = L("s3:PutObject"), .resources = L("arn:aws:s3:::bucket-a/*")});
    st((ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:aws:s3:::bucket-b/*")});
    st((ccdk_iam_policy_statement_props){.actions = L("sqs:SendMessage", "sqs:GetQueueUrl"),
                                         .resources = L(ccdk_sqs_queue_arn(queue))});
    st((ccdk_iam_policy_statement_props){.actions = L("sqs:GetQueueUrl", "sqs:SendMessage"), /* equal, reordered */
                                         .resources = L(ccdk_sqs_queue_arn(queue))});
    st((ccdk_iam_policy_statement_props){.actions = L("dynamodb:GetItem"), .resources = L("*"), .conditions = region_cond});
    st((ccdk_iam_policy_statement_props){.actions = L("dynamodb:PutItem"), .resources = L("*"), .conditions = region_cond});
    st((ccdk_iam_policy_statement_props){.sid = "Named", .actions = L("kms:Decrypt"), .resources = L("*")});
    st((ccdk_iam_policy_statement_props){.sid = "Named2", .actions = L("kms:Encrypt"), .resources = L("*")});
    st((ccdk_iam_policy_statement_props){.effect = CCDK_IAM_DENY, .actions = L("s3:DeleteObject"),
                                         .resources = L("arn:aws:s3:::bucket-a/*")});
    st((ccdk_iam_policy_statement_props){.effect = CCDK_IAM_DENY, .actions = L("s3:DeleteBucket"),
                                         .resources = L("arn:aws:s3:::bucket-a/*")});
    st((ccdk_iam_policy_statement_props){.actions = L("logs:PutLogEvents"),
                                         .not_resources = L("arn:aws:logs:*:*:log-group:secret")});
    st((ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:aws:s3:::bucket-a/*")}); /* duplicate */
    ccdk_lambda_function_grant_invoke(other, ccdk_lambda_function_role(fn));
    ccdk_sqs_queue_grant_consume_messages(queue, ccdk_lambda_function_role(fn));

    ccdk_iam_policy_statement_list inline_st = CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = L("ec2:DescribeInstances"), .resources = L("*")}),
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = L("ec2:DescribeVpcs", "ec2:DescribeSubnets"), .resources = L("*")}));
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "InlineRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
                                                                    ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
                                                                    ccdk_iam_service_principal(stack, "edgelambda.amazonaws.com"),
                                                                    ccdk_iam_account_principal(stack, "123456789012"))),
        .inline_policies = CCDK_LIST_OF(ccdk_iam_inline_policy, {"Inline", ccdk_iam_policy_document_new(stack, inline_st)}),
    });
    ccdk_cfn_output_new(stack, "RoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
