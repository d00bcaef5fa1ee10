/* vpc-lambda.test.ts 'lambda without VPC throws Error upon accessing connections' (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X});
    /* fn.connections is the error (NULL); allowing on NULL connections is ignored */
    ccdk_ec2_connections_allow_to_any_ipv4(ccdk_lambda_function_connections(fn), ccdk_ec2_port_all_tcp(),
                                           "Reach for the world Lambda!");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
