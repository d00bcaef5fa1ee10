/* cdkjson.c - run a CDK app as the cdk CLI (2.1148.1) does, without Node.
 *
 * What the CLI does, read from its source (node_modules/aws-cdk/lib/index.js: cli/user-
 * configuration.ts, cxapp/exec.ts, toolkit-lib's cloud-assembly/environment.ts and
 * prepare-source.ts) and checked by running it with an app that dumps its environment:
 *   - settings: {versionReporting, assetMetadata, pathMetadata: true, output: "cdk.out"} deep-merged
 *     with ~/.cdk.json, then ./cdk.json, then the command line (a `build` key in ~/.cdk.json is an
 *     error). The command line always sets `staging` (true unless --no-staging) and
 *     `bundlingStacks` (["**"] for synth, [] for ls), so cdk.json cannot change those two;
 *   - context: ~/.cdk.json's "context", then cdk.context.json, then cdk.json's "context", then -c
 *     key=value (a later source wins; objects are merged key by key), then the CLI's own keys:
 *     aws:cdk:enable-path-metadata, aws:cdk:enable-asset-metadata, aws:cdk:version-reporting (or
 *     aws:cdk:disable-version-reporting), aws:cdk:disable-asset-staging (--no-staging),
 *     aws:cdk:bundling-stacks and @aws-cdk/core:failSynthOnValidationErrors=false. Keys are in
 *     JavaScript's order: array-index keys ("1", "42") first;
 *   - environment: CDK_DEFAULT_REGION (AWS_REGION, AMAZON_REGION, AWS_DEFAULT_REGION,
 *     AMAZON_DEFAULT_REGION, then the profile's region in ~/.aws/credentials and ~/.aws/config, then
 *     the default profile's, else us-east-1), CDK_DEFAULT_ACCOUNT when the credentials' account is
 *     known (the CLI's cache of STS answers: ccdk reads it, never calls STS), CDK_OUTDIR, CDK_CLI_ASM_VERSION,
 *     CDK_CLI_VERSION, CDK_ERROR_FILE and CDK_PERF_COUNTERS_FILE (both removed first),
 *     CDK_CONTEXT_JSON, with what does not fit in 128 KiB of environment in a file named by
 *     CONTEXT_OVERFLOW_LOCATION_ENV; FORCE_COLOR=0 when stdout is not a terminal,
 *     AWS_EC2_METADATA_DISABLED=true off EC2 (without --profile), PYTHONIOENCODING=utf-8 unless set;
 *   - the app runs through /bin/sh -c, stdin from /dev/null, its output passed through; a file
 *     named as the first word (or the whole command) is run with node when it is a .js file and not
 *     executable; a `build` command runs first; outdir/synth.lock holds the CLI's pid meanwhile. */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "synth.h"

extern char **environ;

/* ------------------------------------------------------------------ values */

static const char *str_of(const ccdk_value *v)
{
    return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
}

/* an array index as JavaScript orders object keys: "0".."4294967294", no leading zero */
static int array_index(const char *k, unsigned long long *out)
{
    if (!*k || (k[0] == '0' && k[1]) || strlen(k) > 10)
        return 0;
    unsigned long long n = 0;
    for (const char *p = k; *p; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        n = n * 10 + (unsigned)(*p - '0');
    }
    if (n > 4294967294ULL)
        return 0;
    *out = n;
    return 1;
}

void tool_js_order(ccdk_value *v)
{
    if (!v)
        return;
    if (v->kind == CCDK__V_LIST) {
        for (size_t i = 0; i < v->u.list.n; i++)
            tool_js_order(v->u.list.items[i]);
        return;
    }
    if (v->kind != CCDK__V_OBJ)
        return;
    size_t n = v->u.obj.n, nidx = 0;
    unsigned long long x;
    for (size_t i = 0; i < n; i++) {
        tool_js_order(v->u.obj.e[i].val);
        if (array_index(v->u.obj.e[i].key, &x))
            nidx++;
    }
    if (!nidx)
        return;
    ccdk__entry *e = malloc(n * sizeof *e);
    unsigned long long *keys = malloc(n * sizeof *keys);
    if (!e || !keys)
        abort();
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (array_index(v->u.obj.e[i].key, &x)) {
            /* insertion sort: few such keys */
            size_t j = k++;
            while (j > 0 && keys[j - 1] > x) {
                keys[j] = keys[j - 1];
                e[j] = e[j - 1];
                j--;
            }
            keys[j] = x;
            e[j] = v->u.obj.e[i];
        }
    for (size_t i = 0; i < n; i++)
        if (!array_index(v->u.obj.e[i].key, &x))
            e[k++] = v->u.obj.e[i];
    memcpy(v->u.obj.e, e, n * sizeof *e);
    free(e);
    free(keys);
    ccdk__v_obj_reindex(v);
}

