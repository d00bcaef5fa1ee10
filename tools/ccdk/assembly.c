/* assembly.c - the `ccdk` command's view of a cloud assembly (ccdk's or aws-cdk-lib's): its stacks
 * (nested Stage assemblies included), their templates, asset manifests and metadata, and the Lambda
 * functions in them, with where their code and layers are on disk. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tool.h"

/* as ccdk__read_file (what cannot be read after the open ends the text: a directory is ""), with
 * one allocation of the size fstat gives and one read for a file that does not change meanwhile */
char *tool_read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    size_t cap = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
    char *b = malloc(cap);
    if (!b)
        abort();
    size_t n = 0;
    for (;;) {
        char more[4096];
        int full = n + 1 == cap; /* (the end expected: a read to see it, more room when not) */
        ssize_t r = full ? read(fd, more, sizeof more) : read(fd, b + n, cap - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        if (full) {
            cap = 2 * cap + (size_t)r;
            if (!(b = realloc(b, cap)))
                abort();
            memcpy(b + n, more, (size_t)r);
        }
        n += (size_t)r;
    }
    close(fd);
    b[n] = 0;
    *len = n;
    return b;
}

ccdk_value *tool_load_json(tool *t, const char *path, tool_json_errors errors)
{
    size_t len = 0;
    char *text = tool_read_file(path, &len);
    if (!text)
        return NULL;
    const char *err = NULL;
    ccdk_value *v = ccdk__json_parse(t->app, text, len, &err);
    free(text);
    if (!v && errors == TOOL_JSON_FAIL)
        tool_fail(t, "%s: not JSON (%s)", path, err ? err : "?");
    else if (!v && errors == TOOL_JSON_WARN)
        fprintf(stderr, "%s: not JSON (%s)\n", path, err ? err : "?");
    return v;
}

static const char *str_of(const ccdk_value *v)
{
    return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
}

/* the metadata entries "/path": [{type: "aws:cdk:logicalId", data}] of a stack artifact, inline
 * (ccdk) or in additionalMetadataFile (aws-cdk-lib 2.276) */
static void read_paths(tool *t, tool_stack *s, const ccdk_value *artifact, const char *dir)
{
    const ccdk_value *meta = ccdk__v_get(artifact, "metadata");
    const char *file = str_of(ccdk__v_get(artifact, "additionalMetadataFile"));
    if (file)
        meta = tool_load_json(t, ccdk__sprintf(t->app, "%s/%s", dir, file), TOOL_JSON_FAIL);
    if (!meta || meta->kind != CCDK__V_OBJ)
        return;
    s->paths = ccdk__v_obj(t->app);
    for (size_t i = 0; i < meta->u.obj.n; i++) {
        const ccdk_value *l = meta->u.obj.e[i].val;
        for (size_t k = 0; l && l->kind == CCDK__V_LIST && k < l->u.list.n; k++) {
            const ccdk_value *e = l->u.list.items[k];
            const char *type = str_of(ccdk__v_get(e, "type"));
            const char *data = str_of(ccdk__v_get(e, "data"));
            if (type && data && !strcmp(type, "aws:cdk:logicalId"))
                ccdk__v_set(s->paths, data, ccdk__v_str(t->app, meta->u.obj.e[i].key));
        }
    }
}

