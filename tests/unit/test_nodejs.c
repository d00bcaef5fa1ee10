/* test_nodejs.c - aws-lambda-nodejs NodejsFunction (issue 17): the validations that are not a
 * conformance case each (aws-cdk-lib 2.276.0's messages, read from aws-lambda-nodejs/lib/
 * function.js and bundling.js and checked against it by hand), the default entry next to the
 * defining file, and the bundle cache: used when nothing changed, never stale when an input or a
 * folder esbuild resolved in changed. Projects are made under build/ (esbuild is found from there,
 * in the repository's node_modules); tests run from the repository root. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/lambda_nodejs.h>

#include "digest.h"
#include "testlib.h"

static char root[4096]; /* the repository root (the working directory) */

static void write_file(const char *dir, const char *name, const char *text)
{
    char p[4200];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    char *slash = strrchr(p, '/');
    *slash = 0;
    char cmd[4400];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", p);
    if (system(cmd) != 0)
        abort();
    *slash = '/';
    FILE *f = fopen(p, "w");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

/* a project under build/: package-lock.json, handler.ts importing lib/greet.ts */
static char *make_project(void)
{
    char tmpl[4200];
    snprintf(tmpl, sizeof tmpl, "%s/build/test-nodejs-XXXXXX", root);
    char *d = strdup(tmpl);
    if (!d || !mkdtemp(d))
        abort();
    write_file(d, "package-lock.json", "{\"name\":\"t\",\"lockfileVersion\":3,\"requires\":true,\"packages\":{\"\":{\"name\":\"t\"}}}\n");
    write_file(d, "handler.ts", "import { greet } from './lib/greet';\nexport const handler = async () => greet('x');\n");
    write_file(d, "lib/greet.ts", "export const greet = (n: string): string => `hello ${n}`;\n");
    return d;
}

static void remove_tree(const char *d)
{
    char cmd[4400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    if (system(cmd) != 0)
        abort();
}

/* synthesizes one NodejsFunction in dir (the working directory meanwhile); the error messages
 * joined by newlines into err (when not NULL), the S3Key of its code into key. 0 on success. */
static int synth_one(const char *dir, const ccdk_lambda_nodejs_function_props *props, char *err, size_t errsz,
                     char *key, size_t keysz)
{
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd) || chdir(dir) != 0)
        abort();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "cdk.out", .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_nodejs_function_new(stack, "Fn", props);
    int rc = ccdk_app_synth(app);
    if (err) {
        err[0] = 0;
        for (size_t i = 0; i < ccdk_app_error_count(app); i++) {
            strncat(err, ccdk_app_error(app, i), errsz - strlen(err) - 2);
            strcat(err, "\n");
        }
    }
    if (key && keysz) {
        key[0] = 0;
        char p[4300];
        snprintf(p, sizeof p, "%s/cdk.out/S.template.json", dir);
        FILE *f = fopen(p, "r");
        if (f) {
            static char buf[1 << 16];
            size_t n = fread(buf, 1, sizeof buf - 1, f);
            buf[n] = 0;
            fclose(f);
            const char *k = strstr(buf, "\"S3Key\": \"");
            if (k) {
                k += 10;
                size_t l = strcspn(k, "\"");
                snprintf(key, keysz, "%.*s", (int)l, k);
            }
        }
    }
    (void)fn;
    ccdk_app_free(app);
    if (chdir(cwd) != 0)
        abort();
    return rc;
}

#define EXPECT_ERROR(dir, props, want)                                                             \
    do {                                                                                           \
        char e_[8192];                                                                             \
        CHECK(synth_one((dir), (props), e_, sizeof e_, NULL, 0) != 0);                             \
        if (!CHECK_RET(strstr(e_, (want)) != NULL))                                                 \
            fprintf(stderr, "    got: %s\n    want: %s\n", e_, (want));                            \
    } while (0)

TEST(unsupported_extension)
{
    char *d = make_project();
    write_file(d, "handler.py", "x = 1\n");
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.entry = "handler.py"}),
                 "Only JavaScript or TypeScript entry files are supported.");
    remove_tree(d);
    free(d);
}

TEST(not_a_nodejs_runtime)
{
    char *d = make_project();
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.entry = "handler.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12}}),
                 "Only `NODEJS` runtimes are supported.");
    remove_tree(d);
    free(d);
}

TEST(code_without_handler)
{
    char *d = make_project();
    char cwd[4096];
    CHECK(getcwd(cwd, sizeof cwd) != NULL);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .function = {.code = ccdk_lambda_code_from_inline(stack, "exports.handler = 1")}});
    CHECK(ccdk_app_error_count(app) == 1);
    CHECK(strstr(ccdk_app_error(app, 0), "Cannot determine handler when `code` property is specified.") != NULL);
    ccdk_app_free(app);
    remove_tree(d);
    free(d);
}

TEST(lock_file_errors)
{
    char *d = make_project();
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.entry = "handler.ts", .deps_lock_file_path = "nope/yarn.lock"}),
                 "Lock file at nope/yarn.lock doesn't exist");
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.entry = "handler.ts", .deps_lock_file_path = "lib"}),
                 "`depsLockFilePath` should point to a file");
    write_file(d, "yarn.lock", "");
    char want[8400];
    snprintf(want, sizeof want, "Multiple package lock files found: %s/yarn.lock, %s/package-lock.json. Please specify the "
                                "desired one with `depsLockFilePath`.", d, d);
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.entry = "handler.ts"}), want);
    remove_tree(d);
    free(d);
    /* none from the working directory up (/tmp has none, nor has /) */
    char tmpl[] = "/tmp/ccdk-nodejs-nolock-XXXXXX";
    char *t = mkdtemp(tmpl);
    CHECK(t != NULL);
    write_file(t, "h.ts", "export const handler = 1;\n");
    EXPECT_ERROR(t, &((ccdk_lambda_nodejs_function_props){.entry = "h.ts"}),
                 "Cannot find a package lock file (`pnpm-lock.yaml`, `yarn.lock`, `bun.lockb`, `bun.lock` or "
                 "`package-lock.json`). Please specify it with `depsLockFilePath`.");
    remove_tree(t);
}