/* toolkit-lib's deepMerge: objects merged key by key (a non-object target replaced by {}), other
 * values (arrays too) replace; __proto__, constructor and prototype are skipped */
static void deep_merge(tool *t, ccdk_value *into, const ccdk_value *from)
{
    if (!from || from->kind != CCDK__V_OBJ)
        return;
    for (size_t i = 0; i < from->u.obj.n; i++) {
        const char *k = from->u.obj.e[i].key;
        const ccdk_value *v = from->u.obj.e[i].val;
        if (!strcmp(k, "__proto__") || !strcmp(k, "constructor") || !strcmp(k, "prototype"))
            continue;
        if (v->kind == CCDK__V_UNDEF)
            continue;
        if (v->kind == CCDK__V_OBJ) {
            ccdk_value *cur = ccdk__v_get(into, k);
            if (!cur || cur->kind != CCDK__V_OBJ) {
                cur = ccdk__v_obj(t->app);
                ccdk__v_set(into, k, cur);
            }
            deep_merge(t, cur, v);
        } else {
            ccdk__v_set(into, k, (ccdk_value *)v);
        }
    }
}

/* JavaScript truthiness of a setting */
static int truthy(const ccdk_value *v)
{
    if (!v)
        return 0;
    switch (v->kind) {
    case CCDK__V_NULL:
    case CCDK__V_UNDEF:
        return 0;
    case CCDK__V_BOOL:
        return v->u.b;
    case CCDK__V_NUM:
        return v->u.n != 0 && v->u.n == v->u.n;
    case CCDK__V_STR:
        return v->u.str.len > 0;
    default:
        return 1;
    }
}

/* settings.get([key]) ?? dflt */
static int setting_flag(const ccdk_value *settings, const char *key, int dflt)
{
    const ccdk_value *v = ccdk__v_get(settings, key);
    if (!v || v->kind == CCDK__V_NULL || v->kind == CCDK__V_UNDEF)
        return dflt;
    return truthy(v);
}

static ccdk_value *read_json_file(tool *t, const char *path, const char *shown, int *bad)
{
    size_t len = 0;
    char *text = ccdk__read_file(path, &len);
    if (!text)
        return NULL;
    const char *err = NULL;
    ccdk_value *v = ccdk__json_parse(t->app, text, len, &err);
    free(text);
    if (!v) {
        fprintf(stderr, "%s: %s\n", shown, err ? err : "not JSON");
        *bad = 1;
        return NULL;
    }
    return v;
}

/* ------------------------------------------------------------------ region */

static const char *ini_value(tool *t, const char *file, const char *profile, int config_file, const char *key)
{
    size_t len = 0;
    char *text = ccdk__read_file(file, &len);
    if (!text)
        return NULL;
    const char *found = NULL;
    int in = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        while (*line == ' ' || *line == '\t')
            line++;
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
            line[--n] = 0;
        if (*line == '#' || *line == ';' || !n)
            continue;
        if (*line == '[' && line[n - 1] == ']') {
            line[n - 1] = 0;
            char *name = line + 1;
            while (*name == ' ')
                name++;
            size_t m = strlen(name);
            while (m && name[m - 1] == ' ')
                name[--m] = 0;
            if (config_file && !strncmp(name, "profile ", 8)) {
                name += 8;
                while (*name == ' ')
                    name++;
            } else if (config_file && strcmp(name, "default")) {
                in = 0; /* sso-session, services: not profiles */
                continue;
            }
            in = !strcmp(name, profile);
            continue;
        }
        if (!in)
            continue;
        char *eq = strchr(line, '=');
        if (!eq)
            continue;
        char *k = line, *ke = eq;
        while (ke > k && (ke[-1] == ' ' || ke[-1] == '\t'))
            ke--;
        *ke = 0;
        char *val = eq + 1;
        while (*val == ' ' || *val == '\t')
            val++;
        if (!strcmp(k, key) && *val)
            found = ccdk__strdup(t->app, val);
    }
    free(text);
    return found;
}

static const char *ini_region(tool *t, const char *file, const char *profile, int config_file)
{
    return ini_value(t, file, profile, config_file, "region");
}

