/* lint.c - `ccdk lint [DIR] [--json] [-c ccdk:lint:<limit>=N]... [--limits]`: the deploy-time failures
 * of CloudFormation and Lambda that synth does not catch, over every stack of a cloud assembly
 * (ccdk's or aws-cdk-lib's), each with its stack and construct path. The rules and the one table
 * of limits are the library's (src/core/lint.c): the same checks synth runs in strict mode.
 *
 * Limits are overridden by the context keys ccdk:lint:<name> of cdk.context.json, then cdk.json's
 * "context" (in the current directory, as the cdk CLI reads them), then -c/--context on the command
 * line. Exit status: 1 when any finding is an error, 0 otherwise, 2 on bad input. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lint.h"
#include "tool.h"

static const char *str_of(const ccdk_value *v) { return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL; }

static uint32_t le32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t le16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

/* the sum of the uncompressed sizes in a .zip's central directory; -1 when it is not one (or zip64) */
static int64_t zip_size(const char *path)
{
    size_t len = 0;
    unsigned char *z = (unsigned char *)ccdk__read_file(path, &len);
    if (!z)
        return -1;
    int64_t total = -1;
    for (size_t i = len >= 22 ? len - 22 : 0; len >= 22; i--) {
        if (le32(z + i) == 0x06054b50) {
            uint16_t n = le16(z + i + 10);
            size_t off = le32(z + i + 16);
            total = 0;
            for (uint16_t k = 0; k < n && total >= 0; k++) {
                if (off + 46 > len || le32(z + off) != 0x02014b50) {
                    total = -1;
                    break;
                }
                uint32_t size = le32(z + off + 24);
                if (size == 0xffffffffu)
                    total = -1;
                else
                    total += size;
                off += 46 + le16(z + off + 28) + le16(z + off + 30) + le16(z + off + 32);
            }
            break;
        }
        if (i == 0 || len - i > 22 + 65535)
            break;
    }
    free(z);
    return total;
}

typedef struct {
    tool *t;
    tool_stack *s;
} size_ctx;

/* Code {S3Bucket, S3Key} -> the asset of the stack's asset manifest with that object key */
static int64_t code_size(ccdk__lint *l, const ccdk_value *code)
{
    size_ctx *c = l->ctx;
    const char *p = str_of(ccdk__v_get(ccdk__v_get(tool_code_asset(c->s, code), "source"), "path"));
    if (p) {
        const char *full = p[0] == '/' ? p : ccdk__sprintf(c->t->app, "%s/%s", c->s->dir, p);
        struct stat st;
        if (stat(full, &st) != 0)
            return -1;
        return S_ISDIR(st.st_mode) ? ccdk__lint_dir_bytes(full) : zip_size(full);
    }
    return -1;
}

static ccdk_value *lookup(void *ctx, const char *key) { return ccdk__v_get(ctx, key); }

/* the context: cdk.context.json, cdk.json's "context", then the command line's (KEY=VALUE) */
static ccdk_value *read_context(tool *t, const char *const *cli, size_t ncli)
{
    ccdk_value *ctx = ccdk__v_obj(t->app);
    const ccdk_value *srcs[2] = {tool_load_json(t, "cdk.context.json", TOOL_JSON_QUIET),
                                   ccdk__v_get(tool_load_json(t, "cdk.json", TOOL_JSON_QUIET), "context")};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; srcs[k] && srcs[k]->kind == CCDK__V_OBJ && i < srcs[k]->u.obj.n; i++)
            ccdk__v_set(ctx, srcs[k]->u.obj.e[i].key, srcs[k]->u.obj.e[i].val);
    for (size_t i = 0; i < ncli; i++) {
        const char *eq = strchr(cli[i], '=');
        if (!eq)
            continue;
        char *k = ccdk__strdup(t->app, cli[i]);
        k[eq - cli[i]] = 0;
        ccdk__v_set(ctx, k, ccdk__v_str(t->app, eq + 1));
    }
    return ctx;
}

static void print_limits(const ccdk__lint *l)
{
    printf("%-20s %12s %-11s %s\n", "limit", "value", "unit", "what (context key ccdk:lint:<limit>; source)");
    for (int i = 0; i < CCDK__LINT_NLIMITS; i++) {
        const ccdk__lint_limit *r = &ccdk__lint_limits[i];
        printf("%-20s %12.0f %-11s %s%s\n%34s %s\n", r->name, l->limit[i], r->unit, r->what,
               l->limit[i] != r->value ? " (overridden)" : "", "", r->source);
    }
}

