/* bench workload (b): one function whose code is a directory asset (Code.fromAsset).
 * Usage: asset DIR   (an absolute path; output directory: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <ccdk/lambda.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: asset DIR\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "AssetStack", NULL);
    ccdk_lambda_function_new(stack, "AssetFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, argv[1], NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