static const char *default_region(tool *t, const char *profile_opt)
{
    const char *envs[] = {"AWS_REGION", "AMAZON_REGION", "AWS_DEFAULT_REGION", "AMAZON_DEFAULT_REGION"};
    for (size_t i = 0; i < 4; i++) {
        const char *v = getenv(envs[i]);
        if (v && *v)
            return v;
    }
    const char *profile = profile_opt && *profile_opt ? profile_opt : getenv("AWS_PROFILE");
    if (!profile || !*profile)
        profile = getenv("AWS_DEFAULT_PROFILE");
    if (!profile || !*profile)
        profile = "default";
    const char *home = getenv("HOME");
    const char *cred = getenv("AWS_SHARED_CREDENTIALS_FILE");
    const char *conf = getenv("AWS_CONFIG_FILE");
    if (!cred || !*cred)
        cred = ccdk__sprintf(t->app, "%s/.aws/credentials", home ? home : "");
    if (!conf || !*conf)
        conf = ccdk__sprintf(t->app, "%s/.aws/config", home ? home : "");
    const char *r;
    if ((r = ini_region(t, cred, profile, 0)) || (r = ini_region(t, conf, profile, 1)) ||
        (r = ini_region(t, cred, "default", 0)) || (r = ini_region(t, conf, "default", 1)))
        return r;
    /* the CLI would ask EC2's instance metadata service next, on EC2 only */
    return "us-east-1";
}

/* CDK_DEFAULT_ACCOUNT: the CLI asks STS for the account of its credentials, unless its cache
 * (<CDK_HOME or the user's home/.cdk>/cache/accounts_partitions.json, keyed by access key id)
 * already knows it. ccdk never calls AWS: it uses that cache, and leaves the variable unset
 * otherwise (as the CLI does when it cannot reach STS). The access key: --profile's (the shared
 * credentials and config files), else $AWS_ACCESS_KEY_ID with a secret key, else the profile's. */
static const char *cached_account(tool *t, const char *profile_opt)
{
    const char *akid = NULL;
    const char *home = getenv("HOME");
    const char *cred = getenv("AWS_SHARED_CREDENTIALS_FILE");
    const char *conf = getenv("AWS_CONFIG_FILE");
    if (!cred || !*cred)
        cred = ccdk__sprintf(t->app, "%s/.aws/credentials", home ? home : "");
    if (!conf || !*conf)
        conf = ccdk__sprintf(t->app, "%s/.aws/config", home ? home : "");
    const char *profile = profile_opt && *profile_opt ? profile_opt : NULL;
    if (!profile) {
        const char *k = getenv("AWS_ACCESS_KEY_ID"), *sk = getenv("AWS_SECRET_ACCESS_KEY");
        if (k && *k && sk && *sk)
            akid = k;
        profile = getenv("AWS_PROFILE");
        if (!profile || !*profile)
            profile = getenv("AWS_DEFAULT_PROFILE");
        if (!profile || !*profile)
            profile = "default";
    }
    if (!akid && !(akid = ini_value(t, cred, profile, 0, "aws_access_key_id")))
        akid = ini_value(t, conf, profile, 1, "aws_access_key_id");
    if (!akid)
        return NULL;
    const char *cdk_home = getenv("CDK_HOME");
    const char *dir;
    if (cdk_home && *cdk_home) {
        dir = cdk_home;
    } else {
        struct passwd *pw = getpwuid(getuid());
        const char *h = pw && pw->pw_dir && strcmp(pw->pw_dir, "/var/empty") ? pw->pw_dir : home;
        dir = ccdk__sprintf(t->app, "%s/.cdk", h ? h : "");
    }
    size_t len = 0;
    char *text = ccdk__read_file(ccdk__sprintf(t->app, "%s/cache/accounts_partitions.json", dir), &len);
    if (!text)
        return NULL;
    const char *err = NULL;
    ccdk_value *map = ccdk__json_parse(t->app, text, len, &err);
    free(text);
    return map ? str_of(ccdk__v_get(ccdk__v_get(map, akid), "accountId")) : NULL;
}

static int file_starts_with(const char *path, const char *prefix, int lower)
{
    size_t len = 0;
    char *s = ccdk__read_file(path, &len);
    if (!s)
        return 0;
    char *p = s;
    while (*p == ' ' || *p == '\n' || *p == '\t')
        p++;
    if (lower)
        for (char *q = p; *q; q++)
            if (*q >= 'A' && *q <= 'Z')
                *q = (char)(*q - 'A' + 'a');
    int r = !strncmp(p, prefix, strlen(prefix));
    free(s);
    return r;
}