int tool_lint(tool *t, int json, int limits, const char *const *cli_context, size_t ncli)
{
    ccdk__lint l;
    const char *bad = NULL;
    if (ccdk__lint_init(&l, t->app, lookup, read_context(t, cli_context, ncli), &bad) != 0) {
        tool_fail(t, "lint: the context key %s is not a number", bad);
        return 2;
    }
    if (limits) {
        print_limits(&l);
        return 0;
    }
    size_t errors = 0, warnings = 0;
    ccdk__buf out = {0};
    ccdk__jw w;
    if (json) {
        ccdk__jw_init(&w, &out, 2);
        ccdk__jw_obj(&w);
        ccdk__jw_key(&w, "findings");
        ccdk__jw_list(&w);
    }
    const char *mdir = NULL;
    const ccdk_value *arts = NULL;
    for (size_t i = 0; i < t->nstacks; i++) {
        tool_stack *s = &t->stacks[i];
        if (!mdir || strcmp(mdir, s->dir)) {
            mdir = s->dir;
            arts = ccdk__v_get(tool_load_json(t, ccdk__sprintf(t->app, "%s/manifest.json", s->dir), TOOL_JSON_QUIET), "artifacts");
        }
        const ccdk_value *props = ccdk__v_get(ccdk__v_get(arts, s->artifact_id), "properties");
        const char *tf = str_of(ccdk__v_get(props, "templateFile"));
        struct stat st;
        l.template_bytes = tf && stat(ccdk__sprintf(t->app, "%s/%s", s->dir, tf), &st) == 0 ? (size_t)st.st_size : 0;
        l.template_is_asset = ccdk__v_get(props, "stackTemplateAssetObjectUrl") != NULL;
        l.unused_rules = 1; /* as the validator at synth: F0001, W2001, W7001, W8001 */
        size_ctx sc = {t, s};
        l.ctx = &sc;
        l.code_size = code_size;
        size_t first = l.n;
        ccdk__lint_template(&l, s->template);
        for (size_t k = first; k < l.n; k++) {
            const ccdk__lint_finding *f = &l.f[k];
            const char *path = f->logical_id && s->paths ? str_of(ccdk__v_get(s->paths, f->logical_id)) : NULL;
            const char *cpath = path ? path + (*path == '/') : s->display_name;
            if (f->error)
                errors++;
            else
                warnings++;
            if (json) {
                ccdk__jw_item(&w);
                ccdk__jw_obj(&w);
                ccdk__jw_key(&w, "stack");
                ccdk__jw_str(&w, s->display_name);
                ccdk__jw_key(&w, "constructPath");
                ccdk__jw_str(&w, cpath);
                if (f->logical_id) {
                    ccdk__jw_key(&w, "logicalId");
                    ccdk__jw_str(&w, f->logical_id);
                    ccdk__jw_key(&w, "type");
                    ccdk__jw_str(&w, f->type);
                }
                if (f->prop_path) {
                    ccdk__jw_key(&w, "propertyPath");
                    ccdk__jw_str(&w, f->prop_path);
                }
                ccdk__jw_key(&w, "rule");
                ccdk__jw_str(&w, f->rule);
                ccdk__jw_key(&w, "severity");
                ccdk__jw_str(&w, f->error ? "error" : "warning");
                ccdk__jw_key(&w, "message");
                ccdk__jw_str(&w, f->message);
                ccdk__jw_end_obj(&w);
            } else {
                printf("%s %s (%s)\n   %s", f->error ? "ERROR" : "WARNING", f->message, f->rule, cpath);
                if (f->logical_id)
                    printf(" (%s) %s", f->logical_id, f->type);
                printf("\n   stack %s\n\n", s->display_name);
            }
        }
    }
    if (json) {
        ccdk__jw_end_list(&w);
        ccdk__jw_key(&w, "errors");
        ccdk__jw_num(&w, (double)errors);
        ccdk__jw_key(&w, "warnings");
        ccdk__jw_num(&w, (double)warnings);
        ccdk__jw_end_obj(&w);
        ccdk__buf_putc(&out, '\n');
        fwrite(out.data, 1, out.len, stdout);
        ccdk__buf_free(&out);
    } else {
        fprintf(stderr, "ccdk lint: %zu error%s, %zu warning%s in %zu stack%s\n", errors, errors == 1 ? "" : "s",
                warnings, warnings == 1 ? "" : "s", t->nstacks, t->nstacks == 1 ? "" : "s");
    }
    ccdk__lint_free(&l);
    return errors ? 1 : 0;
}
