/* version.edgeArn in templates: removeInEdge variables removed before anything is rendered; an
 * unused edgeArn checks nothing; an import's edgeArn is its ARN. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "EdgeFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ status: \"200\" });"),
    });
    const ccdk_lambda_environment_options edge = {.remove_in_edge = CCDK_TRUE};
    ccdk_lambda_function_add_environment_with_options(fn, "ZED", "z", &edge);
    ccdk_lambda_function_add_environment_with_options(fn, "ALPHA", "a", &edge);
    ccdk_lambda_function_add_environment(fn, "MIDDLE", "m");
    ccdk_lambda_function_add_environment_with_options(fn, "MIDDLE", "m2", &edge);

    ccdk_lambda_function *consumer = ccdk_lambda_function_new(stack, "Consumer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .environment = CCDK_KVS({"EDGE_ARN", ccdk_lambda_version_edge_arn(ccdk_lambda_function_current_version(fn))},
                                {"PLAIN", "x"}),
    });

    ccdk_lambda_version *other = ccdk_lambda_version_new(stack, "ConsumerVersion", &(ccdk_lambda_version_props){
        .lambda = consumer,
    });
    (void)ccdk_lambda_version_edge_arn(other);

    const char *edge_arn = ccdk_lambda_version_edge_arn(ccdk_lambda_function_current_version(fn));
    ccdk_cfn_output_new(stack, "EdgeArn", &(ccdk_cfn_output_props){.value = edge_arn});
    ccdk_cfn_output_new(stack, "EdgeArnInText", &(ccdk_cfn_output_props){.value = ccdk_fmt(stack, "edge:%s", edge_arn)});
    ccdk_lambda_version *imported =
        ccdk_lambda_version_from_version_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:edge-fn:7");
    ccdk_cfn_output_new(stack, "ImportedEdgeArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_edge_arn(imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
