/* bundling.c - bundling for AssetStaging (aws-cdk-lib core/lib/bundling.js DockerImage.run,
 * private/asset-staging.js dockerExec, the BundlingOptions JSON of the asset hash), without a Docker
 * SDK: the docker CLI is run with posix_spawnp. The staging of a bundled Lambda code asset is
 * lambda/bundling.c. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bundling.h"
#include "internal.h"

extern char **environ;


static const char *consistency_name(ccdk_docker_volume_consistency c)
{
    switch (c) {
    case CCDK_DOCKER_VOLUME_CONSISTENT: return "consistent";
    case CCDK_DOCKER_VOLUME_CACHED: return "cached";
    default: return "delegated";
    }
}

static void str_list(ccdk__buf *b, ccdk_strs l, const char *what)
{
    ccdk__buf_putc(b, '[');
    size_t n = CCDK__LEN(l, what);
    for (size_t i = 0; i < n; i++) {
        if (i)
            ccdk__buf_putc(b, ',');
        ccdk__json_write_cstr(b, l.items[i] ? l.items[i] : "");
    }
    ccdk__buf_putc(b, ']');
}


/* ---- sanitizeHashValue: PIP_INDEX_URL / PIP_EXTRA_INDEX_URL ----
 * aws-cdk-lib hashes the bundling options through JSON.stringify(bundling, sanitizeHashValue): a
 * value under the key PIP_INDEX_URL or PIP_EXTRA_INDEX_URL is parsed with `new URL(value)` and,
 * when it has a password, replaced by the URL serialised without it (so a CodeArtifact token
 * changes neither the asset hash nor AssetStaging's cache key); a value that is no URL is
 * an AssumptionError. The parse below is the WHATWG URL parser's, for the URLs such a setting
 * holds (no IDNA for non-ASCII host names, no IPv4 number forms, IPv6 addresses as written). */
static int url_special(const char *scheme, size_t n, const char **default_port)
{
    static const char *const sp[][2] = {{"http", "80"}, {"https", "443"}, {"ws", "80"}, {"wss", "443"}, {"ftp", "21"},
                                        {"file", ""}};
    for (size_t i = 0; i < sizeof sp / sizeof *sp; i++)
        if (strlen(sp[i][0]) == n && !memcmp(scheme, sp[i][0], n)) {
            *default_port = sp[i][1];
            return 1;
        }
    *default_port = NULL;
    return 0;
}

/* percent-encodes c into b when it is in the set (the C0 controls, DEL and non-ASCII bytes always) */
static void url_put(ccdk__buf *b, unsigned char c, const char *set)
{
    if (c < 0x20 || c >= 0x7f || strchr(set, c))
        ccdk__buf_printf(b, "%%%02X", c);
    else
        ccdk__buf_putc(b, (char)c);
}

/* a "." (two: "..") path segment, "%2e" counting as a dot */
static int dot_segment(const char *s, size_t n, int two)
{
    size_t dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            dots++;
        } else if (s[i] == '%' && i + 2 < n && !strncasecmp(s + i, "%2e", 3)) {
            dots++;
            i += 2;
        } else {
            return 0;
        }
    }
    return dots == (two ? 2u : 1u);
}

