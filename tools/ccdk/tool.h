/* tool.h - the `ccdk` command (tools/ccdk): not part of the library; it links libccdk.a for its
 * JSON reader and arena only. */
#ifndef CCDK_TOOL_H
#define CCDK_TOOL_H

#include <stddef.h>

#include "internal.h"

typedef struct {
    const char *artifact_id;
    const char *display_name; /* the stack's construct path: "Stack", "Prod/Api" */
    const char *dir;          /* its assembly directory */
    ccdk_value *template;
    ccdk_value *assets;       /* the asset manifest, or NULL */
    ccdk_value *paths;        /* logical id -> "/construct/path" (metadata), or NULL */
    const char *stack_name;   /* properties.stackName, or NULL (then the artifact id) */
    const ccdk_value *deps;   /* the artifact's dependencies (artifact ids), or NULL */
} tool_stack;

typedef struct {
    ccdk_app *app; /* for its arena and JSON reader; never synthesized */
    const char *assembly;
    tool_stack *stacks;
    size_t nstacks, capstacks;
    int failed;
    const char *cache;
} tool;

/* one line on stderr ("ccdk: ..."), and t->failed */
void tool_fail(tool *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* a JSON file, parsed into t's app (NULL when it cannot be read or parsed); a parse error fails
 * the command (tool_fail), is printed on stderr, or is left to the caller */
typedef enum { TOOL_JSON_FAIL, TOOL_JSON_WARN, TOOL_JSON_QUIET } tool_json_errors;
ccdk_value *tool_load_json(tool *t, const char *path, tool_json_errors errors);
int tool_load(tool *t, const char *assembly);
/* a file's bytes, NUL-terminated (malloc'd, *len without the NUL), read at once; NULL with errno */
char *tool_read_file(const char *path, size_t *len);
/* metadata.c: a stack's metadata file (its text, text[len] == 0 as tool_read_file leaves it) for
 * its annotations: what ccdk__json_parse gives, but for top-level lists' entries that certainly are
 * no aws:cdk:info/warning/error entry, which may be left out, and then (unless every_key) the keys
 * of lists left empty; NULL with ccdk__json_parse's error exactly when it fails */
ccdk_value *tool_annotations_parse(ccdk_app *app, const char *text, size_t len, int every_key, const char **err);
/* Every resource of a type in the assembly's templates, stacks in order:
 *   tool_resources it = {0};
 *   while (tool_next_resource(t, "AWS::Lambda::Function", &it)) use(it.stack, it.id, it.res);
 */
typedef struct {
    size_t i, k;          /* where it is: stack i, resource k */
    tool_stack *stack;
    const char *id;       /* the logical id */
    const ccdk_value *res;
} tool_resources;
int tool_next_resource(tool *t, const char *type, tool_resources *it);
/* how many functions `want` names (<stack>/<construct path or logical id>, else without the stack),
 * the last of them in *stack / *logical_id; nothing printed */
int tool_match_functions(tool *t, const char *want, tool_stack **stack, const char **logical_id);
/* the one function `want` names: 0, or -1 after a one-line error (none, or more than one) */
int tool_find_function(tool *t, const char *want, tool_stack **stack, const char **logical_id);
/* the file asset of s's asset manifest published under code's S3Key (code: {S3Bucket, S3Key}) */
const ccdk_value *tool_code_asset(tool_stack *s, const ccdk_value *code);
const char *tool_code_dir(tool *t, tool_stack *s, const ccdk_value *code, const char *what);
const char *tool_cache_dir(tool *t);
/* runs argv (NULL-terminated), waits; its exit status, -1 when it could not run */
int tool_run(const char *const *argv);

typedef struct {
    const char *event;        /* JSON text */
    const char *env_vars;     /* SAM's --env-vars file, or NULL */
    int quiet;                /* no START/END/REPORT lines */
} tool_invoke_options;

/* invoke.c: runs the function once; prints its result on stdout. The exit status of `ccdk invoke`. */
int tool_invoke(tool *t, tool_stack *s, const char *logical_id, const tool_invoke_options *o);
/* gc.c */
int tool_gc(tool *t, int dry_run);
/* `ccdk ls`: the stacks as `cdk ls` lists them */
int tool_ls(tool *t);
/* lint.c: `ccdk lint`; cli_context: "KEY=VALUE" strings. Its exit status. */
int tool_lint(tool *t, int json, int limits, const char *const *cli_context, size_t ncli);

#endif
