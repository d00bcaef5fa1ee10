/* Conformance case 'nodejs-command-hooks': commandHooks run before and after esbuild (locally:
 * `bash -c <command>` in the project root); what they write into the output is part of the asset. */
#include <ccdk/lambda_nodejs.h>

static void before(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    ccdk_lambda_nodejs_command_add(cmds, "echo \"built from $(basename %s)\" > %s/BUILD.txt", in, out);
}

static void after(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    ccdk_lambda_nodejs_command_add(cmds, "cp %s/config.json %s/config.json", in, out);
    ccdk_lambda_nodejs_command_add(cmds, "ls %s > %s/files.txt", out, out);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "handler.ts",
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .command_hooks = &(ccdk_lambda_nodejs_command_hooks){
                                                .before_bundling = before, .after_bundling = after}},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
