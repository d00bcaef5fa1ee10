/* nodejs.c - aws-lambda-nodejs NodejsFunction (aws-cdk-lib aws-lambda-nodejs/lib/function.js,
 * bundling.js, util.js, package-manager.js): the props and defaults, the lock file and entry
 * lookups, the esbuild command line (local and Docker), running the bundling steps locally, and
 * the bundle cache (cache.c). The code is a Code.fromAsset(projectRoot) with OUTPUT hash whose
 * local bundling is ours: the staging of lambda (src/lambda/bundling.c) does the rest. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ccdk/lambda_nodejs.h"
#include "digest.h"
#include "fingerprint.h"
#include "internal.h"
#include "nodejs_internal.h"

extern char **environ;

struct ccdk_lambda_nodejs_commands {
    ccdk_app *app;
    nj_strv v;
};

void nj_push(ccdk_app *app, nj_strv *v, const char *s)
{
    if (v->n == v->cap)
        v->items = ccdk__arena_grow(app, v->items, v->n, &v->cap, sizeof *v->items, 16);
    v->items[v->n++] = s;
}

void ccdk_lambda_nodejs_command_add(ccdk_lambda_nodejs_commands *out, const char *fmt, ...)
{
    if (!ccdk__object_ok(out, __func__) || !ccdk__arg_ok(fmt, __func__, "fmt"))
        return;
    va_list ap;
    va_start(ap, fmt);
    const char *s = ccdk__vsprintf(out->app, fmt, ap);
    va_end(ap);
    nj_push(out->app, &out->v, s);
}

/* ------------------------------------------------------------------ paths */

/* node's path.resolve(p) against the working directory (lexical) */
const char *nj_resolve(ccdk_app *app, const char *p)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", p);
    if (ccdk__path_resolve(buf, sizeof buf) != 0)
        return ccdk__strdup(app, p);
    return ccdk__strdup(app, buf);
}

/* path.join(a, b) for an absolute a: path.resolve of both */
const char *nj_join(ccdk_app *app, const char *a, const char *b)
{
    return nj_resolve(app, ccdk__sprintf(app, "%s/%s", a, b));
}

const char *nj_dirname(ccdk_app *app, const char *p)
{
    const char *s = strrchr(p, '/');
    if (!s)
        return ".";
    if (s == p)
        return "/";
    return ccdk__strndup(app, p, (size_t)(s - p));
}

/* path.relative(from, to) of two resolved absolute paths */
const char *nj_relative(ccdk_app *app, const char *from, const char *to)
{
    if (!strcmp(from, to))
        return "";
    /* the common prefix, by whole segments */
    size_t i = 0, last = 0;
    size_t nf = strlen(from), nt = strlen(to);
    if (nf == 1)
        nf = 0; /* "/" */
    if (nt == 1)
        nt = 0;
    while (i < nf && i < nt && from[i] == to[i]) {
        if (from[i] == '/')
            last = i;
        i++;
    }
    if (i == nf && (i == nt || to[i] == '/'))
        last = i;
    else if (i == nt && from[i] == '/')
        last = i;
    ccdk__buf b = {0};
    for (size_t k = last; k < nf; k++)
        if (from[k] == '/')
            ccdk__buf_puts(&b, b.len ? "/.." : "..");
    if (last < nt) {
        if (b.len)
            ccdk__buf_puts(&b, to + last);
        else
            ccdk__buf_puts(&b, to + last + 1);
    }
    const char *r = ccdk__strdup(app, b.data ? b.data : "");
    ccdk__buf_free(&b);
    return r;
}

static int path_escapes_root(const char *rel)
{
    return rel[0] == '/' || !strcmp(rel, "..") || !strncmp(rel, "../", 3);
}

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* findUp(name, directory): the first directory from dir upwards holding name */
static const char *find_up(ccdk_app *app, const char *name, const char *dir)
{
    const char *d = nj_resolve(app, dir);
    for (;;) {
        const char *f = ccdk__sprintf(app, "%s/%s", strcmp(d, "/") ? d : "", name);
        if (exists(f))
            return f;
        if (!strcmp(d, "/"))
            return NULL;
        d = nj_dirname(app, d);
    }
}

/* ------------------------------------------------------------------ lock file, entry, runtime */

static const char *const lock_names[] = {"pnpm-lock.yaml", "yarn.lock", "bun.lock", "bun.lockb", "package-lock.json"};

/* findLockFile: NULL after an error */
static const char *find_lock_file(ccdk_app *app, ccdk__node *scope, const char *given)
{
    if (given) {
        if (!exists(given)) {
            ccdk__error(scope, "Lock file at %s doesn't exist", given);
            return NULL;
        }
        if (!is_file(given)) {
            ccdk__error(scope, "`depsLockFilePath` should point to a file");
            return NULL;
        }
        return nj_resolve(app, given);
    }
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        strcpy(cwd, "/");
    /* findUpMultiple(names, process.cwd()): path.join(directory, name), the first directory with any */
    const char *d = ccdk__strdup(app, cwd);
    for (;;) {
        ccdk__buf found = {0};
        const char *first = NULL;
        for (size_t i = 0; i < sizeof lock_names / sizeof *lock_names; i++) {
            const char *f = nj_join(app, d, lock_names[i]);
            if (exists(f)) {
                if (found.len)
                    ccdk__buf_puts(&found, ", ");
                ccdk__buf_puts(&found, f);
                if (!first)
                    first = f;
                else
                    first = "";
            }
        }
        if (found.len) {
            if (!*first) {
                ccdk__error(scope, "Multiple package lock files found: %s. Please specify the desired one with `depsLockFilePath`.",
                            found.data);
                ccdk__buf_free(&found);
                return NULL;
            }
            ccdk__buf_free(&found);
            return first;
        }
        if (!strcmp(d, "/"))
            break;
        d = nj_dirname(app, d);
    }
    ccdk__error(scope, "Cannot find a package lock file (`pnpm-lock.yaml`, `yarn.lock`, `bun.lockb`, `bun.lock` or "
                       "`package-lock.json`). Please specify it with `depsLockFilePath`.");
    return NULL;
}

static int has_entry_extension(const char *e)
{
    static const char *const exts[] = {".js", ".jsx", ".ts", ".tsx", ".cjs", ".cts", ".mjs", ".mts", NULL};
    size_t n = strlen(e);
    for (const char *const *x = exts; *x; x++) {
        size_t k = strlen(*x);
        if (n >= k && !strcmp(e + n - k, *x))
            return 1;
    }
    return 0;
}

/* findEntry: NULL after an error */
static const char *find_entry(ccdk_app *app, ccdk__node *scope, const char *id, const char *entry, const char *defining)
{
    if (entry) {
        if (!has_entry_extension(entry)) {
            ccdk__error(scope, "Only JavaScript or TypeScript entry files are supported.");
            return NULL;
        }
        if (!exists(entry)) {
            ccdk__error(scope, "Cannot find entry file at %s", entry);
            return NULL;
        }
        return entry;
    }
    if (!defining || !*defining) {
        ccdk__error(scope, "Cannot find defining file.");
        return NULL;
    }
    /* aws-cdk-lib's defining file comes from the call stack, always absolute: so are the
     * candidates (and its "Cannot find handler file" message) */
    defining = nj_resolve(app, defining);
    /* definingFile.replace(new RegExp(`${extname}$`), `.${id}.ts`) */
    const char *base = strrchr(defining, '/');
    const char *dot = strrchr(base ? base + 1 : defining, '.');
    size_t stem = dot && dot != (base ? base + 1 : defining) ? (size_t)(dot - defining) : strlen(defining);
    static const char *const exts[] = {"ts", "js", "mjs", "mts", "cts", "cjs"};
    const char *cand[6];
    for (int i = 0; i < 6; i++) {
        cand[i] = ccdk__sprintf(app, "%.*s.%s.%s", (int)stem, defining, id, exts[i]);
        if (exists(cand[i]))
            return cand[i];
    }
    ccdk__error(scope, "Cannot find handler file %s, %s, %s, %s, %s or %s", cand[0], cand[1], cand[2], cand[3], cand[4], cand[5]);
    return NULL;
}

/* isSdkV2Runtime: Node.js 16 and older */
static int is_sdk_v2_runtime(const ccdk_lambda_runtime *rt)
{
    static const char *const v2[] = {"nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", NULL};
    if (rt->family != CCDK_LAMBDA_FAMILY_NODEJS)
        return 0;
    for (const char *const *n = v2; *n; n++)
        if (!strcmp(rt->name, *n))
            return 1;
    return 0;
}

static int is_esm_runtime(const ccdk_lambda_runtime *rt)
{
    static const char *const old[] = {"nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", NULL};
    if (rt->family != CCDK_LAMBDA_FAMILY_NODEJS)
        return 1;
    for (const char *const *n = old; *n; n++)
        if (!strcmp(rt->name, *n))
            return 0;
    return 1;
}

/* ------------------------------------------------------------------ require() from aws-cdk-lib's folder */

/* aws-cdk-lib's util.js require()s a module's package.json (PackageInstallation.detect,
 * extractDependencies) and the tsconfig of preCompilation from its own folder,
 * <aws-cdk-lib>/aws-lambda-nodejs/lib, wherever the app's aws-cdk-lib is installed. ccdk's
 * stand-in for that install is the aws-cdk-lib that node would find from the working directory
 * (the CDK app's folder, where `cdk` runs the app), its real path as node takes it; without one,
 * <working directory>/node_modules/aws-cdk-lib, where a JavaScript app's would be. */
static const char *cdk_lib_dir(ccdk_app *app)
{
    const char *lib = find_up(app, "node_modules/aws-cdk-lib", ".");
    char real[4096];
    if (lib && realpath(lib, real))
        lib = ccdk__strdup(app, real);
    else
        lib = nj_resolve(app, "node_modules/aws-cdk-lib");
    return ccdk__sprintf(app, "%s/aws-lambda-nodejs/lib", lib);
}

static ccdk_value *read_json(ccdk_app *app, const char *path)
{
    size_t len;
    char *txt = ccdk__read_file(path, &len);
    const char *err = NULL;
    ccdk_value *v = txt ? ccdk__json_parse(app, txt, len, &err) : NULL;
    free(txt);
    return v;
}

/* LOAD_AS_FILE(x): x, x.js, x.json, x.node */
static const char *load_as_file(ccdk_app *app, const char *x)
{
    static const char *const ext[] = {"", ".js", ".json", ".node"};
    for (int i = 0; i < 4; i++) {
        const char *f = ccdk__sprintf(app, "%s%s", x, ext[i]);
        if (is_file(f))
            return f;
    }
    return NULL;
}

/* LOAD_AS_DIRECTORY(x): package.json's main (as a file, then its index), else x's index */
static const char *load_as_dir(ccdk_app *app, const char *x)
{
    ccdk_value *pj = is_file(nj_join(app, x, "package.json")) ? read_json(app, nj_join(app, x, "package.json")) : NULL;
    ccdk_value *main = pj && pj->kind == CCDK__V_OBJ ? ccdk__v_get(pj, "main") : NULL;
    const char *f;
    if (main && main->kind == CCDK__V_STR && *main->u.str.s) {
        const char *m = nj_join(app, x, main->u.str.s);
        if ((f = load_as_file(app, m)) || (f = load_as_file(app, nj_join(app, m, "index"))))
            return f;
    }
    return load_as_file(app, nj_join(app, x, "index"));
}

/* an "exports" target for the require conditions (node, require, default; the first that
 * resolves, in the object's order); NULL: not exported */
