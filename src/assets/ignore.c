/* ignore.c - aws-cdk-lib's ignore strategies (core/lib/fs/ignore.js): the exclude patterns in
 * one of the three dialects (glob, git, docker), and whether a path is excluded. */
#include "assets_internal.h"

typedef struct {
    minimatch_t mm;
    int negate; /* pattern.startsWith('!') */
} glob_pat;

typedef struct strategy {
    ccdk_ignore_mode mode;
    arena perm;
    /* GLOB */
    glob_pat *globs;
    size_t nglobs;
    char *glob_err; /* first bad pattern: thrown on first use */
    /* GIT */
    ig_t git;
    /* DOCKER */
    dk_t dk_ignore, dk_complete;
    pthread_mutex_t lock; /* DOCKER lazily compiles */
} strategy;

void strategy_free(strategy *st)
{
    if (!st) return;
    free(st->glob_err);
    free(st->dk_ignore.compile_err);
    free(st->dk_complete.compile_err);
    pthread_mutex_destroy(&st->lock);
    arena_free(&st->perm);
    free(st);
}

/* IgnoreStrategy.fromCopyOptions(options, root). GIT rules compile here. */
strategy *strategy_new(const ccdk__fingerprint_opts *o, char **err)
{
    if (!consts()) {
        fail(err, "ccdk: internal regular expressions failed to compile");
        return NULL;
    }
    strategy *st = xcalloc(1, sizeof *st);
    pthread_mutex_init(&st->lock, NULL);
    st->mode = o->ignore_mode;
    arena *a = &st->perm;
    size_t n = 0;
    if (o->exclude)
        while (o->exclude[n]) n++;
    switch (o->ignore_mode) {
    case CCDK_IGNORE_GLOB:
        st->globs = azalloc(a, (n ? n : 1) * sizeof *st->globs);
        st->nglobs = n;
        for (size_t i = 0; i < n; i++) {
            js p = js_from_utf8(a, o->exclude[i]);
            st->globs[i].negate = p.n > 0 && p.s[0] == '!';
            char *e = NULL;
            if (mm_compile(a, p, &st->globs[i].mm, &e) < 0) {
                if (!st->glob_err) st->glob_err = e ? e : xstrdup("invalid pattern");
                else free(e);
                memset(&st->globs[i].mm, 0, sizeof st->globs[i].mm);
                st->globs[i].mm.comment = 1;
            }
        }
        break;
    case CCDK_IGNORE_GIT:
        for (size_t i = 0; i < n; i++) {
            if (ig_add(a, &st->git, js_from_utf8(a, o->exclude[i]), err) < 0) {
                strategy_free(st);
                return NULL;
            }
        }
        break;
    case CCDK_IGNORE_DOCKER: {
        for (size_t i = 0; i < n; i++) {
            js p = js_from_utf8(a, o->exclude[i]);
            dk_add(a, &st->dk_ignore, p);
            /* completelyAdd */
            dk_add(a, &st->dk_complete, p);
            long caps[6];
            if (jsre_exec(consts()->dk_negative, p, 0, caps)) {
                js m1 = re_cap(p, caps, 1, NULL), m2 = re_cap(p, caps, 2, NULL);
                js dirname = m2;
                for (;;) {
                    dirname = dk_dirname(a, dirname);
                    if (js_eqa(dirname, "/") || js_eqa(dirname, ".")) break;
                    dk_add(a, &st->dk_complete, js_cat(a, m1, dirname));
                }
            }
        }
        break;
    }
    default:
        strategy_free(st);
        fail(err, "unknown ignore mode");
        return NULL;
    }
    return st;
}

/* ignores(rel) ; rel is the root-relative path (never empty) */
int strategy_ignores(strategy *st, arena *scratch, const char *rel, int *out, char **err)
{
    amark m = arena_mark(scratch);
    js p = js_from_utf8(scratch, rel);
    int rc = 0;
    *out = 0;
    switch (st->mode) {
    case CCDK_IGNORE_GLOB: {
        if (st->glob_err) {
            rc = fail(err, "%s", st->glob_err);
            break;
        }
        int excl = 0;
        for (size_t i = 0; i < st->nglobs; i++) {
            int match = mm_match(scratch, &st->globs[i].mm, p);
            if (!st->globs[i].negate && match) excl = 1;
            if (st->globs[i].negate && match) excl = 0;
        }
        *out = excl;
        break;
    }
    case CCDK_IGNORE_GIT:
        rc = ig_ignores(scratch, &st->git, p, out, err);
        break;
    case CCDK_IGNORE_DOCKER:
        pthread_mutex_lock(&st->lock);
        rc = dk_ignores(scratch, &st->perm, &st->dk_ignore, p, out, err);
        pthread_mutex_unlock(&st->lock);
        break;
    }
    arena_reset(scratch, m);
    return rc;
}

int strategy_completely_ignores(strategy *st, arena *scratch, const char *rel, int *out, char **err)
{
    switch (st->mode) {
    case CCDK_IGNORE_GIT: {
        amark m = arena_mark(scratch);
        size_t n = strlen(rel);
        js p = js_from_utf8(scratch, rel);
        if (!(n && rel[n - 1] == '/')) p = js_cat(scratch, p, js_a(scratch, "/"));
        int rc = ig_ignores(scratch, &st->git, p, out, err);
        arena_reset(scratch, m);
        return rc;
    }
    case CCDK_IGNORE_DOCKER: {
        if (strategy_ignores(st, scratch, rel, out, err) < 0) return -1;
        if (!*out) return 0;
        amark m = arena_mark(scratch);
        js p = js_from_utf8(scratch, rel);
        pthread_mutex_lock(&st->lock);
        int rc = dk_ignores(scratch, &st->perm, &st->dk_complete, p, out, err);
        pthread_mutex_unlock(&st->lock);
        arena_reset(scratch, m);
        return rc;
    }
    default:
        return strategy_ignores(st, scratch, rel, out, err);
    }
}
