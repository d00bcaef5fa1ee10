/* invoke.c - `ccdk invoke`: one invocation of a function of the assembly, natively (no Docker),
 * under a Lambda Runtime API served here on loopback, as Lambda calls it: the runtime process (our
 * Node.js or Python bootstrap, or the function's own `bootstrap` for provided runtimes) asks
 * /2018-06-01/runtime/invocation/next for the event and posts /response or /error; the timeout
 * is enforced by killing its process group; START/END/REPORT go to stderr, the result to stdout. */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bootstraps.h"
#include "runtime.h"
#include "tool.h"

#define MAX_RESPONSE 6291556 /* Lambda's synchronous response limit, in bytes */

static const char *str_of(const ccdk_value *v) { return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL; }

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------------ the environment */

typedef tool_strv strv;

static void sv_push(strv *s, char *x)
{
    if (s->n + 1 >= s->cap) {
        s->cap = s->cap ? 2 * s->cap : 32;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            abort();
    }
    s->v[s->n++] = x;
    s->v[s->n] = NULL;
}

static void env_set(strv *env, const char *k, const char *v)
{
    size_t kl = strlen(k);
    char *e = malloc(kl + strlen(v) + 2);
    if (!e)
        abort();
    sprintf(e, "%s=%s", k, v);
    for (size_t i = 0; i < env->n; i++)
        if (!strncmp(env->v[i], k, kl) && env->v[i][kl] == '=') {
            free(env->v[i]);
            env->v[i] = e;
            return;
        }
    sv_push(env, e);
}

/* An environment variable's template value: a string as it is; an intrinsic, known only at deploy
 * time, a local placeholder (with a warning): Ref -> the logical id, GetAtt -> "Id.Attr",
 * ImportValue -> the export name, anything else -> its JSON. */
static const char *placeholder(tool *t, const char *name, const ccdk_value *v)
{
    if (v->kind == CCDK__V_STR)
        return v->u.str.s;
    if (v->kind == CCDK__V_NUM || v->kind == CCDK__V_BOOL) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, v, 0);
        const char *r = ccdk__strndup(t->app, b.data, b.len);
        ccdk__buf_free(&b);
        return r;
    }
    const char *r = NULL;
    const char *ref = str_of(ccdk__v_get(v, "Ref"));
    const ccdk_value *ga = ccdk__v_get(v, "Fn::GetAtt");
    const char *imp = str_of(ccdk__v_get(v, "Fn::ImportValue"));
    if (ref)
        r = ref;
    else if (ga && ga->kind == CCDK__V_LIST && ga->u.list.n == 2 && str_of(ga->u.list.items[0]) && str_of(ga->u.list.items[1]))
        r = ccdk__sprintf(t->app, "%s.%s", str_of(ga->u.list.items[0]), str_of(ga->u.list.items[1]));
    else if (imp)
        r = imp;
    ccdk__buf b = {0};
    ccdk__json_write(&b, v, 0);
    if (!r)
        r = ccdk__strndup(t->app, b.data, b.len);
    fprintf(stderr, "ccdk: warning: %s is %.*s, known only when deployed: \"%s\" here (set it with --env-vars)\n", name,
            (int)b.len, b.data, r);
    ccdk__buf_free(&b);
    return r;
}

/* SAM's --env-vars file: {"Parameters": {...}} for every function, {"<logical id>": {...}} for one
 * (also keyed by its construct path, "Stack/Fn", or its construct id, "Fn") */