static int is_ec2_instance(void)
{
    return file_starts_with("/sys/devices/virtual/dmi/id/board_asset_tag", "i-", 0) ||
           file_starts_with("/sys/hypervisor/uuid", "ec2", 1);
}

/* ------------------------------------------------------------------ the command line */

/* quoteShellPart */
static const char *shell_quote(tool *t, const char *s)
{
    int safe = *s != 0;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("_+=:,.@/-", *p)))
            safe = 0;
    if (safe)
        return s;
    ccdk__buf b = {0};
    ccdk__buf_putc(&b, '"');
    for (const char *p = s; *p; p++) {
        if (strchr("\\\"$`", *p))
            ccdk__buf_putc(&b, '\\');
        ccdk__buf_putc(&b, *p);
    }
    ccdk__buf_putc(&b, '"');
    const char *r = ccdk__strdup(t->app, b.data);
    ccdk__buf_free(&b);
    return r;
}

static const char *find_node(tool *t)
{
    const char *path = getenv("PATH");
    if (!path)
        return "node";
    const char *p = path;
    while (*p) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        const char *cand = ccdk__sprintf(t->app, "%.*s/node", (int)n, p);
        if (n && access(cand, X_OK) == 0)
            return cand;
        p += n + (e ? 1 : 0);
        if (!e)
            break;
    }
    return "node";
}

/* guessInterpreter: a .js file that is not executable runs with node */
static const char *interpreter_for(tool *t, const char *file)
{
    struct stat st;
    if (stat(file, &st) != 0)
        return NULL;
    size_t n = strlen(file);
    int exec = (st.st_mode & 01) != 0; /* the CLI tests mode & fs.constants.X_OK (1): others' execute bit */
    if (n > 3 && !strcmp(file + n - 3, ".js") && !exec)
        return ccdk__sprintf(t->app, "%s %s", shell_quote(t, find_node(t)), shell_quote(t, file));
    return shell_quote(t, file);
}

/* guessExecutable */
static const char *guess_executable(tool *t, const char *cmd)
{
    const char *whole = interpreter_for(t, cmd);
    if (whole)
        return whole;
    while (*cmd == ' ' || *cmd == '\t' || *cmd == '\n')
        cmd++;
    char *c = ccdk__strdup(t->app, cmd);
    size_t n = strlen(c);
    while (n && (c[n - 1] == ' ' || c[n - 1] == '\t' || c[n - 1] == '\n'))
        c[--n] = 0;
    const char *first, *rest;
    if (c[0] == '"') {
        char *q = strchr(c + 1, '"');
        if (q) {
            *q = 0;
            first = c + 1;
            rest = q + 1;
            while (*rest == ' ')
                rest++;
        } else {
            first = c;
            rest = "";
        }
    } else {
        char *sp = strchr(c, ' ');
        if (sp) {
            *sp = 0;
            first = c;
            rest = sp + 1;
        } else {
            first = c;
            rest = "";
        }
    }
    const char *f = interpreter_for(t, first);
    if (f) {
        const char *r = ccdk__sprintf(t->app, "%s %s", f, rest);
        size_t m = strlen(r);
        char *rr = ccdk__strdup(t->app, r);
        while (m && rr[m - 1] == ' ')
            rr[--m] = 0;
        return rr;
    }
    return cmd;
}

static const char *signal_name(int sig)
{
    switch (sig) {
    case SIGHUP: return "SIGHUP";
    case SIGINT: return "SIGINT";
    case SIGQUIT: return "SIGQUIT";
    case SIGILL: return "SIGILL";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGSEGV: return "SIGSEGV";
    case SIGPIPE: return "SIGPIPE";
    case SIGALRM: return "SIGALRM";
    case SIGTERM: return "SIGTERM";
    case SIGBUS: return "SIGBUS";
    default: return "SIGNAL";
    }
}

/* A command line the shell would only split into words (nothing it expands, quotes, redirects or
 * assigns): its words, NULL-terminated, in argv (at most max - 1); else 0. */