TEST(outside_project_root_and_esm)
{
    char *d = make_project();
    char want[8400];
    snprintf(want, sizeof want, "entryPath (%s/handler.ts) should be under projectRoot (%s/lib)", d, d);
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.entry = "handler.ts", .project_root = "lib"}), want);
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){
                        .entry = "handler.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_12_X},
                        .bundling = &(ccdk_lambda_nodejs_bundling_options){.format = CCDK_NODEJS_FORMAT_ESM}}),
                 "ECMAScript module output format is not supported by the nodejs12.x runtime");
    remove_tree(d);
    free(d);
}

TEST(default_entry_from_defining_file)
{
    char *d = make_project();
    write_file(d, "app.Fn.ts", "export const handler = async () => 'default entry';\n");
    char key[256];
    CHECK(synth_one(d, &((ccdk_lambda_nodejs_function_props){.defining_file = "app.c"}), NULL, 0, key, sizeof key) == 0);
    CHECK(strlen(key) == 68);
    char want[8400];
    /* absolute, as aws-cdk-lib's defining file (from the call stack) always is */
    snprintf(want, sizeof want, "Cannot find handler file %s/other.Fn.ts, %s/other.Fn.js, %s/other.Fn.mjs, %s/other.Fn.mts, "
                                "%s/other.Fn.cts or %s/other.Fn.cjs", d, d, d, d, d, d);
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.defining_file = "other.c"}), want);
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){.entry = NULL}), "Cannot find defining file.");
    remove_tree(d);
    free(d);
}

TEST(esbuild_not_installed)
{
    /* a project outside the repository, and no esbuild on PATH */
    char tmpl[] = "/tmp/ccdk-nodejs-noesbuild-XXXXXX";
    char *t = mkdtemp(tmpl);
    CHECK(t != NULL);
    write_file(t, "package-lock.json", "{}\n");
    write_file(t, "h.ts", "export const handler = 1;\n");
    const char *old = getenv("PATH");
    char *saved = old ? strdup(old) : NULL;
    setenv("PATH", "/nonexistent", 1);
    EXPECT_ERROR(t, &((ccdk_lambda_nodejs_function_props){.entry = "h.ts"}), "esbuild is not installed");
    EXPECT_ERROR(t, &((ccdk_lambda_nodejs_function_props){.entry = "h.ts"}), "npm install --save-dev esbuild@0");
    if (saved) {
        setenv("PATH", saved, 1);
        free(saved);
    }
    char p[4200];
    snprintf(p, sizeof p, "%s/cdk.out", t);
    struct stat st;
    CHECK(stat(p, &st) != 0); /* the synth failed: nothing written */
    remove_tree(t);
}

/* extractDependencies' fallback, tryGetModuleVersionFromRequire: require(`${mod}/package.json`)
 * from aws-cdk-lib's folder, here the project's node_modules/aws-cdk-lib (an empty stand-in), with
 * node's "exports" rules: a package whose exports do not name ./package.json is not found; an exact
 * key, a pattern and a condition object's "require" are, as is a package without exports
 * (node 20's require() of this tree, checked by hand) */
static char *read_args(const char *path);

TEST(node_modules_versions_from_require)
{
    char *d = make_project();
    write_file(d, "package.json", "{\"name\":\"t\"}\n");
    write_file(d, "node_modules/aws-cdk-lib/aws-lambda-nodejs/lib/.keep", "");
    write_file(d, "node_modules/pkg-closed/package.json", "{\"name\":\"pkg-closed\",\"version\":\"1.0.0\",\"exports\":{\".\":\"./index.js\"}}\n");
    write_file(d, "node_modules/pkg-open/package.json",
               "{\"name\":\"pkg-open\",\"version\":\"2.0.0\",\"exports\":{\".\":\"./index.js\",\"./package.json\":\"./package.json\"}}\n");
    write_file(d, "node_modules/pkg-pattern/package.json", "{\"name\":\"pkg-pattern\",\"version\":\"3.0.0\",\"exports\":{\".\":\"./index.js\",\"./*\":\"./*\"}}\n");
    write_file(d, "node_modules/pkg-plain/package.json", "{\"name\":\"pkg-plain\",\"version\":\"4.0.0\"}\n");
    write_file(d, "node_modules/pkg-cond/package.json",
               "{\"name\":\"pkg-cond\",\"version\":\"5.0.0\",\"exports\":{\"./package.json\":{\"import\":\"./nope.json\",\"require\":\"./package.json\"}}}\n");
    write_file(d, "fake-docker.sh", "#!/bin/bash\nprintf '%s\\n' \"$@\" > \"$FAKE_DOCKER_LOG\"\n"
                                    "for a in \"$@\"; do case \"$a\" in *:/asset-output:*) out=\"${a%%:/asset-output:*}\";; esac; done\n"
                                    "echo bundled > \"$out/index.js\"\n");
    char script[4300], log[4300];
    snprintf(script, sizeof script, "%s/fake-docker.sh", d);
    chmod(script, 0755);
    snprintf(log, sizeof log, "%s/docker.args", d);
    setenv("CDK_DOCKER", script, 1);
    setenv("FAKE_DOCKER_LOG", log, 1);
    EXPECT_ERROR(d, &((ccdk_lambda_nodejs_function_props){
                     .entry = "handler.ts", .bundling = &(ccdk_lambda_nodejs_bundling_options){.node_modules = CCDK_STRS("pkg-closed")}}),
                 "Cannot extract version for module 'pkg-closed'. Check that it's referenced in your package.json or installed.");
    CHECK(synth_one(d, &((ccdk_lambda_nodejs_function_props){
                        .entry = "handler.ts",
                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                            .node_modules = CCDK_STRS("pkg-open", "pkg-pattern", "pkg-plain", "pkg-cond"),
                            .force_docker_bundling = CCDK_TRUE, .docker_image = {.image = "my/esbuild"}}}),
                    NULL, 0, NULL, 0) == 0);
    char *args = read_args(log);
    CHECK(args && strstr(args, "{\"dependencies\":{\"pkg-open\":\"2.0.0\",\"pkg-pattern\":\"3.0.0\",\"pkg-plain\":\"4.0.0\","
                               "\"pkg-cond\":\"5.0.0\"}}") != NULL);
    free(args);
    unsetenv("CDK_DOCKER");
    unsetenv("FAKE_DOCKER_LOG");
    remove_tree(d);
    free(d);
}

