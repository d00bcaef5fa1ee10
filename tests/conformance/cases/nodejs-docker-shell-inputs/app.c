/* Conformance case 'nodejs-docker-shell-inputs': bundling-input-validation.test.ts with a docker
 * client of the case's own (fake-docker, as CDK_DOCKER): see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

static ccdk_app *app;

static void fn_entry(const char *stack_id, const char *entry, ccdk_lambda_nodejs_bundling_options bundling)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    bundling.force_docker_bundling = CCDK_TRUE;
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = entry,
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64},
        .bundling = &bundling,
    });
}

static void fn(const char *stack_id, ccdk_lambda_nodejs_bundling_options bundling)
{
    fn_entry(stack_id, "lib/handler.ts", bundling);
}

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);

    app = ccdk_app_new(NULL);
    fn("ValidExternals", (ccdk_lambda_nodejs_bundling_options){
        .external_modules = CCDK_STRS("@aws-sdk/*", "@aws-sdk/client-s3", "@smithy/*", "aws-sdk", "lodash", "@scope/my-package",
                                      "my-external-dep", "abc")});
    fn("ValidLoaders", (ccdk_lambda_nodejs_bundling_options){
        .loader = CCDK_KVS({".png", "dataurl"}, {".gif", "file"}, {".svg", "text"}, {".json", "json"}, {".css", "css"},
                           {".woff2", "base64"})});
    fn("ValidDefines", (ccdk_lambda_nodejs_bundling_options){
        .define = CCDK_KVS({"process.env.NODE_ENV", "\"production\""}, {"process.env.API_URL", "\"https://api.example.com\""},
                           {"process.env.BOOL", "true"}, {"process.env.NUMBER", "7777"}, {"global.DEBUG", "false"},
                           {"__VERSION__", "\"1.0.0\""})});
    fn("ValidInject", (ccdk_lambda_nodejs_bundling_options){
        .inject = CCDK_STRS("./my-shim.js", "./path with space/second-shim.js", "./polyfills/process.js", "../shared/env-shim.ts")});
    fn("ValidEsbuildArgs", (ccdk_lambda_nodejs_bundling_options){
        .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--resolve-extensions", ".ts,.js"}, {"--keep-names", NULL},
                                 {"--splitting", NULL}, {"--out-extension", ".js=.mjs"}, {"--alias", "react=preact/compat"},
                                 {"--tree-shaking", "true"})});
    fn("BannerFooter", (ccdk_lambda_nodejs_bundling_options){.banner = "/* banner */ & test", .footer = "\"use strict\";"});
    fn("AllCombined", (ccdk_lambda_nodejs_bundling_options){
        .loader = CCDK_KVS({".png", "dataurl"}, {".svg", "text"}),
        .define = CCDK_KVS({"process.env.NODE_ENV", "\"production\""}),
        .banner = "/* Copyright 2024 */",
        .footer = "/* EOF */",
        .inject = CCDK_STRS("./my-shim.js"),
        .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--keep-names", NULL}),
        .external_modules = CCDK_STRS("@aws-sdk/*", "lodash"),
    });
    fn("ReservedExternals", (ccdk_lambda_nodejs_bundling_options){
        .external_modules = CCDK_STRS("foo & bar > output.txt", "lodash & foo $(bar)", "foo | bar | baz", "foo; bar", "foo\nbar",
                                      "m\xc3\xb3" "dule", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")});
    fn("ReservedDefines", (ccdk_lambda_nodejs_bundling_options){
        .define = CCDK_KVS({"FOO\nBAR", "baz"}, {"FOO & BAR", "baz"}, {"`foo`", "bar"}, {"FOO $(bar)", "baz"}, {"FOO > bar", "baz"})});
    fn("ReservedLoaders", (ccdk_lambda_nodejs_bundling_options){.loader = CCDK_KVS({".png & foo", "dataurl"}, {".svg", "dataurl; foo"})});
    fn("ReservedInject", (ccdk_lambda_nodejs_bundling_options){.inject = CCDK_STRS("./shim.js & foo", "it's {a,b}!")});
    fn("ReservedEsbuildArgs", (ccdk_lambda_nodejs_bundling_options){
        .esbuild_args = CCDK_KVS({"--log-limit & foo", "0"}, {"--log-level", "0; foo"}, {"--flag", "val\nfoo"}, {"--crlf", "a\r\nb"})});
    fn_entry("ReservedCompilerOptions", "tsc/handler.ts", (ccdk_lambda_nodejs_bundling_options){.pre_compilation = CCDK_TRUE});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