static const char *exports_target(ccdk_app *app, const char *pkgdir, ccdk_value *t, const char *star)
{
    if (!t)
        return NULL;
    if (t->kind == CCDK__V_STR) {
        const char *s = t->u.str.s;
        if (strncmp(s, "./", 2))
            return NULL;
        const char *st = star ? strchr(s, '*') : NULL;
        if (st)
            s = ccdk__sprintf(app, "%.*s%s%s", (int)(st - s), s, star, st + 1);
        return nj_join(app, pkgdir, s);
    }
    if (t->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < t->u.list.n; i++) {
            const char *r = exports_target(app, pkgdir, t->u.list.items[i], star);
            if (r)
                return r;
        }
        return NULL;
    }
    if (t->kind == CCDK__V_OBJ)
        for (uint32_t i = 0; i < t->u.obj.n; i++) {
            const char *k = t->u.obj.e[i].key;
            if (!strcmp(k, "node") || !strcmp(k, "require") || !strcmp(k, "default"))
                return exports_target(app, pkgdir, t->u.obj.e[i].val, star);
        }
    return NULL;
}

/* PACKAGE_EXPORTS_RESOLVE of ".<sub>" (sub "" or "/..."): the file, or NULL with *err node's */
static const char *exports_resolve(ccdk_app *app, const char *pkgdir, ccdk_value *ex, const char *sub, const char **err)
{
    const char *want = ccdk__sprintf(app, ".%s", sub);
    ccdk_value *target = NULL;
    const char *star = NULL;
    int dotted = ex->kind == CCDK__V_OBJ && ex->u.obj.n && ex->u.obj.e[0].key[0] == '.';
    if (!dotted) { /* a string, a list or conditions: the "." export alone */
        if (!*sub)
            target = ex;
    } else if (!(target = ccdk__v_get(ex, want))) {
        size_t best = 0; /* a pattern key (one "*"): the longest prefix wins */
        for (uint32_t i = 0; i < ex->u.obj.n; i++) {
            const char *k = ex->u.obj.e[i].key, *st = strchr(k, '*');
            if (!st || strchr(st + 1, '*'))
                continue;
            size_t pl = (size_t)(st - k), sl = strlen(st + 1), wl = strlen(want);
            if (wl >= pl + sl && !strncmp(want, k, pl) && !strcmp(want + wl - sl, st + 1) && pl >= best) {
                best = pl;
                target = ex->u.obj.e[i].val;
                star = ccdk__strndup(app, want + pl, wl - pl - sl);
            }
        }
    }
    const char *f = exports_target(app, pkgdir, target, star);
    if (!f)
        *err = *sub ? ccdk__sprintf(app, "Package subpath '%s' is not defined by \"exports\" in %s/package.json", want, pkgdir)
                    : ccdk__sprintf(app, "No \"exports\" main defined in %s/package.json", pkgdir);
    return f;
}

/* require.resolve(request) from aws-cdk-lib's folder (cdk_lib_dir): node's CommonJS resolution (an
 * absolute or ./ ../ path, else the node_modules folders from there up, then NODE_PATH,
 * ~/.node_modules, ~/.node_libraries and <node's prefix>/lib/node; a package's "exports"). The
 * file, or NULL with *err what node's error says. */
static const char *nj_require_resolve(ccdk_app *app, const char *request, const char **err)
{
    const char *from = cdk_lib_dir(app), *f;
    *err = ccdk__sprintf(app, "Cannot find module '%s'", request);
    if (!*request)
        return NULL;
    if (request[0] == '/' || !strcmp(request, ".") || !strcmp(request, "..") || !strncmp(request, "./", 2) ||
        !strncmp(request, "../", 3)) {
        const char *x = request[0] == '/' ? nj_resolve(app, request) : nj_join(app, from, request);
        if (request[strlen(request) - 1] != '/' && (f = load_as_file(app, x)))
            return f;
        return load_as_dir(app, x);
    }
    /* the package's name (@scope/name) and the rest */
    const char *slash = strchr(request, '/');
    if (request[0] == '@' && slash)
        slash = strchr(slash + 1, '/');
    const char *name = slash ? ccdk__strndup(app, request, (size_t)(slash - request)) : request;
    const char *sub = slash ? slash : "";
    nj_strv dirs = {0};
    for (const char *d = from;; d = nj_dirname(app, d)) { /* Module._nodeModulePaths */
        const char *base = strrchr(d, '/');
        if (strcmp(base ? base + 1 : d, "node_modules"))
            nj_push(app, &dirs, ccdk__sprintf(app, "%s/node_modules", strcmp(d, "/") ? d : ""));
        if (!strcmp(d, "/"))
            break;
    }
    const char *np = getenv("NODE_PATH"); /* Module.globalPaths */
    for (const char *p = np; p && *p;) {
        size_t n = strcspn(p, ":");
        if (n)
            nj_push(app, &dirs, nj_resolve(app, ccdk__strndup(app, p, n)));
        p += n + (p[n] == ':');
    }
    const char *home = getenv("HOME");
    if (home && *home) {
        nj_push(app, &dirs, nj_join(app, home, ".node_modules"));
        nj_push(app, &dirs, nj_join(app, home, ".node_libraries"));
    }
    char real[4096];
    const char *node = nj_which(app, "node"); /* process.execPath: the node on PATH */
    if (node && realpath(node, real))
        nj_push(app, &dirs, nj_join(app, nj_dirname(app, nj_dirname(app, real)), "lib/node"));
    for (size_t i = 0; i < dirs.n; i++) {
        const char *pkgdir = nj_join(app, dirs.items[i], name);
        const char *pj = nj_join(app, pkgdir, "package.json");
        ccdk_value *pkg = is_file(pj) ? read_json(app, pj) : NULL;
        ccdk_value *ex = pkg && pkg->kind == CCDK__V_OBJ ? ccdk__v_get(pkg, "exports") : NULL;
        if (ex && ex->kind != CCDK__V_NULL) { /* resolveExports: found or thrown, no further folder */
            f = exports_resolve(app, pkgdir, ex, sub, err);
            if (f && !is_file(f)) {
                *err = ccdk__sprintf(app, "Cannot find module '%s'", f);
                f = NULL;
            }
            return f;
        }
        const char *x = nj_join(app, dirs.items[i], request);
        if ((f = load_as_file(app, x)) || (f = load_as_dir(app, x)))
            return f;
    }
    return NULL;
}

/* tryGetModuleVersionFromRequire(mod): require(`${mod}/package.json`).version, or NULL */
static const char *module_version_from_require(ccdk_app *app, const char *mod)
{
    const char *err;
    const char *pj = nj_require_resolve(app, ccdk__sprintf(app, "%s/package.json", mod), &err);
    ccdk_value *v = pj ? read_json(app, pj) : NULL;
    ccdk_value *ver = v && v->kind == CCDK__V_OBJ ? ccdk__v_get(v, "version") : NULL;
    return ver && ver->kind == CCDK__V_STR && *ver->u.str.s ? ver->u.str.s : NULL;
}

/* ------------------------------------------------------------------ the esbuild installation */

const char *nj_which(ccdk_app *app, const char *name)
{
    return nj_which_in(app, name, getenv("PATH"));
}

/* the program name on the search path, as execvp finds it (name itself with a '/'), or NULL */
const char *nj_which_in(ccdk_app *app, const char *name, const char *path)
{
    if (strchr(name, '/'))
        return name;
    for (const char *p = path; p && *p;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        const char *cand = ccdk__sprintf(app, "%.*s/%s", (int)n, p, name);
        if (n && access(cand, X_OK) == 0 && is_file(cand))
            return cand;
        p = e ? e + 1 : p + n;
    }
    return NULL;
}

/* PackageInstallation.detect(module): require(`${module}/package.json`) from aws-cdk-lib's folder
 * gives a workspace package and its version; else `${module} --version` (on PATH, exit status 0)
 * an installed one with what it printed, trimmed. 0: none. */
static int detect_installation(ccdk_app *app, const char *module, const char **version, int *workspace)
{
    *version = module_version_from_require(app, module);
    *workspace = *version != NULL;
    if (*version)
        return 1;
    char *argv[] = {(char *)module, "--version", NULL};
    char *out = NULL;
    int ok = nj_capture(argv, &out) == 0;
    if (ok) { /* String.prototype.trim */
        const char *s = out ? out : "";
        size_t n = strlen(s);
        ccdk__js_trim_span(&s, &n);
        *version = ccdk__strndup(app, s, n);
    }
    free(out);
    return ok;
}

/* Bundling.esbuildInstallation and, for preCompilation, tscInstallation ("typescript"): aws-cdk-lib
 * runs a workspace package's bin through the package manager (runBinCommand), another as plain
 * `esbuild` / `tsc`, each found on the bundling environment's PATH. */
static void detect_esbuild(ccdk_app *app, nj_bundle *b)
{
    b->esbuild_installed = detect_installation(app, "esbuild", &b->esbuild_version, &b->esbuild_workspace);
}

/* ------------------------------------------------------------------ the command line */

static const char *log_level_name(ccdk_lambda_nodejs_log_level l)
{
    static const char *const n[] = {NULL, "verbose", "debug", "info", "warning", "error", "silent"};
    return (unsigned)l < 7 ? n[l] : NULL;
}

/* buildEsbuildArgs + toCliArgsArray(esbuildArgs), after "--bundle" <entry> */
static void esbuild_args(ccdk_app *app, nj_bundle *b, const char *in, const char *out, nj_strv *v)
{
    const ccdk_lambda_nodejs_bundling_options *o = &b->o;
    nj_push(app, v, ccdk__sprintf(app, "--target=%s", o->target ? o->target : b->target));
    nj_push(app, v, "--platform=node");
    if (o->format)
        nj_push(app, v, o->format == CCDK_NODEJS_FORMAT_ESM ? "--format=esm" : "--format=cjs");
    nj_push(app, v, ccdk__sprintf(app, "--outfile=%s", nj_join(app, out, o->format == CCDK_NODEJS_FORMAT_ESM ? "index.mjs" : "index.js")));
    if (ccdk__tri_true(o->minify))
        nj_push(app, v, "--minify");
    int sm_enabled = o->source_map_mode ? 1 : ccdk__tri_true(o->source_map);
    if (sm_enabled) {
        static const char *const modes[] = {"", "", "=external", "=inline", "=both"};
        nj_push(app, v, ccdk__sprintf(app, "--sourcemap%s", modes[o->source_map_mode & 7 ? o->source_map_mode % 5 : 0]));
    }
    if (ccdk__tri_false(o->sources_content))
        nj_push(app, v, "--sources-content=false");
    for (size_t i = 0; i < b->nexternals; i++)
        nj_push(app, v, ccdk__sprintf(app, "--external:%s", b->externals[i]));
    size_t n = CCDK__LEN(o->loader, "loader");
    for (size_t i = 0; i < n; i++)
        nj_push(app, v, ccdk__sprintf(app, "--loader:%s=%s", o->loader.items[i].key, o->loader.items[i].value));
    n = CCDK__LEN(o->define, "define");
    for (size_t i = 0; i < n; i++)
        nj_push(app, v, ccdk__sprintf(app, "--define:%s=%s", o->define.items[i].key, o->define.items[i].value));
    if (log_level_name(o->log_level))
        nj_push(app, v, ccdk__sprintf(app, "--log-level=%s", log_level_name(o->log_level)));
    if (ccdk__tri_true(o->keep_names))
        nj_push(app, v, "--keep-names");
    if (b->rel_tsconfig)
        nj_push(app, v, ccdk__sprintf(app, "--tsconfig=%s", nj_join(app, in, b->rel_tsconfig)));
    if (ccdk__tri_true(o->metafile))
        nj_push(app, v, ccdk__sprintf(app, "--metafile=%s", nj_join(app, out, "index.meta.json")));
    if (o->banner && *o->banner)
        nj_push(app, v, ccdk__sprintf(app, "--banner:js=%s", o->banner));
    if (o->footer && *o->footer)
        nj_push(app, v, ccdk__sprintf(app, "--footer:js=%s", o->footer));
    if (CCDK__GIVEN(o->main_fields)) {
        ccdk__buf mf = {0};
        n = CCDK__LEN(o->main_fields, "mainFields");
        for (size_t i = 0; i < n; i++) {
            if (i)
                ccdk__buf_putc(&mf, ',');
            ccdk__buf_puts(&mf, o->main_fields.items[i]);
        }
        nj_push(app, v, ccdk__sprintf(app, "--main-fields=%s", mf.data ? mf.data : ""));
        ccdk__buf_free(&mf);
    }
    n = CCDK__LEN(o->inject, "inject");
    for (size_t i = 0; i < n; i++)
        nj_push(app, v, ccdk__sprintf(app, "--inject:%s", o->inject.items[i]));
    /* toCliArgsArray: an array value (a key given several times here) is key:item each */
    static const char *const respecified[] = {"--alias", "--drop", "--pure", "--log-override", "--out-extension", NULL};
    n = CCDK__LEN(o->esbuild_args, "esbuildArgs");
    for (size_t i = 0; i < n; i++) {
        const char *k = o->esbuild_args.items[i].key, *val = o->esbuild_args.items[i].value;
        if (!k)
            continue;
        size_t count = 0, firstpos = i;
        for (size_t j = 0; j < n; j++)
            if (o->esbuild_args.items[j].key && !strcmp(o->esbuild_args.items[j].key, k)) {
                if (!count)
                    firstpos = j;
                count++;
            }
        if (count > 1) {
            if (firstpos != i)
                continue; /* the whole array at the key's first place, as Object.entries */
            for (size_t j = 0; j < n; j++)
                if (o->esbuild_args.items[j].key && !strcmp(o->esbuild_args.items[j].key, k))
                    nj_push(app, v, ccdk__sprintf(app, "%s:%s", k, o->esbuild_args.items[j].value ? o->esbuild_args.items[j].value : ""));
            continue;
        }
        if (!val || !*val) {
            nj_push(app, v, k);
            continue;
        }
        int re = 0;
        for (const char *const *r = respecified; *r; r++)
            if (!strcmp(*r, k))
                re = 1;
        nj_push(app, v, ccdk__sprintf(app, re ? "%s:%s" : "%s=%s", k, val));
    }
}