/* bundling.test.ts 'Incorrect esbuild version': an installed esbuild of another major version is
 * aws-cdk-lib's error, thrown in tryBundle and so wrapped by AssetStaging (aws-cdk-lib 2.276.0's
 * message, checked by hand with this project and aws-cdk-lib installed in it) */
TEST(esbuild_wrong_version)
{
    char tmpl[] = "/tmp/ccdk-nodejs-esbuild3-XXXXXX";
    char *t = mkdtemp(tmpl);
    CHECK(t != NULL);
    write_file(t, "package-lock.json", "{}\n");
    write_file(t, "h.ts", "export const handler = 1;\n");
    write_file(t, "node_modules/esbuild/package.json", "{\"name\": \"esbuild\", \"version\": \"3.4.5\"}\n");
    write_file(t, "node_modules/esbuild/bin/esbuild", "#!/bin/sh\necho 3.4.5\n");
    char p[4200], cmd[8600];
    snprintf(p, sizeof p, "%s/node_modules/esbuild/bin/esbuild", t);
    chmod(p, 0755);
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/node_modules/.bin' && ln -s ../esbuild/bin/esbuild '%s/node_modules/.bin/esbuild'", t, t);
    CHECK(system(cmd) == 0);
    EXPECT_ERROR(t, &((ccdk_lambda_nodejs_function_props){.entry = "h.ts"}), "Failed to bundle asset S/Fn/Code/Stage, bundle output is located at ");
    EXPECT_ERROR(t, &((ccdk_lambda_nodejs_function_props){.entry = "h.ts"}),
                 "-building: ExpectedEsbuildVersion: Expected esbuild version 0.x but got 3.4.5");
    /* nothing bundled: the template is not written (the bundling folder stays, as aws-cdk-lib leaves it) */
    snprintf(p, sizeof p, "%s/cdk.out/S.template.json", t);
    struct stat st;
    CHECK(stat(p, &st) != 0);
    remove_tree(t);
}

static void append(const char *dir, const char *name, const char *text)
{
    char p[4200];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "a");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

/* the cached bundle of the project's (only) entry: its index.js */
static int tamper_cache(const char *cache)
{
    char p[4300];
    snprintf(p, sizeof p, "%s/nodejs", cache);
    DIR *dd = opendir(p);
    if (!dd)
        return -1;
    struct dirent *e;
    int n = 0;
    while ((e = readdir(dd))) {
        if (e->d_name[0] == '.')
            continue;
        char f[4600];
        snprintf(f, sizeof f, "%s/%s/out/index.js", p, e->d_name);
        FILE *fp = fopen(f, "a");
        if (fp) {
            fputs("// tampered\n", fp);
            fclose(fp);
            n++;
        }
    }
    closedir(dd);
    return n == 1 ? 0 : -1;
}

TEST(cache_used_and_never_stale)
{
    char *d = make_project();
    char cache[4300];
    snprintf(cache, sizeof cache, "%s/cache", d);
    setenv("CCDK_CACHE_DIR", cache, 1);
    const ccdk_lambda_nodejs_function_props props = {.entry = "handler.ts"};
    char k1[256], k2[256], k3[256], k4[256], k5[256];
    CHECK(synth_one(d, &props, NULL, 0, k1, sizeof k1) == 0);
    CHECK(synth_one(d, &props, NULL, 0, k2, sizeof k2) == 0);
    CHECK(strlen(k1) == 68 && !strcmp(k1, k2)); /* the same bundle */
    /* the cache is used: a bundle changed in it (which never happens otherwise) comes out */
    CHECK(tamper_cache(cache) == 0);
    CHECK(synth_one(d, &props, NULL, 0, k3, sizeof k3) == 0);
    CHECK(strcmp(k3, k1) != 0);
    /* a changed input (an imported module): bundled again */
    append(d, "lib/greet.ts", "console.log('greet loaded');\n");
    CHECK(synth_one(d, &props, NULL, 0, k4, sizeof k4) == 0);
    CHECK(strcmp(k4, k3) && strcmp(k4, k1));
    CHECK(tamper_cache(cache) == 0);
    /* a new file that the import now resolves to (greet.tsx wins over greet.ts): bundled again */
    write_file(d, "lib/greet.tsx", "export const greet = (n: string): string => `hi ${n}`;\n");
    CHECK(synth_one(d, &props, NULL, 0, k5, sizeof k5) == 0);
    setenv("CCDK_NODEJS_CACHE", "0", 1); /* the same without the cache */
    char k6[256];
    CHECK(synth_one(d, &props, NULL, 0, k6, sizeof k6) == 0);
    unsetenv("CCDK_NODEJS_CACHE");
    CHECK(!strcmp(k5, k6));
    CHECK(strcmp(k5, k4) != 0);
    unsetenv("CCDK_CACHE_DIR");
    remove_tree(d);
    free(d);
}

/* bundling.test.ts 'Local bundling with esbuild options via spawn' (metafile): esbuild's metafile
 * names the folder it bundled into, cdk.out/bundling-temp-<cacheKey>-building, where cacheKey is
 * AssetStaging's calculateCacheKey: sha256 of the sorted JSON below (the Bundling object's fields,
 * DockerImages as their fields). The text is what aws-cdk-lib 2.276.0 hashes for this app (taken
 * from node, the project's paths put back in) */
