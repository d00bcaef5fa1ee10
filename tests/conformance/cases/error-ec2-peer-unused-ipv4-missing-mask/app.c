/* Peer.ipv4 of an address without a mask that no rule uses (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_ec2_peer office = ccdk_ec2_peer_ipv4("203.0.113.7");
    (void)office;
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
