/* Function.addToRolePolicy with resources that are a list token (Fn.split of a parameter, a
 * CommaDelimitedList parameter's valueAsList): statements of list tokens and of literal resources do
 * not share the role's default policy: whichever kind came second goes to an inline policy
 * "inlinePolicyAddedToExecutionRole-N", and under @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy
 * (set on a stack) every statement does. The function's own statements (a dead-letter queue's) count
 * as literal ones. */
#include <ccdk/lambda.h>

#define L(...) (CCDK_STRS(__VA_ARGS__))

static ccdk_lambda_function *new_fn(ccdk_stack *scope, const char *id, ccdk_tristate dlq)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(scope, "test"),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.test",
        .dead_letter_queue_enabled = dlq,
    });
}

static ccdk_iam_policy_statement *allow(ccdk_stack *scope, ccdk_strs actions, ccdk_strs resources)
{
    return ccdk_iam_policy_statement_new(scope, &(ccdk_iam_policy_statement_props){.actions = actions, .resources = resources});
}

/* Fn.split(delimiter, source) as a list of strings */
static ccdk_strs split(ccdk_stack *scope, const char *delimiter, const char *source)
{
    return ccdk_token_as_list(ccdk_fn_split(scope, delimiter, source));
}

static ccdk_cfn_parameter *bucket_list(ccdk_stack *stack)
{
    return ccdk_cfn_parameter_new(stack, "BucketList", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "bucket1,bucket2,bucket3")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *buckets = ccdk_cfn_parameter_value_as_string(bucket_list(stack));
    ccdk_cfn_parameter *resource_list = ccdk_cfn_parameter_new(stack, "ResourceList", &(ccdk_cfn_parameter_props){
        .type = "CommaDelimitedList",
        .default_value = ccdk_v_string(stack, "arn:aws:s3:::bucket1/*,arn:aws:s3:::bucket2/*")});
    ccdk_strs resources = ccdk_cfn_parameter_value_as_list(resource_list);

    /* list tokens only: all in the default policy */
    ccdk_lambda_function *tokens = new_fn(stack, "Homogeneous", (ccdk_tristate){0});
    ccdk_lambda_function_add_to_role_policy(tokens, allow(stack, L("s3:GetObject"), split(stack, ",", buckets)));
    ccdk_lambda_function_add_to_role_policy(tokens, allow(stack, L("s3:PutObject"), resources));
    ccdk_lambda_function_add_to_role_policy(tokens, allow(stack, L("s3:DeleteObject"), ccdk_cfn_parameter_value_as_list(resource_list)));

    /* literals only */
    ccdk_lambda_function *literals = new_fn(stack, "Literals", (ccdk_tristate){0});
    ccdk_lambda_function_add_to_role_policy(literals, allow(stack, L("s3:GetObject"), L("arn:aws:s3:::bucket1/*")));
    ccdk_lambda_function_add_to_role_policy(literals, allow(stack, L("s3:ListBucket"), L("arn:aws:s3:::bucket2")));

    /* a list token first: the literals go to inline policies, later list tokens to the default one */
    ccdk_lambda_function *token_first = new_fn(stack, "TokenFirst", (ccdk_tristate){0});
    ccdk_lambda_function_add_to_role_policy(token_first, allow(stack, L("s3:GetObject"), split(stack, ",", buckets)));
    ccdk_lambda_function_add_to_role_policy(token_first, allow(stack, L("s3:ListBucket"), L("arn:aws:s3:::static-bucket")));
    ccdk_lambda_function_add_to_role_policy(
        token_first, allow(stack, L("s3:GetBucketLocation"), L("arn:aws:s3:::static-bucket", "arn:aws:s3:::other")));
    ccdk_lambda_function_add_to_role_policy(
        token_first, allow(stack, L("s3:PutObject"), split(stack, ";", ccdk_fmt(stack, "a;%s", ccdk_aws_region(stack)))));

    /* a literal first (the function's own dead-letter queue statement): list tokens go inline */
    ccdk_lambda_function *literal_first = new_fn(stack, "LiteralFirst", CCDK_TRUE);
    ccdk_lambda_function_add_to_role_policy(literal_first, allow(stack, L("s3:GetObject"), split(stack, ",", buckets)));
    ccdk_lambda_function_add_to_role_policy(literal_first, allow(stack, L("s3:PutObject"), resources));
    ccdk_lambda_function_add_to_role_policy(literal_first, allow(stack, L("s3:ListBucket"), L("arn:aws:s3:::static-bucket")));
    ccdk_iam_role_add_to_policy(ccdk_lambda_function_role(literal_first),
                                allow(stack, L("s3:DeleteObject"), split(stack, ",", "arn:aws:s3:::x,arn:aws:s3:::y")));

    /* the same list token twice in one statement is one list token */
    ccdk_lambda_function *twice = new_fn(stack, "Twice", (ccdk_tristate){0});
    ccdk_lambda_function_add_to_role_policy(twice, allow(stack, L("s3:GetObject"), L(resources.items[0], resources.items[0])));
    ccdk_lambda_function_add_to_role_policy(twice, allow(stack, L("s3:ListBucket"), L("arn:aws:s3:::static-bucket")));

    /* the feature flag: every statement in an inline policy of its own */
    ccdk_stack *flag_stack = ccdk_stack_new(app, "FlagStack", NULL);
    ccdk_node_set_context(flag_stack, "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "true");
    const char *flag_buckets = ccdk_cfn_parameter_value_as_string(bucket_list(flag_stack));
    ccdk_lambda_function *flagged = new_fn(flag_stack, "MyLambda", (ccdk_tristate){0});
    ccdk_lambda_function_add_to_role_policy(flagged, allow(flag_stack, L("s3:ListBucket"), L("arn:aws:s3:::static-bucket")));
    ccdk_lambda_function_add_to_role_policy(flagged, allow(flag_stack, L("s3:GetObject"), split(flag_stack, ",", flag_buckets)));

    ccdk_stack *off_stack = ccdk_stack_new(app, "FlagOffStack", NULL);
    ccdk_node_set_context(off_stack, "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false");
    const char *off_buckets = ccdk_cfn_parameter_value_as_string(bucket_list(off_stack));
    ccdk_lambda_function *off = new_fn(off_stack, "MyLambda", (ccdk_tristate){0});
    ccdk_lambda_function_add_to_role_policy(off, allow(off_stack, L("s3:ListBucket"), L("arn:aws:s3:::static-bucket")));
    ccdk_lambda_function_add_to_role_policy(off, allow(off_stack, L("s3:GetObject"), split(off_stack, ",", off_buckets)));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