TEST(metafile_names_the_cache_key_folder)
{
    char *d = make_project();
    setenv("CCDK_NODEJS_CACHE", "0", 1);
    const ccdk_lambda_nodejs_function_props props = {
        .entry = "handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.metafile = CCDK_TRUE}};
    char key[256];
    CHECK(synth_one(d, &props, NULL, 0, key, sizeof key) == 0);
    unsetenv("CCDK_NODEJS_CACHE");
    static char want[8192];
    snprintf(want, sizeof want,
             "{\"assetHashType\":\"output\",\"bundling\":{\"command\":[\"bash\",\"-c\",\"'esbuild' '--bundle' "
             "'/asset-input/handler.ts' '--target=node20' '--platform=node' '--outfile=/asset-output/index.js' "
             "'--external:@aws-sdk/*' '--metafile=/asset-output/index.meta.json'\"],\"externals\":[\"@aws-sdk/*\"],"
             "\"image\":{\"image\":\"dummy\"},\"local\":{},\"packageManager\":{\"installCommand\":[\"npm\",\"ci\"],"
             "\"lockFile\":\"package-lock.json\",\"runCommand\":[\"npx\",\"--no-install\"]},\"projectRoot\":\"%s\","
             "\"props\":{\"architecture\":{\"dockerPlatform\":\"linux/amd64\",\"name\":\"x86_64\"},"
             "\"depsLockFilePath\":\"%s/package-lock.json\",\"entry\":\"%s/handler.ts\",\"metafile\":true,"
             "\"projectRoot\":\"%s\",\"runtime\":{\"bundlingDockerImage\":{\"image\":\"public.ecr.aws/sam/build-nodejs20.x\"},"
             "\"bundlingImage\":{\"image\":\"public.ecr.aws/sam/build-nodejs20.x\"},\"family\":0,\"isVariable\":false,"
             "\"name\":\"nodejs20.x\",\"supportsCodeGuruProfiling\":false,\"supportsInlineCode\":true,"
             "\"supportsSnapStart\":false}},\"relativeDepsLockFilePath\":\"package-lock.json\","
             "\"relativeEntryPath\":\"handler.ts\",\"workingDirectory\":\"/\"},\"outdir\":\"cdk.out\",\"skip\":false,"
             "\"sourcePath\":\"%s\"}",
             d, d, d, d, d);
    char h[65];
    ccdk__sha256_hex(want, strlen(want), h);
    char folder[128];
    snprintf(folder, sizeof folder, "\"cdk.out/bundling-temp-%s-building/index.js\"", h);
    /* the bundle's metafile */
    char p[4400];
    snprintf(p, sizeof p, "%s/cdk.out/asset.%.64s/index.meta.json", d, key);
    FILE *f = fopen(p, "r");
    CHECK(f != NULL);
    static char buf[1 << 16];
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    buf[n] = 0;
    if (f)
        fclose(f);
    if (!CHECK_RET(strstr(buf, folder) != NULL))
        fprintf(stderr, "    want %s in:\n%s\n", folder, buf);
    remove_tree(d);
    free(d);
}

/* a tsconfig.json that esbuild reads (not an input of its metafile) changes the bundle */
TEST(cache_follows_tsconfig)
{
    char *d = make_project();
    char cache[4300];
    snprintf(cache, sizeof cache, "%s/cache", d);
    setenv("CCDK_CACHE_DIR", cache, 1);
    write_file(d, "handler.ts", "class Counter { n = 0; inc() { return ++this.n; } }\nexport const handler = async () => new Counter().inc();\n");
    write_file(d, "tsconfig.json", "{\"compilerOptions\": {\"useDefineForClassFields\": true}}\n");
    const ccdk_lambda_nodejs_function_props props = {.entry = "handler.ts"};
    char k1[256], k2[256], k3[256];
    CHECK(synth_one(d, &props, NULL, 0, k1, sizeof k1) == 0);
    write_file(d, "tsconfig.json", "{\"compilerOptions\": {\"useDefineForClassFields\": false}}\n");
    CHECK(synth_one(d, &props, NULL, 0, k2, sizeof k2) == 0);
    setenv("CCDK_NODEJS_CACHE", "0", 1);
    CHECK(synth_one(d, &props, NULL, 0, k3, sizeof k3) == 0);
    unsetenv("CCDK_NODEJS_CACHE");
    CHECK(strlen(k1) == 68 && strcmp(k1, k2) != 0); /* esbuild's output changed with the tsconfig */
    CHECK(!strcmp(k2, k3));                          /* and the cache gave the new one */
    unsetenv("CCDK_CACHE_DIR");
    remove_tree(d);
    free(d);
}


/* Docker bundling: the `docker run` command line (every bundling option, nodeModules, the hooks)
 * is aws-cdk-lib's, which runs the same app through a fake $CDK_DOCKER that records its arguments
 * (the output volume's folder name, aws-cdk-lib's hash of its Bundling object, aside). */
static void hook_before(const char *i, const char *o, ccdk_lambda_nodejs_commands *c, void *x) { ccdk_lambda_nodejs_command_add(c, "echo %s > %s/b.txt", i, o); }
static void hook_install(const char *i, const char *o, ccdk_lambda_nodejs_commands *c, void *x) { ccdk_lambda_nodejs_command_add(c, "echo install > %s/i.txt", o); }
static void hook_after(const char *i, const char *o, ccdk_lambda_nodejs_commands *c, void *x) { ccdk_lambda_nodejs_command_add(c, "ls"); }

static char *read_args(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    static char buf[1 << 15];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    /* the output volume: <outdir>/bundling-temp-<hash>-building:/asset-output:... -> OUT */
    char *out = calloc(1, n + 1), *w = out;
    for (char *line = buf; *line;) {
        char *nl = strchr(line, '\n');
        size_t l = nl ? (size_t)(nl - line) : strlen(line);
        if (strstr(line, ":/asset-output:") && strstr(line, ":/asset-output:") < line + l)
            w += sprintf(w, "OUT\n");
        else
            w += sprintf(w, "%.*s\n", (int)l, line);
        line += l + (nl ? 1 : 0);
    }
    return out;
}

TEST(docker_command_line)
{
    char *d = make_project();
    write_file(d, "h.ts", "export const handler = async () => 1;\n");
    write_file(d, "tsconfig.json", "{}\n");
    write_file(d, "inj.js", "export const x = 1;\n");
    write_file(d, "package.json", "{\"name\":\"x\",\"dependencies\":{\"left-pad\":\"^1.3.0\"}}\n");
    write_file(d, "fake-docker.sh", "#!/bin/bash\nprintf '%s\\n' \"$@\" > \"$FAKE_DOCKER_LOG\"\n"
                                    "for a in \"$@\"; do case \"$a\" in *:/asset-output:*) out=\"${a%%:/asset-output:*}\";; esac; done\n"
                                    "echo bundled > \"$out/index.js\"\n");
    char script[4300], log_c[4300], log_js[4300], cmd[16000];
    snprintf(script, sizeof script, "%s/fake-docker.sh", d);
    chmod(script, 0755);
    snprintf(log_c, sizeof log_c, "%s/c.args", d);
    snprintf(log_js, sizeof log_js, "%s/js.args", d);
    setenv("CDK_DOCKER", script, 1);
    setenv("FAKE_DOCKER_LOG", log_c, 1);
    ccdk_app *app = NULL;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd) || chdir(d) != 0)
        abort();
    app = ccdk_app_new(&(ccdk_app_props){.outdir = "out-c", .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_nodejs_function_new(s, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"),
            .source_map = CCDK_TRUE, .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH, .sources_content = CCDK_FALSE,
            .format = CCDK_NODEJS_FORMAT_CJS, .loader = CCDK_KVS({".png", "dataurl"}), .define = CCDK_KVS({"process.env.A", "\"a\""}),
            .log_level = CCDK_NODEJS_LOG_LEVEL_WARNING, .keep_names = CCDK_TRUE, .tsconfig = "tsconfig.json", .metafile = CCDK_TRUE,
            .banner = "/* b 'q' */", .footer = "// f", .main_fields = CCDK_STRS("module", "main"), .inject = CCDK_STRS("./inj.js"),
            .external_modules = CCDK_STRS("aws-sdk", "pg"), .node_modules = CCDK_STRS("left-pad"),
            .esbuild_args = CCDK_KVS({"--alias", "a=b"}, {"--alias", "c=d"}, {"--log-limit", "0"}, {"--keep-names", NULL}, {"--drop", "console"}),
            .environment = CCDK_KVS({"A", "1"}), .working_directory = "/w", .user = "1:2",
            .command_hooks = &(ccdk_lambda_nodejs_command_hooks){.before_bundling = hook_before, .before_install = hook_install,
                                                                 .after_bundling = hook_after}}});
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    if (chdir(cwd) != 0)
        abort();
    setenv("FAKE_DOCKER_LOG", log_js, 1);
    const char *node = getenv("CCDK_NODE");
    snprintf(cmd, sizeof cmd, "'%s' tests/unit/nodejs_docker_oracle.js '%s' '%s/out-js' >/dev/null 2>&1", node ? node : "node", d, d);
    CHECK(system(cmd) == 0);
    unsetenv("CDK_DOCKER");
    unsetenv("FAKE_DOCKER_LOG");
    char *c = read_args(log_c), *js = read_args(log_js);
    CHECK(c && js && strstr(c, "npm ci") != NULL);
    CHECK_STR_EQ(c, js);
    free(c);
    free(js);
    remove_tree(d);
    free(d);
}