/* posixShellEscape */
static void shell_escape(ccdk__buf *out, const char *s)
{
    ccdk__buf_putc(out, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            ccdk__buf_puts(out, "'\\''");
        else
            ccdk__buf_putc(out, *s);
    }
    ccdk__buf_putc(out, '\'');
}

static const char *const pm_lock[] = {"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"};

/* PackageManager.installCommand */
static void install_command(ccdk_app *app, nj_bundle *b, nj_strv *v)
{
    const char *ll = log_level_name(b->o.log_level);
    int quiet = ll && strcmp(ll, "info");
    switch (b->pm) {
    case NJ_YARN:
        nj_push(app, v, "yarn"), nj_push(app, v, "install"), nj_push(app, v, "--no-immutable");
        if (quiet)
            nj_push(app, v, "--silent");
        break;
    case NJ_PNPM:
        nj_push(app, v, "pnpm"), nj_push(app, v, "install");
        if (quiet)
            nj_push(app, v, "--reporter"), nj_push(app, v, "silent");
        nj_push(app, v, "--config.node-linker=hoisted"), nj_push(app, v, "--config.package-import-method=clone-or-copy");
        nj_push(app, v, "--no-prefer-frozen-lockfile");
        break;
    case NJ_BUN:
    case NJ_BUN_LOCK:
        nj_push(app, v, "bun"), nj_push(app, v, "install"), nj_push(app, v, "--backend"), nj_push(app, v, "copyfile");
        if (quiet)
            nj_push(app, v, "--silent");
        break;
    default:
        nj_push(app, v, "npm"), nj_push(app, v, "ci");
        if (ll)
            nj_push(app, v, "--loglevel"), nj_push(app, v, ll);
    }
}

/* PackageManager.runBinCommand(bin) */
static void run_bin_command(ccdk_app *app, nj_bundle *b, nj_strv *v, const char *bin)
{
    switch (b->pm) {
    case NJ_YARN: nj_push(app, v, "yarn"), nj_push(app, v, "run"); break;
    case NJ_PNPM: nj_push(app, v, "pnpm"), nj_push(app, v, "exec"), nj_push(app, v, "--"); break;
    case NJ_BUN:
    case NJ_BUN_LOCK: nj_push(app, v, "bun"), nj_push(app, v, "run"); break;
    default: nj_push(app, v, "npx"), nj_push(app, v, "--no-install");
    }
    nj_push(app, v, bin);
}

/* the PATH the local steps run with: the bundling environment's, else ours ({...process.env,
 * ...environment}: node's spawn looks programs up on its env's PATH) */
const char *nj_env_path(const nj_bundle *b)
{
    size_t n = CCDK__LEN(b->o.environment, "environment");
    const char *path = getenv("PATH");
    for (size_t i = 0; i < n; i++)
        if (!strcmp(b->o.environment.items[i].key, "PATH"))
            path = b->o.environment.items[i].value ? b->o.environment.items[i].value : "";
    return path;
}

/* The local command of a bin (tryBundle): runBinCommand(bin) for a workspace package, else the bin
 * alone, into display (what aws-cdk-lib runs, and its messages show) and argv (what ccdk runs: the
 * same, but for one shortcut). `npx --no-install <bin>` runs the first node_modules/.bin/<bin> from
 * its working directory, the project root, up (libnpmexec's localFileExists): when npx is there to
 * run, ccdk runs that program itself, sparing npx's start (~0.3 s of CPU a bundle). yarn, pnpm and
 * bun resolve bins their own ways (Plug'n'Play, workspaces): their command runs as it is, and fails
 * as aws-cdk-lib's does when the package manager is not on PATH. */
static void local_runner(ccdk_app *app, nj_bundle *b, nj_strv *argv, nj_strv *display, const char *bin, int workspace)
{
    if (!workspace) {
        nj_push(app, display, bin);
        nj_push(app, argv, bin);
        return;
    }
    run_bin_command(app, b, display, bin);
    const char *local = NULL;
    if (b->pm == NJ_NPM && nj_which_in(app, "npx", nj_env_path(b))) {
        local = find_up(app, ccdk__sprintf(app, "node_modules/.bin/%s", bin), b->project_root);
        if (local && !is_file(local))
            local = NULL;
    }
    if (local)
        nj_push(app, argv, local);
    else
        for (size_t i = 0; i < display->n; i++)
            nj_push(app, argv, display->items[i]);
}

static void run_hook(ccdk_app *app, void (*hook)(const char *, const char *, ccdk_lambda_nodejs_commands *, void *),
                     void *ctx, const char *in, const char *out, nj_strv *v)
{
    if (!hook)
        return;
    ccdk_lambda_nodejs_commands c = {app, {0}};
    hook(in, out, &c, ctx);
    for (size_t i = 0; i < c.v.n; i++)
        nj_push(app, v, c.v.items[i]);
}

/* createBundlingSteps: local (inputDir the project root, run here) or for Docker (rendered into
 * one shell command). */
void nj_steps(ccdk_app *app, nj_bundle *b, const char *in, const char *out, int local, nj_step **steps, size_t *nsteps)
{
    size_t cap = 0;
    *steps = NULL;
    *nsteps = 0;
#define ADD(...)                                                                                   \
    do {                                                                                           \
        if (*nsteps == cap)                                                                        \
            *steps = ccdk__arena_grow(app, *steps, *nsteps, &cap, sizeof **steps, 8);              \
        (*steps)[(*nsteps)++] = (nj_step){__VA_ARGS__};                                            \
    } while (0)
    const ccdk_lambda_nodejs_command_hooks *h = b->o.command_hooks;
    nj_strv cmds = {0};
    if (h)
        run_hook(app, h->before_bundling, h->ctx, in, out, &cmds);
    for (size_t i = 0; i < cmds.n; i++)
        ADD(.type = NJ_SHELL, .cmd = cmds.items[i]);
    const char *entry = nj_join(app, in, b->rel_entry);
    if (ccdk__tri_true(b->o.pre_compilation)) {
        if (!local) { /* dockerTscStep: the image's tsc, --ignoreConfig for TypeScript 6 and later */
            ccdk__buf c = {0};
            shell_escape(&c, "tsc");
            ccdk__buf_putc(&c, ' ');
            shell_escape(&c, entry);
            for (size_t i = 0; i < b->tsc_args.n; i++) {
                ccdk__buf_putc(&c, ' ');
                shell_escape(&c, b->tsc_args.items[i]);
            }
            ccdk__buf_puts(&c, " $(TSC_VERSION=$('tsc' --version); TSC_VERSION=${TSC_VERSION##* }; "
                               "[ \"${TSC_VERSION%%.*}\" -ge 6 ] 2>/dev/null && echo --ignoreConfig)");
            ADD(.type = NJ_SHELL, .cmd = ccdk__strdup(app, c.data));
            ccdk__buf_free(&c);
        } else if (b->tsc_installed) { /* no typescript installed: no tsc step, as in aws-cdk-lib */
            nj_strv targv = {0}, tdisplay = {0};
            local_runner(app, b, &targv, &tdisplay, "tsc", b->tsc_workspace);
            nj_push(app, &targv, entry);
            nj_push(app, &tdisplay, entry);
            for (size_t i = 0; i < b->tsc_args.n; i++) {
                nj_push(app, &targv, b->tsc_args.items[i]);
                nj_push(app, &tdisplay, b->tsc_args.items[i]);
            }
            /* tscRequiresIgnoreConfig: the first "<major>.<minor>" of the version, major >= 6 */
            const char *ver = b->tsc_version;
            long major = -1;
            for (const char *q = ver; q && *q && major < 0; q++) {
                if (*q < '0' || *q > '9')
                    continue;
                char *end;
                long m = strtol(q, &end, 10);
                if (*end == '.' && end[1] >= '0' && end[1] <= '9')
                    major = m;
                else
                    q = end - 1;
            }
            if (major >= 6) {
                nj_push(app, &targv, "--ignoreConfig");
                nj_push(app, &tdisplay, "--ignoreConfig");
            }
            ADD(.type = NJ_SPAWN, .argv = targv, .display = tdisplay);
        }
        /* entryPath.replace(/\.ts(x?)$/, ".js$1") */
        size_t el = strlen(entry);
        if (el > 3 && !strcmp(entry + el - 3, ".ts"))
            entry = ccdk__sprintf(app, "%.*s.js", (int)(el - 3), entry);
        else if (el > 4 && !strcmp(entry + el - 4, ".tsx"))
            entry = ccdk__sprintf(app, "%.*s.jsx", (int)(el - 4), entry);
    }
    nj_strv argv = {0}, display = {0};
    if (local) {
        local_runner(app, b, &argv, &display, "esbuild", b->esbuild_workspace);
    } else {
        nj_push(app, &display, "esbuild");
    }
    nj_strv rest = {0};
    nj_push(app, &rest, "--bundle");
    nj_push(app, &rest, entry);
    esbuild_args(app, b, in, out, &rest);
    for (size_t i = 0; i < rest.n; i++) {
        nj_push(app, &display, rest.items[i]);
        if (local)
            nj_push(app, &argv, rest.items[i]);
    }
    ADD(.type = NJ_SPAWN, .argv = local ? argv : display, .display = display, .esbuild = 1);
    if (CCDK__GIVEN(b->o.node_modules) && b->deps_json) {
        nj_strv bi = {0};
        if (h)
            run_hook(app, h->before_install, h->ctx, in, out, &bi);
        for (size_t i = 0; i < bi.n; i++)
            ADD(.type = NJ_SHELL, .cmd = bi.items[i]);
        const char *lockname = pm_lock[b->pm];
        nj_strv inst = {0};
        install_command(app, b, &inst);
        if (local) {
            ADD(.type = NJ_FILEOPS, .cwd = out);
            ADD(.type = NJ_SPAWN, .argv = inst, .display = inst, .cwd = out);
            if (b->pm == NJ_PNPM || b->pm == NJ_BUN || b->pm == NJ_BUN_LOCK)
                ADD(.type = NJ_CLEANUP, .cwd = out);
        } else {
            /* dockerFileOps: one chained shell command */
            ccdk__buf c = {0};
            const char *lock_in = nj_join(app, in, b->rel_lock ? b->rel_lock : lockname);
            if (b->pm == NJ_PNPM) {
                ccdk__buf_puts(&c, "echo '' > ");
                shell_escape(&c, nj_join(app, out, "pnpm-workspace.yaml"));
                ccdk__buf_puts(&c, " && ");
            }
            ccdk__buf_puts(&c, "echo ");
            shell_escape(&c, b->deps_json);
            ccdk__buf_puts(&c, " > ");
            shell_escape(&c, nj_join(app, out, "package.json"));
            ccdk__buf_puts(&c, " && cp ");
            shell_escape(&c, lock_in);
            ccdk__buf_putc(&c, ' ');
            shell_escape(&c, nj_join(app, out, lockname));
            ccdk__buf_printf(&c, " && cd \"%s\" && ", out);
            for (size_t i = 0; i < inst.n; i++)
                ccdk__buf_printf(&c, i ? " %s" : "%s", inst.items[i]);
            if (b->pm == NJ_PNPM)
                ccdk__buf_printf(&c, " && rm -f \"%s\"", nj_join(app, out, "node_modules/.modules.yaml"));
            if (b->pm == NJ_BUN || b->pm == NJ_BUN_LOCK)
                ccdk__buf_printf(&c, " && rm -rf \"%s\"", nj_join(app, out, "node_modules/.cache"));
            ADD(.type = NJ_SHELL, .cmd = ccdk__strdup(app, c.data));
            ccdk__buf_free(&c);
        }
    }
    nj_strv after = {0};
    if (h)
        run_hook(app, h->after_bundling, h->ctx, in, out, &after);
    for (size_t i = 0; i < after.n; i++)
        ADD(.type = NJ_SHELL, .cmd = after.items[i]);
#undef ADD
}

