/* hello-lambda: the seed README's first example, in C.
 *
 *   const fn = new lambda.Function(this, 'MyFunction', {
 *     runtime: lambda.Runtime.NODEJS_16_X,
 *     handler: 'index.handler',
 *     code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
 *   });
 *
 * Run it from this directory (or through `npx cdk synth`, which reads cdk.json): it writes the
 * cloud assembly into $CDK_OUTDIR (the cdk CLI sets it) or ./cdk.out, and prints what it wrote. */
#include <stdio.h>

#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "HelloLambdaStack", NULL);

    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });

    int rc = ccdk_app_synth(app);
    if (rc == 0)
        ccdk_app_print_summary(app, stdout);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
