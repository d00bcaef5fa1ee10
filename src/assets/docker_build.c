/* docker_build.c - DockerImage.fromBuild (aws-cdk-lib core/lib/bundling.js): the image hash and
 * `docker build`, the docker CLI run with posix_spawnp. Code.fromDockerBuild, which uses it, is
 * lambda/code_docker_build.c. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bundling.h"
#include "internal.h"

extern char **environ;


/* JSON.stringify(options), the set fields in the documented order */
static void options_json(ccdk__buf *b, const ccdk_docker_build_options *o)
{
    int first = 1;
#define KEY(k) (ccdk__buf_puts(b, first ? "{\"" k "\":" : ",\"" k "\":"), first = 0)
    if (CCDK__GIVEN(o->build_args)) {
        KEY("buildArgs");
        ccdk__json_write_kv_object(b, o->build_args.items, CCDK__LEN(o->build_args, "buildArgs"));
    }
#define STR(f, k)                                                                                                      \
    if (o->f) {                                                                                                        \
        KEY(k);                                                                                                        \
        ccdk__json_write_cstr(b, o->f);                                                                                              \
    }
    STR(file, "file")
    STR(platform, "platform")
    STR(network, "network")
    STR(target_stage, "targetStage")
    if (ccdk__tri_set(o->cache_disabled)) {
        KEY("cacheDisabled");
        ccdk__buf_puts(b, ccdk__tri_true(o->cache_disabled) ? "true" : "false");
    }
    STR(image_path, "imagePath")
    STR(output_path, "outputPath")
#undef STR
#undef KEY
    ccdk__buf_puts(b, first ? "{}" : "}");
}

char **ccdk__docker_build_argv(const char *tag, const char *path, const ccdk_docker_build_options *o)
{
    size_t nargs = CCDK__LEN(o->build_args, "buildArgs");
    char **v = calloc(20 + 2 * nargs, sizeof *v);
    if (!v)
        abort();
    size_t k = 0;
    const char *prog = getenv("CDK_DOCKER");
    ccdk__buf b = {0};
#define PUSH(s) (v[k++] = strdup(s))
    PUSH(prog ? prog : "docker");
    PUSH("build");
    PUSH("-t");
    PUSH(tag);
    if (o->file) {
        PUSH("-f");
        ccdk__buf_printf(&b, "%s/%s", path, o->file); /* path.join */
        ccdk__buf_putc(&b, 0);
        char *j = b.data;
        /* path.join normalises "a/./b", "//" */
        char *w = j;
        for (char *r = j; *r;) {
            if (r[0] == '/' && r[1] == '/') {
                r++;
                continue;
            }
            if (r[0] == '/' && r[1] == '.' && (r[2] == '/' || r[2] == 0) && r != j) {
                r += 2;
                continue;
            }
            *w++ = *r++;
        }
        *w = 0;
        if (!strncmp(j, "./", 2) && j[2])
            memmove(j, j + 2, strlen(j + 2) + 1);
        v[k++] = j;
        b = (ccdk__buf){0};
    }
    if (o->platform) {
        PUSH("--platform");
        PUSH(o->platform);
    }
    if (o->network) {
        PUSH("--network");
        PUSH(o->network);
    }
    if (o->target_stage) {
        PUSH("--target");
        PUSH(o->target_stage);
    }
    if (ccdk__tri_true(o->cache_disabled))
        PUSH("--no-cache");
    for (size_t i = 0; i < nargs; i++) {
        PUSH("--build-arg");
        ccdk__buf_printf(&b, "%s=%s", o->build_args.items[i].key ? o->build_args.items[i].key : "",
                         o->build_args.items[i].value ? o->build_args.items[i].value : "");
        ccdk__buf_putc(&b, 0);
        v[k++] = b.data;
        b = (ccdk__buf){0};
    }
    PUSH(path);
#undef PUSH
    for (size_t i = 0; i < k; i++)
        if (!v[i])
            abort();
    v[k] = NULL;
    return v;
}