static int apply_env_file(tool *t, strv *env, const char *file, const tool_stack *st, const char *logical_id)
{
    size_t len;
    char *text = ccdk__read_file(file, &len);
    if (!text) {
        tool_fail(t, "--env-vars %s: %s", file, strerror(errno));
        return -1;
    }
    const char *err = NULL;
    ccdk_value *v = ccdk__json_parse(t->app, text, len, &err);
    free(text);
    if (!v || v->kind != CCDK__V_OBJ) {
        tool_fail(t, "--env-vars %s: not a JSON object%s%s", file, err ? ": " : "", err ? err : "");
        return -1;
    }
    const char *sections[4] = {"Parameters", logical_id, NULL, NULL};
    const char *path = st->paths ? str_of(ccdk__v_get(st->paths, logical_id)) : NULL;
    if (path) {
        const char *p = path + (*path == '/');
        size_t n = strlen(p);
        if (n > 9 && !strcmp(p + n - 9, "/Resource"))
            n -= 9;
        sections[2] = ccdk__strndup(t->app, p, n);
        const char *slash = strrchr(sections[2], '/');
        sections[3] = slash ? slash + 1 : sections[2];
    }
    for (int s = 0; s < 4; s++) {
        if (!sections[s])
            continue;
        const ccdk_value *o = ccdk__v_get(v, sections[s]);
        for (size_t i = 0; o && o->kind == CCDK__V_OBJ && i < o->u.obj.n; i++) {
            const ccdk_value *x = o->u.obj.e[i].val;
            if (x->kind == CCDK__V_STR) {
                env_set(env, o->u.obj.e[i].key, x->u.str.s);
            } else {
                ccdk__buf b = {0};
                ccdk__json_write(&b, x, 0);
                ccdk__buf_putc(&b, 0);
                env_set(env, o->u.obj.e[i].key, b.data);
                ccdk__buf_free(&b);
            }
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ the Runtime API */

typedef struct {
    char method[8];
    char path[512];
    char *body;
    size_t body_len;
    char error_type[128];
} http_req;

/* reads one request (Content-Length or chunked body) until deadline; 0, or -1 */
static int read_request(int fd, http_req *r, double deadline)
{
    ccdk__buf b = {0};
    size_t head_end = 0;
    long content_length = -1;
    int chunked = 0;
    for (;;) {
        if (!head_end && b.len >= 4) {
            char *p = memmem(b.data, b.len, "\r\n\r\n", 4);
            if (p) {
                head_end = (size_t)(p - b.data) + 4;
                b.data[head_end - 1] = 0;
                sscanf(b.data, "%7s %511s", r->method, r->path);
                for (char *line = strstr(b.data, "\r\n"); line && line < b.data + head_end; line = strstr(line + 2, "\r\n")) {
                    char *l = line + 2;
                    if (!strncasecmp(l, "Content-Length:", 15))
                        content_length = strtol(l + 15, NULL, 10);
                    else if (!strncasecmp(l, "Transfer-Encoding:", 18) && strstr(l, "chunked"))
                        chunked = 1;
                    else if (!strncasecmp(l, "Lambda-Runtime-Function-Error-Type:", 35)) {
                        const char *v = l + 35;
                        while (*v == ' ')
                            v++;
                        size_t n = strcspn(v, "\r\n");
                        if (n >= sizeof r->error_type)
                            n = sizeof r->error_type - 1;
                        memcpy(r->error_type, v, n);
                        r->error_type[n] = 0;
                    }
                }
            }
        }
        if (head_end) {
            if (!chunked && (content_length < 0 || b.len - head_end >= (size_t)content_length)) {
                size_t n = content_length < 0 ? 0 : (size_t)content_length;
                r->body = malloc(n + 1);
                if (!r->body)
                    abort();
                memcpy(r->body, b.data + head_end, n);
                r->body[n] = 0;
                r->body_len = n;
                ccdk__buf_free(&b);
                return 0;
            }
            if (chunked) {
                /* complete when the terminating 0-size chunk is in */
                ccdk__buf out = {0};
                size_t p = head_end;
                int complete = 0;
                while (p < b.len) {
                    char *e = memmem(b.data + p, b.len - p, "\r\n", 2);
                    if (!e)
                        break;
                    size_t sz = strtoul(b.data + p, NULL, 16);
                    size_t start = (size_t)(e - b.data) + 2;
                    if (sz == 0) {
                        complete = 1;
                        break;
                    }
                    if (start + sz + 2 > b.len)
                        break;
                    ccdk__buf_put(&out, b.data + start, sz);
                    p = start + sz + 2;
                }
                if (complete) {
                    ccdk__buf_putc(&out, 0);
                    r->body_len = out.len - 1;
                    r->body = out.data;
                    ccdk__buf_free(&b);
                    return 0;
                }
                ccdk__buf_free(&out);
            }
        }
        if (b.len > (size_t)64 << 20) /* far past any payload Lambda takes */
            break;
        struct pollfd pfd = {fd, POLLIN, 0};
        int ms = (int)(deadline - now_ms());
        if (ms <= 0 || poll(&pfd, 1, ms) <= 0)
            break;
        char chunk[65536];
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n <= 0)
            break;
        ccdk__buf_put(&b, chunk, (size_t)n);
    }
    ccdk__buf_free(&b);
    return -1;
}

/* all of p on a socket (a peer that is gone is not an error here: its request is over) */
void tool_send_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        p += w;
        n -= (size_t)w;
    }
}

static void respond_n(int fd, int status, const char *extra_headers, const char *body, size_t bl)
{
    char head[1024];
    int n = snprintf(head, sizeof head, "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n%sConnection: close\r\n\r\n",
                     status, status == 200 ? "OK" : status == 202 ? "Accepted" : "Not Found", bl, extra_headers ? extra_headers : "");
    tool_send_all(fd, head, (size_t)n);
    if (bl)
        tool_send_all(fd, body, bl);
}

static void respond(int fd, int status, const char *extra_headers, const char *body)
{
    respond_n(fd, status, extra_headers, body, body ? strlen(body) : 0);
}

/* ------------------------------------------------------------------ one invocation */

static const char *runtime_family(const char *runtime)
{
    if (!strncmp(runtime, "nodejs", 6))
        return "node";
    if (!strncmp(runtime, "python", 6))
        return "python";
    if (!strncmp(runtime, "provided", 8))
        return "provided";
    return NULL;
}

