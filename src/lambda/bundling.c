/* bundling.c - Code.fromAsset(path, {bundling}): aws-cdk-lib's AssetStaging.stageByBundling
 * (core/lib/asset-staging.js) for a Lambda code asset: whether the stack bundles, the bundle
 * directory, local bundling or `docker run` (src/assets/bundling.c), the output type and the
 * staged name. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bundling.h"
#include "lambda_internal.h"

/* minimatch(path, pattern) for the stack patterns of aws:cdk:bundling-stacks: "**" segments
 * match any number of segments, others are fnmatch'ed (no leading dots, as minimatch). */
static int seg_match(const char *path, const char *pat)
{
    if (!*pat)
        return !*path;
    const char *pe = strchr(pat, '/');
    size_t pl = pe ? (size_t)(pe - pat) : strlen(pat);
    if (pl == 2 && pat[0] == '*' && pat[1] == '*') {
        const char *rest = pe ? pe + 1 : "";
        if (!*rest)
            return *path && *path != '.';
        for (const char *p = path;;) {
            if (seg_match(p, rest))
                return 1;
            if (*p == '.')
                return 0;
            const char *n = strchr(p, '/');
            if (!n)
                return 0;
            p = n + 1;
        }
    }
    const char *se = strchr(path, '/');
    size_t sl = se ? (size_t)(se - path) : strlen(path);
    char ps[1024], ss[1024];
    if (pl >= sizeof ps || sl >= sizeof ss)
        return 0;
    memcpy(ps, pat, pl), ps[pl] = 0;
    memcpy(ss, path, sl), ss[sl] = 0;
    if (fnmatch(ps, ss, FNM_PERIOD) != 0)
        return 0;
    if (!pe)
        return !se;
    return se && seg_match(se + 1, pe + 1);
}

static int bundling_required(ccdk_stack *s)
{
    ccdk_value *v = ccdk__node_context(&s->node, "aws:cdk:bundling-stacks");
    if (!v || v->kind != CCDK__V_LIST)
        return 1; /* ["**"] */
    for (size_t i = 0; i < v->u.list.n; i++) {
        ccdk_value *e = v->u.list.items[i];
        if (e && e->kind == CCDK__V_STR && seg_match(s->node.path, e->u.str.s))
            return 1;
    }
    return 0;
}

static int dir_is_empty(const char *p)
{
    DIR *d = opendir(p);
    if (!d)
        return 1;
    struct dirent *e;
    int empty = 1;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            empty = 0;
    closedir(d);
    return empty;
}

/* the single entry of dir when it is a file (and an archive when archive_only) */
static char *single_file(const char *dir, int archive_only)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    struct dirent *e;
    char *found = NULL;
    int n = 0;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        n++;
        free(found);
        if (asprintf(&found, "%s/%s", dir, e->d_name) < 0)
            abort();
    }
    closedir(d);
    struct stat st;
    int is_archive = ccdk__asset_ext_is_archive(found);
    if (n != 1 || stat(found, &st) != 0 || !S_ISREG(st.st_mode) || (archive_only && !is_archive)) {
        free(found);
        return NULL;
    }
    return found;
}

/* What a bundled asset staged, kept in the App's AssetStaging.assetCache and replayed for each asset
 * of the same key: the file asset registered on the asset's stack and the staged name. */
typedef struct {
    char hash[65];
    int skip;                           /* not bundled: the manifest points at the source */
    int is_file;                        /* an archive / single file was staged */
    const char *staged;                 /* absolute staged path (skip: the source) */
    const char *base;                   /* its name in the outdir */
    const char *leftover;               /* bundle directory left in the outdir, or NULL */
    const ccdk__fingerprint_opts *opts; /* the first asset's (its copy options) */
} bundled_t;

static void replay(ccdk_lambda_code *c, ccdk_stack *stack, const char *display, ccdk__asset_location *loc,
                   const bundled_t *b)
{
    ccdk_app *app = c->app;
    if (b->skip) {
        *loc = ccdk__stack_add_file_asset(stack, b->hash, b->staged, 1, display, b->opts);
        for (ccdk__file_asset *a = stack->assets; a; a = a->next)
            if (!strcmp(a->hash, b->hash)) {
                a->staged_name = b->staged; /* not staged: the manifest points at the source */
                a->not_staged = 1;
            }
        loc->staged_name = b->staged;
        return;
    }
    c->hash = ccdk__strdup(app, b->hash);
    *loc = ccdk__stack_add_file_asset(stack, c->hash, b->staged, !b->is_file, display, b->opts);
    for (ccdk__file_asset *a = stack->assets; a; a = a->next)
        if (!strcmp(a->hash, c->hash)) {
            a->staged_name = b->base;
            if (b->leftover)
                a->bundle_leftover = b->leftover;
        }
    loc->staged_name = b->base;
}

