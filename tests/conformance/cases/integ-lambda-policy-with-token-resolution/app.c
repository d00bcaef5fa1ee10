/* Conformance case 'integ-lambda-policy-with-token-resolution': aws-lambda
 * test/integ.lambda-policy-with-token-resolution.ts (the IntegTest is dropped;
 * STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_cfn_mapping *mapping = ccdk_cfn_mapping_new(stack, "testmapping", ccdk_v_json(stack,
        "{\"us\": {\"regionalModels\": \"arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-lite-v1:0\"}}"));
    ccdk_cfn_element_override_logical_id(mapping, "testmapping");
    ccdk_lambda_function *func = ccdk_lambda_function_new(stack, "test-function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack,
            "exports.handler = async (event) => { console.log(event); return {'statusCode': 200, 'body': ''}; }"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
    });
    /* Literal resources in statement */
    ccdk_lambda_function_add_to_role_policy(func, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("bedrock:Invoke*"),
        .resources = CCDK_STRS("*"),
    }));
    /* Array token resources in statement. Fn.findInMap('testmapping', ...) by name: the mapping's
     * findInMap gives the same {"Fn::FindInMap": ["testmapping", ...]} (its logical id is that name) */
    ccdk_lambda_function_add_to_role_policy(func, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("bedrock:Invoke*"),
        .resources = ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_cfn_mapping_find_in_map(mapping, "us", "regionalModels"))),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
