/* docker_build.c - DockerImage.fromBuild (aws-cdk-lib core/lib/bundling.js) and
 * Code.fromDockerBuild (aws-lambda/lib/code.js): the docker CLI run with posix_spawnp. */
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
#include "lambda_internal.h"

extern char **environ;


/* JSON.stringify(options), the set fields in the documented order */
static void options_json(ccdk__buf *b, const ccdk_docker_build_options *o)
{
    int first = 1;
#define KEY(k) (ccdk__buf_puts(b, first ? "{\"" k "\":" : ",\"" k "\":"), first = 0)
    if (o->build_args) {
        KEY("buildArgs");
        ccdk__json_write_kv_object(b, o->build_args);
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
    if (o->cache_disabled) {
        KEY("cacheDisabled");
        ccdk__buf_puts(b, "true");
    }
    STR(image_path, "imagePath")
    STR(output_path, "outputPath")
#undef STR
#undef KEY
    ccdk__buf_puts(b, first ? "{}" : "}");
}

char **ccdk__docker_build_argv(const char *tag, const char *path, const ccdk_docker_build_options *o)
{
    size_t nargs = 0;
    while (o->build_args && o->build_args[nargs].key)
        nargs++;
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
    if (o->cache_disabled)
        PUSH("--no-cache");
    for (size_t i = 0; i < nargs; i++) {
        PUSH("--build-arg");
        ccdk__buf_printf(&b, "%s=%s", o->build_args[i].key, o->build_args[i].value ? o->build_args[i].value : "");
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
static int exec_capture(char *const *argv, char **out, char **err)
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

static int from_build(ccdk_app *app, const char *path, const ccdk_docker_build_options *o, ccdk_docker_image *img)
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
    int rc = ccdk__fingerprint(path, &fo, h, &err);
    ccdk__buf_free(&js);
    if (rc != 0) {
        ccdk__unscoped_error(app, "%s", err ? err : "fingerprint failed");
        free(err);
        return -1;
    }
    const char *tag = ccdk__sprintf(app, "cdk-%s", h);
    img->image = tag;
    img->image_hash = ccdk__strdup(app, h);
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
        from_build(n->app, path, options, &img);
    return img;
}

ccdk_lambda_code *ccdk_lambda_code_from_docker_build(void *scope, const char *path, const ccdk_docker_build_options *options)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_app *app = n->app;
    if (app->orphan_stack) /* a bad scope (never synthesized): nothing external runs */
        return ccdk_lambda_code_from_inline(n, "orphan");
    const char *ip = options && options->image_path ? options->image_path : "/asset/.";
    size_t il = strlen(ip);
    if (il && ip[il - 1] == '/')
        ip = ccdk__sprintf(app, "%s.", ip);
    else if (!(il >= 2 && ip[il - 2] == '/' && ip[il - 1] == '.'))
        ip = ccdk__sprintf(app, "%s/.", ip);
    ccdk_docker_image img;
    if (from_build(app, path, options, &img) != 0)
        return NULL;
    /* DockerImage.cp(imagePath, outputPath) */
    const char *prog = getenv("CDK_DOCKER");
    prog = prog ? prog : "docker";
    char *create[] = {(char *)prog, "create", (char *)img.image, NULL};
    char *out = NULL, *err = NULL;
    if (exec_capture(create, &out, &err) != 0) {
        ccdk__unscoped_error(app, "%s", err);
        free(err);
        return NULL;
    }
    /* /([0-9a-f]{16,})/ */
    const char *id = NULL;
    size_t idl = 0;
    for (const char *p = out; *p;) {
        size_t l = strspn(p, "0123456789abcdef");
        if (l >= 16) {
            id = p, idl = l;
            break;
        }
        p += l ? l : 1;
    }
    if (!id) {
        free(out);
        ccdk__unscoped_error(app, "Failed to extract container ID from Docker create output");
        return NULL;
    }
    const char *cid = ccdk__strndup(app, id, idl);
    free(out);
    const char *cpath = ccdk__sprintf(app, "%s:%s", cid, ip);
    const char *dest = options ? options->output_path : NULL;
    if (!dest) {
        const char *t = getenv("TMPDIR");
        if (!t || !*t)
            t = "/tmp";
        char real[PATH_MAX];
        if (!realpath(t, real))
            snprintf(real, sizeof real, "%s", t);
        char *d = ccdk__sprintf(app, "%s/cdk-docker-cp-XXXXXX", real);
        if (!mkdtemp(d)) {
            ccdk__unscoped_error(app, "Error: ENOENT: no such file or directory, mkdtemp '%s'", d);
            return NULL;
        }
        dest = d;
    }
    char *cp[] = {(char *)prog, "cp", (char *)cpath, (char *)dest, NULL};
    int rc = exec_capture(cp, &out, &err);
    free(out);
    char *rmerr = NULL;
    char *rm[] = {(char *)prog, "rm", "-v", (char *)cid, NULL};
    int rrc = exec_capture(rm, &out, &rmerr);
    free(out);
    if (rrc != 0) { /* the finally block's error wins */
        ccdk__unscoped_error(app, "%s", rmerr);
        free(rmerr);
        free(err);
        return NULL;
    }
    if (rc != 0) {
        ccdk__unscoped_error(app, "FailedToFailedCopyFiles: Failed to copy files from %s to %s: %s", cpath, dest, err);
        free(err);
        return NULL;
    }
    return ccdk_lambda_code_from_asset(scope, dest, NULL);
}
