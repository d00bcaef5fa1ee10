/* Handler Code: Code.fromAsset(dir, {exclude}) of a directory tree with nested folders, an empty
 * folder, symlinks (internal and external), a CRLF text file, a binary file, a dot file and excluded
 * files: the asset hash must match. The tree is generated under scratch/ as app.js does (the first
 * writer builds it in a temporary directory and renames it into place). */
#include <ccdk/lambda.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void mkdirs(const char *path)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(buf, 0755);
            *p = '/';
        }
    mkdir(buf, 0755);
}

static void put(const char *root, const char *rel, const void *data, size_t len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = 0;
    mkdirs(dir);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len) {
        perror(path);
        exit(1);
    }
    fclose(f);
}
#define PUT(root, rel, s) put(root, rel, s, sizeof s - 1)

static void rm_rf(const char *path)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", path);
}

static void generate_tree(const char *scratch)
{
    struct stat st;
    char gen_tree[1024], gen[1024], tmp[1024], p[1100];
    snprintf(gen, sizeof gen, "%s/gen", scratch);
    snprintf(gen_tree, sizeof gen_tree, "%s/gen/tree", scratch);
    if (stat(gen_tree, &st) == 0)
        return;
    mkdirs(scratch);
    snprintf(tmp, sizeof tmp, "%s/tmp-c-%d", scratch, (int)getpid());
    PUT(tmp, "outside.txt", "a file outside the asset, reached through a symlink\n");
    PUT(tmp, "tree/index.js", "exports.handler = async () => require(\"./lib/util\").hello();\n");
    PUT(tmp, "tree/lib/util.js", "exports.hello = () => \"hello\";\n");
    PUT(tmp, "tree/lib/nested/deep/data.json", "{\"a\": [1, 2, 3]}\n");
    PUT(tmp, "tree/crlf.txt", "line one\r\nline two\r\n");
    unsigned char bin[256];
    for (int i = 0; i < 256; i++)
        bin[i] = (unsigned char)((i * 7) & 255);
    put(tmp, "tree/binary.bin", bin, sizeof bin);
    PUT(tmp, "tree/.hidden", "dot file\n");
    PUT(tmp, "tree/debug.log", "excluded by *.log\n");
    PUT(tmp, "tree/keep.log", "kept by !keep.log\n");
    PUT(tmp, "tree/lib/skip-me/ignored.js", "excluded with its directory\n");
    PUT(tmp, "tree/lib/nested/notes.tmp", "excluded by **/*.tmp\n");
    snprintf(p, sizeof p, "%s/tree/lib/nested/empty-dir", tmp);
    mkdirs(p);
    snprintf(p, sizeof p, "%s/tree/link-to-util.js", tmp);
    if (symlink("lib/util.js", p) != 0)
        perror(p);
    snprintf(p, sizeof p, "%s/tree/link-outside.txt", tmp);
    if (symlink("../outside.txt", p) != 0)
        perror(p);
    if (rename(tmp, gen) != 0)
        rm_rf(tmp); /* another run was first */
}

int main(void)
{
    generate_tree("scratch");
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "scratch/gen/tree", &(ccdk_asset_options){
            .exclude = CCDK_STRS("*.log", "!keep.log", "skip-me", "**/*.tmp"),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