static size_t simple_words(char *line, char **argv, size_t max)
{
    size_t n = 0;
    for (const char *c = line; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == ' ' ||
              strchr("_-./,:+@%=", *c)))
            return 0;
    for (char *w = strtok(line, " "); w; w = strtok(NULL, " ")) {
        if (n + 1 >= max || (n == 0 && strchr(w, '=')))
            return 0; /* (a first word with "=" is an assignment) */
        argv[n++] = w;
    }
    argv[n] = NULL;
    return n;
}

/* runUserCommandLine: /bin/sh -c, stdin /dev/null, stdout and stderr inherited. 0, or 1 after
 * the CLI's message. A command line of plain words (the usual "./app" or "build/app arg") is
 * executed without the shell in between, as the shell itself would run it: a process less to
 * start; its crash (a signal it raises itself: SIGSEGV, SIGABRT, ...) is reported as the shell
 * would have reported it (exit status 128 + signal). */
static int run_shell(const char *cmd)
{
    fflush(NULL);
    /* posix_spawn (a vfork: no copy of this process's page tables, and no copy-on-write faults
     * on its own pages afterwards), stdin from /dev/null when it opens */
    posix_spawn_file_actions_t fa, *fap = NULL;
    if (access("/dev/null", R_OK) == 0 && posix_spawn_file_actions_init(&fa) == 0) {
        if (posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0) == 0)
            fap = &fa;
        else
            posix_spawn_file_actions_destroy(&fa);
    }
    pid_t pid;
    int err = -1;
    char *words = strdup(cmd), *wv[64];
    if (words && simple_words(words, wv, sizeof wv / sizeof *wv) && strchr(wv[0], '/'))
        err = posix_spawn(&pid, wv[0], fap, NULL, wv, environ); /* (not found, not executable: the shell says so, below) */
    free(words);
    if (err) {
        char *sh[] = {"/bin/sh", "-c", (char *)cmd, NULL};
        err = posix_spawn(&pid, sh[0], fap, NULL, sh, environ);
    }
    if (fap)
        posix_spawn_file_actions_destroy(fap);
    if (err == EAGAIN || err == ENOMEM) { /* (what fork could not do) */
        fprintf(stderr, "Failed to execute CDK app: %s\n", cmd);
        return 1;
    }
    if (err) { /* no /bin/sh to run: a forked child's _exit(127) */
        fprintf(stderr, "%s: Subprocess exited with error 127\n", cmd);
        return 1;
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            fprintf(stderr, "Failed to execute CDK app: %s\n", cmd);
            return 1;
        }
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return 0;
    int own = WIFSIGNALED(st) ? WTERMSIG(st) : 0; /* a signal a program raises on itself */
    if (own == SIGSEGV || own == SIGBUS || own == SIGFPE || own == SIGILL || own == SIGABRT || own == SIGTRAP ||
        own == SIGSYS) {
        char *line = strdup(cmd), *argv[64];
        if (line && simple_words(line, argv, sizeof argv / sizeof *argv) && strchr(argv[0], '/')) {
            /* the app itself died (no shell in between): the shell would have said so (dash:
             * strsignal, " (core dumped)") and exited 128 + signal */
            fprintf(stderr, "%s%s\n", strsignal(own), WCOREDUMP(st) ? " (core dumped)" : "");
            fprintf(stderr, "%s: Subprocess exited with error %d\n", cmd, 128 + own);
            free(line);
            return 1;
        }
        free(line);
    }
    if (WIFSIGNALED(st))
        fprintf(stderr, "%s: Subprocess was killed with signal %s\n", cmd, signal_name(WTERMSIG(st)));
    else
        fprintf(stderr, "%s: Subprocess exited with error %d\n", cmd, WEXITSTATUS(st));
    return 1;
}

/* ------------------------------------------------------------------ settings and context */

/* prohibitContextKeys and warnAboutContextKey, for one configuration file */
static int check_context_keys(const ccdk_value *settings, const char *file)
{
    const ccdk_value *ctx = ccdk__v_get(settings, "context");
    if (!ctx || ctx->kind != CCDK__V_OBJ)
        return 0;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        strcpy(cwd, ".");
    const char *bad[] = {"default-account", "default-region"};
    for (int i = 0; i < 2; i++)
        if (ccdk__v_get(ctx, bad[i])) {
            fprintf(stderr, "The 'context.%s' key was found in %s/%s, but it is no longer supported. Please remove it.\n",
                    bad[i], cwd, file);
            return 1;
        }
    for (size_t i = 0; i < ctx->u.obj.n; i++)
        if (!strncmp(ctx->u.obj.e[i].key, "aws:", 4))
            fprintf(tool_cdk_info, "A reserved context key ('context.aws:') key was found in %s/%s, it might cause surprising behavior and should be removed.\n",
                    cwd, file);
    return 0;
}