static int stage_bundled(ccdk_lambda_code *c, ccdk_stack *stack, ccdk__node *stage, int skip, const char *js_data,
                         bundled_t *res);

int ccdk__code_stage_bundled(ccdk_lambda_code *c, ccdk_stack *stack, ccdk__node *stage, const char *display,
                             ccdk__asset_location *loc, int *is_archive)
{
    *is_archive = 1;
    ccdk_app *app = c->app;
    /* AssetStaging's cache key (JSON.stringify with sanitizeHashValue) is computed before the
     * bundle is staged: a PIP index URL that is no URL is an AssumptionError (no construct path) */
    const ccdk_kv *bad = c->bundling->hash_json ? NULL : ccdk__bundling_invalid_pip_url(c->bundling);
    if (bad) {
        ccdk__unscoped_error(app, "%s must be a valid URL, got %s.", bad->key, bad->value ? bad->value : "undefined");
        return -1;
    }
    if (!c->is_dir) {
        ccdk__error(stage, "Asset %s is expected to be a directory when bundling", c->path);
        return -1;
    }
    ccdk__buf js = {0};
    if (c->bundling->hash_json)
        ccdk__buf_puts(&js, c->bundling->hash_json);
    else
        ccdk__bundling_json(&js, c->bundling);
    ccdk__buf_putc(&js, 0);
    int skip = !bundling_required(stack);
    /* AssetStaging.assetCache's key (calculateCacheKey): source path, bundling (JSON.stringify:
     * a local tryBundle is `{}`, so bundles that differ only in their local function share, as
     * in aws-cdk-lib), assetHashType, the custom hash, extraHash, exclude, ignoreMode, skip -- not
     * follow. The bundle is built, fingerprinted and moved into place once per App. */
    ccdk__buf key = {0};
    ccdk__buf_puts(&key, "code-bundle\n");
    ccdk__asset_key_put(&key, c->path);
    ccdk__asset_key_put(&key, js.data);
    ccdk__buf_printf(&key, "t%d s%d", (int)c->hash_type, skip);
    ccdk__asset_key_put(&key, c->custom_hash);
    ccdk__asset_key_opts(&key, &c->opts, 0);
    size_t vlen = 0;
    const bundled_t *hit = ccdk__asset_cache_get(app, key.data, key.len, &vlen);
    int rc = 0;
    if (hit && vlen == sizeof *hit) {
        replay(c, stack, display, loc, hit);
        *is_archive = hit->skip || c->bundling->output_type != CCDK_BUNDLING_OUTPUT_SINGLE_FILE;
    } else {
        bundled_t b;
        memset(&b, 0, sizeof b);
        b.opts = &c->opts;
        b.skip = skip;
        rc = stage_bundled(c, stack, stage, skip, js.data, &b);
        if (rc == 0) {
            ccdk__asset_cache_put(app, key.data, key.len, &b, sizeof b);
            replay(c, stack, display, loc, &b);
            *is_archive = b.skip || c->bundling->output_type != CCDK_BUNDLING_OUTPUT_SINGLE_FILE;
        }
    }
    ccdk__buf_free(&key);
    ccdk__buf_free(&js);
    return rc;
}

/* sortObject of AssetStaging's calculateCacheKey: every object's keys sorted, at every depth
 * (arrays keep their order); JavaScript still puts array index keys first */
static void sort_keys(ccdk_value *v)
{
    if (v->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < v->u.list.n; i++)
            sort_keys(v->u.list.items[i]);
    } else if (v->kind == CCDK__V_OBJ) {
        for (uint32_t i = 0; i < v->u.obj.n; i++)
            sort_keys(v->u.obj.e[i].val);
        ccdk__entries_sort(v->u.obj.e, v->u.obj.n);
        ccdk__v_obj_reindex(v);
    }
}