static const char *write_bootstrap(tool *t, const char *name, const char *text)
{
    const char *path = ccdk__sprintf(t->app, "%s/%s", tool_cache_dir(t), name);
    size_t len;
    char *old = ccdk__read_file(path, &len);
    int same = old && len == strlen(text) && !memcmp(old, text, len);
    free(old);
    if (!same && ccdk__write_file(path, text, strlen(text)) != 0) {
        tool_fail(t, "cannot write %s: %s", path, strerror(errno));
        return NULL;
    }
    return path;
}


/* the first line of a file (a version name), or "" */
static void first_line(const char *path, char *out, size_t n)
{
    out[0] = 0;
    FILE *fp = fopen(path, "r");
    if (!fp)
        return;
    if (fgets(out, (int)n, fp))
        out[strcspn(out, " \t\r\n:")] = 0;
    fclose(fp);
}

/* pyenv's shim for an interpreter runs bash and pyenv before it (~50 ms of CPU at every cold
 * start): the interpreter it would pick instead, as pyenv picks it ($PYENV_VERSION, then the
 * nearest .python-version from the function's directory up, then $PYENV_ROOT/version); "system"
 * -> NULL (the next one on PATH); unknown -> the shim itself */
static int pyenv_pick(const char *shims_dir, const char *name, const char *dir, char *out, size_t n)
{
    char root[4096], version[256] = "", file[4400];
    snprintf(root, sizeof root, "%s", shims_dir);
    char *slash = strrchr(root, '/');
    if (!slash)
        return 0;
    *slash = 0;
    const char *env = getenv("PYENV_VERSION");
    if (env && *env) {
        snprintf(version, sizeof version, "%s", env);
        version[strcspn(version, ":")] = 0;
    }
    char d[4096];
    snprintf(d, sizeof d, "%s", dir);
    while (!version[0] && d[0]) {
        snprintf(file, sizeof file, "%s/.python-version", d);
        first_line(file, version, sizeof version);
        char *s = strrchr(d, '/');
        if (!s)
            break;
        *s = 0;
    }
    if (!version[0]) {
        snprintf(file, sizeof file, "%s/version", root);
        first_line(file, version, sizeof version);
    }
    if (!strcmp(version, "system"))
        return -1;
    /* a versioned name (python3.12): the shim runs the selected version when it has it, else any
     * installed 3.12.x does (the newest) */
    const char *dot = strncmp(name, "python", 6) ? NULL : strchr(name, '.');
    if (dot && version[0]) {
        snprintf(out, n, "%s/versions/%s/bin/%s", root, version, name);
        if (access(out, X_OK) == 0)
            return 1;
    }
    if (dot) {
        char want[64], best[256] = "";
        snprintf(want, sizeof want, "%s.", name + 6); /* "3.12." */
        snprintf(file, sizeof file, "%s/versions", root);
        DIR *vd = opendir(file);
        struct dirent *e;
        while (vd && (e = readdir(vd)))
            if (!strncmp(e->d_name, want, strlen(want)) && strverscmp(e->d_name, best) > 0)
                snprintf(best, sizeof best, "%s", e->d_name);
        if (vd)
            closedir(vd);
        if (!best[0])
            return -2;
        snprintf(out, n, "%s/versions/%s/bin/%s", root, best, name);
        return access(out, X_OK) == 0 ? 1 : -2;
    }
    if (!version[0] || strchr(version, '/'))
        return 0;
    snprintf(out, n, "%s/versions/%s/bin/%s", root, version, name);
    return access(out, X_OK) == 0 ? 1 : 0;
}

/* the interpreter on the function's PATH, as a full path (a pyenv shim resolved), or NULL */
static const char *find_interpreter(tool *t, const strv *env, const char *name, const char *dir)
{
    const char *path = "/usr/bin:/bin";
    for (size_t i = 0; i < env->n; i++)
        if (!strncmp(env->v[i], "PATH=", 5))
            path = env->v[i] + 5;
    for (const char *p = path; *p;) {
        size_t n = strcspn(p, ":");
        char d[4096], full[4400];
        snprintf(d, sizeof d, "%.*s", (int)n, n ? p : ".");
        snprintf(full, sizeof full, "%s/%s", d, name);
        p += n;
        if (*p == ':')
            p++;
        if (access(full, X_OK) != 0)
            continue;
        size_t dl = strlen(d);
        if (dl > 6 && !strcmp(d + dl - 6, "/shims") && strstr(d, "pyenv")) {
            char real[4400];
            int pick = pyenv_pick(d, name, dir, real, sizeof real);
            if (pick == -2)
                return NULL; /* no installed version has it */
            if (pick < 0)
                continue; /* "system": the next one on PATH */
            if (pick > 0)
                return ccdk__strdup(t->app, real);
        }
        return ccdk__strdup(t->app, full);
    }
    return NULL;
}