/* stepsToPosixShellCommand */
static const char *docker_command(ccdk_app *app, nj_bundle *b)
{
    nj_step *steps;
    size_t n;
    nj_steps(app, b, "/asset-input", "/asset-output", 0, &steps, &n);
    ccdk__buf c = {0};
    for (size_t i = 0; i < n; i++) {
        ccdk__buf one = {0};
        if (steps[i].type == NJ_SHELL) {
            ccdk__buf_puts(&one, steps[i].cmd);
        } else {
            for (size_t k = 0; k < steps[i].display.n; k++) {
                if (k)
                    ccdk__buf_putc(&one, ' ');
                shell_escape(&one, steps[i].display.items[k]);
            }
        }
        if (one.len) { /* chain(): empty commands are dropped */
            if (c.len)
                ccdk__buf_puts(&c, " && ");
            ccdk__buf_puts(&c, one.data);
        }
        ccdk__buf_free(&one);
    }
    const char *r = ccdk__strdup(app, c.data ? c.data : "");
    ccdk__buf_free(&c);
    return r;
}

/* ------------------------------------------------------------------ running the steps */

int nj_capture(char *const *argv, char **out)
{
    int pfd[2];
    if (pipe(pfd) != 0)
        return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, pfd[1], 1);
    posix_spawn_file_actions_addclose(&fa, pfd[0]);
    posix_spawn_file_actions_addclose(&fa, pfd[1]);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pfd[1]);
    if (rc != 0) {
        close(pfd[0]);
        return -1;
    }
    ccdk__buf b = {0};
    char buf[4096];
    ssize_t k;
    while ((k = read(pfd[0], buf, sizeof buf)) != 0) {
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            break;
        ccdk__buf_put(&b, buf, (size_t)k);
    }
    close(pfd[0]);
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    *out = b.data;
    return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

/* {...process.env, ...environment} */
char **nj_env(ccdk_app *app, const ccdk_kvs *extra)
{
    size_t ne = CCDK__LEN(*extra, "environment"), n = 0;
    while (environ[n])
        n++;
    char **env = ccdk__alloc(app, (n + ne + 1) * sizeof *env);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int over = 0;
        for (size_t j = 0; j < ne; j++) {
            size_t kl = strlen(extra->items[j].key);
            if (!strncmp(environ[i], extra->items[j].key, kl) && environ[i][kl] == '=')
                over = 1;
        }
        if (!over)
            env[k++] = environ[i];
    }
    for (size_t j = 0; j < ne; j++)
        env[k++] = ccdk__sprintf(app, "%s=%s", extra->items[j].key, extra->items[j].value ? extra->items[j].value : "");
    env[k] = NULL;
    return env;
}

/* The program node's spawn runs for name: name itself with a '/', else the first executable file
 * of that name on the PATH of env (libuv's uv__execvpe: the child's PATH, not ours; without one,
 * /usr/bin:/bin). 0, or ENOENT (EACCES when only what cannot run was found). */
static int spawn_lookup(char *out, size_t size, const char *name, char **env)
{
    if (strchr(name, '/'))
        return snprintf(out, size, "%s", name) < (int)size ? 0 : ENAMETOOLONG;
    const char *path = "/usr/bin:/bin";
    for (char **e = env; e && *e; e++)
        if (!strncmp(*e, "PATH=", 5))
            path = *e + 5;
    int rc = ENOENT;
    for (const char *p = path;;) {
        size_t n = strcspn(p, ":");
        struct stat st;
        /* an empty entry is the working directory */
        if (snprintf(out, size, "%.*s%s%s", (int)n, n ? p : ".", "/", name) < (int)size && stat(out, &st) == 0) {
            if (S_ISREG(st.st_mode) && access(out, X_OK) == 0)
                return 0;
            rc = EACCES;
        }
        if (!p[n])
            break;
        p += n + 1;
    }
    return rc;
}

/* util.exec(cmd, args, {cwd, env, stdio: ['ignore', process.stderr, 'inherit']}): 0, or -1 and
 * *err = what aws-cdk-lib's `${err}` renders */
int nj_spawn(pid_t *pid, char *const *argv, const char *cwd, char **env)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, 2, 1);
    posix_spawn_file_actions_addchdir_np(&fa, cwd);
    fflush(stdout);
    fflush(stderr);
    char prog[4096];
    int rc = spawn_lookup(prog, sizeof prog, argv[0], env);
    if (rc == 0)
        rc = posix_spawn(pid, prog, &fa, NULL, argv, env);
    posix_spawn_file_actions_destroy(&fa);
    return rc;
}

static int run(ccdk_app *app, char *const *argv, char *const *display, const char *cwd, char **env, const char **err)
{
    pid_t pid;
    int rc = nj_spawn(&pid, argv, cwd, env);
    if (rc != 0) {
        *err = ccdk__sprintf(app, "Error: spawnSync %s %s", display[0], rc == ENOENT ? "ENOENT" : rc == EACCES ? "EACCES" : strerror(rc));
        return -1;
    }
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return 0;
    ccdk__buf b = {0};
    ccdk__buf_printf(&b, "CommandExitedWithNonZeroStatus: %s", display[0]);
    ccdk__buf_putc(&b, ' ');
    for (size_t i = 1; display[i]; i++)
        ccdk__buf_printf(&b, i > 1 ? " %s" : "%s", display[i]);
    if (WIFEXITED(st))
        ccdk__buf_printf(&b, " run in directory %s exited with status %d", cwd, WEXITSTATUS(st));
    else
        ccdk__buf_printf(&b, " run in directory %s exited with status null", cwd);
    *err = ccdk__strdup(app, b.data);
    ccdk__buf_free(&b);
    return -1;
}

static char **to_argv(ccdk_app *app, const nj_strv *v, const char *extra)
{
    char **a = ccdk__alloc(app, (v->n + 2) * sizeof *a);
    for (size_t i = 0; i < v->n; i++)
        a[i] = (char *)v->items[i];
    a[v->n] = (char *)extra;
    return a;
}

/* 0, or -1 with errno set (EIO for a short write) */
static int write_text_n(const char *path, const char *text, size_t n)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < n) {
        ssize_t w = write(fd, text + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            int e = w < 0 ? errno : EIO;
            close(fd);
            errno = e;
            return -1;
        }
        off += (size_t)w;
    }
    return close(fd);
}

static int write_text(const char *path, const char *text)
{
    return write_text_n(path, text, strlen(text));
}

/* 0, or -1 with errno set */
static int copy_file(const char *from, const char *to)
{
    size_t len;
    errno = 0;
    char *d = ccdk__read_file(from, &len);
    if (!d) {
        if (!errno)
            errno = EIO;
        return -1;
    }
    int rc = write_text_n(to, d, len);
    int e = errno;
    free(d);
    errno = e;
    return rc;
}

/* Runs the steps for the bundle in outdir: 0, or -1 with *err set. meta: the metafile to add to
 * esbuild's command line for the cache (not shown in messages), or NULL. */
