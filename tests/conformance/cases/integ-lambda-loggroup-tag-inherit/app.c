/* Conformance case 'integ-lambda-loggroup-tag-inherit': aws-lambda
 * test/integ.lambda.loggroup-tag-inherit.ts (the IntegTest and its listTagsLogGroup assertion are
 * dropped). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", "false"},
                                     {"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "true"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "loggroup-tag-inherit", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "TaggedLmbdaFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
    });
    /* Tag the function */
    ccdk_tags_add(fn, "Environment", "Test");
    ccdk_tags_add(fn, "Owner", "CDKTeam");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