/* status of argv run with all stdio on /dev/null; -1 when it cannot start */
static int run_quiet(char *const *argv)
{
    pid_t pid;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        return -1;
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static char *read_all(FILE *f)
{
    ccdk__buf b = {0};
    char tmp[4096];
    size_t n;
    rewind(f);
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        ccdk__buf_put(&b, tmp, n);
    ccdk__buf_putc(&b, 0);
    return b.data;
}

static void prepend_lines(ccdk__buf *b, const char *first, const char *text)
{
    if (!text || !*text)
        return;
    size_t pad = strlen(first);
    const char *p = text;
    for (int idx = 0;; idx++) {
        const char *nl = strchr(p, '\n');
        ccdk__buf_putc(b, '\n');
        if (idx == 0)
            ccdk__buf_puts(b, first);
        else
            for (size_t i = 0; i < pad; i++)
                ccdk__buf_putc(b, ' ');
        ccdk__buf_put(b, p, nl ? (size_t)(nl - p) : strlen(p));
        if (!nl)
            break;
        p = nl + 1;
    }
}

/* dockerExec(args, {}): stdout and stderr piped; 0 and *out (malloc'd stdout), or -1 and *err */
int ccdk__docker_exec_capture(char *const *argv, char **out, char **err)
{
    FILE *fo = tmpfile(), *fe = tmpfile();
    if (!fo || !fe)
        abort();
    pid_t pid;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, fileno(fo), 1);
    posix_spawn_file_actions_adddup2(&fa, fileno(fe), 2);
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    *out = NULL;
    if (rc != 0) {
        ccdk__buf b = {0};
        ccdk__buf_printf(&b, "Error: spawnSync %s %s", argv[0], rc == ENOENT ? "ENOENT" : rc == EACCES ? "EACCES" : strerror(rc));
        ccdk__buf_putc(&b, 0);
        *err = b.data;
        fclose(fo);
        fclose(fe);
        return -1;
    }
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    char *so = read_all(fo), *se = read_all(fe);
    fclose(fo);
    fclose(fe);
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
        free(se);
        *out = so;
        return 0;
    }
    ccdk__buf b = {0};
    if (WIFSIGNALED(st)) {
        const char *sig = sigabbrev_np(WTERMSIG(st));
        ccdk__buf_printf(&b, "CommandExecutionFailed: %s exited with signal SIG%s", argv[0], sig ? sig : "?");
    } else {
        ccdk__buf_printf(&b, "CommandExecutionFailed: %s exited with status %d", argv[0], WEXITSTATUS(st));
    }
    prepend_lines(&b, "--> STDOUT:  ", so);
    prepend_lines(&b, "--> STDERR:  ", se);
    free(so);
    free(se);
    char *cl = ccdk__bundling_command_line(argv);
    ccdk__buf_printf(&b, "\n--> Command: %s", cl);
    free(cl);
    ccdk__buf_putc(&b, 0);
    *err = b.data;
    return -1;
}

int ccdk__docker_from_build(ccdk_app *app, const char *path, const ccdk_docker_build_options *o, ccdk_docker_image *img)
{
    static const ccdk_docker_build_options none = {0};
    if (!o)
        o = &none;
    if (!path)
        path = "";
    img->image = img->image_hash = NULL;
    if (o->file && o->file[0] == '/') {
        ccdk__unscoped_error(app, "\"file\" must be relative to the docker build directory. Got %s", o->file);
        return -1;
    }
    ccdk__buf js = {0};
    options_json(&js, o);
    ccdk__buf_putc(&js, 0);
    ccdk__fingerprint_opts fo = {.follow = CCDK_SYMLINK_EXTERNAL, .extra_hash = js.data};
    char h[65];
    char *err = NULL;
    int rc = ccdk__fingerprint_cached(app, path, &fo, h, &err);
    ccdk__buf_free(&js);
    if (rc != 0) {
        ccdk__unscoped_error(app, "%s", err ? err : "fingerprint failed");
        free(err);
        return -1;
    }
    const char *tag = ccdk__sprintf(app, "cdk-%s", h);
    img->image = tag;
    img->image_hash = ccdk__strdup(app, h);
    if (ccdk__failed(app))
        return 0; /* the App has errors (its synth fails): the name is known, nothing external runs */
    const char *prog = getenv("CDK_DOCKER");
    char *inspect[] = {(char *)(prog ? prog : "docker"), "image", "inspect", (char *)tag, NULL};
    if (run_quiet(inspect) == 0)
        return 0;
    char **argv = ccdk__docker_build_argv(tag, path, o);
    rc = ccdk__bundling_exec(argv, &err);
    ccdk__bundling_argv_free(argv);
    if (rc != 0) {
        ccdk__unscoped_error(app, "%s", err ? err : "docker build failed");
        free(err);
        return -1;
    }
    return 0;
}

ccdk_docker_image ccdk_docker_image_from_build(void *scope, const char *path, const ccdk_docker_build_options *options)
{
    ccdk_docker_image img = {0};
    ccdk__node *n = ccdk__scope(scope);
    if (!n->app->orphan_stack) /* a bad scope (never synthesized): nothing external runs */
        ccdk__docker_from_build(n->app, path, options, &img);
    return img;
}

ccdk_docker_image ccdk_docker_image_from_registry(void *scope, const char *name)
{
    ccdk__node *n = ccdk__scope(scope);
    return (ccdk_docker_image){ccdk__strdup(n->app, name ? name : ""), NULL};
}

const char *ccdk_docker_build_secret_from_src(void *scope, const char *src)
{
    ccdk__node *n = ccdk__scope(scope);
    /* `src=${src}`: undefined renders as "src=undefined" */
    return ccdk__sprintf(n->app, "src=%s", src ? src : "undefined");
}
