/* Conformance case 'integ-nodejs-function': aws-lambda-nodejs test/integ.function.ts,
 * NodejsFunctions with minify and source maps, a log level, .js entries, an injected file and a
 * tsconfig in a folder whose name has a space, a VPC, handler names with and without
 * dots (a run script copied in by an afterBundling hook, a layer imported by ARN), an entry
 * relative to the working directory and one under its own projectRoot; the App's postCliContext
 * turns off @aws-cdk/aws-lambda:useCdkManagedLogGroup. Adapted:
 * 'entry-relative-to-cwd' names the entry from the case folder (the working directory);
 * 'entry-relative-to-projectRoot' gives its entry from the case folder too (aws-cdk-lib 2.276.0
 * has no entries relative to projectRoot) and a package-lock.json in place of yarn.lock (no yarn
 * here: aws-cdk-lib would run esbuild with `yarn run`). Dropped: 'ts-handler-metafile-path'
 * (metafile: true; its entry was in a folder whose name has a space): the metafile in the bundle
 * names the bundling folder by its path from the project root, under the output directory, which
 * the runner makes different for app.js and app.c (and whose bundling-temp-<key> name is
 * aws-cdk-lib's hash of its Bundling object): its asset hash can never be the same. */
#include <ccdk/ec2.h>
#include <ccdk/lambda_nodejs.h>
#include <ccdk/lambda_versions.h>

static const ccdk_lambda_nodejs_bundling_options minified = {
    .minify = CCDK_TRUE,
    .source_map = CCDK_TRUE,
    .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
};

static void copy_run_script(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    ccdk_lambda_nodejs_command_add(cmds, "cp integ-handlers/ts-web-run.sh %s", out);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-lambda-nodejs", NULL);
    const ccdk_lambda_runtime *standard = CCDK_LAMBDA_RUNTIME_NODEJS_18_X; /* framework-integ's config.ts */

    ccdk_lambda_nodejs_function_new(stack, "ts-handler",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/ts-handler.ts",
                                        .function = {.runtime = standard},
                                        .bundling = &minified,
                                    });
    ccdk_lambda_nodejs_function_new(stack, "ts-handler-log-level",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/ts-handler.ts",
                                        .function = {.runtime = standard},
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .minify = CCDK_TRUE,
                                            .source_map = CCDK_TRUE,
                                            .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
                                            .log_level = CCDK_NODEJS_LOG_LEVEL_VERBOSE,
                                        },
                                    });
    ccdk_lambda_nodejs_function_new(stack, "js-handler",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/js-handler.js",
                                        .function = {.runtime = standard},
                                    });
    ccdk_lambda_nodejs_function_new(stack, "js-handler-bundling-path",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/js-handler.js",
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .inject = CCDK_STRS("whitespace path/shim.js")},
                                    });
    ccdk_lambda_nodejs_function_new(stack, "js-handler-tsconfig-path",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/js-handler.js",
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .tsconfig = "whitespace path/tsconfig.json"},
                                    });
    /* 'ts-handler-metafile-path' (metafile: true) dropped: see the comment at the top */
    ccdk_lambda_nodejs_function_new(
        stack, "ts-handler-vpc",
        &(ccdk_lambda_nodejs_function_props){
            .entry = "integ-handlers/ts-handler.ts",
            .function = {.runtime = standard,
                         .vpc = ccdk_ec2_vpc_new(stack, "Vpc",
                                                 &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE})},
        });
    ccdk_lambda_nodejs_function_new(stack, "ts-handler-custom-handler-no-dots",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/ts-handler.ts",
                                        .function = {.runtime = standard, .handler = "handler"},
                                        .bundling = &minified,
                                    });
    ccdk_lambda_nodejs_function_new(
        stack, "ts-handler-custom-handler-dots",
        &(ccdk_lambda_nodejs_function_props){
            .entry = "integ-handlers/ts-web-handler.ts",
            .function = {.runtime = standard,
                         .handler = "ts-web.run.sh",
                         .layers = CCDK_LIST(ccdk_lambda_layer_version_from_layer_version_arn(
                             stack, "lambda-adapter-layer",
                             ccdk_fmt(stack, "arn:aws:lambda:%s:753240598075:layer:LambdaAdapterLayerX86:13",
                                      ccdk_aws_region(stack))))},
            .bundling = &(ccdk_lambda_nodejs_bundling_options){
                .minify = CCDK_TRUE,
                .source_map = CCDK_TRUE,
                .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
                .command_hooks = &(ccdk_lambda_nodejs_command_hooks){.after_bundling = copy_run_script},
            },
        });
    ccdk_lambda_nodejs_function_new(stack, "entry-relative-to-cwd",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .function = {.runtime = standard},
                                        .entry = "integ-handlers/ts-handler.ts",
                                    });
    ccdk_lambda_nodejs_function_new(stack, "entry-relative-to-projectRoot",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .function = {.runtime = standard},
                                        .entry = "integ-handlers/yarn/dependencies-pnpm.ts",
                                        .project_root = "integ-handlers/yarn",
                                        .deps_lock_file_path = "integ-handlers/yarn/package-lock.json",
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
