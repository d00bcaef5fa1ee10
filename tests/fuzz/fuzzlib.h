/* fuzzlib.h - what the libFuzzer targets share: a per-process temp dir, input split into fields,
 * and the synth invariant (an error was recorded, or every file written parses as JSON).
 *
 * A broken invariant calls fz_fail(), which prints why and aborts: libFuzzer then saves the
 * input as a crash reproducer. Header only; each target includes it once. */
#ifndef CCDK_FUZZLIB_H
#define CCDK_FUZZLIB_H

#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "internal.h"

static char fz_root[256]; /* the per-process temp dir, made on first use, removed at exit */

static void fz_cleanup(void)
{
    if (fz_root[0])
        ccdk__rm_rf(fz_root);
}

static __attribute__((unused, format(printf, 1, 2), noreturn)) void fz_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("fuzz invariant failed: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

static const char *fz_tmp(void)
{
    if (!fz_root[0]) {
        const char *t = getenv("TMPDIR");
        snprintf(fz_root, sizeof fz_root, "%s/ccdk-fuzz-XXXXXX", t && *t ? t : "/tmp");
        if (!mkdtemp(fz_root)) {
            perror("mkdtemp");
            abort();
        }
        atexit(fz_cleanup);
    }
    return fz_root;
}

/* the outdir each run synthesizes into (does not exist between runs) */
static __attribute__((unused)) const char *fz_outdir(void)
{
    static char out[300];
    if (!out[0])
        snprintf(out, sizeof out, "%s/out", fz_tmp());
    return out;
}

/* ------------------------------------------------------------------ fields */

/* The input as NUL-separated fields (each a C string). A field past the end of the input is
 * NULL: fz_str() then gives the default. The copy is malloc'd and freed by fz_fields_free. */
typedef struct {
    char *buf;
    const char *f[64];
    size_t n;
} fz_fields;

static __attribute__((unused)) void fz_split(fz_fields *ff, const uint8_t *data, size_t size)
{
    ff->buf = malloc(size + 1);
    if (!ff->buf)
        abort();
    memcpy(ff->buf, data, size);
    ff->buf[size] = 0;
    ff->n = 0;
    size_t start = 0;
    for (size_t i = 0; i <= size && ff->n < 64; i++)
        if (i == size || ff->buf[i] == 0) {
            if (i == size && start == size && ff->n > 0)
                break; /* a trailing NUL ends the last field, it does not start an empty one */
            ff->f[ff->n++] = ff->buf + start;
            start = i + 1;
        }
}

static __attribute__((unused)) const char *fz_str(const fz_fields *ff, size_t i, const char *dflt)
{
    return i < ff->n ? ff->f[i] : dflt;
}

static __attribute__((unused)) void fz_fields_free(fz_fields *ff) { free(ff->buf); }

/* ------------------------------------------------------------------ invariants */

/* Parses one file with ccdk's own JSON parser; returns the error, or NULL. */
static const char *fz_parse_file(ccdk_app *checker, const char *path, ccdk_value **out)
{
    size_t len;
    char *text = ccdk__read_file(path, &len);
    if (!text)
        return "cannot read";
    const char *err = NULL;
    ccdk_value *v = ccdk__json_parse(checker, text, len, &err);
    free(text);
    if (out)
        *out = v;
    return v ? NULL : (err ? err : "no value");
}

static int fz_is_json_name(const char *name)
{
    return ccdk__ends_with(name, ".json") || !strcmp(name, "cdk.out");
}

/* A template's logical ids (the keys of its sections) are what CloudFormation accepts:
 * 1..255 ASCII letters and digits. aws-cdk-lib's makeUniqueId guarantees it for any construct
 * path; a path of odd bytes must not break it. */
static void fz_check_template(const char *path, const ccdk_value *t)
{
    static const char *const sections[] = {"Resources", "Outputs", "Parameters", "Conditions", "Mappings", "Rules"};
    if (t->kind != CCDK__V_OBJ)
        fz_fail("%s is not an object", path);
    for (size_t s = 0; s < sizeof sections / sizeof *sections; s++) {
        const ccdk_value *sec = ccdk__v_get(t, sections[s]);
        if (!sec)
            continue;
        if (sec->kind != CCDK__V_OBJ)
            fz_fail("%s: %s is not an object", path, sections[s]);
        for (size_t i = 0; i < sec->u.obj.n; i++) {
            const char *k = sec->u.obj.e[i].key;
            size_t n = strlen(k);
            int ok = n >= 1 && n <= 255;
            for (size_t j = 0; j < n; j++)
                ok &= (k[j] >= 'A' && k[j] <= 'Z') || (k[j] >= 'a' && k[j] <= 'z') || (k[j] >= '0' && k[j] <= '9');
            if (!ok)
                fz_fail("%s: %s has the logical id '%s'", path, sections[s], k);
        }
    }
}

/* Every JSON file under dir parses; returns how many there were. */
static size_t fz_check_json_tree(ccdk_app *checker, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        fz_fail("cannot open %s", dir);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0)
            fz_fail("lstat %s", path);
        if (S_ISDIR(st.st_mode)) {
            n += fz_check_json_tree(checker, path);
        } else if (S_ISREG(st.st_mode) && fz_is_json_name(e->d_name)) {
            ccdk_value *v = NULL;
            const char *err = fz_parse_file(checker, path, &v);
            if (err)
                fz_fail("%s does not parse as JSON: %s", path, err);
            if (ccdk__ends_with(e->d_name, ".template.json"))
                fz_check_template(path, v);
            n++;
        }
    }
    closedir(d);
    return n;
}