static void json_of(ccdk__buf *b, const ccdk_value *v)
{
    if (v)
        ccdk__json_write(b, v, 0);
    ccdk__buf_putc(b, '\n');
}

int tool_fn_load(tool *t, tool_stack *s, const char *logical_id, const char *env_vars, tool_fn *f)
{
    ccdk_app *app = t->app;
    memset(f, 0, sizeof *f);
    f->ls = -1;
    f->logfd = -1;
    f->stack = s;
    f->logical_id = logical_id;
    const ccdk_value *res = ccdk__v_get(ccdk__v_get(s->template, "Resources"), logical_id);
    const ccdk_value *props = ccdk__v_get(res, "Properties");
    const char *what = f->what = ccdk__sprintf(app, "%s/%s", s->display_name, logical_id);
    const char *runtime = str_of(ccdk__v_get(props, "Runtime"));
    const char *handler = str_of(ccdk__v_get(props, "Handler"));
    const ccdk_value *code = ccdk__v_get(props, "Code");
    if (!runtime || !code) {
        tool_fail(t, "%s: no Runtime or Code in the template (a container image function cannot run without Docker)", what);
        return -1;
    }
    const char *family = runtime_family(runtime);
    if (!family) {
        tool_fail(t, "%s: runtime %s cannot run here (node, python and provided runtimes can)", what, runtime);
        return -1;
    }
    f->runtime = runtime;
    f->family = family;
    ccdk__buf key = {0};
    json_of(&key, props);
    /* the code: inline (index.js / index.py in the cache), or an asset */
    const char *dir;
    const char *zipfile = str_of(ccdk__v_get(code, "ZipFile"));
    if (zipfile) {
        dir = ccdk__sprintf(app, "%s/inline-%s-%s", tool_cache_dir(t), s->artifact_id, logical_id);
        ccdk__mkdir_p(dir);
        const char *file = ccdk__sprintf(app, "%s/index.%s", dir, !strcmp(family, "python") ? "py" : "js");
        if (ccdk__write_file(file, zipfile, strlen(zipfile)) != 0) {
            tool_fail(t, "%s: cannot write %s", what, file);
            ccdk__buf_free(&key);
            return -1;
        }
    } else {
        dir = tool_code_dir(t, s, code, what);
        if (!dir) {
            ccdk__buf_free(&key);
            return -1;
        }
    }
    f->dir = dir;
    /* layers, in order: each a directory as Lambda merges them under /opt */
    strv layer_dirs = {0};
    const ccdk_value *layers = ccdk__v_get(props, "Layers");
    for (size_t i = 0; layers && layers->kind == CCDK__V_LIST && i < layers->u.list.n; i++) {
        const char *ref = str_of(ccdk__v_get(layers->u.list.items[i], "Ref"));
        const ccdk_value *lres = ref ? ccdk__v_get(ccdk__v_get(s->template, "Resources"), ref) : NULL;
        const ccdk_value *content = ccdk__v_get(ccdk__v_get(lres, "Properties"), "Content");
        if (!content) {
            fprintf(stderr, "ccdk: warning: %s: layer %zu is not a LayerVersion of this stack: left out\n", what, i + 1);
            continue;
        }
        json_of(&key, content);
        const char *ld = tool_code_dir(t, s, content, ccdk__sprintf(app, "%s (layer %s)", what, ref));
        if (!ld) {
            free(layer_dirs.v);
            ccdk__buf_free(&key);
            return -1;
        }
        sv_push(&layer_dirs, (char *)ld);
    }
    if (env_vars)
        ccdk__buf_puts(&key, env_vars);
    f->key = ccdk__strndup(app, key.data, key.len);
    ccdk__buf_free(&key);
    f->timeout_s = 3;
    const ccdk_value *tv = ccdk__v_get(props, "Timeout");
    if (tv && tv->kind == CCDK__V_NUM)
        f->timeout_s = tv->u.n;
    f->memory = 128;
    const ccdk_value *mv = ccdk__v_get(props, "MemorySize");
    if (mv && mv->kind == CCDK__V_NUM)
        f->memory = (long)mv->u.n;
    const char *fname = str_of(ccdk__v_get(props, "FunctionName"));
    if (!fname)
        fname = ccdk__sprintf(app, "%s-%s", s->artifact_id, logical_id);
    f->fname = fname;

    /* the environment Lambda gives a function, then its own variables */
    strv *env = &f->env;
    const char *keep[] = {"PATH", "HOME", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
                          "AWS_ENDPOINT_URL", "TMPDIR", NULL};
    for (const char *const *k = keep; *k; k++)
        if (getenv(*k))
            env_set(env, *k, getenv(*k));
    const char *region = getenv("AWS_REGION") ? getenv("AWS_REGION") : getenv("AWS_DEFAULT_REGION") ? getenv("AWS_DEFAULT_REGION") : "us-east-1";
    f->region = region;
    env_set(env, "AWS_REGION", region);
    env_set(env, "AWS_DEFAULT_REGION", region);
    env_set(env, "AWS_LAMBDA_FUNCTION_NAME", fname);
    env_set(env, "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    char mem[32];
    snprintf(mem, sizeof mem, "%ld", f->memory);
    env_set(env, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", mem);
    env_set(env, "AWS_LAMBDA_LOG_GROUP_NAME", ccdk__sprintf(app, "/aws/lambda/%s", fname));
    env_set(env, "AWS_LAMBDA_LOG_STREAM_NAME", "ccdk-local");
    env_set(env, "AWS_EXECUTION_ENV", ccdk__sprintf(app, "AWS_Lambda_%s", runtime));
    env_set(env, "LAMBDA_TASK_ROOT", dir);
    env_set(env, "LAMBDA_RUNTIME_DIR", tool_cache_dir(t));
    env_set(env, "_HANDLER", handler ? handler : "");
    env_set(env, "TZ", ":UTC");
    env_set(env, "LANG", "en_US.UTF-8");
    /* our bootstraps compare it with the local interpreter's version and warn */
    env_set(env, "_CCDK_RUNTIME", runtime);
    if (layer_dirs.n) {
        /* /opt/nodejs/node_modules, /opt/python, /opt/bin, /opt/lib: a later layer wins */
        ccdk__buf np = {0}, pp = {0}, bp = {0}, lp = {0};
        for (size_t i = layer_dirs.n; i-- > 0;) {
            const char *l = layer_dirs.v[i];
            ccdk__buf_printf(&np, "%s%s/nodejs/node_modules:%s/nodejs", np.len ? ":" : "", l, l);
            ccdk__buf_printf(&pp, "%s%s/python", pp.len ? ":" : "", l);
            ccdk__buf_printf(&bp, "%s/bin:", l);
            ccdk__buf_printf(&lp, "%s%s/lib", lp.len ? ":" : "", l);
        }
        ccdk__buf_putc(&np, 0);
        ccdk__buf_putc(&pp, 0);
        ccdk__buf_printf(&bp, "%s", getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
        ccdk__buf_putc(&bp, 0);
        ccdk__buf_putc(&lp, 0);
        env_set(env, "NODE_PATH", np.data);
        env_set(env, "PYTHONPATH", pp.data);
        env_set(env, "PATH", bp.data);
        env_set(env, "LD_LIBRARY_PATH", lp.data);
        ccdk__buf_free(&np);
        ccdk__buf_free(&pp);
        ccdk__buf_free(&bp);
        ccdk__buf_free(&lp);
    }
    free(layer_dirs.v);
    const ccdk_value *vars = ccdk__v_get(ccdk__v_get(props, "Environment"), "Variables");
    for (size_t i = 0; vars && vars->kind == CCDK__V_OBJ && i < vars->u.obj.n; i++)
        env_set(env, vars->u.obj.e[i].key, placeholder(t, vars->u.obj.e[i].key, vars->u.obj.e[i].val));
    if (env_vars && apply_env_file(t, env, env_vars, s, logical_id) != 0) {
        tool_fn_free(f);
        return -1;
    }

    strv *argv = &f->argv;
    if (!strcmp(family, "node")) {
        const char *b = write_bootstrap(t, "bootstrap.js", ccdk_tool_bootstrap_js);
        if (!b) {
            tool_fn_free(f);
            return -1;
        }
        const char *node = find_interpreter(t, env, "node", dir);
        if (!node) {
            tool_fail(t, "%s: node is not installed (not on PATH); the function's runtime is %s", what, runtime);
            tool_fn_free(f);
            return -1;
        }
        sv_push(argv, (char *)node);
        sv_push(argv, (char *)b);
    } else if (!strcmp(family, "python")) {
        const char *b = write_bootstrap(t, "bootstrap.py", ccdk_tool_bootstrap_py);
        if (!b) {
            tool_fn_free(f);
            return -1;
        }
        /* python3.12 for runtime python3.12 when there is one, else python3 (with a warning) */
        const char *python = find_interpreter(t, env, runtime, dir);
        if (!python)
            python = find_interpreter(t, env, "python3", dir);
        if (!python) {
            tool_fail(t, "%s: python3 is not installed (not on PATH); the function's runtime is %s", what, runtime);
            tool_fn_free(f);
            return -1;
        }
        sv_push(argv, (char *)python);
        sv_push(argv, (char *)b);
    } else {
        const char *b = ccdk__sprintf(app, "%s/bootstrap", dir);
        if (access(b, X_OK) != 0) {
            tool_fail(t, "%s: %s is not an executable bootstrap (runtime %s)", what, b, runtime);
            tool_fn_free(f);
            return -1;
        }
        sv_push(argv, (char *)b);
    }
    return 0;
}

static void drain_log(tool_fn *f, ccdk__buf *keep);

void tool_fn_stop(tool_fn *f)
{
    if (f->pid > 0) {
        kill(-f->pid, SIGKILL);
        kill(f->pid, SIGKILL);
        waitpid(f->pid, NULL, 0);
    }
    f->pid = 0;
    if (f->ls >= 0)
        close(f->ls);
    f->ls = -1;
    if (f->logfd >= 0) {
        drain_log(f, NULL);
        close(f->logfd);
    }
    f->logfd = -1;
}

void tool_fn_drain_log(tool_fn *f)
{
    drain_log(f, NULL);
    /* the runtime is gone (end of file): no more to read, and nothing to poll for */
    char c;
    ssize_t n = f->logfd >= 0 ? read(f->logfd, &c, 1) : -1;
    if (n == 1) {
        fputc(c, stderr); /* it just wrote more: the next poll brings the rest */
    } else if (n == 0) {
        close(f->logfd);
        f->logfd = -1;
    }
}

/* the runtime's output so far: to our stderr, and into keep (when given) */
static void drain_log(tool_fn *f, ccdk__buf *keep)
{
    char buf[65536];
    ssize_t n;
    while (f->logfd >= 0 && (n = read(f->logfd, buf, sizeof buf)) > 0) {
        fwrite(buf, 1, (size_t)n, stderr);
        if (keep)
            ccdk__buf_put(keep, buf, (size_t)n);
    }
    fflush(stderr);
}

void tool_fn_free(tool_fn *f)
{
    tool_fn_stop(f);
    for (size_t i = 0; i < f->env.n; i++)
        free(f->env.v[i]);
    free(f->env.v);
    free(f->argv.v);
    memset(&f->env, 0, sizeof f->env);
    memset(&f->argv, 0, sizeof f->argv);
}

void tool_new_request_id(char *rid, size_t n)
{
    unsigned char r[16];
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0 || read(fd, r, sizeof r) != (ssize_t)sizeof r)
        for (int i = 0; i < 16; i++)
            r[i] = (unsigned char)(rand() ^ (int)getpid());
    if (fd >= 0)
        close(fd);
    r[6] = (r[6] & 0x0f) | 0x40;
    r[8] = (r[8] & 0x3f) | 0x80;
    snprintf(rid, n, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", r[0], r[1], r[2], r[3], r[4],
             r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14], r[15]);
}

/* the runtime's peak resident memory (MB), as REPORT's Max Memory Used */
static long max_memory_mb(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
    FILE *fp = fopen(path, "r");
    long kb = 0;
    while (fp && fgets(line, sizeof line, fp))
        if (!strncmp(line, "VmHWM:", 6))
            kb = strtol(line + 6, NULL, 10);
    if (fp)
        fclose(fp);
    return kb / 1024;
}

/* a new runtime process with a new Runtime API socket (a stale connection of a previous process
 * can never be taken for this one's) */
static int start_runtime(tool *t, tool_fn *f)
{
    tool_fn_stop(f);
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t sl = sizeof sa;
    if (ls < 0 || bind(ls, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(ls, 16) != 0 ||
        getsockname(ls, (struct sockaddr *)&sa, &sl) != 0) {
        fprintf(stderr, "ccdk: cannot listen on 127.0.0.1: %s\n", strerror(errno));
        if (ls >= 0)
            close(ls);
        return -1;
    }
    f->ls = ls;
    char api[64];
    snprintf(api, sizeof api, "127.0.0.1:%d", ntohs(sa.sin_port));
    env_set(&f->env, "AWS_LAMBDA_RUNTIME_API", api);
    f->started = now_ms();
    int lp[2] = {-1, -1};
    if (f->capture && pipe2(lp, O_CLOEXEC) != 0)
        lp[0] = lp[1] = -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "ccdk: fork: %s\n", strerror(errno));
        return -1;
    }
    if (pid == 0) {
        setpgid(0, 0);
        signal(SIGPIPE, SIG_DFL);
        if (chdir(f->dir) != 0)
            _exit(127);
        /* the function's stdout is its log: to our stderr, as `sam local invoke` shows logs */
        if (lp[1] >= 0) {
            dup2(lp[1], 1);
            dup2(lp[1], 2);
        } else {
            dup2(2, 1);
        }
        execvpe(f->argv.v[0], f->argv.v, f->env.v);
        /* no stdio here: ccdk serve forks from a thread while others may hold its locks */
        char msg[600];
        int n = snprintf(msg, sizeof msg, "ccdk: cannot run %s: %s\n", f->argv.v[0], strerror(errno));
        if (n > 0 && write(2, msg, (size_t)n) < 0)
            _exit(127);
        _exit(127);
    }
    setpgid(pid, pid);
    f->pid = pid;
    if (lp[1] >= 0) {
        close(lp[1]);
        fcntl(lp[0], F_SETFL, O_NONBLOCK);
        f->logfd = lp[0];
    }
    (void)t;
    return 0;
}