/* Every docker command of a synth, as recorded by fake-docker.sh (one argument a line, "----" after
 * each command), with the bundling folder's name (it holds aws-cdk-lib's hash of its Bundling
 * object) as OUT and VOLUME_COPY's random suffixes as <S>. */
static char *read_commands(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    char *out = calloc(1, n + 1), *w = out;
    for (char *line = buf; *line;) {
        char *nl = strchr(line, '\n');
        size_t l = nl ? (size_t)(nl - line) : strlen(line);
        char one[8192];
        snprintf(one, sizeof one, "%.*s", (int)l, line);
        char *o = strstr(one, "/out-c/bundling-temp-"), *e;
        if (!o)
            o = strstr(one, "/out-js/bundling-temp-");
        char *a = strstr(one, "/out-c/asset."), *a2 = strstr(one, "/out-js/asset.");
        if (o && (e = strstr(o, "-building"))) { /* <d>/out-X/bundling-temp-<hash>-building<rest> */
            w += sprintf(w, "%.*s/OUT%s\n", (int)(o - one), one, e + strlen("-building"));
        } else if (a || a2) { /* a known (custom) hash: <d>/out-X/asset.<hash>-building, the hash kept */
            char *at = a ? a : a2;
            w += sprintf(w, "%.*s/OUT/%s\n", (int)(at - one), one, strstr(at + 1, "/") + 1);
        } else {
            for (char *p = one; *p; p++) {
                static const char *const names[] = {"assetInput", "assetOutput", "copyContainer"};
                int skipped = 0;
                for (int i = 0; i < 3 && !skipped; i++) {
                    size_t k = strlen(names[i]);
                    if (!strncmp(p, names[i], k) && strspn(p + k, "0123456789abcdef") >= 24) {
                        w += sprintf(w, "%s<S>", names[i]);
                        p += k + 23;
                        skipped = 1;
                    }
                }
                if (!skipped)
                    *w++ = *p;
            }
            *w++ = '\n';
        }
        line += l + (nl ? 1 : 0);
    }
    return out;
}

/* the fake docker: records each command; `image inspect` finds nothing, a bundling `run` or the
 * `cp` out of the copy container writes index.js into the output folder */
