/* Conformance case 'ported-function-policy-token-resolution-flag-off': aws-cdk's
 * function-policy-statement-token-resolution.test.ts (aws-lambda) ported literally (see app.js), the
 * flag false in the App's context; 'separates mixed array token and literal statements to prevent
 * conflicts' in the Default stack (a NULL id), the other four a stack each.
 * Ported from aws-cdk: function-policy-statement-token-resolution.test.ts (the tests listed in app.js) */
#include <ccdk/lambda.h>

static ccdk_lambda_function *my_lambda(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "test"),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.test",
    });
}

static ccdk_cfn_parameter *bucket_list(ccdk_stack *stack)
{
    return ccdk_cfn_parameter_new(stack, "BucketList", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "bucket1,bucket2,bucket3")});
}

static ccdk_iam_policy_statement *statement(ccdk_stack *stack, const char *action, ccdk_strs resources)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = resources});
}

/* cdk.Fn.split(',', source) */
static ccdk_strs split(ccdk_stack *stack, const char *source)
{
    return ccdk_token_as_list(ccdk_fn_split(stack, ",", source));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false"}),
    });
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_function *fn = my_lambda(stack);
        ccdk_cfn_parameter *param = bucket_list(stack);
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:GetObject", split(stack, ccdk_cfn_parameter_value_as_string(param))));
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:ListBucket", CCDK_STRS("arn:aws:s3:::static-bucket")));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "HomogeneousTokens", NULL);
        ccdk_lambda_function *fn = my_lambda(stack);
        ccdk_cfn_parameter *param = bucket_list(stack);
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:GetObject", split(stack, ccdk_cfn_parameter_value_as_string(param))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "HomogeneousLiterals", NULL);
        ccdk_lambda_function *fn = my_lambda(stack);
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:GetObject", CCDK_STRS("arn:aws:s3:::bucket1/*")));
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:ListBucket", CCDK_STRS("arn:aws:s3:::bucket2")));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ReverseOrder", NULL);
        ccdk_lambda_function *fn = my_lambda(stack);
        ccdk_cfn_parameter *param = bucket_list(stack);
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:ListBucket", CCDK_STRS("arn:aws:s3:::static-bucket")));
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:GetObject", split(stack, ccdk_cfn_parameter_value_as_string(param))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CommaDelimitedList", NULL);
        ccdk_lambda_function *fn = my_lambda(stack);
        ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "ResourceList", &(ccdk_cfn_parameter_props){
            .type = "CommaDelimitedList",
            .default_value = ccdk_v_string(stack, "arn:aws:s3:::bucket1/*,arn:aws:s3:::bucket2/*")});
        ccdk_lambda_function_add_to_role_policy(fn, statement(stack, "s3:GetObject", ccdk_cfn_parameter_value_as_list(param)));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
