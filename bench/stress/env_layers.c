/* stress shape env_layers: a stack "Layers" holding 50 LayerVersions (code in an imported bucket),
 * and N functions in stacks of 100, each with 10 environment variables, 3 of the 50 layers (layer
 * i % 50, (i + 17) % 50 and (i + 33) % 50: imported from "Layers"), its currentVersion and an
 * alias "live". @aws-cdk/aws-lambda:recognizeLayerVersion is on (as `cdk init` sets it), so each
 * version hash takes in its layers. Same construct ids as env_layers.js.
 * Usage: env_layers [N]   (default 1000; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

#define PER_STACK 100
#define NLAYERS 50
#define NENV 10

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    if (n < 1) {
        fprintf(stderr, "usage: env_layers [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeLayerVersion", "true"})});
    ccdk_stack *layers_stack = ccdk_stack_new(app, "Layers", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(layers_stack, "CodeBucket", "my-code-bucket");
    ccdk_lambda_layer_version *layers[NLAYERS];
    char id[32], key[64], val[NENV][48];
    for (int l = 0; l < NLAYERS; l++) {
        snprintf(id, sizeof id, "Layer%d", l);
        snprintf(key, sizeof key, "layers/layer-%d.zip", l);
        layers[l] = ccdk_lambda_layer_version_new(layers_stack, id, &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_code_from_bucket(bucket, key, NULL),
            .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_24_X),
        });
    }
    ccdk_stack *stack = NULL;
    for (long i = 0; i < n; i++) {
        if (i % PER_STACK == 0) {
            snprintf(id, sizeof id, "Stack%ld", i / PER_STACK);
            stack = ccdk_stack_new(app, id, NULL);
        }
        for (int e = 0; e < NENV; e++)
            snprintf(val[e], sizeof val[e], "value-%ld-%d", i, e);
        snprintf(id, sizeof id, "Fn%ld", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            .environment = CCDK_KVS({"VAR_J", val[9]}, {"VAR_A", val[0]}, {"VAR_I", val[8]}, {"VAR_B", val[1]},
                                    {"VAR_H", val[7]}, {"VAR_C", val[2]}, {"VAR_G", val[6]}, {"VAR_D", val[3]},
                                    {"VAR_F", val[5]}, {"VAR_E", val[4]}),
            .layers = CCDK_LIST(layers[i % NLAYERS], layers[(i + 17) % NLAYERS], layers[(i + 33) % NLAYERS]),
        });
        ccdk_lambda_function_current_version(fn);
        ccdk_lambda_function_add_alias(fn, "live", NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