static const char fake_docker_all[] =
    "#!/bin/bash\n"
    "{ printf '%s\\n' \"$@\"; echo ----; } >> \"$FAKE_DOCKER_LOG\"\n"
    "case \"$1\" in\n"
    "  image) exit 1;;\n"
    "  cp) case \"$2\" in *:/asset-output/.) echo bundled > \"$3/index.js\";; esac;;\n"
    "  run) for a in \"$@\"; do case \"$a\" in *:/asset-output:*) echo bundled > \"${a%%:/asset-output:*}/index.js\";; esac; done;;\n"
    "esac\n"
    "exit 0\n";

typedef void (*docker_app_fn)(ccdk_stack *s);

/* Synthesizes app_c's app (in d, into out-c) and aws-cdk-lib's scenario of nodejs_docker_oracle.js
 * (into out-js) through the fake docker, and compares every docker command they ran. */
static void compare_docker_commands(const char *scenario, docker_app_fn app_c, const char *must_contain)
{
    char *d = make_project();
    write_file(d, "h.ts", "export const handler = async () => 1;\n");
    write_file(d, "fake-docker.sh", fake_docker_all);
    write_file(d, "tsconfig.json", "{\"extends\": \"./base/tsconfig.base.json\", \"compilerOptions\": {\"strict\": true, "
                                   "\"target\": \"ES2022\", \"noEmit\": true, \"sourceMap\": false, \"lib\": [\"es2022\", \"dom\"], "
                                   "\"paths\": {\"a/*\": [\"b/*\"]}, \"rootDir\": \"src\"}}\n");
    write_file(d, "base/tsconfig.base.json", "{\"compilerOptions\": {\"target\": \"ES2019\", \"module\": \"commonjs\", "
                                             "\"esModuleInterop\": true, \"types\": [\"node\"], \"composite\": true}}\n");
    char script[4300], log_c[4300], log_js[4300], cmd[16000];
    snprintf(script, sizeof script, "%s/fake-docker.sh", d);
    chmod(script, 0755);
    snprintf(log_c, sizeof log_c, "%s/c.args", d);
    snprintf(log_js, sizeof log_js, "%s/js.args", d);
    setenv("CDK_DOCKER", script, 1);
    setenv("FAKE_DOCKER_LOG", log_c, 1);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd) || chdir(d) != 0)
        abort();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "out-c", .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    app_c(s);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    if (chdir(cwd) != 0)
        abort();
    setenv("FAKE_DOCKER_LOG", log_js, 1);
    const char *node = getenv("CCDK_NODE");
    snprintf(cmd, sizeof cmd, "'%s' tests/unit/nodejs_docker_oracle.js '%s' '%s/out-js' %s >/dev/null 2>&1", node ? node : "node", d, d,
             scenario);
    CHECK(system(cmd) == 0);
    unsetenv("CDK_DOCKER");
    unsetenv("FAKE_DOCKER_LOG");
    char *c = read_commands(log_c), *js = read_commands(log_js);
    CHECK(c && js && strstr(c, must_contain) != NULL);
    CHECK_STR_EQ(c, js);
    /* the same bundle, so the same template */
    snprintf(cmd, sizeof cmd, "cmp -s '%s/out-c/S.template.json' '%s/out-js/S.template.json'", d, d);
    CHECK(system(cmd) == 0);
    free(c);
    free(js);
    remove_tree(d);
    free(d);
}

static void built_image_app(ccdk_stack *s)
{
    ccdk_lambda_nodejs_function_new(s, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE, .build_args = CCDK_KVS({"HELLO", "WORLD"}, {"IMAGE", "mine"}), .esbuild_version = "0.25",
            .network = "host", .security_opt = "no-new-privileges", .entrypoint = CCDK_STRS("/cool/entrypoint", "--cool-arg"),
            .volumes = CCDK_LIST_OF(ccdk_docker_volume, {"/host-path", "/container-path", 0}, {"/h2", "/c2", CCDK_DOCKER_VOLUME_CACHED}),
            .volumes_from = CCDK_STRS("777f7dc92da7"), .user = "user:group", .working_directory = "/working-directory",
            .platform = "linux/arm64"}});
}

/* Without a dockerImage, the image is built from aws-cdk-lib's Dockerfile (the same tag) with the
 * build args, platform and network; the run gets the DockerRunOptions (not platform). */
TEST(docker_built_image_and_run_options)
{
    compare_docker_commands("built-image", built_image_app, "ESBUILD_VERSION=0.25");
}

static void volume_copy_app(ccdk_stack *s)
{
    for (int i = 0; i < 2; i++)
        ccdk_lambda_nodejs_function_new(s, i ? "Fn2" : "Fn", &(ccdk_lambda_nodejs_function_props){
            .entry = i ? "lib/greet.ts" : "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
            .bundling = &(ccdk_lambda_nodejs_bundling_options){
                .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"),
                .bundling_file_access = CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY, .volumes_from = CCDK_STRS("abc"), .network = "host",
                .volumes = CCDK_LIST_OF(ccdk_docker_volume, {"/host-path", "/container-path", 0}), .user = i ? NULL : "1:2"}});
}

/* BundlingFileAccess.VOLUME_COPY: aws-cdk-lib's sequence of docker commands, for a given and the
 * default user */
TEST(docker_volume_copy)
{
    compare_docker_commands("volume-copy", volume_copy_app, "copyContainer<S>:/asset-output/.");
}

static void custom_hash_app(ccdk_stack *s)
{
    static const ccdk_lambda_nodejs_command_hooks hooks = {.after_bundling = hook_after};
    ccdk_lambda_nodejs_function_new(s, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .esbuild_version = "0.25", .build_args = CCDK_KVS({"HELLO", "WORLD"}),
            .command_hooks = &hooks, .environment = CCDK_KVS({"A", "1"}), .force_docker_bundling = CCDK_TRUE,
            .working_directory = "/w", .user = "user:group", .entrypoint = CCDK_STRS("/cool/entrypoint"),
            .volumes = CCDK_LIST_OF(ccdk_docker_volume, {"/h", "/c", CCDK_DOCKER_VOLUME_CACHED}),
            .volumes_from = CCDK_STRS("777f7dc92da7"), .security_opt = "no-new-privileges", .network = "host",
            .bundling_file_access = CCDK_BUNDLING_FILE_ACCESS_BIND_MOUNT, .asset_hash = "custom"}});
    ccdk_lambda_nodejs_function_new(s, "Fn2", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"),
            .asset_hash = "custom"}});
}