static int nj_run_steps(nj_bundle *b, const char *outdir, const char *meta, const char **err)
{
    ccdk_app *app = b->app;
    nj_step *steps;
    size_t n;
    nj_steps(app, b, b->project_root, outdir, 1, &steps, &n);
    char **env = nj_env(app, &b->o.environment);
    for (size_t i = 0; i < n; i++) {
        nj_step *s = &steps[i];
        switch (s->type) {
        case NJ_SHELL: {
            char *argv[] = {"bash", "-c", (char *)s->cmd, NULL};
            if (run(app, argv, argv, b->project_root, env, err) != 0)
                return -1;
            break;
        }
        case NJ_SPAWN: {
            char **argv = to_argv(app, &s->argv, s->esbuild ? meta : NULL);
            char **display = to_argv(app, &s->display, NULL);
            if (run(app, argv, display, s->cwd ? s->cwd : b->project_root, env, err) != 0)
                return -1;
            break;
        }
        case NJ_FILEOPS: {
            /* localFileOps' callback */
            const char *lockname = pm_lock[b->pm];
            const char *lock_in = nj_join(app, b->project_root, b->rel_lock ? b->rel_lock : lockname);
            /* node's fs error, as writeFileSync (open) and copyFileSync (copyfile) throw it */
            const char *ws = nj_join(app, outdir, "pnpm-workspace.yaml"), *pj = nj_join(app, outdir, "package.json");
            const char *lock_out = nj_join(app, outdir, lockname), *what = NULL;
            int e = 0;
            if (b->pm == NJ_PNPM && write_text(ws, "") != 0)
                e = errno, what = ccdk__sprintf(app, "open '%s'", ws);
            else if (write_text(pj, b->deps_json) != 0)
                e = errno, what = ccdk__sprintf(app, "open '%s'", pj);
            else if (copy_file(lock_in, lock_out) != 0)
                e = errno, what = ccdk__sprintf(app, "copyfile '%s' -> '%s'", lock_in, lock_out);
            if (what) {
                *err = ccdk__sprintf(app, "LocalBundlingFileOperationFailed: Local bundling file operation failed: %s: %s, %s",
                                     ccdk__node_errno_code(e), ccdk__node_errno_text(e), what);
                return -1;
            }
            break;
        }
        case NJ_CLEANUP: /* localFileOps: pnpm's .modules.yaml, bun's .cache (each its own only) */
            if (b->pm == NJ_PNPM)
                unlink(nj_join(app, outdir, "node_modules/.modules.yaml"));
            else
                ccdk__rm_rf(nj_join(app, outdir, "node_modules/.cache"));
            break;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ local bundling */

/* ILocalBundling.tryBundle: 1 bundled, 0 to use Docker, -1 after an error (recorded) */
static int try_bundle(const char *outdir, void *ctx)
{
    nj_bundle *b = ctx;
    outdir = nj_resolve(b->app, outdir); /* aws-cdk-lib's bundling folder is absolute */
    if (!b->esbuild_installed) {
        fprintf(stderr, "esbuild cannot run locally. Switching to Docker bundling.\n");
        return 0;
    }
    if (strncmp(b->esbuild_version, "0.", 2)) {
        /* thrown in tryBundle, so wrapped by AssetStaging; `${err}` of a ValidationError is "<its code>: <message>" */
        ccdk__error(b->scope, "Failed to bundle asset %s, bundle output is located at %s: ExpectedEsbuildVersion: Expected esbuild version 0.x but got %s",
                    b->stage_path, outdir, b->esbuild_version);
        return -1;
    }
    nj_cache c;
    int cached = nj_cache_begin(b, outdir, &c);
    if (cached > 0)
        return 1; /* the bundle of an earlier synth, unchanged */
    const char *err = NULL;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (nj_run_steps(b, outdir, cached == 0 ? c.meta_arg : NULL, &err) != 0) {
        nj_cache_abort(&c);
        ccdk__error(b->scope, "Failed to bundle asset %s, bundle output is located at %s: %s", b->stage_path, outdir, err);
        return -1;
    }
    if (cached == 0)
        nj_cache_store(b, outdir, &c);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    /* progress: one line per bundle that ran (a cached one is silent) */
    fprintf(stderr, "Bundled %s in %.0f ms\n", b->stage_path,
            (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    return 1;
}

/* ------------------------------------------------------------------ nodeModules */

/* require(path) of a .json file, txt its text (freed here; NULL: unread, *jerr stays NULL): the
 * parsed value, or NULL with *jerr the parser's message; a text that is not JSON is node's
 * SyntaxError "<real path>: <JSON.parse's message>" (node 20's wording: json_v8.c), reported on
 * scope, with *failed set. Valid text is parsed once: V8's message is made only when the parse
 * fails (the parser takes what JSON.parse takes; a leading BOM, which node drops, lands there). */
static ccdk_value *nj_require_json(ccdk_app *app, ccdk__node *scope, const char *path, char *txt, size_t len,
                                   const char **jerr, int *failed)
{
    *jerr = NULL;
    *failed = 0;
    if (!txt)
        return NULL;
    ccdk_value *v = ccdk__json_parse(app, txt, len, jerr);
    const char *bad = v ? NULL : ccdk__json_v8_error(app, txt, len);
    free(txt);
    if (bad) {
        char *real = realpath(path, NULL);
        ccdk__error(scope, "%s: %s", real ? real : path, bad);
        free(real);
        *failed = 1;
    }
    return v;
}

/* extractDependencies(pkgPath, modules) as JSON {"dependencies":{...}}: NULL after an error */
static const char *extract_dependencies(ccdk_app *app, ccdk__node *scope, nj_bundle *b)
{
    const char *pkg = find_up(app, "package.json", nj_dirname(app, b->entry));
    if (!pkg) {
        ccdk__error(scope, "Cannot find a `package.json` in this project. Using `nodeModules` requires a `package.json`.");
        return NULL;
    }
    size_t len = 0;
    char *txt = ccdk__read_file(pkg, &len);
    const char *jerr;
    int failed;
    ccdk_value *pj = nj_require_json(app, scope, pkg, txt, len, &jerr, &failed); /* require(pkgPath) */
    if (failed)
        return NULL;
    ccdk__buf out = {0};
    ccdk__buf_puts(&out, "{\"dependencies\":{");
    size_t n = CCDK__LEN(b->o.node_modules, "nodeModules");
    for (size_t i = 0; i < n; i++) {
        const char *mod = b->o.node_modules.items[i];
        size_t seen = 0;
        while (seen < i && strcmp(b->o.node_modules.items[seen], mod))
            seen++;
        if (seen < i)
            continue; /* a module given again: one key of the dependencies object */
        if (pj && pj->kind == CCDK__V_NULL) { /* package.json is null: pkgJson.dependencies */
            ccdk__error(scope, "Cannot read properties of null (reading 'dependencies')");
            ccdk__buf_free(&out);
            return NULL;
        }
        const char *version = NULL;
        static const char *const sections[] = {"peerDependencies", "devDependencies", "dependencies"};
        for (int s = 0; s < 3 && pj; s++) { /* {...dependencies, ...devDependencies, ...peerDependencies} */
            ccdk_value *sec = ccdk__v_get(pj, sections[s]);
            ccdk_value *v = sec && sec->kind == CCDK__V_OBJ ? ccdk__v_get(sec, mod) : NULL;
            if (v) { /* the last section holding the key wins, whatever its value (null too) */
                int truthy = v->kind == CCDK__V_OBJ || v->kind == CCDK__V_LIST || (v->kind == CCDK__V_BOOL && v->u.b) ||
                             (v->kind == CCDK__V_NUM && v->u.n != 0);
                if (truthy) { /* neither a string nor falsy: aws-cdk-lib calls .match on it */
                    ccdk__error(scope, "dependencies[mod].match is not a function");
                    ccdk__buf_free(&out);
                    return NULL;
                }
                version = v->kind == CCDK__V_STR ? v->u.str.s : "";
                break;
            }
        }
        if (version && !*version) /* "", null, false, 0: not referenced */
            version = NULL;
        /* version.match(/file:(.+)/): "file:" anywhere, with a relative path after it (up to a
         * newline): the whole version becomes file:<the path joined to package.json's folder>,
         * with the trailing slash path.join keeps */
        const char *fm = version ? strstr(version, "file:") : NULL;
        if (fm && fm[5] && fm[5] != '\n' && fm[5] != '/') {
            const char *rel = ccdk__strndup(app, fm + 5, strcspn(fm + 5, "\n\r"));
            const char *joined = nj_join(app, nj_dirname(app, pkg), rel);
            int slash = rel[strlen(rel) - 1] == '/' && joined[strlen(joined) - 1] != '/';
            version = ccdk__sprintf(app, "file:%s%s", joined, slash ? "/" : "");
        }
        if (!version) /* tryGetModuleVersionFromRequire: from aws-cdk-lib's folder, not the project's */
            version = module_version_from_require(app, mod);
        if (!version) {
            ccdk__error(scope, "Cannot extract version for module '%s'. Check that it's referenced in your package.json or installed.", mod);
            ccdk__buf_free(&out);
            return NULL;
        }
        if (out.data[out.len - 1] != '{')
            ccdk__buf_putc(&out, ',');
        ccdk__json_write_cstr(&out, mod);
        ccdk__buf_putc(&out, ':');
        ccdk__json_write_cstr(&out, version);
    }
    ccdk__buf_puts(&out, "}}");
    const char *r = ccdk__strdup(app, out.data);
    ccdk__buf_free(&out);
    b->package_json = pkg;
    return r;
}

/* ------------------------------------------------------------------ NodejsFunction */

static int lock_kind(const char *lock)
{
    const char *base = strrchr(lock, '/');
    base = base ? base + 1 : lock;
    if (!strcmp(base, "yarn.lock"))
        return NJ_YARN;
    if (!strcmp(base, "pnpm-lock.yaml"))
        return NJ_PNPM;
    if (!strcmp(base, "bun.lockb"))
        return NJ_BUN;
    if (!strcmp(base, "bun.lock"))
        return NJ_BUN_LOCK;
    return NJ_NPM;
}

/* extractTsConfig(request): the compilerOptions of the file require(request) loads from
 * aws-cdk-lib's folder (so a relative request is relative to that folder, not to the working
 * directory, and one without ./ is a module's name: aws-cdk-lib's own way) and of what it extends,
 * path.resolve(request's folder, extends), the nearer file's winning, added to keys/vals (those
 * already there kept). 0, or -1 after an error. */
static int extract_tsconfig(ccdk_app *app, ccdk__node *scope, const char *request, nj_strv *keys, nj_strv *vals, int depth)
{
    const char *rerr = NULL;
    const char *path = nj_require_resolve(app, request, &rerr);
    if (!path) {
        /* node's error goes on with "\nRequire stack:" and the files of the node process */
        ccdk__error(scope, "%s", rerr);
        return -1;
    }
    size_t len = 0;
    char *txt = depth < 64 ? ccdk__read_file(path, &len) : NULL;
    /* (a comment, as tsc allows, is not JSON: node's SyntaxError) */
    const char *jerr;
    int failed;
    ccdk_value *v = nj_require_json(app, scope, path, txt, len, &jerr, &failed);
    if (failed)
        return -1;
    if (!v || v->kind != CCDK__V_OBJ) {
        ccdk__error(scope, "Cannot read the tsconfig %s for preCompilation%s%s", path, jerr ? ": " : "", jerr ? jerr : "");
        return -1;
    }
    ccdk_value *co = ccdk__v_get(v, "compilerOptions");
    for (uint32_t i = 0; co && co->kind == CCDK__V_OBJ && i < co->u.obj.n; i++) {
        const char *k = co->u.obj.e[i].key;
        size_t j = 0;
        while (j < keys->n && strcmp(keys->items[j], k))
            j++;
        if (j == keys->n) {
            nj_push(app, keys, k);
            nj_push(app, vals, (const char *)co->u.obj.e[i].val);
        }
    }
    ccdk_value *ext = ccdk__v_get(v, "extends");
    if (ext && ext->kind == CCDK__V_STR && *ext->u.str.s) {
        /* path.resolve(request.replace(/[^\/]+$/, ""), extends): against the working directory */
        const char *e = ext->u.str.s, *slash = strrchr(request, '/');
        const char *next = e[0] == '/' ? nj_resolve(app, e)
                           : slash     ? nj_resolve(app, ccdk__sprintf(app, "%.*s%s", (int)(slash - request + 1), request, e))
                                       : nj_resolve(app, e);
        return extract_tsconfig(app, scope, next, keys, vals, depth + 1);
    }
    return 0;
}

static int cmp_key(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* preCompilation: the tsconfig (bundling.tsconfig, else the nearest tsconfig.json above the entry),
 * getTsconfigCompilerOptionsArray of it, and the local tsc. 0, or -1 after an error. */
static int tsc_setup(ccdk_app *app, ccdk__node *scope, nj_bundle *b)
{
    /* the tsconfig given as it is (require()d: see extract_tsconfig), else the one found (absolute) */
    const char *tsconfig = b->o.tsconfig ? b->o.tsconfig : find_up(app, "tsconfig.json", nj_dirname(app, b->entry));
    if (!tsconfig) {
        ccdk__error(scope, "Cannot find a `tsconfig.json` but `preCompilation` is set to `true`, please specify it via `tsconfig`");
        return -1;
    }
    nj_strv keys = {0}, vals = {0};
    if (extract_tsconfig(app, scope, tsconfig, &keys, &vals, 0) != 0)
        return -1;
    /* {...compilerOptions, incremental: false, rootDir: "./", outDir: "./"} */
    static const char *const fixed[] = {"incremental", "rootDir", "outDir"};
    ccdk_value *fixed_vals[] = {ccdk__v_bool(app, 0), ccdk__v_str(app, "./"), ccdk__v_str(app, "./")};
    for (int f = 0; f < 3; f++) {
        size_t j = 0;
        while (j < keys.n && strcmp(keys.items[j], fixed[f]))
            j++;
        if (j == keys.n) {
            nj_push(app, &keys, fixed[f]);
            nj_push(app, &vals, NULL);
        }
        vals.items[j] = (const char *)fixed_vals[f];
    }
    /* Object.keys(options).sort(): the keys with their values */
    typedef struct { const char *key; ccdk_value *val; } kv;
    kv *sorted = ccdk__alloc(app, (keys.n + 1) * sizeof *sorted);
    for (size_t i = 0; i < keys.n; i++)
        sorted[i] = (kv){keys.items[i], (ccdk_value *)vals.items[i]};
    qsort(sorted, keys.n, sizeof *sorted, cmp_key);
    static const char *const excluded[] = {"composite", "charset", "noEmit", "tsBuildInfoFile"};
    for (size_t i = 0; i < keys.n; i++) {
        const char *k = sorted[i].key;
        ccdk_value *val = sorted[i].val;
        int skip = 0;
        for (int x = 0; x < 4; x++)
            skip |= !strcmp(k, excluded[x]);
        if (skip)
            continue;
        const char *opt = ccdk__sprintf(app, "--%s", k);
        if (val->kind == CCDK__V_BOOL) {
            nj_push(app, &b->tsc_args, opt);
            if (!val->u.b)
                nj_push(app, &b->tsc_args, "false");
        } else if (val->kind == CCDK__V_STR) {
            nj_push(app, &b->tsc_args, opt);
            nj_push(app, &b->tsc_args, val->u.str.s);
        } else if (val->kind == CCDK__V_LIST) { /* value.join(",") */
            ccdk__buf j = {0};
            for (uint32_t e = 0; e < val->u.list.n; e++) {
                ccdk_value *it = val->u.list.items[e];
                if (e)
                    ccdk__buf_putc(&j, ',');
                if (it->kind == CCDK__V_STR)
                    ccdk__buf_puts(&j, it->u.str.s);
                else if (it->kind == CCDK__V_NUM)
                    ccdk__json_write_number(&j, it->u.n);
                else if (it->kind == CCDK__V_BOOL)
                    ccdk__buf_puts(&j, it->u.b ? "true" : "false");
            }
            nj_push(app, &b->tsc_args, opt);
            nj_push(app, &b->tsc_args, ccdk__strdup(app, j.data ? j.data : ""));
            ccdk__buf_free(&j);
        } else if (val->kind != CCDK__V_OBJ && val->kind != CCDK__V_NULL) { /* typeof "object": skipped */
            ccdk__buf j = {0};
            ccdk__json_write_number(&j, val->kind == CCDK__V_NUM ? val->u.n : 0);
            ccdk__buf_putc(&j, 0);
            ccdk__error(scope, "Missing support for compilerOption: [%s]: { %s, %s} \n", k, val->kind == CCDK__V_NUM ? "number" : "undefined",
                        j.data);
            ccdk__buf_free(&j);
            return -1;
        }
    }
    b->tsc_installed = detect_installation(app, "typescript", &b->tsc_version, &b->tsc_workspace);
    return 0;
}

/* `docker` can run: $CDK_DOCKER, else docker on PATH */
static int docker_available(ccdk_app *app)
{
    const char *prog = getenv("CDK_DOCKER");
    return (prog && *prog) || nj_which(app, "docker");
}

/* ccdk's own bundling Dockerfile, for when aws-cdk-lib's is not installed: the runtime's SAM build
 * image (build arg IMAGE) with the package managers, typescript and esbuild (ESBUILD_VERSION), their
 * caches writable by any user, run as nobody (docker run gives -u). */
static const char ccdk_dockerfile[] =
    "# ccdk: the image NodejsFunction code is bundled in when it is bundled with Docker.\n"
    "ARG IMAGE=public.ecr.aws/sam/build-nodejs22.x\n"
    "FROM $IMAGE\n"
    "ARG ESBUILD_VERSION=0.21\n"
    "RUN npm install --global yarn@1.22.5 pnpm@7.33.7 bun@1.2.23 typescript \\\n"
    " && npm install --global --unsafe-perm=true \"esbuild@${ESBUILD_VERSION}\"\n"
    "RUN for tool in npm yarn pnpm bun; do mkdir -p /tmp/$tool-cache && chmod -R 777 /tmp/$tool-cache; done \\\n"
    " && npm config --global set cache /tmp/npm-cache \\\n"
    " && npm config --global set update-notifier false \\\n"
    " && yarn config set cache-folder /tmp/yarn-cache \\\n"
    " && pnpm config --global set store-dir /tmp/pnpm-cache\n"
    "RUN /sbin/useradd -u 1000 user && chmod 711 / \\\n"
    " && printf '[install.cache]\\ndir = \"/tmp/bun-cache\"\\ndisable = true\\n' >> /home/user/.bunfig.toml\n"
    "USER nobody\n"
    "CMD [\"esbuild\"]\n";

/* The folder to build the bundling image from: aws-cdk-lib's, path.join(__dirname, "docker") (its
 * folder as for require(): cdk_lib_dir), else ccdk's Dockerfile written into the cache folder. NULL
 * after an error. */
static const char *dockerfile_dir(ccdk_app *app, nj_bundle *b)
{
    const char *lib = ccdk__sprintf(app, "%s/docker", cdk_lib_dir(app));
    if (is_file(ccdk__sprintf(app, "%s/Dockerfile", lib)))
        return lib;
    const char *d = getenv("CCDK_CACHE_DIR"), *root;
    if (d && *d)
        root = d;
    else if ((d = getenv("XDG_CACHE_HOME")) && *d == '/')
        root = ccdk__sprintf(app, "%s/ccdk", d);
    else if ((d = getenv("HOME")) && *d)
        root = ccdk__sprintf(app, "%s/.cache/ccdk", d);
    else
        root = ccdk__sprintf(app, "/tmp/ccdk-%u", (unsigned)getuid());
    char h[65];
    ccdk__sha256_hex(ccdk_dockerfile, sizeof ccdk_dockerfile - 1, h);
    const char *dir = nj_resolve(app, ccdk__sprintf(app, "%s/nodejs-docker/%.16s", root, h));
    const char *file = ccdk__sprintf(app, "%s/Dockerfile", dir);
    if (is_file(file))
        return dir;
    /* written beside, then renamed into place: a concurrent synth never sees half of it */
    const char *tmp = ccdk__sprintf(app, "%s.%ld.tmp", dir, (long)getpid());
    ccdk__rm_rf(tmp);
    if (ccdk__mkdir_p(tmp) != 0 || write_text(ccdk__sprintf(app, "%s/Dockerfile", tmp), ccdk_dockerfile) != 0 ||
        (rename(tmp, dir) != 0 && !is_file(file))) {
        ccdk__error(b->scope, "Cannot write the bundling Dockerfile into %s: %s", dir, strerror(errno));
        ccdk__rm_rf(tmp);
        return NULL;
    }
    ccdk__rm_rf(tmp);
    return dir;
}

/* DockerImage.fromBuild(<the Dockerfile's folder>, {buildArgs: {...buildArgs, IMAGE, ESBUILD_VERSION},
 * platform: architecture.dockerPlatform, network}) */
static int build_image(ccdk_app *app, nj_bundle *b)
{
    const ccdk_lambda_nodejs_bundling_options *o = &b->o;
    const char *dir = dockerfile_dir(app, b);
    if (!dir)
        return -1;
    size_t n = CCDK__LEN(o->build_args, "buildArgs");
    ccdk_kv *args = ccdk__alloc(app, (n + 2) * sizeof *args);
    size_t k = 0;
    /* an object spread: a key keeps its first place, the last value wins */
    const char *fixed[2][2] = {{"IMAGE", ccdk_lambda_runtime_bundling_image(b->scope, b->runtime).image},
                               {"ESBUILD_VERSION", o->esbuild_version ? o->esbuild_version : "0.21"}};
    for (size_t i = 0; i < n + 2; i++) {
        const char *key = i < n ? o->build_args.items[i].key : fixed[i - n][0];
        const char *val = i < n ? o->build_args.items[i].value : fixed[i - n][1];
        if (!key)
            continue;
        size_t j = 0;
        while (j < k && strcmp(args[j].key, key))
            j++;
        args[j].key = key;
        args[j].value = val ? val : "";
        if (j == k)
            k++;
    }
    const ccdk_lambda_architecture *arch = b->architecture ? b->architecture : CCDK_LAMBDA_ARCHITECTURE_X86_64;
    ccdk_docker_build_options bo = {.build_args = {&ccdk__list_mark, args, k}, .platform = arch->docker_platform,
                                    .network = o->network};
    b->image = ccdk_docker_image_from_build(b->scope, dir, &bo);
    return ccdk__failed(app) ? -1 : 0;
}

/* Bundling's constructor: the checks, the externals and their warnings, the image. 0, or -1 after an error. */
static int bundling_setup(ccdk_app *app, ccdk__node *scope, nj_bundle *b)
{
    const ccdk_lambda_nodejs_bundling_options *o = &b->o;
    int ok = 1;
    ok &= CCDK__ENUM_OK(scope, o->format, ccdk_lambda_nodejs_output_format, CCDK_NODEJS_FORMAT_UNSET, CCDK_NODEJS_FORMAT_ESM,
                        "bundling: format");
    ok &= CCDK__ENUM_OK(scope, o->log_level, ccdk_lambda_nodejs_log_level, CCDK_NODEJS_LOG_LEVEL_UNSET,
                        CCDK_NODEJS_LOG_LEVEL_SILENT, "bundling: logLevel");
    ok &= CCDK__ENUM_OK(scope, o->source_map_mode, ccdk_lambda_nodejs_source_map_mode, CCDK_NODEJS_SOURCE_MAP_MODE_UNSET,
                        CCDK_NODEJS_SOURCE_MAP_MODE_BOTH, "bundling: sourceMapMode");
    ok &= CCDK__ENUM_OK(scope, o->charset, ccdk_lambda_nodejs_charset, CCDK_NODEJS_CHARSET_UNSET, CCDK_NODEJS_CHARSET_UTF8,
                        "bundling: charset");
    ok &= CCDK__ENUM_OK(scope, o->bundling_file_access, ccdk_bundling_file_access, CCDK_BUNDLING_FILE_ACCESS_DEFAULT,
                        CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY, "bundling: bundlingFileAccess");
    if (!ok)
        return -1;
    b->pm = lock_kind(b->lock_file);
    b->rel_entry = nj_relative(app, b->project_root, nj_resolve(app, b->entry));
    b->rel_lock = nj_relative(app, b->project_root, nj_resolve(app, b->lock_file));
    if (path_escapes_root(b->rel_entry)) {
        ccdk__error(scope, "entryPath (%s) should be under projectRoot (%s)", b->entry, b->project_root);
        return -1;
    }
    if (path_escapes_root(b->rel_lock)) {
        ccdk__error(scope, "depsLockFilePath (%s) should be under projectRoot (%s)", b->lock_file, b->project_root);
        return -1;
    }
    if (o->tsconfig)
        b->rel_tsconfig = nj_relative(app, b->project_root, nj_resolve(app, o->tsconfig));
    size_t el = strlen(b->entry);
    if (ccdk__tri_true(o->pre_compilation) &&
        !(el > 3 && (!strcmp(b->entry + el - 3, ".ts") || (el > 4 && !strcmp(b->entry + el - 4, ".tsx"))))) {
        ccdk__error(scope, "preCompilation can only be used with typescript files");
        return -1;
    }
    if (o->format == CCDK_NODEJS_FORMAT_ESM && !is_esm_runtime(b->runtime)) {
        ccdk__error(scope, "ECMAScript module output format is not supported by the %s runtime", b->runtime->name);
        return -1;
    }
    int smithy = ccdk__feature_flag(scope, "@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages");
    int v2 = is_sdk_v2_runtime(b->runtime);
    nj_strv ext = {0};
    if (CCDK__GIVEN(o->external_modules)) {
        size_t n = CCDK__LEN(o->external_modules, "externalModules");
        for (size_t i = 0; i < n; i++)
            nj_push(app, &ext, o->external_modules.items[i]);
    } else if (!b->runtime->is_variable && !ccdk__tri_true(o->bundle_aws_sdk)) {
        if (v2) {
            nj_push(app, &ext, "aws-sdk");
        } else {
            nj_push(app, &ext, "@aws-sdk/*");
            if (smithy)
                nj_push(app, &ext, "@smithy/*");
        }
    }
    if (ext.n && v2)
        ccdk__warning(scope, "aws-cdk-lib/aws-lambda-nodejs:runtimeUpdateSdkV2Breakage",
                      "Be aware that the NodeJS runtime of Node 16 will be deprecated by Lambda on June 12, 2024. Lambda "
                      "runtimes Node 18 and higher include SDKv3 and not SDKv2. Updating your Lambda runtime will require "
                      "bundling the SDK, or updating all SDK calls in your handler code to use SDKv3 (which is not a trivial "
                      "update). Please account for this added complexity and update as soon as possible.");
    int has_v3 = 0, has_v2 = 0;
    for (size_t i = 0; i < ext.n; i++) {
        if (!strncmp(ext.items[i], "@aws-sdk/", 9))
            has_v3 = 1;
        if (!strcmp(ext.items[i], "aws-sdk"))
            has_v2 = 1;
    }
    if (v2 && has_v3)
        ccdk__warning(scope, "@aws-cdk/aws-lambda-nodejs:sdkV3NotInRuntime",
                      "If you are relying on AWS SDK v3 to be present in the Lambda environment already, please explicitly "
                      "configure a NodeJS runtime of Node 18 or higher.");
    else if (!v2 && has_v2)
        ccdk__warning(scope, "@aws-cdk/aws-lambda-nodejs:sdkV2NotInRuntime",
                      "If you are relying on AWS SDK v2 to be present in the Lambda environment already, please explicitly "
                      "configure a NodeJS runtime of Node 16 or lower.");
    if (ext.n && b->runtime->is_variable)
        ccdk__warning(scope, "@aws-cdk/aws-lambda-nodejs:variableRuntimeExternals",
                      "When using NODEJS_LATEST the runtime version may change as new runtimes are released, this may affect "
                      "the availability of packages shipped with the environment. Ensure that any external dependencies are "
                      "available through layers or specify a specific runtime version.");
    size_t nm = CCDK__LEN(o->node_modules, "nodeModules");
    for (size_t i = 0; i < nm; i++)
        nj_push(app, &ext, o->node_modules.items[i]);
    b->externals = ext.items;
    b->nexternals = ext.n;
    /* toTarget */
    const char *m = strstr(b->runtime->name, "nodejs");
    if (!o->target) {
        if (!m || m[6] < '0' || m[6] > '9') {
            ccdk__error(scope, "Cannot extract version from runtime.");
            return -1;
        }
        size_t d = strspn(m + 6, "0123456789");
        b->target = ccdk__sprintf(app, "node%.*s", (int)d, m + 6);
    }
    if (ccdk__tri_true(o->pre_compilation) && tsc_setup(app, scope, b) != 0)
        return -1;
    /* nodeModules given, even [] (truthy): package.json, the lock file and the install */
    if (CCDK__GIVEN(o->node_modules) && !(b->deps_json = extract_dependencies(app, scope, b)))
        return -1;
    detect_esbuild(app, b);
    int docker = ccdk__tri_true(o->force_docker_bundling) || !b->esbuild_installed;
    if (docker && o->docker_image.image) {
        b->image = o->docker_image;
    } else if (docker) {
        if (!ccdk__tri_true(o->force_docker_bundling) && !docker_available(app)) {
            /* aws-cdk-lib would build its image and fail on the missing docker: say what helps */
            ccdk__error(scope, "esbuild is not installed: ccdk bundles NodejsFunction code with the esbuild that node "
                               "finds from %s (node_modules/esbuild there or in a parent folder), else esbuild on PATH. "
                               "Install it with `npm install --save-dev esbuild@0` (aws-cdk-lib 2.276.0 declares esbuild "
                               "0.28.2), or install Docker to bundle in Docker",
                        nj_resolve(app, "."));
            return -1;
        }
        if (build_image(app, b) != 0)
            return -1;
    } else {
        b->image = ccdk_docker_image_from_registry(scope, "dummy");
    }
    /* buildEsbuildArgs' check, when the constructor renders the Docker command */
    if (ccdk__tri_false(o->source_map) && o->source_map_mode) {
        ccdk__error(scope, "sourceMapMode cannot be used when sourceMap is false");
        return -1;
    }
    return 0;
}

static const ccdk_lambda_runtime *default_runtime(ccdk__node *scope)
{
    return ccdk__feature_flag(scope, "@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion") ? CCDK_LAMBDA_RUNTIME_NODEJS_LATEST
                                                                                             : CCDK_LAMBDA_RUNTIME_NODEJS_16_X;
}

/* ------------------------------------------------------------------ the asset hash's JSON */

static void hj_strs(ccdk__buf *j, const char *const *items, size_t n)
{
    ccdk__buf_putc(j, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            ccdk__buf_putc(j, ',');
        ccdk__json_write_cstr(j, items[i] ? items[i] : "");
    }
    ccdk__buf_putc(j, ']');
}

static void hj_image(ccdk__buf *j, ccdk_docker_image im, int for_key)
{
    if (for_key) { /* calculateCacheKey's sortObject copies the fields: no toJSON */
        ccdk__buf_puts(j, "{\"image\":");
        ccdk__json_write_cstr(j, im.image ? im.image : "");
        if (im.image_hash) {
            ccdk__buf_puts(j, ",\"_imageHash\":");
            ccdk__json_write_cstr(j, im.image_hash);
        }
        ccdk__buf_putc(j, '}');
        return;
    }
    /* DockerImage.toJSON: the image hash, else the name */
    ccdk__json_write_cstr(j, im.image_hash ? im.image_hash : im.image ? im.image : "");
}

static void hj_volumes(ccdk__buf *j, ccdk_docker_volume_list l)
{
    static const char *const consistency[] = {NULL, "consistent", "delegated", "cached"};
    ccdk__buf_putc(j, '[');
    size_t n = CCDK__LEN(l, "volumes");
    for (size_t i = 0; i < n; i++) {
        const ccdk_docker_volume *v = &l.items[i];
        ccdk__buf_puts(j, i ? ",{\"hostPath\":" : "{\"hostPath\":");
        ccdk__json_write_cstr(j, v->host_path ? v->host_path : "");
        ccdk__buf_puts(j, ",\"containerPath\":");
        ccdk__json_write_cstr(j, v->container_path ? v->container_path : "");
        if (v->consistency == CCDK_DOCKER_VOLUME_CONSISTENT || v->consistency == CCDK_DOCKER_VOLUME_CACHED ||
            v->consistency == CCDK_DOCKER_VOLUME_DELEGATED) {
            ccdk__buf_puts(j, ",\"consistency\":");
            ccdk__json_write_cstr(j, v->consistency == CCDK_DOCKER_VOLUME_CONSISTENT ? consistency[1]
                                     : v->consistency == CCDK_DOCKER_VOLUME_DELEGATED ? consistency[2] : consistency[3]);
        }
        ccdk__buf_putc(j, '}');
    }
    ccdk__buf_putc(j, ']');
}

/* esbuildArgs as the object aws-cdk-lib is given: a value-less flag is `true`, a key given several
 * times an array at its first place */
static void hj_esbuild_args(ccdk__buf *j, ccdk_kvs a)
{
    size_t n = CCDK__LEN(a, "esbuildArgs");
    int first = 1;
    ccdk__buf_putc(j, '{');
    for (size_t i = 0; i < n; i++) {
        const char *k = a.items[i].key;
        if (!k)
            continue;
        size_t count = 0, firstpos = i;
        for (size_t m = 0; m < n; m++)
            if (a.items[m].key && !strcmp(a.items[m].key, k) && !count++)
                firstpos = m;
        if (firstpos != i)
            continue;
        if (!first)
            ccdk__buf_putc(j, ',');
        first = 0;
        ccdk__json_write_cstr(j, k);
        ccdk__buf_putc(j, ':');
        if (count > 1) {
            ccdk__buf_putc(j, '[');
            for (size_t m = 0, c = 0; m < n; m++)
                if (a.items[m].key && !strcmp(a.items[m].key, k)) {
                    if (c++)
                        ccdk__buf_putc(j, ',');
                    ccdk__json_write_cstr(j, a.items[m].value ? a.items[m].value : "");
                }
            ccdk__buf_putc(j, ']');
        } else if (!a.items[i].value) {
            ccdk__buf_puts(j, "true");
        } else {
            ccdk__json_write_cstr(j, a.items[i].value);
        }
    }
    ccdk__buf_putc(j, '}');
}

/* JSON.stringify(new Bundling(scope, props)), which AssetStaging hashes (a custom hash, a skipped
 * bundle) and keys its cache with: the fields of aws-cdk-lib 2.276.0's Bundling class in their
 * declaration order (props first), undefined ones left out. props is {...bundling, entry, runtime,
 * architecture, depsLockFilePath, projectRoot}; the bundling options' keys are in the order the
 * user's object literal gives them, which C cannot know: ccdk takes the order of the fields of
 * ccdk_lambda_nodejs_bundling_options. */
static const char *bundling_hash_json(ccdk_app *app, nj_bundle *b, const ccdk_bundling_options *bo, int for_key)
{
    const ccdk_lambda_nodejs_bundling_options *o = &b->o;
    ccdk__buf j = {0};
    int first = 1;
#define HJ_KEY(k) (ccdk__buf_puts(&j, first ? "\"" k "\":" : ",\"" k "\":"), first = 0)
#define HJ_BOOL(k, t) if (ccdk__tri_true(t) || ccdk__tri_false(t)) (HJ_KEY(k), ccdk__buf_puts(&j, ccdk__tri_true(t) ? "true" : "false"))
#define HJ_STR(k, s) if (s) (HJ_KEY(k), ccdk__json_write_cstr(&j, (s)))
#define HJ_STRS(k, l, what) if (CCDK__GIVEN(l)) (HJ_KEY(k), hj_strs(&j, (l).items, CCDK__LEN(l, what)))
#define HJ_KVS(k, l, what) if (CCDK__GIVEN(l)) (HJ_KEY(k), ccdk__json_write_kv_object(&j, (l).items, CCDK__LEN(l, what)))
    static const char *const sm_modes[] = {NULL, "default", "external", "inline", "both"};
    static const char *const charsets[] = {NULL, "ascii", "utf8"};
    static const char *const formats[] = {NULL, "cjs", "esm"};
    ccdk__buf_puts(&j, "{\"props\":{");
    HJ_BOOL("minify", o->minify);
    HJ_BOOL("sourceMap", o->source_map);
    HJ_STR("sourceMapMode", o->source_map_mode > 0 && o->source_map_mode <= 4 ? sm_modes[o->source_map_mode] : NULL);
    HJ_BOOL("sourcesContent", o->sources_content);
    HJ_STR("target", o->target);
    HJ_KVS("loader", o->loader, "loader");
    HJ_KVS("define", o->define, "define");
    HJ_STR("logLevel", log_level_name(o->log_level));
    HJ_BOOL("keepNames", o->keep_names);
    HJ_STR("tsconfig", o->tsconfig);
    HJ_BOOL("metafile", o->metafile);
    HJ_STR("banner", o->banner);
    HJ_STR("footer", o->footer);
    HJ_STR("charset", o->charset > 0 && o->charset <= 2 ? charsets[o->charset] : NULL);
    HJ_STR("format", o->format > 0 && o->format <= 2 ? formats[o->format] : NULL);
    HJ_STRS("mainFields", o->main_fields, "mainFields");
    HJ_STRS("inject", o->inject, "inject");
    if (CCDK__GIVEN(o->esbuild_args))
        (HJ_KEY("esbuildArgs"), hj_esbuild_args(&j, o->esbuild_args));
    HJ_STRS("externalModules", o->external_modules, "externalModules");
    HJ_STRS("nodeModules", o->node_modules, "nodeModules");
    HJ_BOOL("bundleAwsSDK", o->bundle_aws_sdk);
    HJ_BOOL("preCompilation", o->pre_compilation);
    HJ_STR("esbuildVersion", o->esbuild_version);
    HJ_KVS("buildArgs", o->build_args, "buildArgs");
    if (o->command_hooks) /* an object of functions */
        (HJ_KEY("commandHooks"), ccdk__buf_puts(&j, "{}"));
    HJ_KVS("environment", o->environment, "environment");
    HJ_BOOL("forceDockerBundling", o->force_docker_bundling);
    if (o->docker_image.image)
        (HJ_KEY("dockerImage"), hj_image(&j, o->docker_image, for_key));
    HJ_STRS("command", o->command, "command");
    HJ_STR("workingDirectory", o->working_directory);
    HJ_STR("user", o->user);
    HJ_STRS("entrypoint", o->entrypoint, "entrypoint");
    if (CCDK__GIVEN(o->volumes))
        (HJ_KEY("volumes"), hj_volumes(&j, o->volumes));
    HJ_STRS("volumesFrom", o->volumes_from, "volumesFrom");
    HJ_STR("securityOpt", o->security_opt);
    HJ_STR("network", o->network);
    HJ_STR("platform", o->platform);
    HJ_STR("bundlingFileAccess", o->bundling_file_access == CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY ? "VOLUME_COPY"
                                 : o->bundling_file_access == CCDK_BUNDLING_FILE_ACCESS_BIND_MOUNT ? "BIND_MOUNT" : NULL);
    HJ_STR("assetHash", o->asset_hash);
    const ccdk_lambda_runtime *rt = b->runtime;
    const char *image = rt->bundling_docker_image ? rt->bundling_docker_image : ccdk__sprintf(app, "public.ecr.aws/sam/build-%s", rt->name);
    HJ_STR("entry", b->entry);
    /* new Runtime(...)'s fields; NodejsFunction only takes the NODEJS family (0) */
    HJ_KEY("runtime");
    ccdk__buf_puts(&j, "{\"name\":");
    ccdk__json_write_cstr(&j, rt->name);
    ccdk__buf_printf(&j, ",\"supportsInlineCode\":%s,\"supportsCodeGuruProfiling\":%s,\"supportsSnapStart\":%s,\"family\":%d,",
                     rt->supports_inline_code ? "true" : "false", rt->supports_code_guru_profiling ? "true" : "false",
                     rt->supports_snap_start ? "true" : "false", (int)rt->family);
    ccdk__buf_puts(&j, for_key ? "\"bundlingDockerImage\":{\"image\":" : "\"bundlingDockerImage\":");
    ccdk__json_write_cstr(&j, image);
    ccdk__buf_puts(&j, for_key ? "},\"bundlingImage\":{\"image\":" : ",\"bundlingImage\":");
    ccdk__json_write_cstr(&j, image);
    if (for_key)
        ccdk__buf_putc(&j, '}');
    ccdk__buf_printf(&j, ",\"isVariable\":%s}", rt->is_variable ? "true" : "false");
    const ccdk_lambda_architecture *arch = b->architecture ? b->architecture : CCDK_LAMBDA_ARCHITECTURE_X86_64;
    HJ_KEY("architecture");
    ccdk__buf_puts(&j, "{\"name\":");
    ccdk__json_write_cstr(&j, arch->name);
    ccdk__buf_puts(&j, ",\"dockerPlatform\":");
    ccdk__json_write_cstr(&j, arch->docker_platform);
    ccdk__buf_putc(&j, '}');
    HJ_STR("depsLockFilePath", b->lock_file);
    HJ_STR("projectRoot", b->project_root);
    ccdk__buf_putc(&j, '}');
    /* the class's own fields */
    ccdk__buf_puts(&j, ",\"image\":");
    hj_image(&j, b->image, for_key);
    first = 0;
    HJ_STRS("entrypoint", o->entrypoint, "entrypoint");
    HJ_STRS("command", bo->command, "command");
    if (CCDK__GIVEN(o->volumes))
        (HJ_KEY("volumes"), hj_volumes(&j, o->volumes));
    HJ_STRS("volumesFrom", o->volumes_from, "volumesFrom");
    HJ_KVS("environment", o->environment, "environment");
    HJ_STR("workingDirectory", bo->working_directory);
    HJ_STR("user", o->user);
    HJ_STR("securityOpt", o->security_opt);
    HJ_STR("network", o->network);
    if (!ccdk__tri_true(o->force_docker_bundling)) /* the local bundling provider: its functions dropped */
        (HJ_KEY("local"), ccdk__buf_puts(&j, "{}"));
    HJ_STR("bundlingFileAccess", o->bundling_file_access == CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY ? "VOLUME_COPY"
                                 : o->bundling_file_access == CCDK_BUNDLING_FILE_ACCESS_BIND_MOUNT ? "BIND_MOUNT" : NULL);
    HJ_STR("projectRoot", b->project_root);
    HJ_STR("relativeEntryPath", b->rel_entry);
    HJ_STR("relativeTsconfigPath", b->rel_tsconfig);
    HJ_STR("relativeDepsLockFilePath", b->rel_lock);
    HJ_KEY("externals");
    hj_strs(&j, b->externals, b->nexternals);
    /* PackageManager.fromLockFile's fields */
    nj_strv install = {0}, run = {0};
    install_command(app, b, &install);
    run_bin_command(app, b, &run, "x");
    int sep = b->pm == NJ_PNPM; /* argsSeparator "--": runBinCommand put it before the bin */
    HJ_KEY("packageManager");
    ccdk__buf_puts(&j, "{\"lockFile\":");
    ccdk__json_write_cstr(&j, pm_lock[b->pm]);
    ccdk__buf_puts(&j, ",\"installCommand\":");
    hj_strs(&j, install.items, install.n);
    ccdk__buf_puts(&j, ",\"runCommand\":");
    hj_strs(&j, run.items, run.n - 1 - (size_t)sep);
    if (sep)
        ccdk__buf_puts(&j, ",\"argsSeparator\":\"--\"");
    ccdk__buf_puts(&j, "}}");
#undef HJ_KEY
#undef HJ_BOOL
#undef HJ_STR
#undef HJ_STRS
#undef HJ_KVS
    ccdk__buf_putc(&j, 0);
    const char *r = ccdk__strdup(app, j.data);
    ccdk__buf_free(&j);
    return r;
}

ccdk_lambda_function *ccdk_lambda_nodejs_function_new(void *scope, const char *id, const ccdk_lambda_nodejs_function_props *props)
{
    static const ccdk_lambda_nodejs_function_props none;
    if (!props)
        props = &none;
    ccdk__node *sn = ccdk__node_of(scope);
    ccdk_lambda_function_props fp = props->function;
    if (!sn) /* the Function reports the bad scope */
        return ccdk_lambda_function_new(scope, id, &fp);
    ccdk_app *app = sn->app;
    nj_deferred *deferred = NULL;
    const ccdk_lambda_runtime *rt = fp.runtime;
    int bad = 0;
    if (rt && rt->family != CCDK_LAMBDA_FAMILY_NODEJS) {
        ccdk__error(sn, "Only `NODEJS` runtimes are supported.");
        bad = 1;
    }
    if (!rt || bad)
        rt = default_runtime(sn);
    fp.runtime = rt;
    if (!bad && fp.code) {
        if (!fp.handler) {
            ccdk__error(sn, "Cannot determine handler when `code` property is specified. Use `handler` property to specify a "
                            "handler.\nThe handler should be the name of the exported function to be invoked and the file "
                            "containing that function.\nFor example, handler should be specified in the form "
                            "`myFile.myFunction`");
            fp.handler = "index.handler";
        }
    } else if (!bad) {
        const char *entry = find_entry(app, sn, id ? id : "", props->entry, props->defining_file);
        const char *lock = entry ? find_lock_file(app, sn, props->deps_lock_file_path) : NULL;
        ccdk_lambda_code *code = NULL;
        if (entry && lock) {
            nj_bundle *b = ccdk__alloc(app, sizeof *b);
            b->app = app;
            b->scope = sn;
            b->entry = nj_resolve(app, entry);
            b->runtime = rt;
            b->architecture = fp.architecture;
            b->lock_file = lock;
            b->project_root = nj_resolve(app, props->project_root ? props->project_root : nj_dirname(app, lock));
            if (props->bundling)
                b->o = *props->bundling;
            b->stage_path = ccdk__sprintf(app, "%s%s%s/Code/Stage", sn->path, *sn->path ? "/" : "", id ? id : "");
            int setup_ok = bundling_setup(app, sn, b) == 0;
            if (setup_ok && nj_deferred_eligible(b, sn)) {
                /* esbuild runs in the background; the Code is set when the function exists */
                deferred = nj_deferred_start(b, sn, id ? id : "");
                code = ccdk_lambda_code_from_inline(sn, "// bundled by ccdk at synth");
            } else if (setup_ok) {
                ccdk_bundling_options bo = {0};
                bo.image = b->image;
                const char *bash[] = {"bash", "-c", docker_command(app, b)};
                bo.command = CCDK__GIVEN(b->o.command) ? b->o.command : (ccdk_strs){&ccdk__list_mark, bash, 3};
                bo.environment = b->o.environment;
                bo.working_directory = b->o.working_directory ? b->o.working_directory : "/";
                bo.user = b->o.user;
                bo.entrypoint = b->o.entrypoint;
                bo.volumes = b->o.volumes;
                bo.volumes_from = b->o.volumes_from;
                bo.security_opt = b->o.security_opt;
                bo.network = b->o.network;
                bo.bundling_file_access = b->o.bundling_file_access;
                if (!ccdk__tri_true(b->o.force_docker_bundling)) {
                    bo.try_bundle = try_bundle;
                    bo.try_bundle_ctx = b;
                }
                bo.hash_json = bundling_hash_json(app, b, &bo, 0);
                bo.cache_key_json = bundling_hash_json(app, b, &bo, 1);
                ccdk_asset_options ao = {.asset_hash = b->o.asset_hash,
                                         .asset_hash_type = b->o.asset_hash ? CCDK_ASSET_HASH_CUSTOM : CCDK_ASSET_HASH_OUTPUT,
                                         .bundling = &bo};
                code = ccdk_lambda_code_from_asset(sn, b->project_root, &ao);
            }
        }
        const char *h = fp.handler ? fp.handler : "handler";
        fp.handler = strchr(h, '.') ? h : ccdk__sprintf(app, "index.%s", h);
        fp.code = code;
        if (!code) /* after an error: a usable Function that is never synthesized */
            fp.code = ccdk_lambda_code_from_inline(sn, "// not bundled: see the errors");
    } else {
        fp.handler = fp.handler ? fp.handler : "index.handler";
        if (!fp.code)
            fp.code = ccdk_lambda_code_from_inline(sn, "// not bundled: see the errors");
    }
    ccdk_lambda_function *fn = ccdk_lambda_function_new(scope, id, &fp);
    /* a Function of the subclass: tree.json's fqn and the version-reporting analytics name it */
    static const ccdk__kind kind_nodejs_function = {.fqn = "aws-cdk-lib.aws_lambda_nodejs.NodejsFunction"};
    ccdk__node *fnode = ccdk__node_of(fn);
    if (fnode && !fnode->detached && !strcmp(fnode->kind->fqn, "aws-cdk-lib.aws_lambda.Function"))
        fnode->kind = &kind_nodejs_function;
    if (deferred)
        nj_deferred_attach(deferred, fn);
    if (is_sdk_v2_runtime(rt)) {
        if (!ccdk__tri_false(props->aws_sdk_connection_reuse))
            ccdk_lambda_function_add_environment(fn, "AWS_NODEJS_CONNECTION_REUSE_ENABLED", "1");
    } else if (ccdk__tri_true(props->aws_sdk_connection_reuse)) {
        ccdk__warning(sn, "aws-cdk-lib/aws-lambda-nodejs:unusedSdkEvironmentVariable",
                      "The AWS_NODEJS_CONNECTION_REUSE_ENABLED environment variable does not exist in SDK v3. You have "
                      "explicitly set `awsSdkConnectionReuse`; please make sure this is intentional.");
        ccdk_lambda_function_add_environment(fn, "AWS_NODEJS_CONNECTION_REUSE_ENABLED", "1");
    }
    return fn;
}