static size_t environ_size(void)
{
    size_t used = 0;
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        if ((size_t)(eq - *e) == strlen("CDK_CONTEXT_JSON") && !strncmp(*e, "CDK_CONTEXT_JSON", 16))
            used += 16;
        else
            used += strlen(*e) - 1;
    }
    return used;
}

static size_t json_len(const ccdk_value *v)
{
    ccdk__buf b = {0};
    ccdk__json_write(&b, v, 0);
    size_t n = b.len;
    ccdk__buf_free(&b);
    return n;
}

int tool_cdk_run_app(tool *t, tool_cdk_opts *o, const char **dir)
{
    ccdk_app *app = t->app;
    int bad = 0;
    const char *home = getenv("HOME");
    ccdk_value *user = read_json_file(t, ccdk__sprintf(app, "%s/.cdk.json", home ? home : "/tmp"), "~/.cdk.json", &bad);
    if (bad)
        return 1;
    if (user && check_context_keys(user, "~/.cdk.json"))
        return 1;
    ccdk_value *project = read_json_file(t, "cdk.json", "cdk.json", &bad);
    if (bad)
        return 1;
    if (project && check_context_keys(project, "cdk.json"))
        return 1;
    ccdk_value *project_ctx = read_json_file(t, "cdk.context.json", "cdk.context.json", &bad);
    if (bad)
        return 1;
    if (project_ctx && check_context_keys(project_ctx, "cdk.context.json"))
        return 1;
    if (user && ccdk__v_get(user, "build") && truthy(ccdk__v_get(user, "build"))) {
        fprintf(stderr, "The `build` key cannot be specified in the user config (~/.cdk.json), specify it in the project config (cdk.json) instead\n");
        return 1;
    }

    /* the command line's settings */
    ccdk_value *cli = ccdk__v_obj(app);
    if (o->app)
        ccdk__v_set(cli, "app", ccdk__v_str(app, o->app));
    ccdk__v_set(cli, "context", o->context ? o->context : ccdk__v_obj(app));
    if (o->path_metadata >= 0)
        ccdk__v_set(cli, "pathMetadata", ccdk__v_bool(app, o->path_metadata));
    if (o->asset_metadata >= 0)
        ccdk__v_set(cli, "assetMetadata", ccdk__v_bool(app, o->asset_metadata));
    if (o->validation >= 0)
        ccdk__v_set(cli, "validation", ccdk__v_bool(app, o->validation));
    if (o->version_reporting >= 0)
        ccdk__v_set(cli, "versionReporting", ccdk__v_bool(app, o->version_reporting));
    ccdk__v_set(cli, "staging", ccdk__v_bool(app, o->staging));
    if (o->output)
        ccdk__v_set(cli, "output", ccdk__v_str(app, o->output));
    ccdk_value *bundling = ccdk__v_list(app);
    if (!strcmp(o->command, "synth")) {
        if (o->exclusively && o->nstacks)
            for (size_t i = 0; i < o->nstacks; i++)
                ccdk__v_push(bundling, ccdk__v_str(app, o->stacks[i]));
        else
            ccdk__v_push(bundling, ccdk__v_str(app, "**"));
    }
    ccdk__v_set(cli, "bundlingStacks", bundling);
    if (o->lookups >= 0)
        ccdk__v_set(cli, "lookups", ccdk__v_bool(app, o->lookups));
    if (o->debug)
        ccdk__v_set(cli, "debugApp", ccdk__v_bool(app, 1));

    ccdk_value *settings = ccdk__v_obj(app);
    ccdk__v_set(settings, "versionReporting", ccdk__v_bool(app, 1));
    ccdk__v_set(settings, "assetMetadata", ccdk__v_bool(app, 1));
    ccdk__v_set(settings, "pathMetadata", ccdk__v_bool(app, 1));
    ccdk__v_set(settings, "output", ccdk__v_str(app, "cdk.out"));
    deep_merge(t, settings, user);
    deep_merge(t, settings, project);
    deep_merge(t, settings, cli);

    /* settings.get(["quiet"]) ?? --quiet: a "quiet" key in cdk.json wins over the option */
    o->settings_quiet = setting_flag(settings, "quiet", -1);

    /* context: the bags from the lowest precedence up */
    ccdk_value *context = ccdk__v_obj(app);
    if (user)
        deep_merge(t, context, ccdk__v_get(user, "context"));
    deep_merge(t, context, project_ctx);
    if (project)
        deep_merge(t, context, ccdk__v_get(project, "context"));
    deep_merge(t, context, o->context);
    /* contextFromSettings */
    if (setting_flag(settings, "pathMetadata", 1))
        ccdk__v_set(context, "aws:cdk:enable-path-metadata", ccdk__v_bool(app, 1));
    if (setting_flag(settings, "assetMetadata", 1))
        ccdk__v_set(context, "aws:cdk:enable-asset-metadata", ccdk__v_bool(app, 1));
    int vr = setting_flag(settings, "versionReporting", 1);
    if (vr)
        ccdk__v_set(context, "aws:cdk:version-reporting", ccdk__v_bool(app, 1));
    else
        ccdk__v_set(context, "aws:cdk:disable-version-reporting", ccdk__v_bool(app, 1));
    if (!setting_flag(settings, "staging", 1))
        ccdk__v_set(context, "aws:cdk:disable-asset-staging", ccdk__v_bool(app, 1));
    const ccdk_value *bs = ccdk__v_get(settings, "bundlingStacks");
    if (!bs || bs->kind == CCDK__V_NULL) {
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, ccdk__v_str(app, "**"));
        bs = l;
    }
    ccdk__v_set(context, "aws:cdk:bundling-stacks", (ccdk_value *)bs);
    ccdk__v_set(context, "@aws-cdk/core:failSynthOnValidationErrors", ccdk__v_bool(app, 0));
    tool_js_order(context);

    /* the CLI's own process environment, which the app inherits (FORCE_COLOR: tool_cdk_parse) */
    /* the CLI's default credential chain sets this (not the --profile one) */
    if (!(o->profile && *o->profile) && !getenv("AWS_EC2_METADATA_DISABLED") && !is_ec2_instance())
        setenv("AWS_EC2_METADATA_DISABLED", "true", 1);

    /* prepareDefaultEnvironment, then the debug/validation variables */
    setenv("CDK_DEFAULT_REGION", default_region(t, o->profile), 1);
    const char *account = cached_account(t, o->profile);
    if (account && *account)
        setenv("CDK_DEFAULT_ACCOUNT", account, 1);
    if (setting_flag(settings, "debugApp", 0)) {
        setenv("CDK_DEBUG", "true", 1);
        if (!getenv("JSII_HOST_STACK_TRACES"))
            setenv("JSII_HOST_STACK_TRACES", "1", 1);
    }
    const ccdk_value *val = ccdk__v_get(settings, "validation");
    if (val && val->kind == CCDK__V_BOOL && !val->u.b)
        setenv("CDK_VALIDATION", "false", 1);

    const ccdk_value *build = ccdk__v_get(settings, "build");
    if (build && truthy(build)) {
        const char *b = str_of(build);
        if (b && run_shell(b))
            return 1;
    }

    const ccdk_value *appv = ccdk__v_get(settings, "app");
    const char *appcmd = NULL;
    if (appv && appv->kind == CCDK__V_LIST) {
        ccdk__buf b = {0};
        for (size_t i = 0; i < appv->u.list.n; i++) {
            const char *s = str_of(appv->u.list.items[i]);
            if (i)
                ccdk__buf_putc(&b, ' ');
            ccdk__buf_puts(&b, s ? s : "");
        }
        appcmd = ccdk__strdup(app, b.data ? b.data : "");
        ccdk__buf_free(&b);
    } else if (truthy(appv)) {
        appcmd = str_of(appv);
    }
    if (!appcmd || !*appcmd) {
        fprintf(stderr, "--app is required either in command-line, in cdk.json or in ~/.cdk.json\n");
        return 1;
    }
    struct stat st;
    if (stat(appcmd, &st) == 0 && S_ISDIR(st.st_mode)) { /* a cloud assembly: no synth */
        *dir = appcmd;
        return 0;
    }
    const char *command = guess_executable(t, appcmd);
    const ccdk_value *outv = ccdk__v_get(settings, "output");
    const char *outdir = str_of(outv);
    if (!outv || !truthy(outv)) {
        fprintf(stderr, "unexpected: --output is required\n");
        return 1;
    }
    if (!outdir) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, outv, 0);
        fprintf(stderr, "--output takes a string, got %s\n", b.data);
        ccdk__buf_free(&b);
        return 1;
    }
    if (ccdk__mkdir_p(outdir) != 0) {
        fprintf(stderr, "Could not create output directory %s (%s)\n", outdir, strerror(errno));
        return 1;
    }
    setenv("CDK_OUTDIR", outdir, 1);
    setenv("CDK_CLI_ASM_VERSION", TOOL_CDK_CLI_ASM_VERSION, 1);
    setenv("CDK_CLI_VERSION", TOOL_CDK_CLI_VERSION, 1);

    /* the writer lock: another synth into the same directory is refused */
    const char *lock = ccdk__sprintf(app, "%s/synth.lock", outdir);
    {
        size_t len = 0;
        char *held = ccdk__read_file(lock, &len);
        if (held) {
            long pid = strtol(held, NULL, 10);
            free(held);
            if (pid > 0 && pid != (long)getpid() && (kill((pid_t)pid, 0) == 0 || errno == EPERM)) {
                fprintf(stderr, "Another CLI (PID=%ld) is currently synthing to %s. Invoke the CLI in sequence, or use '--output' to synth into different directories.\n",
                        pid, outdir);
                return 1;
            }
        }
        FILE *f = fopen(lock, "w");
        if (f) {
            fprintf(f, "%ld", (long)getpid());
            fclose(f);
        }
    }
    const char *error_file = ccdk__sprintf(app, "%s/error.txt", outdir);
    unlink(error_file);
    setenv("CDK_ERROR_FILE", error_file, 1);
    const char *perf_file = ccdk__sprintf(app, "%s/performance-counters.json", outdir);
    unlink(perf_file);
    setenv("CDK_PERF_COUNTERS_FILE", perf_file, 1);

    /* writeContextToEnv: as much of the context as fits in 128 KiB of environment, the rest in a
     * file (splitBySize: the first keys that fit, in order) */
    size_t used = environ_size();
    size_t limit = 131072, avail = used < limit ? limit - used : 0;
    const char *overflow_dir = NULL;
    if (avail < 2) {
        unsetenv("CDK_CONTEXT_JSON"); /* JSON.stringify(undefined): the variable is left out */
    }
    size_t total = 0, cut = context->u.obj.n;
    for (size_t i = 0; i < context->u.obj.n; i++) {
        ccdk_value *one = ccdk__v_obj(app);
        ccdk__v_set(one, context->u.obj.e[i].key, context->u.obj.e[i].val);
        total += json_len(one);
        if (total > avail) {
            cut = i;
            break;
        }
    }
    if (avail < 2)
        cut = 0;
    ccdk_value *small = context, *rest = NULL;
    if (cut < context->u.obj.n) {
        small = ccdk__v_obj(app);
        rest = ccdk__v_obj(app);
        for (size_t i = 0; i < context->u.obj.n; i++)
            ccdk__v_set(i < cut ? small : rest, context->u.obj.e[i].key, context->u.obj.e[i].val);
    }
    if (avail >= 2) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, small, 0);
        setenv("CDK_CONTEXT_JSON", b.data, 1);
        ccdk__buf_free(&b);
    }
    if (rest && rest->u.obj.n) {
        const char *tmp = getenv("TMPDIR");
        char *tpl = ccdk__sprintf(app, "%s/cdk-contextXXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(tpl)) {
            fprintf(stderr, "ccdk: cannot create a directory for the context: %s\n", strerror(errno));
            unlink(lock);
            return 1;
        }
        overflow_dir = tpl;
        const char *file = ccdk__sprintf(app, "%s/context-overflow.json", tpl);
        ccdk__buf b = {0};
        ccdk__json_write(&b, rest, 0);
        ccdk__buf_putc(&b, '\n');
        FILE *f = fopen(file, "w");
        if (!f || fwrite(b.data, 1, b.len, f) != b.len) {
            fprintf(stderr, "ccdk: cannot write %s: %s\n", file, strerror(errno));
            if (f)
                fclose(f);
            ccdk__buf_free(&b);
            unlink(lock);
            return 1;
        }
        fclose(f);
        ccdk__buf_free(&b);
        setenv("CONTEXT_OVERFLOW_LOCATION_ENV", file, 1);
    }
    if (!getenv("PYTHONIOENCODING"))
        setenv("PYTHONIOENCODING", "utf-8", 1);

    int rc = run_shell(command);
    unlink(lock);
    if (overflow_dir)
        ccdk__rm_rf(overflow_dir);
    if (rc)
        return rc;
    *dir = outdir;
    return 0;
}
