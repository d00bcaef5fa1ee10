/* IAM statements whose resources (or actions) are a list token: Fn.split of a parameter, a
 * CommaDelimitedList parameter's valueAsList, a lazy list. A list token stays the whole list
 * ({"Fn::Split": ...}, {"Ref": ...}), never its first item; under @aws-cdk/aws-iam:minimizePolicies
 * (on in the cli+init context) statements of one list token merge, while two Fn.split calls are two
 * tokens that do not. */
#include <ccdk/lambda.h>

#define L(...) (CCDK_STRS(__VA_ARGS__))

static ccdk_stack *stack;

static ccdk_iam_policy_statement *allow(ccdk_strs actions, ccdk_strs resources)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = actions, .resources = resources});
}

/* Lazy.list({produce}) of the strings in ctx (a NULL-terminated array) */
static ccdk_value *produce_strings(void *ctx)
{
    ccdk_value *l = ccdk_v_list(stack);
    for (const char *const *s = ctx; *s; s++)
        ccdk_v_push(l, ccdk_v_string(stack, *s));
    return l;
}

static ccdk_strs lazy_list(const char *const *strings)
{
    return ccdk_token_as_list(ccdk_lazy_value(stack, produce_strings, (void *)strings));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *bucket_list = ccdk_cfn_parameter_new(stack, "BucketList", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "a,b")});
    ccdk_cfn_parameter *arn_list = ccdk_cfn_parameter_new(stack, "ArnList", &(ccdk_cfn_parameter_props){
        .type = "CommaDelimitedList",
        .default_value = ccdk_v_string(stack, "arn:aws:s3:::bucket1/*,arn:aws:s3:::bucket2/*")});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_iam_role *role = ccdk_lambda_function_role(fn);

    const char *buckets = ccdk_cfn_parameter_value_as_string(bucket_list);
    ccdk_strs split = ccdk_token_as_list(ccdk_fn_split(stack, ",", buckets));
    ccdk_iam_role_add_to_policy(role, allow(L("s3:GetObject"), split));
    ccdk_iam_role_add_to_policy(role, allow(L("s3:PutObject"), split));
    ccdk_iam_role_add_to_policy(role, allow(L("s3:ListBucket"), ccdk_token_as_list(ccdk_fn_split(stack, ",", buckets))));
    ccdk_iam_role_add_to_policy(role, allow(L("s3:GetObject"), split)); /* a duplicate */
    static const char *const deleted[] = {"arn:aws:s3:::y", "arn:aws:s3:::x", NULL};
    ccdk_iam_role_add_to_policy(role, allow(L("s3:DeleteObject"), lazy_list(deleted)));
    static const char *const actions[] = {"service:b", "service:a", "service:c", NULL};
    ccdk_iam_role_add_to_policy(role, allow(lazy_list(actions), L("arn:aws:s3:::z")));
    ccdk_iam_policy_statement *dup = ccdk_iam_policy_statement_new(stack, NULL);
    ccdk_iam_policy_statement_add_actions(dup, L("service:a"));
    ccdk_iam_policy_statement_add_actions(dup, L("service:a"));
    ccdk_iam_policy_statement_add_resources(dup, L("arn:aws:s3:::dup"));
    ccdk_iam_policy_statement_add_resources(dup, L("arn:aws:s3:::dup"));
    ccdk_iam_role_add_to_policy(role, dup);

    ccdk_strs arns = ccdk_cfn_parameter_value_as_list(arn_list);
    ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "ListPolicy", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(
            allow(L("sqs:SendMessage"), arns),
            allow(L("sqs:ReceiveMessage"), ccdk_cfn_parameter_value_as_list(arn_list)),
            allow(L("sqs:DeleteMessage"),
                  ccdk_token_as_list(ccdk_fn_split(stack, ",", "arn:aws:sqs:::q1,arn:aws:sqs:::q2")))),
    });
    ccdk_iam_policy_attach_to_role(policy, role);

    ccdk_iam_role_new(stack, "InlineRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .inline_policies = CCDK_LIST_OF(ccdk_iam_inline_policy, {"Lists", ccdk_iam_policy_document_new(stack,
            (ccdk_iam_policy_statement_list)CCDK_LIST(
                allow(L("kms:Decrypt"), ccdk_token_as_list(ccdk_fn_split(stack, "|", ccdk_fn_import_value(stack, "KeyArns")))),
                allow(L("kms:Encrypt"), arns)))}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