static void set_payload(tool_result *r, const char *text)
{
    free(r->payload);
    r->len = strlen(text);
    r->payload = malloc(r->len + 1);
    if (!r->payload)
        abort();
    memcpy(r->payload, text, r->len + 1);
}

/* a START/END/REPORT line: on stderr when log, into keep when given */
static void log_line(int log, ccdk__buf *keep, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void log_line(int log, ccdk__buf *keep, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof line)
        n = (int)sizeof line - 1;
    if (log)
        fwrite(line, 1, (size_t)n, stderr);
    if (keep)
        ccdk__buf_put(keep, line, (size_t)n);
}

void tool_fn_invoke(tool *t, tool_fn *f, const char *want_rid, const char *event, size_t event_len, int log, tool_result *r)
{
    memset(r, 0, sizeof *r);
    if (want_rid)
        snprintf(r->rid, sizeof r->rid, "%s", want_rid);
    else
        tool_new_request_id(r->rid, sizeof r->rid);
    const char *rid = r->rid;
    int status = 0;
    if (f->pid > 0 && waitpid(f->pid, &status, WNOHANG) == f->pid) /* died while idle */
        f->pid = 0;
    drain_log(f, NULL); /* what it wrote since the last invocation */
    ccdk__buf lg = {0}; /* this invocation's log, with capture */
    ccdk__buf *keep = f->capture ? &lg : NULL;
    double t0 = now_ms();
    r->cold = f->pid <= 0;
    if (r->cold && start_runtime(t, f) != 0) {
        r->kind = TOOL_R_INIT_ERROR;
        set_payload(r, "{\"errorType\":\"Runtime.Unknown\",\"errorMessage\":\"The runtime could not be started\"}");
        return;
    }
    f->invocations++;
    /* Lambda's init phase: 10 s; a warm runtime asks for the next event at once */
    double deadline = t0 + 10000 + (r->cold ? f->timeout_s * 1000 : 0);
    enum { W_NEXT, W_RUNNING, W_DONE } st = W_NEXT;
    int reaped = 0, exited = 0, timed_out = 0;
    double t_start = 0, t_end = 0;
    char prefix[128];
    snprintf(prefix, sizeof prefix, "/2018-06-01/runtime/invocation/%s/", rid);
    long maxmem = 0;
    while (st != W_DONE) {
        if (waitpid(f->pid, &status, WNOHANG) == f->pid) {
            reaped = exited = 1;
            break;
        }
        if (now_ms() >= deadline) {
            timed_out = 1;
            break;
        }
        struct pollfd pfd[2] = {{f->ls, POLLIN, 0}, {f->logfd, POLLIN, 0}};
        if (poll(pfd, 2, 10) <= 0)
            continue;
        if (pfd[1].revents)
            drain_log(f, keep);
        if (!(pfd[0].revents & POLLIN))
            continue;
        int c = accept4(f->ls, NULL, NULL, SOCK_CLOEXEC);
        if (c < 0)
            continue;
        http_req rq;
        memset(&rq, 0, sizeof rq);
        if (read_request(c, &rq, deadline) != 0) {
            close(c);
            continue;
        }
        if (!strcmp(rq.method, "GET") && !strcmp(rq.path, "/2018-06-01/runtime/invocation/next") && st == W_NEXT) {
            t_start = now_ms();
            if (r->cold)
                r->init_ms = t_start - t0;
            deadline = t_start + f->timeout_s * 1000;
            struct timeval tv_now;
            gettimeofday(&tv_now, NULL);
            long long dl = (long long)tv_now.tv_sec * 1000 + tv_now.tv_usec / 1000 + (long long)(f->timeout_s * 1000);
            char hdr[700];
            snprintf(hdr, sizeof hdr,
                     "Lambda-Runtime-Aws-Request-Id: %s\r\nLambda-Runtime-Deadline-Ms: %lld\r\n"
                     "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:%s:123456789012:function:%s\r\n"
                     "Lambda-Runtime-Trace-Id: Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0\r\n",
                     rid, dl, f->region, f->fname);
            log_line(log, keep, "START RequestId: %s Version: $LATEST\n", rid);
            respond_n(c, 200, hdr, event, event_len);
            st = W_RUNNING;
        } else if (!strcmp(rq.method, "POST") && !strncmp(rq.path, prefix, strlen(prefix)) && st == W_RUNNING) {
            const char *what_ = rq.path + strlen(prefix);
            respond(c, 202, NULL, "{\"status\":\"OK\"}");
            t_end = now_ms();
            r->payload = rq.body;
            r->len = rq.body_len;
            rq.body = NULL;
            r->kind = !strcmp(what_, "response") ? TOOL_R_RESPONSE : TOOL_R_ERROR;
            snprintf(r->error_type, sizeof r->error_type, "%s", rq.error_type);
            st = W_DONE;
        } else if (!strcmp(rq.method, "POST") && !strcmp(rq.path, "/2018-06-01/runtime/init/error") && st == W_NEXT) {
            respond(c, 202, NULL, "{\"status\":\"OK\"}");
            t_end = now_ms();
            r->payload = rq.body;
            r->len = rq.body_len;
            rq.body = NULL;
            r->kind = TOOL_R_INIT_ERROR;
            snprintf(r->error_type, sizeof r->error_type, "%s", rq.error_type);
            st = W_DONE;
        } else {
            respond(c, 404, NULL, "{\"errorMessage\":\"not found\",\"errorType\":\"InvalidRequest\"}");
        }
        free(rq.body);
        close(c);
    }
    if (!t_end)
        t_end = now_ms();
    drain_log(f, keep); /* written before its response: in the pipe now */
    if (!reaped)
        maxmem = max_memory_mb(f->pid);
    char buf[512];
    if (exited || timed_out || r->kind == TOOL_R_INIT_ERROR) {
        /* the sandbox is gone: the next invocation starts a new one */
        if (!reaped) {
            kill(-f->pid, SIGKILL);
            waitpid(f->pid, &status, 0);
        }
        drain_log(f, keep);
        if (f->logfd >= 0)
            close(f->logfd);
        f->logfd = -1;
        f->pid = 0;
        if (f->ls >= 0)
            close(f->ls);
        f->ls = -1;
    }
    if (timed_out) {
        r->kind = TOOL_R_TIMEOUT;
        if (!t_start) {
            set_payload(r, "{\"errorType\":\"Runtime.Unknown\",\"errorMessage\":\"The runtime did not ask for an event\"}");
        } else {
            snprintf(buf, sizeof buf, "{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"RequestId: %s Error: Task timed out after %.2f seconds\"}",
                     rid, f->timeout_s);
            set_payload(r, buf);
            log_line(1, keep, "%s Task timed out after %.2f seconds\n", rid, f->timeout_s);
        }
    } else if (exited && !t_start && !r->cold) {
        /* a warm runtime that died while idle: Lambda replaces such an instance; so do we */
        char again[40];
        snprintf(again, sizeof again, "%s", rid);
        free(r->payload);
        ccdk__buf_free(&lg);
        tool_fn_invoke(t, f, again, event, event_len, log, r);
        return;
    } else if (exited) {
        r->kind = t_start ? TOOL_R_EXITED : TOOL_R_INIT_ERROR;
        snprintf(buf, sizeof buf, "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: %s Error: Runtime exited with error: %s %d\"}",
                 rid, WIFEXITED(status) ? "exit status" : "signal", WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
        set_payload(r, buf);
    } else if (r->kind == TOOL_R_RESPONSE && r->len > MAX_RESPONSE) {
        r->kind = TOOL_R_TOO_LARGE;
        snprintf(buf, sizeof buf,
                 "{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size (%d bytes).\","
                 "\"errorType\":\"Function.ResponseSizeTooLarge\"}",
                 MAX_RESPONSE);
        set_payload(r, buf);
    }
    if (!r->payload)
        set_payload(r, "null");
    r->duration_ms = t_start ? t_end - t_start : 0;
    {
        long billed = (long)(r->duration_ms + 0.999999);
        if (billed < 1)
            billed = 1;
        if (t_start)
            log_line(log, keep, "END RequestId: %s\n", rid);
        if (r->cold)
            log_line(log, keep, "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %ld ms\tMemory Size: %ld MB\tMax Memory Used: %ld MB\tInit Duration: %.2f ms\n",
                     rid, r->duration_ms, billed, f->memory, maxmem, (t_start ? t_start : t_end) - t0);
        else
            log_line(log, keep, "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %ld ms\tMemory Size: %ld MB\tMax Memory Used: %ld MB\n",
                     rid, r->duration_ms, billed, f->memory, maxmem);
    }
    if (keep) {
        /* the last 4 KB, as Lambda's LogType Tail */
        size_t from = lg.len > 4096 ? lg.len - 4096 : 0;
        r->log_len = lg.len - from;
        r->log = malloc(r->log_len + 1);
        if (!r->log)
            abort();
        if (r->log_len)
            memcpy(r->log, lg.data + from, r->log_len);
        r->log[r->log_len] = 0;
    }
    ccdk__buf_free(&lg);
}



int tool_invoke(tool *t, tool_stack *s, const char *logical_id, const tool_invoke_options *o)
{
    tool_fn f;
    if (tool_fn_load(t, s, logical_id, o->env_vars, &f) != 0)
        return 2;
    tool_result r;
    tool_fn_invoke(t, &f, NULL, o->event, strlen(o->event), !o->quiet, &r);
    /* one invocation: the runtime is stopped, as Lambda freezes (and here ends) the sandbox */
    tool_fn_free(&f);
    fwrite(r.payload, 1, r.len, stdout);
    fputc('\n', stdout);
    free(r.payload);
    return r.kind == TOOL_R_RESPONSE ? 0 : 1;
}