static int stage_bundled(ccdk_lambda_code *c, ccdk_stack *stack, ccdk__node *stage, int skip, const char *js_data,
                         bundled_t *res)
{
    (void)stack;
    ccdk_app *app = c->app;
    const ccdk_bundling_options *o = c->bundling;
    ccdk_asset_hash_type ht = c->hash_type;
    const char *custom = c->custom_hash;
    if (skip && ht == CCDK_ASSET_HASH_OUTPUT) {
        custom = ccdk__node_unique_id(stage);
        ht = CCDK_ASSET_HASH_CUSTOM;
    }
    char h[65] = {0};
    if (ht != CCDK_ASSET_HASH_OUTPUT) {
        char fp[65];
        char *err = NULL;
        if (!custom && ccdk__fingerprint_cached(app, c->path, &c->opts, fp, &err) != 0) {
            ccdk__error(stage, "%s", err ? err : "fingerprint failed");
            free(err);
            return -1;
        }
        ccdk__buf in = {0};
        ccdk__buf_puts(&in, custom ? custom : fp);
        ccdk__buf_puts(&in, js_data);
        ccdk__sha256_hex(in.data, in.len, h);
        ccdk__buf_free(&in);
    }
    if (skip) {
        memcpy(res->hash, h, sizeof h);
        res->staged = c->path;
        return 0;
    }
    const char *outdir = app->outdir;
    ccdk__mkdir_p(outdir);
    char key[65];
    if (!h[0] && o->cache_key_json) { /* calculateCacheKey of the bundling object given */
        ccdk__buf k = {0};
        ccdk__buf_puts(&k, "{\"assetHashType\":\"output\",\"bundling\":");
        ccdk__buf_puts(&k, o->cache_key_json);
        ccdk__buf_puts(&k, ",\"outdir\":");
        ccdk__json_write_cstr(&k, outdir);
        ccdk__buf_puts(&k, ",\"skip\":false,\"sourcePath\":");
        char sp[4096];
        snprintf(sp, sizeof sp, "%s", c->path);
        ccdk__json_write_cstr(&k, ccdk__path_resolve(sp, sizeof sp) == 0 ? sp : c->path);
        ccdk__buf_putc(&k, '}');
        const char *err = NULL;
        ccdk_value *v = ccdk__json_parse(app, k.data, k.len, &err);
        ccdk__buf_free(&k);
        if (!v) {
            ccdk__error(stage, "bundling cache key: %s", err ? err : "not JSON");
            return -1;
        }
        sort_keys(v);
        ccdk__json_write(&k, v, 0);
        ccdk__sha256_hex(k.data, k.len, key);
        ccdk__buf_free(&k);
    } else if (!h[0]) { /* cacheKey (sorted keys; the image is serialised as {"image":...}) */
        ccdk__buf k = {0};
        ccdk__buf_puts(&k, "{\"assetHashType\":\"output\",\"bundling\":{");
        ccdk__buf_printf(&k, "\"image\":");
        ccdk__json_write_cstr(&k, o->image.image);
        ccdk__buf_puts(&k, "},\"outdir\":");
        ccdk__json_write_cstr(&k, outdir);
        ccdk__buf_puts(&k, ",\"skip\":false,\"sourcePath\":");
        ccdk__json_write_cstr(&k, c->path);
        ccdk__buf_putc(&k, '}');
        ccdk__sha256_hex(k.data, k.len, key);
        ccdk__buf_free(&k);
    }
    /* determineBundleDir: path.resolve(outdir, ...) -- absolute, as docker's -v needs it */
    char rb[4096];
    snprintf(rb, sizeof rb, "%s", outdir);
    if (ccdk__path_resolve(rb, sizeof rb) == 0)
        outdir = ccdk__strdup(app, rb);
    const char *bundle_dir = h[0] ? ccdk__sprintf(app, "%s/asset.%s", outdir, h) : ccdk__sprintf(app, "%s/bundling-temp-%s", outdir, key);
    struct stat st;
    if (ccdk__failed(app))
        return -1; /* the App has errors (its synth fails): no bundling command runs, nothing is written */
    if (stat(bundle_dir, &st) != 0) {
        const char *tmp = ccdk__sprintf(app, "%s-building", bundle_dir);
        ccdk__rm_rf(tmp);
        ccdk__mkdir_p(tmp);
        chmod(tmp, 0777);
        fprintf(stderr, "Bundling asset %s...\n", stage->path);
        int local = o->try_bundle ? o->try_bundle(tmp, o->try_bundle_ctx) : 0;
        if (local < 0) { /* the local bundling failed (NodejsFunction records its own error) */
            if (!ccdk__failed(app))
                ccdk__error(stage, "Failed to bundle asset %s, bundle output is located at %s: local bundling failed", stage->path, tmp);
            return -1;
        }
        if (!local) {
            char *err = NULL;
            int rc = ccdk__bundling_run(o, c->path, tmp, &err);
            if (rc != 0) {
                ccdk__error(stage, "Failed to bundle asset %s, bundle output is located at %s: %s", stage->path, tmp, err ? err : "");
                free(err);
                return -1;
            }
        }
        if (rename(tmp, bundle_dir) != 0) {
            ccdk__error(stage, "Failed to bundle asset %s, bundle output is located at %s: Error: %s", stage->path, tmp, strerror(errno));
            return -1;
        }
        if (dir_is_empty(bundle_dir)) {
            ccdk__error(stage, "Bundling did not produce any output. Check that content is written to %s.",
                        local ? bundle_dir : "/asset-output");
            return -1;
        }
    }
    ccdk_bundling_output ot = o->output_type;
    char *file = single_file(bundle_dir, ot != CCDK_BUNDLING_OUTPUT_SINGLE_FILE);
    if (ot == CCDK_BUNDLING_OUTPUT_AUTO_DISCOVER)
        ot = file ? CCDK_BUNDLING_OUTPUT_ARCHIVED : CCDK_BUNDLING_OUTPUT_NOT_ARCHIVED;
    const char *bundled = bundle_dir;
    int is_file = 0;
    if (ot != CCDK_BUNDLING_OUTPUT_NOT_ARCHIVED) {
        if (!file) {
            ccdk__error(stage, "Bundling output directory is expected to include only a single file when `output` is set to `ARCHIVED` or `SINGLE_FILE`");
            return -1;
        }
        if (lstat(file, &st) == 0 && S_ISLNK(st.st_mode)) {
            free(file);
            ccdk__error(stage, "The output from bundling is not allowed to be a symlink.");
            return -1;
        }
        bundled = ccdk__strdup(app, file);
        is_file = 1;
    }
    free(file);
    /* determineBundledAsset: a NOT_ARCHIVED output with BLOCK_EXTERNAL is walked as the source was
     * (an external symlink is a ValidationError on the AssetStaging) before it is hashed */
    if (!is_file && ccdk__code_check_symlinks(c, bundle_dir, stage) != 0)
        return -1;
    if (!h[0]) {
        char *err = NULL;
        if (ccdk__fingerprint(bundled, &c->opts, h, &err) != 0) {
            ccdk__error(stage, "%s", err ? err : "fingerprint failed");
            free(err);
            return -1;
        }
    }
    size_t extn = 0;
    const char *ext = is_file ? ccdk__asset_ext(bundled, &extn) : "";
    const char *staged = ccdk__sprintf(app, "%s/asset.%s%.*s", outdir, h, (int)extn, ext);
    if (c->hash_type != CCDK_ASSET_HASH_OUTPUT) {
        const char *slash = strrchr(bundled, '/');
        if (slash && (size_t)(slash - bundled) == strlen(staged) && !strncmp(bundled, staged, strlen(staged)))
            staged = ccdk__sprintf(app, "%s_noext", staged);
    }
    if (stat(staged, &st) == 0) {
        if (strcmp(bundled, staged))
            ccdk__rm_rf(bundled);
    } else if (rename(bundled, staged) != 0) {
        ccdk__error(stage, "Cannot move %s to %s: %s", bundled, staged, strerror(errno));
        return -1;
    }
    if (is_file) {
        if (c->hash_type == CCDK_ASSET_HASH_OUTPUT) {
            ccdk__rm_rf(bundle_dir);
        } else {
            int fd = open(bundled, O_WRONLY | O_CREAT | O_TRUNC, 0666);
            if (fd >= 0)
                close(fd);
        }
    }
    memcpy(res->hash, h, sizeof h);
    res->is_file = is_file;
    res->staged = staged;
    res->base = strrchr(staged, '/') + 1;
    if (is_file && c->hash_type != CCDK_ASSET_HASH_OUTPUT)
        res->leftover = strrchr(bundle_dir, '/') + 1;
    return 0;
}