/* bundling.test.ts 'with custom hash': the CUSTOM hash covers JSON.stringify of aws-cdk-lib's
 * Bundling object (its props, the built image's hash, the Docker options, the package manager):
 * the same S3Key as aws-cdk-lib's, with Docker */
TEST(docker_custom_hash)
{
    compare_docker_commands("custom-hash", custom_hash_app, "ESBUILD_VERSION=0.25");
}

static void precompilation_app(ccdk_stack *s)
{
    char tsconfig[4200];
    if (!realpath("tsconfig.json", tsconfig))
        abort();
    ccdk_lambda_nodejs_function_new(s, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"),
            .pre_compilation = CCDK_TRUE, .tsconfig = tsconfig}});
}

/* preCompilation: the tsc step before esbuild (of the .js it writes), with the compiler options of
 * the tsconfig and the one it extends flattened as aws-cdk-lib flattens them (sorted; booleans,
 * strings, lists; objects skipped; some excluded; rootDir/outDir/incremental set) */
TEST(docker_precompilation)
{
    compare_docker_commands("precompilation", precompilation_app, "--ignoreConfig");
}

static void esbuild_options_app(ccdk_stack *s)
{
    write_file(".", "lib/custom-tsconfig.json", "{}\n");
    write_file(".", "lib/index.tsx", "export const handler = async () => 'tsx';\n");
    ccdk_lambda_nodejs_function_new(s, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .minify = CCDK_TRUE, .source_map = CCDK_TRUE, .sources_content = CCDK_FALSE, .target = "es2020",
            .loader = CCDK_KVS({".png", "dataurl"}), .log_level = CCDK_NODEJS_LOG_LEVEL_SILENT, .keep_names = CCDK_TRUE,
            .tsconfig = "lib/custom-tsconfig.json", .metafile = CCDK_TRUE, .banner = "/* comments */", .footer = "/* comments */",
            .charset = CCDK_NODEJS_CHARSET_UTF8, .force_docker_bundling = CCDK_TRUE,
            .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"), .main_fields = CCDK_STRS("module", "main"),
            .define = CCDK_KVS({"process.env.KEY", "\"VALUE\""}, {"process.env.BOOL", "true"}, {"process.env.NUMBER", "7777"},
                               {"process.env.STRING", "\"this is a \\\"test\\\"\""}),
            .format = CCDK_NODEJS_FORMAT_ESM, .inject = CCDK_STRS("./my-shim.js", "./path with space/second-shim.js"),
            .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--resolve-extensions", ".ts,.js"}, {"--splitting", NULL},
                                     {"--keep-names", ""}, {"--out-extension", ".js=.mjs"})}});
    ccdk_lambda_nodejs_function_new(s, "Tsx", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.tsx", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE, .log_level = CCDK_NODEJS_LOG_LEVEL_VERBOSE, .environment = CCDK_KVS({"KEY", "value"}),
            .loader = CCDK_KVS({".png", "dataurl"}), .network = "host"}});
}

/* bundling.test.ts 'esbuild bundling with esbuild options' (define values with quotes, an inject
 * path with a space, esbuildArgs true / "" / re-specified keys, ESM), and the image built for
 * X86_64 with the network, a .tsx entry, a log level, environment */
TEST(docker_esbuild_options)
{
    compare_docker_commands("esbuild-options", esbuild_options_app, "--out-extension:");
}

static void lockfiles_app(ccdk_stack *s)
{
    static const char *const ids[][2] = {{"Yarn", "yarn.lock"}, {"Pnpm", "pnpm-lock.yaml"}, {"Bunb", "bun.lockb"}, {"Bun", "bun.lock"}};
    char name[64];
    for (size_t i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "%s/%s", ids[i][0], ids[i][1]);
        write_file(".", name, "\n");
        snprintf(name, sizeof name, "%s/h.ts", ids[i][0]);
        write_file(".", name, "export const handler = async () => 1;\n");
        snprintf(name, sizeof name, "%s/package.json", ids[i][0]);
        write_file(".", name, "{\"dependencies\": {\"left-pad\": \"^1.3.0\"}}\n");
    }
    /* peer over dev over dependencies; a file: dependency joined to package.json's folder; one
     * only installed (its version from node_modules: the repository's esbuild) */
    write_file(".", "package.json", "{\"dependencies\": {\"left-pad\": \"1.0.0\", \"local-mod\": \"file:../x/../local-mod\"}, "
                                    "\"devDependencies\": {\"left-pad\": \"1.1.0\"}, \"peerDependencies\": {\"left-pad\": \"^1.3.0\"}}\n");
    write_file(".", "common/package-lock.json", "{}\n");
    for (size_t i = 0; i < 4; i++) {
        char entry[64], lock[64];
        snprintf(entry, sizeof entry, "%s/h.ts", ids[i][0]);
        snprintf(lock, sizeof lock, "%s/%s", ids[i][0], ids[i][1]);
        ccdk_lambda_nodejs_function_new(s, ids[i][0], &(ccdk_lambda_nodejs_function_props){
            .entry = entry, .deps_lock_file_path = lock, .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
            .bundling = &(ccdk_lambda_nodejs_bundling_options){
                .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"),
                .node_modules = CCDK_STRS("left-pad")}});
    }
    ccdk_lambda_nodejs_function_new(s, "Common", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .deps_lock_file_path = "common/package-lock.json", .project_root = ".",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"),
            .external_modules = CCDK_STRS("abc"), .node_modules = CCDK_STRS("left-pad", "local-mod", "esbuild")}});
}

/* nodeModules with each package manager's lock file (yarn, pnpm, bun.lockb, bun.lock) and with a
 * lock file in a folder of the project root; extractDependencies' versions (util.test.ts) */
