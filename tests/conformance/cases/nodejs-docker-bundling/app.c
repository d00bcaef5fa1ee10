/* Conformance case 'nodejs-docker-bundling': bundling.test.ts's Docker tests, with a docker client
 * of the case's own (fake-docker, as CDK_DOCKER): see app.js. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

static ccdk_app *app;

static void fn_on(const char *stack_id, const char *entry, ccdk_lambda_nodejs_bundling_options bundling,
                  const ccdk_lambda_runtime *runtime, const ccdk_lambda_architecture *architecture)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = entry,
        .function = {.runtime = runtime, .architecture = architecture},
        .bundling = &bundling,
    });
}

static void fn(const char *stack_id, const char *entry, ccdk_lambda_nodejs_bundling_options bundling)
{
    fn_on(stack_id, entry, bundling, CCDK_LAMBDA_RUNTIME_NODEJS_20_X, CCDK_LAMBDA_ARCHITECTURE_X86_64);
}

static void before_bundling(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    (void)ctx;
    ccdk_lambda_nodejs_command_add(cmds, "echo hello > %s/a.txt", in);
    ccdk_lambda_nodejs_command_add(cmds, "cp %s/a.txt %s", in, out);
}

static void after_bundling(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    (void)ctx;
    ccdk_lambda_nodejs_command_add(cmds, "cp %s/b.txt %s/txt", in, out);
}

static void before_install(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    (void)in, (void)out, (void)cmds, (void)ctx;
}

static void echo_unused(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    (void)in, (void)out, (void)ctx;
    ccdk_lambda_nodejs_command_add(cmds, "echo unused");
}

int main(void)
{
    char docker[PATH_MAX];
    if (!realpath("fake-docker", docker))
        return 1;
    setenv("CDK_DOCKER", docker, 1);

    app = ccdk_app_new(NULL);
    fn("InDocker", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .loader = CCDK_KVS({".png", "dataurl"}), .environment = CCDK_KVS({"KEY", "value"}),
        .force_docker_bundling = CCDK_TRUE, .network = "host"});
    fn("IndexTs", "lib/index.ts", (ccdk_lambda_nodejs_bundling_options){.force_docker_bundling = CCDK_TRUE});
    fn("Verbose", "lib/index.ts", (ccdk_lambda_nodejs_bundling_options){
        .log_level = CCDK_NODEJS_LOG_LEVEL_VERBOSE, .force_docker_bundling = CCDK_TRUE});
    fn("Tsx", "lib/handler.tsx", (ccdk_lambda_nodejs_bundling_options){.force_docker_bundling = CCDK_TRUE});
    fn("EsbuildOptions", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .minify = CCDK_TRUE,
        .source_map = CCDK_TRUE,
        .sources_content = CCDK_FALSE,
        .target = "es2020",
        .loader = CCDK_KVS({".png", "dataurl"}),
        .define = CCDK_KVS({"process.env.KEY", "\"VALUE\""}, {"process.env.BOOL", "true"}, {"process.env.NUMBER", "7777"},
                           {"process.env.STRING", "\"this is a \\\"test\\\"\""}),
        .log_level = CCDK_NODEJS_LOG_LEVEL_SILENT,
        .keep_names = CCDK_TRUE,
        .tsconfig = "lib/custom-tsconfig.json",
        .metafile = CCDK_TRUE,
        .banner = "/* comments */",
        .footer = "/* comments */",
        .charset = CCDK_NODEJS_CHARSET_UTF8,
        .format = CCDK_NODEJS_FORMAT_ESM,
        .main_fields = CCDK_STRS("module", "main"),
        .inject = CCDK_STRS("./my-shim.js", "./path with space/second-shim.js"),
        .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--resolve-extensions", ".ts,.js"}, {"--splitting", NULL},
                                 {"--keep-names", ""}, {"--out-extension", ".js=.mjs"}),
        .force_docker_bundling = CCDK_TRUE,
    });
    fn("BuildArgs", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .build_args = CCDK_KVS({"HELLO", "WORLD"}), .force_docker_bundling = CCDK_TRUE});
    fn("CustomImage", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(app, "my-custom-image")});
    fn("CommandHooks", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .command_hooks = &(ccdk_lambda_nodejs_command_hooks){
            .before_bundling = before_bundling, .after_bundling = after_bundling, .before_install = before_install},
        .force_docker_bundling = CCDK_TRUE});
    fn("CustomHash", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE, .asset_hash = "custom"});
    fn("CustomHashDockerOptions", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .esbuild_version = "0.25.1",
        .build_args = CCDK_KVS({"HELLO", "WORLD"}, {"IMAGE", "my/build-image"}),
        .command_hooks = &(ccdk_lambda_nodejs_command_hooks){.before_bundling = echo_unused},
        .environment = CCDK_KVS({"KEY", "value"}, {"OTHER", "x"}),
        .force_docker_bundling = CCDK_TRUE,
        .command = CCDK_STRS("bash", "-c", "echo custom > /asset-output/custom.txt"),
        .working_directory = "/work",
        .user = "1000:1000",
        .entrypoint = CCDK_STRS("/bin/sh", "-c"),
        .volumes = (ccdk_docker_volume_list)CCDK_LIST_OF(ccdk_docker_volume,
                                                         {"/host-path", "/container-path", CCDK_DOCKER_VOLUME_CACHED}),
        .volumes_from = CCDK_STRS("777f7dc92da7"),
        .security_opt = "no-new-privileges",
        .network = "host",
        .platform = "linux/arm64",
        .bundling_file_access = CCDK_BUNDLING_FILE_ACCESS_BIND_MOUNT,
        .asset_hash = "custom-docker-options",
    });
    fn("Entrypoint", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE, .entrypoint = CCDK_STRS("/cool/entrypoint", "--cool-entrypoint-arg")});
    fn("Volumes", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE,
        .volumes = (ccdk_docker_volume_list)CCDK_LIST_OF(ccdk_docker_volume, {"/host-path", "/container-path"})});
    fn("VolumesFrom", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE, .volumes_from = CCDK_STRS("777f7dc92da7")});
    fn("WorkingDirectory", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE, .working_directory = "/working-directory"});
    fn("User", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){.force_docker_bundling = CCDK_TRUE, .user = "user:group"});
    fn("SecurityOpt", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE, .security_opt = "no-new-privileges"});
    fn("Network", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){.force_docker_bundling = CCDK_TRUE, .network = "host"});
    fn_on("Arm64", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){.force_docker_bundling = CCDK_TRUE},
          CCDK_LAMBDA_RUNTIME_NODEJS_20_X, CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    fn_on("Latest", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){.force_docker_bundling = CCDK_TRUE},
          CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, CCDK_LAMBDA_ARCHITECTURE_X86_64);
    fn("VolumeCopy", "lib/handler.ts", (ccdk_lambda_nodejs_bundling_options){
        .force_docker_bundling = CCDK_TRUE, .bundling_file_access = CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
