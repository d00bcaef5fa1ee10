/* A Lambda function's ARN and name from a us-east-1 stack used in the environment of a function of
 * an eu-west-1 stack of the same account (made with cross_region_references): with the default
 * strength, an ExportWriter in the producer writes them into SSM parameters of eu-west-1 and an
 * ExportReader in the consumer reads them back; under `cdk init`'s flags, Fn::GetStackOutput. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_function *edge = ccdk_lambda_function_new(producer, "Edge", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(producer, "exports.handler = async () => {};"),
    });
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1", .cross_region_references = CCDK_TRUE});
    ccdk_lambda_function_new(consumer, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(consumer, "exports.handler = async () => {};"),
        .environment = CCDK_KVS({"EDGE_ARN", ccdk_lambda_function_arn(edge)}, {"EDGE_NAME", ccdk_lambda_function_name(edge)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
