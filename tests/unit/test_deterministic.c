/* test_deterministic.c - the same app synthesized in two different folders (its sources copied,
 * paths given relative to each folder) writes the same cloud assembly: the same files with the same
 * bytes, staged directory assets included (the same asset hashes), cold and then warm (a second
 * synth over the first assembly). The app has directory assets shared by several functions and
 * stacks, an exclude, a nested folder, an internal symlink, a .zip file asset, a layer, a Stage
 * (a nested assembly whose assets live one level up) and a custom resource handler asset
 * (log retention). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "ccdk/lambda_versions.h"
#include "ccdk/logs.h"
#include "internal.h"
#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-deterministic-XXXXXX";

static void put(const char *root, const char *rel, const char *text)
{
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", root, rel);
    char d[1024];
    snprintf(d, sizeof d, "%s", p);
    *strrchr(d, '/') = 0;
    ccdk__mkdir_p(d);
    FILE *f = fopen(p, "w");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

/* the project: the same bytes in every folder */
static void make_project(const char *root)
{
    put(root, "handlers/api/index.js", "exports.handler = async () => require('./lib/util').ok();\n");
    put(root, "handlers/api/lib/util.js", "exports.ok = () => 'ok';\n");
    put(root, "handlers/api/README.md", "excluded\n");
    put(root, "handlers/worker/index.py", "def handler(event, context):\n    return 1\n");
    put(root, "layer/nodejs/node_modules/dep/index.js", "module.exports = 42;\n");
    put(root, "bundle.zip", "PK\005\006\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0");
    char link[1100];
    snprintf(link, sizeof link, "%s/handlers/api/util-link.js", root);
    if (symlink("lib/util.js", link) != 0)
        abort();
}

static void fn(ccdk_stack *s, const char *id, const char *dir, const ccdk_asset_options *o)
{
    ccdk_lambda_function_new(s, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, dir, o),
        .log_retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });
}

/* synthesizes the app with cwd = root into root/cdk.out */
static int synth_in(const char *root)
{
    char cwd[1024];
    if (!getcwd(cwd, sizeof cwd) || chdir(root) != 0)
        return -1;
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "cdk.out", .quiet = 1});
    const ccdk_asset_options no_md = {.exclude = CCDK_STRS("*.md")};
    ccdk_stack *a = ccdk_stack_new(app, "StackA", NULL);
    fn(a, "Api1", "handlers/api", &no_md);
    fn(a, "Api2", "handlers/api", &no_md);
    fn(a, "Worker", "handlers/worker", NULL);
    fn(a, "Zipped", "bundle.zip", NULL);
    ccdk_lambda_layer_version_new(a, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(a, "layer", NULL)});
    ccdk_stack *b = ccdk_stack_new(app, "StackB", NULL);
    fn(b, "Api", "handlers/api", &no_md);
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *c = ccdk_stack_new(stage, "StackC", NULL);
    fn(c, "Api", "handlers/api", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    if (chdir(cwd) != 0)
        return -1;
    return rc;
}

/* every path below dir (sorted), with its type and bytes (a link's target) */
static void list_tree(const char *dir, const char *rel, ccdk__buf *out)
{
    char p[2048];
    snprintf(p, sizeof p, "%s%s%s", dir, *rel ? "/" : "", rel);
    struct dirent **names;
    int n = scandir(p, &names, NULL, alphasort);
    for (int i = 0; i < n; i++) {
        const char *nm = names[i]->d_name;
        if (strcmp(nm, ".") && strcmp(nm, "..")) {
            char r[2048], full[4096];
            snprintf(r, sizeof r, "%s%s%s", rel, *rel ? "/" : "", nm);
            snprintf(full, sizeof full, "%s/%s", dir, r);
            struct stat st;
            lstat(full, &st);
            ccdk__buf_printf(out, "%s %o\n", r, (unsigned)st.st_mode);
            if (S_ISDIR(st.st_mode)) {
                list_tree(dir, r, out);
            } else if (S_ISLNK(st.st_mode)) {
                char t[1024];
                ssize_t k = readlink(full, t, sizeof t - 1);
                ccdk__buf_printf(out, "-> %.*s\n", (int)(k > 0 ? k : 0), t);
            } else {
                size_t len = 0;
                char *data = ccdk__read_file(full, &len);
                ccdk__buf_put(out, data, len);
                ccdk__buf_putc(out, '\n');
                free(data);
            }
        }
        free(names[i]);
    }
    if (n >= 0)
        free(names);
}

static char *assembly(const char *root)
{
    char d[1024];
    snprintf(d, sizeof d, "%s/cdk.out", root);
    ccdk__buf b = {0};
    list_tree(d, "", &b);
    ccdk__buf_putc(&b, 0);
    return b.data;
}

TEST(same_assembly_in_two_folders)
{
    char p1[512], p2[512];
    snprintf(p1, sizeof p1, "%s/one/project", tmpdir);
    snprintf(p2, sizeof p2, "%s/elsewhere/deeper/project-two", tmpdir);
    make_project(p1);
    make_project(p2);
    CHECK(synth_in(p1) == 0);
    CHECK(synth_in(p2) == 0);
    char *a1 = assembly(p1), *a2 = assembly(p2);
    CHECK(strstr(a1, "asset.") != NULL);          /* staged assets are part of the comparison */
    CHECK(strstr(a1, "StackA.template.json") != NULL);
    CHECK(strstr(a1, "assembly-Prod/") != NULL);
    CHECK(strstr(a1, tmpdir) == NULL);            /* no absolute path of the project */
    CHECK_STR_EQ(a2, a1);
    /* warm: a second synth over each assembly (staged assets linked from the old one) */
    CHECK(synth_in(p1) == 0);
    CHECK(synth_in(p2) == 0);
    char *w1 = assembly(p1), *w2 = assembly(p2);
    CHECK_STR_EQ(w1, a1);
    CHECK_STR_EQ(w2, a1);
    free(a1);
    free(a2);
    free(w1);
    free(w2);
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    RUN(same_assembly_in_two_folders);
    ccdk__rm_rf(tmpdir);
    return TEST_DONE();
}