TEST(docker_lock_files)
{
    compare_docker_commands("lockfiles", lockfiles_app, "pnpm install");
}

static void metachars_app(ccdk_stack *s)
{
#define P "foo & echo PWNED"
    ccdk_lambda_nodejs_function_new(s, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "h.ts", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .force_docker_bundling = CCDK_TRUE, .docker_image = ccdk_docker_image_from_registry(s, "my/esbuild"),
            .external_modules = CCDK_STRS(P, "it's"), .define = CCDK_KVS({P, "bar"}), .loader = CCDK_KVS({"." P, "dataurl"}),
            .inject = CCDK_STRS("./" P ".js"),
            .esbuild_args = CCDK_KVS({"--log-limit", "0 & echo PWNED"}, {"--pure", "a'b"}, {"--x $(id)", NULL}),
            .banner = "`echo PWNED`", .footer = "$(echo PWNED)", .target = "node20; echo PWNED",
            .main_fields = CCDK_STRS("a b", "c|d")}});
#undef P
}

/* bundling.test.ts 'shell metacharacter handling' (Docker): every value on the command line quoted */
TEST(docker_shell_metacharacters)
{
    compare_docker_commands("metachars", metachars_app, "'--external:foo & echo PWNED'");
}

/* Apps built and synthesized on two threads at once, their esbuild runs in the background side by
 * side (the process-wide job list): each gets its bundles, the same as one thread alone gets. */
typedef struct {
    const char *dir;
    char keys[3][128];
    int rc;
} thread_app;

static void *build_in_thread(void *arg)
{
    thread_app *t = arg;
    char outdir[4300];
    snprintf(outdir, sizeof outdir, "%s/out-%p", t->dir, (void *)t);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    char entry[3][4300];
    for (int i = 0; i < 3; i++) {
        snprintf(entry[i], sizeof entry[i], "%s/f%d.ts", t->dir, i);
        char id[8];
        snprintf(id, sizeof id, "F%d", i);
        char lock[4300];
        snprintf(lock, sizeof lock, "%s/package-lock.json", t->dir);
        ccdk_lambda_nodejs_function_new(stack, id, &(ccdk_lambda_nodejs_function_props){
            .entry = entry[i], .deps_lock_file_path = lock, .project_root = t->dir});
    }
    t->rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    char p[4400];
    snprintf(p, sizeof p, "%s/S.template.json", outdir);
    FILE *f = fopen(p, "r");
    if (f) {
        static __thread char buf[1 << 16];
        size_t n = fread(buf, 1, sizeof buf - 1, f);
        buf[n] = 0;
        fclose(f);
        const char *k = buf;
        for (int i = 0; i < 3 && (k = strstr(k, "\"S3Key\": \"")); i++) {
            k += 10;
            snprintf(t->keys[i], sizeof t->keys[i], "%.*s", (int)strcspn(k, "\""), k);
        }
    }
    return NULL;
}

TEST(two_threads)
{
    char *d = make_project();
    for (int i = 0; i < 3; i++) {
        char name[16], text[128];
        snprintf(name, sizeof name, "f%d.ts", i);
        snprintf(text, sizeof text, "import { greet } from './lib/greet';\nexport const handler = async () => greet('%d');\n", i);
        write_file(d, name, text);
    }
    setenv("CCDK_NODEJS_CACHE", "0", 1); /* every bundle runs esbuild */
    setenv("CCDK_NODEJS_JOBS", "2", 1);
    thread_app a = {.dir = d}, b = {.dir = d};
    pthread_t ta, tb;
    CHECK(pthread_create(&ta, NULL, build_in_thread, &a) == 0);
    CHECK(pthread_create(&tb, NULL, build_in_thread, &b) == 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    unsetenv("CCDK_NODEJS_JOBS");
    CHECK(a.rc == 0 && b.rc == 0);
    for (int i = 0; i < 3; i++) {
        CHECK(strlen(a.keys[i]) == 68);
        CHECK_STR_EQ(a.keys[i], b.keys[i]);
    }
    CHECK(strcmp(a.keys[0], a.keys[1]) != 0 && strcmp(a.keys[1], a.keys[2]) != 0);
    /* the same as bundling in the constructors, one after another */
    setenv("CCDK_NODEJS_SERIAL", "1", 1);
    thread_app c = {.dir = d};
    build_in_thread(&c);
    unsetenv("CCDK_NODEJS_SERIAL");
    unsetenv("CCDK_NODEJS_CACHE");
    for (int i = 0; i < 3; i++)
        CHECK_STR_EQ(c.keys[i], a.keys[i]);
    remove_tree(d);
    free(d);
}

int main(void)
{
    if (!getcwd(root, sizeof root))
        return 1;
    if (access("node_modules/.bin/esbuild", X_OK) != 0) {
        fprintf(stderr, "test_nodejs: no node_modules/.bin/esbuild here (run from the repository root after setup)\n");
        return 1;
    }
    mkdir("build", 0755);
    RUN(unsupported_extension);
    RUN(not_a_nodejs_runtime);
    RUN(code_without_handler);
    RUN(lock_file_errors);
    RUN(outside_project_root_and_esm);
    RUN(default_entry_from_defining_file);
    RUN(esbuild_not_installed);
    RUN(esbuild_wrong_version);
    RUN(node_modules_versions_from_require);
    RUN(cache_used_and_never_stale);
    RUN(metafile_names_the_cache_key_folder);
    RUN(cache_follows_tsconfig);
    RUN_ORACLE(docker_command_line);
    RUN_ORACLE(docker_built_image_and_run_options);
    RUN_ORACLE(docker_volume_copy);
    RUN_ORACLE(docker_precompilation);
    RUN_ORACLE(docker_custom_hash);
    RUN_ORACLE(docker_esbuild_options);
    RUN_ORACLE(docker_lock_files);
    RUN_ORACLE(docker_shell_metacharacters);
    RUN(two_threads);
    return TEST_DONE();
}
