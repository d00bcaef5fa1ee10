/* Conformance case 'code-custom-command': see app.js. */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <stdlib.h>
#include <stdio.h>

#include <ccdk/lambda.h>

int main(void)
{
    const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    char out[4096], out2[4096];
    snprintf(out, sizeof out, "%s/ccdk-custom-command-XXXXXX", tmp);
    snprintf(out2, sizeof out2, "%s/ccdk-custom-command-XXXXXX", tmp);
    if (!mkdtemp(out) || !mkdtemp(out2))
        return 1;
    char dest2[4200];
    snprintf(dest2, sizeof dest2, "%s/main.js", out2);

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "Built", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_custom_command(stack, out, CCDK_STRS("cp", "index.js", out),
            &(ccdk_lambda_custom_command_options){.cwd = "src", .env = CCDK_KVS({"PATH", getenv("PATH")})}),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    ccdk_lambda_function_new(stack, "Built2", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_custom_command(stack, out2, CCDK_STRS("cp", "src/index.js", dest2),
            &(ccdk_lambda_custom_command_options){.asset = {.exclude = CCDK_STRS("*.txt")}}),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "main.handler",
    });
    ccdk_lambda_function_new(stack, "Built3", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_custom_command(stack, "src", CCDK_STRS("true"), NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    char rm[9000];
    snprintf(rm, sizeof rm, "rm -rf '%s' '%s'", out, out2);
    if (system(rm) != 0)
        rc = 1;
    return rc ? 1 : 0;
}
