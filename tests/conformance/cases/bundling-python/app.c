/* Conformance case 'bundling-python': Bundling Asset Code, Example with Python (bundling image +
 * command), bundled locally: the `local` callback copies the sources to the output directory, as
 * app.js's tryBundle does (there is no Docker daemon here). */
#define _GNU_SOURCE
#include <ccdk/lambda.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    if (!in || !out) {
        if (in)
            fclose(in);
        return -1;
    }
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    fclose(in);
    struct stat st;
    if (stat(from, &st) == 0)
        chmod(to, st.st_mode & 07777);
    return fclose(out);
}

static int copy_dir(const char *from, const char *to)
{
    DIR *d = opendir(from);
    if (!d)
        return -1;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char src[4096], dst[4096];
        snprintf(src, sizeof src, "%s/%s", from, names[i]);
        snprintf(dst, sizeof dst, "%s/%s", to, names[i]);
        struct stat st;
        if (stat(src, &st) == 0 && S_ISDIR(st.st_mode)) {
            mkdir(dst, 0777);
            rc |= copy_dir(src, dst);
        } else {
            rc |= copy_file(src, dst);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

static int try_bundle(const char *output_dir, void *ctx)
{
    copy_dir((const char *)ctx, output_dir);
    return 1;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_bundling_options bundling = {
        .image = ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_9),
        .command = CCDK_STRS("bash", "-c", "pip install -r requirements.txt -t /asset-output && cp -au . /asset-output"),
        .try_bundle = try_bundle,
        .try_bundle_ctx = "my-python-handler",
    };
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "my-python-handler", &(ccdk_asset_options){.bundling = &bundling}),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