/* one assembly's stacks; its nested assemblies' directories are appended to the queue */
static void load_dir(tool *t, const char *dir, const char ***queue, size_t *nqueue, size_t *capqueue)
{
    ccdk_value *m = tool_load_json(t, ccdk__sprintf(t->app, "%s/manifest.json", dir), TOOL_JSON_FAIL);
    if (!m) {
        tool_fail(t, "%s: no manifest.json (not a cloud assembly: run the app, or give --assembly)", dir);
        return;
    }
    const ccdk_value *arts = ccdk__v_get(m, "artifacts");
    /* this assembly's stacks in the manifest's order; the nested assemblies' after all of this
     * level's (CloudAssembly.stacksRecursively, breadth first: the order `cdk ls` lists them) */
    for (size_t i = 0; arts && arts->kind == CCDK__V_OBJ && i < arts->u.obj.n; i++) {
        const char *id = arts->u.obj.e[i].key;
        const ccdk_value *a = arts->u.obj.e[i].val;
        const char *type = str_of(ccdk__v_get(a, "type"));
        const ccdk_value *props = ccdk__v_get(a, "properties");
        if (!type || strcmp(type, "aws:cloudformation:stack"))
            continue;
        const char *tf = str_of(ccdk__v_get(props, "templateFile"));
        if (!tf)
            continue;
        if (t->nstacks == t->capstacks) {
            t->capstacks = t->capstacks ? 2 * t->capstacks : 8;
            t->stacks = realloc(t->stacks, t->capstacks * sizeof *t->stacks);
            if (!t->stacks)
                abort();
        }
        tool_stack *s = &t->stacks[t->nstacks++];
        memset(s, 0, sizeof *s);
        s->artifact_id = ccdk__strdup(t->app, id);
        const char *dn = str_of(ccdk__v_get(a, "displayName"));
        s->display_name = ccdk__strdup(t->app, dn ? dn : id);
        s->dir = ccdk__strdup(t->app, dir);
        s->template = tool_load_json(t, ccdk__sprintf(t->app, "%s/%s", dir, tf), TOOL_JSON_FAIL);
        /* the asset manifest: <id>.assets.json, the artifact this one depends on */
        const ccdk_value *deps = ccdk__v_get(a, "dependencies");
        for (size_t k = 0; deps && deps->kind == CCDK__V_LIST && k < deps->u.list.n; k++) {
            const char *d = str_of(deps->u.list.items[k]);
            const ccdk_value *da = d ? ccdk__v_get(arts, d) : NULL;
            const char *dt = str_of(ccdk__v_get(da, "type"));
            if (dt && !strcmp(dt, "cdk:asset-manifest")) {
                const char *f = str_of(ccdk__v_get(ccdk__v_get(da, "properties"), "file"));
                if (f)
                    s->assets = tool_load_json(t, ccdk__sprintf(t->app, "%s/%s", dir, f), TOOL_JSON_FAIL);
            }
        }
        read_paths(t, s, a, dir);
        s->stack_name = str_of(ccdk__v_get(props, "stackName"));
        s->deps = ccdk__v_get(a, "dependencies");
    }
    for (size_t i = 0; arts && arts->kind == CCDK__V_OBJ && i < arts->u.obj.n; i++) {
        const ccdk_value *a = arts->u.obj.e[i].val;
        const char *type = str_of(ccdk__v_get(a, "type"));
        const char *sub = str_of(ccdk__v_get(ccdk__v_get(a, "properties"), "directoryName"));
        if (type && !strcmp(type, "cdk:cloud-assembly") && sub) {
            if (*nqueue == *capqueue)
                *queue = ccdk__grow(*queue, capqueue, sizeof **queue, 8);
            (*queue)[(*nqueue)++] = ccdk__sprintf(t->app, "%s/%s", dir, sub);
        }
    }
}

int tool_load(tool *t, const char *assembly)
{
    /* absolute: the function runs in its code directory (LAMBDA_TASK_ROOT), derived from this */
    char *abs = realpath(assembly, NULL);
    t->assembly = abs ? ccdk__strdup(t->app, abs) : assembly;
    free(abs);
    const char **queue = NULL;
    size_t nqueue = 0, capqueue = 0;
    load_dir(t, t->assembly, &queue, &nqueue, &capqueue);
    for (size_t i = 0; i < nqueue && !t->failed; i++)
        load_dir(t, queue[i], &queue, &nqueue, &capqueue);
    free(queue);
    return t->failed ? -1 : 0;
}

/* the path of a function as given on the command line: "Stack/Fn", "Stack/Fn/Resource",
 * "Stack/LogicalId", or "Fn" / "LogicalId" when only one stack has it */
static int matches(const tool_stack *s, const char *logical_id, const char *want, int with_stack)
{
    const char *path = s->paths ? str_of(ccdk__v_get(s->paths, logical_id)) : NULL;
    char buf[4200];
    if (with_stack) {
        snprintf(buf, sizeof buf, "%s/%s", s->display_name, logical_id);
        if (!strcmp(buf, want))
            return 1;
        snprintf(buf, sizeof buf, "%s/%s", s->artifact_id, logical_id);
        if (!strcmp(buf, want))
            return 1;
    } else if (!strcmp(logical_id, want)) {
        return 1;
    }
    if (!path)
        return 0;
    /* path: "/Stack/Fn/Resource" */
    const char *p = path + (*path == '/');
    if (!with_stack) {
        size_t sl = strlen(s->display_name);
        if (strncmp(p, s->display_name, sl) || p[sl] != '/')
            return 0;
        p += sl + 1;
    }
    size_t wl = strlen(want);
    return !strcmp(p, want) || (!strncmp(p, want, wl) && !strcmp(p + wl, "/Resource"));
}

