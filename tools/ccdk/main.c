/* main.c - the `ccdk` command: run a cloud assembly's functions locally, without Docker, and keep
 * the assembly tidy.
 *
 *   ccdk invoke <stack>/<construct path or logical id> [--event FILE|-] [--env-vars FILE]
 *               [--assembly DIR] [--quiet]
 *   ccdk serve [--port N] [--assembly DIR] [--allow-iam] [--env-vars FILE] [--quiet]
 *   ccdk synth [STACKS..] [cdk options]   (synth.c: the app run as `cdk synth` runs it)
 *   ccdk ls [STACKS..] [cdk options] | ccdk ls --assembly DIR
 *   ccdk gc [DIR] [--dry-run]
 *   ccdk lint [DIR] [--json] [-c ccdk:lint:<limit>=N]... [--limits]
 *
 * It reads any cloud assembly, ccdk's or aws-cdk-lib's. Bad input gets one line on stderr and a
 * non-zero exit status. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime.h"
#include "tool.h"
#include "synth.h"

static const char usage[] =
    "usage: ccdk <command> [options]\n"
    "\n"
    "  invoke <stack>/<path>   run a function of the cloud assembly once, natively (no Docker), under a\n"
    "                          local Lambda Runtime API; its result on stdout, START/END/REPORT and its\n"
    "                          logs on stderr; exit status 1 when the function failed\n"
    "      --event FILE|-      the event (JSON; - reads stdin; default {})\n"
    "      --env-vars FILE     environment variables in SAM's format: {\"Parameters\": {...},\n"
    "                          \"<logical id>\": {...}}, over the template's\n"
    "      --assembly DIR      the cloud assembly (default: $CDK_OUTDIR, else cdk.out)\n"
    "      --quiet             no START/END/REPORT lines\n"
    "      <path> is <stack>/<construct path> (MyStack/MyFunction), <stack>/<logical id>, or either\n"
    "      without the stack when only one stack has it\n"
    "  serve                   every Function URL of the assembly (nested stages too) on one loopback port,\n"
    "                          at http://<function's construct id or logical id, lower case>.localhost:PORT/\n"
    "                          (<id>.<stack path> when two share an id; plain localhost:PORT when there is\n"
    "                          one URL; all printed at start), as Lambda serves them: payload\n"
    "                          format 2.0, CORS from the URL's Cors block (preflights answered without\n"
    "                          invoking), 502 on function errors; and the Lambda Invoke API (POST\n"
    "                          /2015-03-31/functions/<name|logical id|path|ARN>/invocations) for SDK\n"
    "                          clients. One warm runtime per function: its requests one at a time,\n"
    "                          other functions' meanwhile; a re-synthesized app is picked up at the\n"
    "                          next request. Until Ctrl-C.\n"
    "      --port N            the port (default 3000; 0: a free one, printed at start)\n"
    "      --assembly DIR      the cloud assembly (default: $CDK_OUTDIR, else cdk.out)\n"
    "      --allow-iam         serve AuthType AWS_IAM URLs without a signature (else 403 Forbidden)\n"
    "      --env-vars FILE     environment variables in SAM's format, as for invoke\n"
    "      --quiet             no request, START/END/REPORT lines\n"
    "  synth [STACKS..]        run the app as `cdk synth` does (cdk.json, ~/.cdk.json, cdk.context.json,\n"
    "                          the CLI's context and environment), without Node; one stack: its\n"
    "                          template as YAML on stdout, as the CLI prints it; several: where they are\n"
    "      -a, --app CMD|DIR   the app's command line (default: cdk.json's \"app\"), or a cloud assembly\n"
    "      -c, --context K=V   a context value (repeatable)\n"
    "      -o, --output DIR    the cloud assembly directory (default: cdk.json's \"output\", else cdk.out)\n"
    "      -q, --quiet         no template on stdout\n"
    "      -j, --json          the template as JSON\n"
    "      -e, --exclusively   bundle only the given stacks (synth never adds the stacks they depend\n"
    "                          on; ls does)\n"
    "      --[no-]version-reporting, --[no-]path-metadata, --[no-]asset-metadata, --no-staging,\n"
    "      --[no-]lookups, --[no-]validation, --strict, --ignore-errors, --debug, --profile NAME,\n"
    "      --[no-]color: as the cdk CLI's;\n"
    "      --[no-]ci (default: $CI): messages on stdout, as the CLI's; --[no-]notices: ignored\n"
    "      STACKS are globs over stack ids (Stage/Stack, 'Prod/*'); missing context lookups fail (ccdk\n"
    "      does not call AWS: cdk.context.json must have them)\n"
    "  ls [STACKS..]           the app's stacks, as `cdk ls` lists them: runs the app (as synth, same\n"
    "                          options) when there is a cdk.json or --app\n"
    "      -l, --long          id, name and environment of each stack (YAML; -j: JSON)\n"
    "      -d, --show-dependencies  each stack's dependencies (YAML; -j: JSON)\n"
    "      --assembly DIR      list an existing cloud assembly instead (no app run)\n"
    "  gc [DIR] [--dry-run]    remove the staged asset.* entries of the assembly that no asset manifest\n"
    "                          refers to (--dry-run: list them)\n"
    "  lint [DIR]              the deploy-time failures of CloudFormation and Lambda that synth does not\n"
    "                          catch (template size, resource/output/parameter/mapping counts, memory,\n"
    "                          timeout, ephemeral storage, layers, code size, environment size and\n"
    "                          reserved names, Function URL CORS), with stack and construct path;\n"
    "                          exit status 1 when any is an error (DIR: default $CDK_OUTDIR, else cdk.out)\n"
    "      --json              the findings as JSON on stdout\n"
    "      -c, --context K=V   override a limit: ccdk:lint:<limit>=N (also read from cdk.context.json\n"
    "                          and cdk.json's context in the current directory)\n"
    "      --limits            print the table of limits (value, unit, source) and exit\n"
    "  help                    this text\n";

void tool_fail(tool *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("ccdk: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    t->failed = 1;
}

const char *tool_cache_dir(tool *t)
{
    if (!t->cache) {
        const char *base = getenv("XDG_CACHE_HOME");
        const char *home = getenv("HOME");
        const char *dir = base && *base ? ccdk__sprintf(t->app, "%s/ccdk", base)
                          : home && *home ? ccdk__sprintf(t->app, "%s/.cache/ccdk", home)
                                          : ccdk__sprintf(t->app, "/tmp/ccdk-cache-%ld", (long)getuid());
        ccdk__mkdir_p(dir);
        t->cache = dir;
    }
    return t->cache;
}

int tool_run(const char *const *argv)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    int st;
    if (waitpid(pid, &st, 0) < 0)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* ------------------------------------------------------------------ gc */

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int tool_gc(tool *t, int dry_run)
{
    /* every asset an asset manifest of the assembly (nested ones too) names */
    ccdk_value *used = ccdk__v_obj(t->app);
    for (size_t i = 0; i < t->nstacks; i++) {
        const ccdk_value *a = t->stacks[i].assets;
        const char *sections[2][2] = {{"files", "path"}, {"dockerImages", "directory"}};
        for (int k = 0; k < 2; k++) {
            const ccdk_value *sec = ccdk__v_get(a, sections[k][0]);
            for (size_t j = 0; sec && sec->kind == CCDK__V_OBJ && j < sec->u.obj.n; j++) {
                const ccdk_value *p = ccdk__v_get(ccdk__v_get(sec->u.obj.e[j].val, "source"), sections[k][1]);
                if (p && p->kind == CCDK__V_STR)
                    ccdk__v_set(used, base_name(p->u.str.s), ccdk__v_bool(t->app, 1));
            }
        }
    }
    DIR *d = opendir(t->assembly);
    if (!d) {
        tool_fail(t, "%s: %s", t->assembly, strerror(errno));
        return 2;
    }
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, "asset.", 6) || ccdk__v_get(used, e->d_name))
            continue;
        const char *p = ccdk__sprintf(t->app, "%s/%s", t->assembly, e->d_name);
        n++;
        if (dry_run) {
            printf("%s\n", p);
        } else if (ccdk__rm_rf(p) != 0) {
            tool_fail(t, "cannot remove %s: %s", p, strerror(errno));
            closedir(d);
            return 2;
        }
    }
    closedir(d);
    fprintf(stderr, "ccdk gc: %zu unused asset%s %s\n", n, n == 1 ? "" : "s", dry_run ? "found (--dry-run)" : "removed");
    return 0;
}

