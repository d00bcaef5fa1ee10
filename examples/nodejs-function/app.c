/* nodejs-function: NodejsFunction (aws-lambda-nodejs) in C. Two TypeScript handlers that share a
 * module, bundled with the project's esbuild exactly as aws-cdk-lib bundles them:
 *
 *   new NodejsFunction(this, 'Hello', { entry: 'src/handlers/hello.ts' });
 *   new NodejsFunction(this, 'Orders', {
 *     entry: 'src/handlers/orders.ts', handler: 'getOrder', runtime: Runtime.NODEJS_22_X,
 *     architecture: Architecture.ARM_64, memorySize: 512, environment: { TABLE_NAME: 'orders' },
 *     bundling: { minify: true, sourceMap: true },
 *   });
 *
 * Run it through `npx cdk synth` in this directory (cdk.json runs ../../build/examples/nodejs-function,
 * which `make build/examples/nodejs-function` builds), or directly. The lock file (package-lock.json)
 * is found from the working directory, as aws-cdk-lib does, and makes this directory the project
 * root; esbuild is the repository's (node_modules/.bin/esbuild, found upwards). A second synth with
 * nothing changed takes the bundles from ccdk's cache (~/.cache/ccdk/nodejs) without running esbuild. */
#include <stdio.h>

#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "NodejsFunctionStack", NULL);

    ccdk_lambda_nodejs_function_new(stack, "Hello", &(ccdk_lambda_nodejs_function_props){
        .entry = "src/handlers/hello.ts",
    });
    ccdk_lambda_function *orders = ccdk_lambda_nodejs_function_new(stack, "Orders", &(ccdk_lambda_nodejs_function_props){
        .entry = "src/handlers/orders.ts",
        .function = {.handler = "getOrder",
                     .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
                     .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
                     .memory_size = CCDK_NUM(512),
                     .environment = CCDK_KVS({"TABLE_NAME", "orders"})},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.minify = CCDK_TRUE, .source_map = CCDK_TRUE},
    });
    /* a NodejsFunction is a lambda Function: every ccdk_lambda_function_* call applies */
    ccdk_lambda_function_add_environment(orders, "LOG_LEVEL", "info");

    int rc = ccdk_app_synth(app);
    if (rc == 0)
        ccdk_app_print_summary(app, stdout);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