int tool_next_resource(tool *t, const char *type, tool_resources *it)
{
    for (; it->i < t->nstacks; it->i++, it->k = 0) {
        tool_stack *s = &t->stacks[it->i];
        const ccdk_value *res = ccdk__v_get(s->template, "Resources");
        while (res && res->kind == CCDK__V_OBJ && it->k < res->u.obj.n) {
            const ccdk__entry *e = &res->u.obj.e[it->k++];
            const char *ty = str_of(ccdk__v_get(e->val, "Type"));
            if (ty && !strcmp(ty, type)) {
                it->stack = s;
                it->id = e->key;
                it->res = e->val;
                return 1;
            }
        }
    }
    return 0;
}

int tool_match_functions(tool *t, const char *want, tool_stack **stack_out, const char **id_out)
{
    int found = 0;
    for (int pass = 0; pass < 2 && !found; pass++) {
        tool_resources it = {0};
        while (tool_next_resource(t, "AWS::Lambda::Function", &it))
            if (matches(it.stack, it.id, want, pass == 0)) {
                found++;
                *stack_out = it.stack;
                *id_out = it.id;
            }
    }
    return found;
}

int tool_find_function(tool *t, const char *want, tool_stack **stack_out, const char **id_out)
{
    int found = tool_match_functions(t, want, stack_out, id_out);
    if (found > 1) {
        tool_fail(t, "%s: more than one function has that name; give it as <stack>/<path>", want);
        return -1;
    }
    if (!found) {
        tool_fail(t, "no Lambda function \"%s\" in %s (give <stack>/<construct path> or <stack>/<logical id>)", want,
                  t->assembly);
        return -1;
    }
    return 0;
}

/* The file asset of the stack's asset manifest published under the S3Key of a code location
 * {S3Bucket, S3Key}, or NULL */
const ccdk_value *tool_code_asset(tool_stack *s, const ccdk_value *code)
{
    const char *key = str_of(ccdk__v_get(code, "S3Key"));
    const ccdk_value *files = ccdk__v_get(s->assets, "files");
    for (size_t i = 0; key && files && files->kind == CCDK__V_OBJ && i < files->u.obj.n; i++) {
        const ccdk_value *f = files->u.obj.e[i].val;
        const ccdk_value *dests = ccdk__v_get(f, "destinations");
        for (size_t d = 0; dests && dests->kind == CCDK__V_OBJ && d < dests->u.obj.n; d++) {
            const char *ok = str_of(ccdk__v_get(dests->u.obj.e[d].val, "objectKey"));
            if (ok && !strcmp(ok, key))
                return f;
        }
    }
    return NULL;
}

/* The directory on disk of an S3 code location {S3Bucket, S3Key} through the stack's asset
 * manifest: a staged directory as it is, a .zip extracted once into the cache. */
const char *tool_code_dir(tool *t, tool_stack *s, const ccdk_value *code, const char *what)
{
    const char *key = str_of(ccdk__v_get(code, "S3Key"));
    const ccdk_value *src = ccdk__v_get(tool_code_asset(s, code), "source");
    const char *p = str_of(ccdk__v_get(src, "path"));
    const char *packaging = str_of(ccdk__v_get(src, "packaging"));
    if (p) {
        const char *full = p[0] == '/' ? p : ccdk__sprintf(t->app, "%s/%s", s->dir, p);
        struct stat st;
        if (stat(full, &st) != 0) {
            tool_fail(t, "%s: the asset %s is not in the assembly (%s)", what, full, strerror(errno));
            return NULL;
        }
        if (S_ISDIR(st.st_mode))
            return full;
        if (packaging && !strcmp(packaging, "file") && key && strstr(key, ".zip")) {
            /* a .zip file asset: extracted once, by its content hash (the key) */
            const char *out = ccdk__sprintf(t->app, "%s/zip-%s", tool_cache_dir(t), key);
            if (stat(out, &st) == 0)
                return out;
            const char *tmp = ccdk__sprintf(t->app, "%s.tmp-%ld", out, (long)getpid());
            if (tool_run((const char *[]){"python3", "-m", "zipfile", "-e", full, tmp, NULL}) != 0 ||
                rename(tmp, out) != 0) {
                tool_fail(t, "%s: cannot extract %s (python3's zipfile)", what, full);
                return NULL;
            }
            return out;
        }
        return full;
    }
    tool_fail(t, "%s: its code (S3Key %s) is not an asset of this assembly", what, key ? key : "?");
    return NULL;
}