/* A quiet app that only parses (no context from the environment). */
static ccdk_app *fz_checker_new(void)
{
    char *cj = getenv("CDK_CONTEXT_JSON");
    if (cj && *cj)
        fz_fail("CDK_CONTEXT_JSON left set");
    return ccdk_app_new(&(ccdk_app_props){.outdir = fz_outdir(), .quiet = 1});
}

/* Synthesizes app into fz_outdir() and checks the invariant: synth fails with at least one
 * error recorded and writes nothing, or succeeds with no error and every JSON file it wrote
 * (manifest.json, tree.json, templates, asset manifests, cdk.out) parses. When check is set it is
 * called on success with the outdir and a checker app (valid until it returns). Frees app and
 * removes the output. Returns synth's return code. */
typedef void (*fz_check_fn)(ccdk_app *checker, const char *outdir, void *ctx);
static __attribute__((unused)) int fz_synth_and_check(ccdk_app *app, fz_check_fn check, void *ctx)
{
    const char *out = fz_outdir();
    int rc = ccdk_app_synth(app);
    size_t nerr = ccdk_app_error_count(app);
    struct stat st;
    int exists = stat(out, &st) == 0;
    if (getenv("FZ_VERBOSE")) /* FZ_VERBOSE=1 build/fuzz/fuzz_x input: what synth said */
        for (size_t i = 0; i < nerr; i++)
            fprintf(stderr, "synth error: %s\n", ccdk_app_error(app, i));
    if (rc != 0) {
        if (nerr == 0)
            fz_fail("synth failed without recording an error");
        if (exists)
            fz_fail("a failed synth wrote %s", out);
    } else {
        if (nerr != 0)
            fz_fail("synth succeeded with %zu errors, the first: %s", nerr, ccdk_app_error(app, 0));
        if (!exists || !S_ISDIR(st.st_mode))
            fz_fail("a successful synth wrote no %s", out);
        ccdk_app *checker = fz_checker_new();
        if (fz_check_json_tree(checker, out) < 3)
            fz_fail("fewer than 3 JSON files in %s", out);
        if (check)
            check(checker, out, ctx);
        ccdk_app_free(checker);
    }
    ccdk_app_free(app);
    ccdk__rm_rf(out);
    /* nothing of the synth's own is left beside the outdir (its temp and old folders) */
    DIR *d = opendir(fz_tmp());
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (!strncmp(e->d_name, "out.", 4))
            fz_fail("synth left %s/%s behind", fz_tmp(), e->d_name);
    if (d)
        closedir(d);
    return rc;
}

/* The template of stack artifact `artifact` (e.g. "Stack") parsed, or NULL when absent. */
static __attribute__((unused)) ccdk_value *fz_template(ccdk_app *checker, const char *outdir, const char *artifact)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.template.json", outdir, artifact);
    ccdk_value *v = NULL;
    if (access(path, F_OK) != 0)
        return NULL;
    const char *err = fz_parse_file(checker, path, &v);
    if (err)
        fz_fail("%s: %s", path, err);
    return v;
}

#endif