int ccdk__url_strip_password(const char *value, char **out)
{
    *out = NULL;
    /* leading and trailing C0 controls and spaces go, tabs and newlines anywhere */
    const char *a = value, *z = value + strlen(value);
    while (a < z && (unsigned char)*a <= 0x20)
        a++;
    while (z > a && (unsigned char)z[-1] <= 0x20)
        z--;
    ccdk__buf in = {0};
    for (const char *p = a; p < z; p++)
        if (*p != '\t' && *p != '\n' && *p != '\r')
            ccdk__buf_putc(&in, *p);
    ccdk__buf_putc(&in, 0);
    const char *s = in.data;
    int rc = -1;
    ccdk__buf o = {0};
    size_t i = 0;
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        goto done;
    while (s[i] && (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
        i++;
    if (s[i] != ':')
        goto done;
    char scheme[64];
    if (i >= sizeof scheme)
        goto done;
    for (size_t k = 0; k < i; k++)
        scheme[k] = (char)tolower((unsigned char)s[k]);
    scheme[i] = 0;
    const char *defport;
    int special = url_special(scheme, i, &defport);
    const char *r = s + i + 1;
    if (!strcmp(scheme, "file")) { /* file URLs have no credentials */
        rc = 0;
        goto done;
    }
    if (special) {
        while (*r == '/' || *r == '\\')
            r++;
    } else if (r[0] == '/' && r[1] == '/') {
        r += 2;
    } else { /* an opaque path: no authority, no password */
        rc = 0;
        goto done;
    }
    const char *auth_end = r + strcspn(r, special ? "/\\?#" : "/?#");
    const char *at = NULL;
    for (const char *p = r; p < auth_end; p++)
        if (*p == '@')
            at = p;
    const char *user = r, *user_end = r, *pass = NULL, *pass_end = NULL, *host = r;
    if (at) {
        const char *colon = memchr(r, ':', (size_t)(at - r));
        user_end = colon ? colon : at;
        if (colon) {
            pass = colon + 1;
            pass_end = at;
        }
        host = at + 1;
    }
    /* host and port: the port after the last ':' outside [...] */
    const char *port = NULL, *host_end = auth_end;
    int bracket = 0;
    for (const char *p = host; p < auth_end; p++) {
        if (*p == '[')
            bracket = 1;
        else if (*p == ']')
            bracket = 0;
        else if (*p == ':' && !bracket) {
            host_end = p;
            port = p + 1;
            break;
        }
    }
    if (host == host_end && (special || at || port))
        goto done; /* an empty host */
    ccdk__buf h = {0};
    int ipv6 = host < host_end && *host == '[' && host_end[-1] == ']'; /* kept as written */
    for (const char *p = host; p < host_end; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == 0 || c == ' ' || c == '#' || c == '/' || (c == ':' && !ipv6) || c == '<' || c == '>' || c == '?' || c == '@' ||
            c == '\\' || c == '^' || c == '|' || (special && (c < 0x20 || c == 0x7f || c == '%'))) {
            ccdk__buf_free(&h);
            goto done;
        }
        ccdk__buf_putc(&h, special ? (char)tolower(c) : (char)c);
    }
    ccdk__buf_putc(&h, 0);
    /* the port: digits, at most 65535; the scheme's default one is dropped */
    unsigned long pn = 0;
    int has_port = 0;
    if (port && port < auth_end) {
        for (const char *p = port; p < auth_end; p++) {
            if (!isdigit((unsigned char)*p) || (pn = pn * 10 + (unsigned long)(*p - '0')) > 65535) {
                ccdk__buf_free(&h);
                goto done;
            }
        }
        has_port = 1;
    }
    if (!pass || pass == pass_end) { /* no password: the value is hashed as it was given */
        ccdk__buf_free(&h);
        rc = 0;
        goto done;
    }
    ccdk__buf_puts(&o, scheme);
    ccdk__buf_puts(&o, "://");
    static const char userinfo_set[] = " \"#<>?`{}/:;=@[\\]^|";
    /* every '@' before the last is part of the user name (percent-encoded) */
    for (const char *p = user; p < user_end; p++)
        url_put(&o, (unsigned char)*p, userinfo_set);
    if (user_end > user)
        ccdk__buf_putc(&o, '@');
    ccdk__buf_puts(&o, h.data);
    ccdk__buf_free(&h);
    if (has_port) {
        char num[16];
        snprintf(num, sizeof num, "%lu", pn);
        if (!defport || strcmp(num, defport))
            ccdk__buf_printf(&o, ":%s", num);
    }
    /* the path: segments with "." and ".." resolved; for special schemes '\' is '/' and an empty
     * path is "/" */
    const char *path = auth_end, *path_end = path + strcspn(path, "?#");
    if (path == path_end) {
        if (special)
            ccdk__buf_putc(&o, '/');
    } else {
        size_t base = o.len;
        const char *p = path;
        while (p < path_end) {
            p++; /* the separator */
            const char *seg = p;
            while (p < path_end && *p != '/' && !(special && *p == '\\'))
                p++;
            size_t n = (size_t)(p - seg);
            int last = p >= path_end;
            if (dot_segment(seg, n, 1)) {
                while (o.len > base && o.data[o.len - 1] != '/')
                    o.len--;
                if (o.len > base)
                    o.len--;
                if (last)
                    ccdk__buf_putc(&o, '/');
            } else if (dot_segment(seg, n, 0)) {
                if (last)
                    ccdk__buf_putc(&o, '/');
            } else {
                ccdk__buf_putc(&o, '/');
                for (size_t k = 0; k < n; k++)
                    url_put(&o, (unsigned char)seg[k], " \"#<>?`{}");
            }
        }
        if (o.len == base)
            ccdk__buf_putc(&o, '/');
    }
    const char *q = path_end;
    if (*q == '?') {
        const char *qe = q + strcspn(q, "#");
        for (const char *p = q; p < qe; p++)
            url_put(&o, (unsigned char)*p, p == q ? "" : special ? " \"#<>'" : " \"#<>");
        q = qe;
    }
    if (*q == '#')
        for (const char *p = q; *p; p++)
            url_put(&o, (unsigned char)*p, p == q ? "" : " \"<>`");
    ccdk__buf_putc(&o, 0);
    *out = strdup(o.data);
    rc = *out ? 1 : -1;
done:
    ccdk__buf_free(&o);
    ccdk__buf_free(&in);
    return rc;
}

static int pip_url_key(const char *k)
{
    return k && (!strcmp(k, "PIP_INDEX_URL") || !strcmp(k, "PIP_EXTRA_INDEX_URL"));
}

const ccdk_kv *ccdk__bundling_invalid_pip_url(const ccdk_bundling_options *o)
{
    if (!CCDK__GIVEN(o->environment))
        return NULL;
    size_t n = CCDK__LEN(o->environment, "bundling environment");
    for (size_t i = 0; i < n; i++) {
        const ccdk_kv *e = &o->environment.items[i];
        char *s = NULL;
        if (pip_url_key(e->key) && ccdk__url_strip_password(e->value ? e->value : "", &s) < 0)
            return e;
        free(s);
    }
    return NULL;
}

void ccdk__bundling_json(ccdk__buf *b, const ccdk_bundling_options *o)
{
    int first = 1;
#define KEY(k) (ccdk__buf_puts(b, first ? "{\"" k "\":" : ",\"" k "\":"), first = 0)
    if (o->image.image) {
        KEY("image");
        ccdk__json_write_cstr(b, o->image.image_hash ? o->image.image_hash : o->image.image);
    }
    if (CCDK__GIVEN(o->command)) {
        KEY("command");
        ccdk__buf_putc(b, '[');
        size_t n = CCDK__LEN(o->command, "bundling command");
        for (size_t i = 0; i < n; i++) {
            if (i)
                ccdk__buf_putc(b, ',');
            ccdk__json_write_cstr(b, o->command.items[i] ? o->command.items[i] : "");
        }
        ccdk__buf_putc(b, ']');
    }
    if (CCDK__GIVEN(o->environment)) {
        KEY("environment");
        size_t n = CCDK__LEN(o->environment, "bundling environment");
        ccdk_kv *env = calloc(n + 1, sizeof *env);
        char **owned = calloc(n + 1, sizeof *owned);
        if (!env || !owned)
            abort();
        for (size_t i = 0; i < n; i++) {
            env[i] = o->environment.items[i];
            if (pip_url_key(env[i].key) && env[i].value && ccdk__url_strip_password(env[i].value, &owned[i]) > 0)
                env[i].value = owned[i]; /* sanitizeHashValue */
        }
        ccdk__json_write_kv_object(b, env, n);
        for (size_t i = 0; i < n; i++)
            free(owned[i]);
        free(owned);
        free(env);
    }
    if (o->working_directory) {
        KEY("workingDirectory");
        ccdk__json_write_cstr(b, o->working_directory);
    }
    if (o->user) {
        KEY("user");
        ccdk__json_write_cstr(b, o->user);
    }
    if (o->try_bundle) {
        KEY("local");
        ccdk__buf_puts(b, "{}");
    }
    if (o->output_type) {
        static const char *const names[] = {"auto-discover", "archived", "not-archived", "single-file"};
        KEY("outputType");
        ccdk__json_write_cstr(b, names[o->output_type & 3]);
    }
    if (CCDK__GIVEN(o->entrypoint)) {
        KEY("entrypoint");
        str_list(b, o->entrypoint, "bundling entrypoint");
    }
    if (CCDK__GIVEN(o->volumes)) {
        KEY("volumes");
        ccdk__buf_putc(b, '[');
        size_t n = CCDK__LEN(o->volumes, "bundling volumes");
        for (size_t i = 0; i < n; i++) {
            const ccdk_docker_volume *v = &o->volumes.items[i];
            ccdk__buf_puts(b, i ? ",{\"hostPath\":" : "{\"hostPath\":");
            ccdk__json_write_cstr(b, v->host_path ? v->host_path : "");
            ccdk__buf_puts(b, ",\"containerPath\":");
            ccdk__json_write_cstr(b, v->container_path ? v->container_path : "");
            if (v->consistency) {
                ccdk__buf_puts(b, ",\"consistency\":");
                ccdk__json_write_cstr(b, consistency_name(v->consistency));
            }
            ccdk__buf_putc(b, '}');
        }
        ccdk__buf_putc(b, ']');
    }
    if (CCDK__GIVEN(o->volumes_from)) {
        KEY("volumesFrom");
        str_list(b, o->volumes_from, "bundling volumesFrom");
    }
    if (o->security_opt) {
        KEY("securityOpt");
        ccdk__json_write_cstr(b, o->security_opt);
    }
    if (o->network) {
        KEY("network");
        ccdk__json_write_cstr(b, o->network);
    }
    if (o->platform) {
        KEY("platform");
        ccdk__json_write_cstr(b, o->platform);
    }
    if (o->bundling_file_access) {
        KEY("bundlingFileAccess");
        ccdk__json_write_cstr(b, o->bundling_file_access == CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY ? "VOLUME_COPY" : "BIND_MOUNT");
    }
#undef KEY
    ccdk__buf_puts(b, first ? "{}" : "}");
}

static int selinux_enabled(void)
{
    pid_t pid;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, 2, 1);
    char *argv[] = {"selinuxenabled", NULL};
    int rc = posix_spawnp(&pid, "selinuxenabled", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        return 0;
    int st;
    if (waitpid(pid, &st, 0) < 0)
        return 0;
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static char *xstrdup(const char *s)
{
    char *r = strdup(s ? s : "");
    if (!r)
        abort();
    return r;
}

static char *xasprintf(const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *r = malloc(n);
    if (!r)
        abort();
    snprintf(r, n, "%s%s%s", a, b, c);
    return r;
}

/* DockerImage.run's argv as AssetBundlingBindMount (copy NULL: the input and output volumes, then
 * the user's) or AssetBundlingVolumeCopy (copy: the helper container's volumes first, only the
 * user's volumes, no network) call it */
static char **run_argv(const ccdk_bundling_options *o, const char *src, const char *out, int selinux, const char *copy)
{
    size_t ncmd = CCDK__LEN(o->command, "bundling command"), nenv = CCDK__LEN(o->environment, "bundling environment");
    size_t nentry = CCDK__LEN(o->entrypoint, "bundling entrypoint"), nvol = CCDK__LEN(o->volumes, "bundling volumes");
    size_t nfrom = CCDK__LEN(o->volumes_from, "bundling volumesFrom");
    char **v = calloc(24 + ncmd + 2 * nenv + nentry + 2 * nvol + 2 * nfrom, sizeof *v);
    if (!v)
        abort();
    size_t k = 0;
    const char *prog = getenv("CDK_DOCKER");
    v[k++] = xstrdup(prog ? prog : "docker");
    v[k++] = xstrdup("run");
    v[k++] = xstrdup("--rm");
    /* DockerImage.run's order; securityOpt "" (AssetBundlingBindMount's default) adds nothing */
    if (o->security_opt && *o->security_opt) {
        v[k++] = xstrdup("--security-opt");
        v[k++] = xstrdup(o->security_opt);
    }
    if (!copy && o->network && *o->network) {
        v[k++] = xstrdup("--network");
        v[k++] = xstrdup(o->network);
    }
    if (o->platform && *o->platform) {
        v[k++] = xstrdup("--platform");
        v[k++] = xstrdup(o->platform);
    }
    char user[64];
    if (o->user && *o->user) {
        v[k++] = xstrdup("-u");
        v[k++] = xstrdup(o->user);
    } else {
        snprintf(user, sizeof user, "%u:%u", (unsigned)getuid(), (unsigned)getgid());
        v[k++] = xstrdup("-u");
        v[k++] = xstrdup(user);
    }
    if (copy) {
        v[k++] = xstrdup("--volumes-from");
        v[k++] = xstrdup(copy);
    }
    for (size_t i = 0; i < nfrom; i++) {
        v[k++] = xstrdup("--volumes-from");
        v[k++] = xstrdup(o->volumes_from.items[i]);
    }
    if (selinux < 0)
        selinux = selinux_enabled();
    const char *z = selinux ? "z," : "";
    if (!copy) {
        char *t = xasprintf(src, ":/asset-input:", selinux ? "z,delegated" : "delegated");
        v[k++] = xstrdup("-v");
        v[k++] = t;
        t = xasprintf(out, ":/asset-output:", selinux ? "z,delegated" : "delegated");
        v[k++] = xstrdup("-v");
        v[k++] = t;
    }
    for (size_t i = 0; i < nvol; i++) {
        const ccdk_docker_volume *vol = &o->volumes.items[i];
        char *hc = xasprintf(vol->host_path ? vol->host_path : "", ":", vol->container_path ? vol->container_path : "");
        char *mode = xasprintf(z, consistency_name(vol->consistency), "");
        v[k++] = xstrdup("-v");
        v[k++] = xasprintf(hc, ":", mode);
        free(hc);
        free(mode);
    }
    for (size_t i = 0; i < nenv; i++) {
        v[k++] = xstrdup("--env");
        const ccdk_kv *e = &o->environment.items[i];
        v[k++] = xasprintf(e->key ? e->key : "", "=", e->value ? e->value : "");
    }
    const char *wd = o->working_directory && *o->working_directory ? o->working_directory : "/asset-input";
    v[k++] = xstrdup("-w");
    v[k++] = xstrdup(wd);
    /* entrypoint?.[0] || null; entrypoint?.[1] ? entrypoint.slice(1) : [] before the command */
    if (nentry && o->entrypoint.items[0] && *o->entrypoint.items[0]) {
        v[k++] = xstrdup("--entrypoint");
        v[k++] = xstrdup(o->entrypoint.items[0]);
    }
    v[k++] = xstrdup(o->image.image);
    if (nentry > 1 && o->entrypoint.items[1] && *o->entrypoint.items[1])
        for (size_t i = 1; i < nentry; i++)
            v[k++] = xstrdup(o->entrypoint.items[i] ? o->entrypoint.items[i] : "");
    for (size_t i = 0; i < ncmd; i++)
        v[k++] = xstrdup(o->command.items[i] ? o->command.items[i] : "");
    v[k] = NULL;
    return v;
}

char **ccdk__bundling_docker_argv(const ccdk_bundling_options *o, const char *src, const char *out, int selinux)
{
    return run_argv(o, src, out, selinux, NULL);
}

/* the user AssetBundlingBase.determineUser gives: the option, else uid:gid */
static void determine_user(const ccdk_bundling_options *o, char *buf, size_t n)
{
    if (o->user && *o->user)
        snprintf(buf, n, "%s", o->user);
    else
        snprintf(buf, n, "%u:%u", (unsigned)getuid(), (unsigned)getgid());
}

static char **argv_of(const char *prog, const char *const *args)
{
    size_t n = 0;
    while (args[n])
        n++;
    char **v = calloc(n + 2, sizeof *v);
    if (!v)
        abort();
    v[0] = xstrdup(prog);
    for (size_t i = 0; i < n; i++)
        v[i + 1] = xstrdup(args[i]);
    return v;
}

char ***ccdk__bundling_volume_copy_argvs(const ccdk_bundling_options *o, const char *src, const char *out,
                                         const char *suffix, int selinux)
{
    char user[512], in_vol[64], out_vol[64], box[64];
    determine_user(o, user, sizeof user);
    snprintf(in_vol, sizeof in_vol, "assetInput%s", suffix);
    snprintf(out_vol, sizeof out_vol, "assetOutput%s", suffix);
    snprintf(box, sizeof box, "copyContainer%s", suffix);
    const char *prog = getenv("CDK_DOCKER");
    if (!prog)
        prog = "docker";
    char ***steps = calloc(10, sizeof *steps);
    if (!steps)
        abort();
    size_t k = 0;
#define STEP(...) (steps[k++] = argv_of(prog, (const char *const[]){__VA_ARGS__, NULL}))
    STEP("volume", "create", in_vol);
    STEP("volume", "create", out_vol);
    size_t nsrc = strlen(src) + 3, nout = strlen(out) + 1;
    char in_mount[128], out_mount[128], *chown = malloc(2 * strlen(user) + 80), *from = malloc(nsrc + 80), *to = malloc(nout + 80);
    if (!chown || !from || !to)
        abort();
    snprintf(in_mount, sizeof in_mount, "%s:/asset-input", in_vol);
    snprintf(out_mount, sizeof out_mount, "%s:/asset-output", out_vol);
    sprintf(chown, "mkdir -p /asset-input && chown -R %s /asset-output && chown -R %s /asset-input", user, user);
    STEP("run", "--name", box, "-v", in_mount, "-v", out_mount, "public.ecr.aws/docker/library/alpine", "sh", "-c", chown);
    sprintf(from, "%s/.", src);
    sprintf(to, "%s:/asset-input", box);
    STEP("cp", from, to);
    ccdk_bundling_options ro = *o;
    ro.user = user;
    steps[k++] = run_argv(&ro, src, out, selinux, box);
    sprintf(from, "%s:/asset-output/.", box);
    STEP("cp", from, out);
    STEP("rm", box);
    STEP("volume", "rm", in_vol);
    STEP("volume", "rm", out_vol);
#undef STEP
    free(chown);
    free(from);
    free(to);
    return steps;
}

void ccdk__bundling_argvs_free(char ***argvs)
{
    if (!argvs)
        return;
    for (size_t i = 0; argvs[i]; i++)
        ccdk__bundling_argv_free(argvs[i]);
    free(argvs);
}

int ccdk__bundling_run(const ccdk_bundling_options *o, const char *src, const char *out, char **err)
{
    if (o->bundling_file_access != CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY) {
        char **argv = ccdk__bundling_docker_argv(o, src, out, -1);
        int rc = ccdk__bundling_exec(argv, err);
        ccdk__bundling_argv_free(argv);
        return rc;
    }
    /* crypto.randomBytes(12).toString("hex") */
    unsigned char r[12];
    size_t got = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    while (fd >= 0 && got < sizeof r) {
        ssize_t n = read(fd, r + got, sizeof r - got);
        if (n <= 0 && errno != EINTR)
            break;
        if (n > 0)
            got += (size_t)n;
    }
    if (fd >= 0)
        close(fd);
    if (got < sizeof r) { /* no /dev/urandom: time and pid */
        unsigned long long x = (unsigned long long)time(NULL) * 6364136223846793005ULL ^ (unsigned long long)getpid();
        for (size_t i = 0; i < sizeof r; i++, x = x * 6364136223846793005ULL + 1442695040888963407ULL)
            r[i] = (unsigned char)(x >> 56);
    }
    char suffix[25];
    for (size_t i = 0; i < sizeof r; i++)
        snprintf(suffix + 2 * i, 3, "%02x", r[i]);
    char ***steps = ccdk__bundling_volume_copy_argvs(o, src, out, suffix, -1);
    int rc = 0;
    for (size_t i = 0; steps[i] && rc == 0; i++) /* the first failure throws: nothing after it runs */
        rc = ccdk__bundling_exec(steps[i], err);
    ccdk__bundling_argvs_free(steps);
    return rc;
}

void ccdk__bundling_argv_free(char **argv)
{
    if (!argv)
        return;
    for (size_t i = 0; argv[i]; i++)
        free(argv[i]);
    free(argv);
}

char *ccdk__bundling_command_line(char *const *argv)
{
    ccdk__buf b = {0};
    for (size_t i = 0; argv[i]; i++) {
        if (i)
            ccdk__buf_putc(&b, ' ');
        int plain = *argv[i] != 0 || i == 0;
        for (const char *p = argv[i]; *p && plain; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
                plain = 0;
        if (i == 0 || plain) /* prog is never quoted */
            ccdk__buf_puts(&b, argv[i]);
        else
            ccdk__json_write_cstr(&b, argv[i]);
    }
    ccdk__buf_putc(&b, 0);
    return b.data;
}

int ccdk__bundling_exec(char *const *argv, char **err)
{
    pid_t pid;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, 2, 1); /* stdout to our stderr, as aws-cdk-lib does */
    fflush(stdout);
    fflush(stderr);
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        ccdk__buf b = {0};
        ccdk__buf_printf(&b, "Error: spawnSync %s %s", argv[0], rc == ENOENT ? "ENOENT" : rc == EACCES ? "EACCES" : strerror(rc));
        ccdk__buf_putc(&b, 0);
        if (err)
            *err = b.data;
        else
            ccdk__buf_free(&b);
        return -1;
    }
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return 0;
    if (err) {
        ccdk__buf b = {0};
        if (WIFSIGNALED(st)) {
            const char *sig = sigabbrev_np(WTERMSIG(st));
            ccdk__buf_printf(&b, "CommandExecutionFailed: %s exited with signal SIG%s", argv[0], sig ? sig : "?");
        } else {
            ccdk__buf_printf(&b, "CommandExecutionFailed: %s exited with status %d", argv[0], WEXITSTATUS(st));
        }
        char *cl = ccdk__bundling_command_line(argv);
        ccdk__buf_printf(&b, "\n--> Command: %s", cl);
        free(cl);
        ccdk__buf_putc(&b, 0);
        *err = b.data;
    }
    return -1;
}