/* ------------------------------------------------------------------ ls */

/* `cdk ls`: each stack's display name, and its stack name in parentheses when that differs; a
 * stack after the stacks it depends on (a stable topological order over the assembly's order) */
int tool_ls(tool *t)
{
    /* the assembly's order (tool_load: CloudAssembly.stacksRecursively), which `cdk ls` keeps: it
     * does not sort by dependencies (a stack may come before the stack it imports from) */
    for (size_t i = 0; i < t->nstacks; i++) {
        tool_stack *s = &t->stacks[i];
        const char *name = s->stack_name ? s->stack_name : s->artifact_id;
        if (strcmp(name, s->display_name))
            printf("%s (%s)\n", s->display_name, name);
        else
            printf("%s\n", s->display_name);
    }
    return 0;
}

/* ------------------------------------------------------------------ main */

static char *read_all(FILE *f, size_t *len)
{
    ccdk__buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ccdk__buf_put(&b, chunk, n);
    ccdk__buf_putc(&b, 0);
    *len = b.len - 1;
    return b.data;
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "help") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    tool t;
    memset(&t, 0, sizeof t);
    ccdk__arena_lazy_pages(); /* (the command reads JSON files: no huge pages populated ahead) */
    t.app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    const char *env_outdir = getenv("CDK_OUTDIR");
    const char *assembly = env_outdir && *env_outdir ? env_outdir : "cdk.out";
    int rc = 2;
    if (!strcmp(argv[1], "invoke")) {
        const char *target = NULL, *event_file = NULL;
        tool_invoke_options o = {.event = "{}"};
        for (int i = 2; i < argc; i++) {
            if (!strcmp(argv[i], "--event") && i + 1 < argc)
                event_file = argv[++i];
            else if (!strcmp(argv[i], "--env-vars") && i + 1 < argc)
                o.env_vars = argv[++i];
            else if (!strcmp(argv[i], "--assembly") && i + 1 < argc)
                assembly = argv[++i];
            else if (!strcmp(argv[i], "--quiet"))
                o.quiet = 1;
            else if (argv[i][0] != '-' && !target)
                target = argv[i];
            else {
                fprintf(stderr, "ccdk invoke: unknown option %s (ccdk help)\n", argv[i]);
                goto out;
            }
        }
        if (!target) {
            fprintf(stderr, "ccdk invoke: which function? ccdk invoke <stack>/<path> (ccdk help)\n");
            goto out;
        }
        char *event = NULL;
        if (event_file) {
            size_t len = 0;
            if (!strcmp(event_file, "-")) {
                event = read_all(stdin, &len);
            } else if (!(event = ccdk__read_file(event_file, &len))) {
                fprintf(stderr, "ccdk invoke: --event %s: %s\n", event_file, strerror(errno));
                goto out;
            }
            const char *err = NULL;
            if (!ccdk__json_parse(t.app, event, len, &err)) {
                fprintf(stderr, "ccdk invoke: --event %s: not JSON (%s)\n", event_file, err ? err : "?");
                free(event);
                goto out;
            }
            o.event = event;
        }
        tool_stack *s;
        const char *id;
        if (tool_load(&t, assembly) == 0 && tool_find_function(&t, target, &s, &id) == 0)
            rc = tool_invoke(&t, s, id, &o);
        free(event);
    } else if (!strcmp(argv[1], "serve")) {
        tool_serve_options so = {.port = 3000};
        for (int i = 2; i < argc; i++) {
            char *end = NULL;
            if (!strcmp(argv[i], "--port") && i + 1 < argc) {
                long p = strtol(argv[++i], &end, 10);
                if (!*argv[i] || *end || p < 0 || p > 65535) {
                    fprintf(stderr, "ccdk serve: --port %s: not a port number (0 to 65535)\n", argv[i]);
                    goto out;
                }
                so.port = (int)p;
            } else if (!strcmp(argv[i], "--assembly") && i + 1 < argc)
                assembly = argv[++i];
            else if (!strcmp(argv[i], "--env-vars") && i + 1 < argc)
                so.env_vars = argv[++i];
            else if (!strcmp(argv[i], "--allow-iam"))
                so.allow_iam = 1;
            else if (!strcmp(argv[i], "--quiet"))
                so.quiet = 1;
            else {
                fprintf(stderr, "ccdk serve: unknown option %s (ccdk help)\n", argv[i]);
                goto out;
            }
        }
        if (tool_load(&t, assembly) == 0)
            rc = tool_serve(&t, &so);
    } else if (!strcmp(argv[1], "synth") || !strcmp(argv[1], "synthesize")) {
        tool_cdk_opts o = {.command = "synth"};
        rc = tool_cdk_parse(&t, &o, argc, argv, 2);
        if (!rc)
            rc = tool_synth_cmd(&t, &o);
        free(o.stacks);
    } else if ((!strcmp(argv[1], "ls") || !strcmp(argv[1], "list")) &&
               (argc > 2 ? strcmp(argv[2], "--assembly") != 0
                         : access("cdk.json", F_OK) == 0 || access(ccdk__sprintf(t.app, "%s/manifest.json", assembly), F_OK) != 0)) {
        /* with a cdk.json (or cdk options): run the app as `cdk ls`; else list $CDK_OUTDIR or cdk.out */
        tool_cdk_opts o = {.command = "ls"};
        rc = tool_cdk_parse(&t, &o, argc, argv, 2);
        if (!rc)
            rc = tool_ls_cmd(&t, &o);
        free(o.stacks);
    } else if (!strcmp(argv[1], "ls") || !strcmp(argv[1], "list")) {
        for (int i = 2; i < argc; i++) {
            if (!strcmp(argv[i], "--assembly") && i + 1 < argc)
                assembly = argv[++i];
            else {
                fprintf(stderr, "ccdk ls: unknown option %s (ccdk help)\n", argv[i]);
                goto out;
            }
        }
        if (tool_load(&t, assembly) == 0)
            rc = tool_ls(&t);
    } else if (!strcmp(argv[1], "gc")) {
        int dry = 0;
        for (int i = 2; i < argc; i++) {
            if (!strcmp(argv[i], "--dry-run"))
                dry = 1;
            else if (argv[i][0] != '-')
                assembly = argv[i];
            else {
                fprintf(stderr, "ccdk gc: unknown option %s (ccdk help)\n", argv[i]);
                goto out;
            }
        }
        if (tool_load(&t, assembly) == 0)
            rc = tool_gc(&t, dry);
    } else if (!strcmp(argv[1], "lint")) {
        int json = 0, limits = 0;
        const char **ctx = calloc((size_t)argc, sizeof *ctx);
        size_t nctx = 0;
        for (int i = 2; i < argc; i++) {
            if (!strcmp(argv[i], "--json"))
                json = 1;
            else if (!strcmp(argv[i], "--limits"))
                limits = 1;
            else if ((!strcmp(argv[i], "-c") || !strcmp(argv[i], "--context")) && i + 1 < argc && strchr(argv[i + 1], '='))
                ctx[nctx++] = argv[++i];
            else if (argv[i][0] != '-')
                assembly = argv[i];
            else {
                fprintf(stderr, "ccdk lint: unknown option %s (ccdk help)\n", argv[i]);
                free(ctx);
                goto out;
            }
        }
        if (limits || tool_load(&t, assembly) == 0)
            rc = tool_lint(&t, json, limits, ctx, nctx);
        free(ctx);
    } else {
        fprintf(stderr, "ccdk: unknown command %s (ccdk help)\n", argv[1]);
    }
out:
    free(t.stacks);
    ccdk_app_free(t.app);
    return rc;
}
