/* synth.c - `ccdk synth [STACKS..]` and `ccdk ls` run the app as `cdk synth` / `cdk ls` do
 * (cdkjson.c) and print what they print:
 *   - synth, one stack selected (or the app's only top-level stack): its template on stdout, YAML
 *     (yaml.c) or with --json JSON.stringify(template, null, 2), without the CheckBootstrapVersion
 *     rule (the CLI's obscureTemplate); --quiet prints nothing;
 *   - synth, several stacks: "Successfully synthesized to <absolute outdir>" and "Supply a stack id
 *     (A, B) to display its template." on stderr;
 *   - stack patterns are globs over the stacks' hierarchical ids (Stage/Stack); synth selects
 *     exclusively (the CLI's "historic quirk": the stacks they depend on are not added); a pattern
 *     matching nothing fails with "No stacks match the name(s) <patterns>";
 *   - the selected stacks' annotations (or validation-report.json) are printed as the CLI prints
 *     them; an error annotation fails the synth ("Synthesis finished with errors");
 *   - missing context (lookups): the CLI would call AWS and write cdk.context.json; ccdk cannot,
 *     so it lists the missing keys and fails (exit 1).
 * Errors are one line on stderr and exit status 1, as the CLI's. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "synth.h"

FILE *tool_cdk_info;
int tool_cdk_ci;

/* On a terminal the CLI colors its messages: the validation report with cloud-assembly-api's
 * Colorize (both stdout and stderr terminals, FORCE_COLOR not "0", no NO_COLOR), the info and
 * warning lines with chalk (FORCE_COLOR, else stdout a terminal), info lines reset around. */
static int colorize_on(void)
{
    const char *fc = getenv("FORCE_COLOR"), *nc = getenv("NO_COLOR");
    return !(fc && !strcmp(fc, "0")) && !(nc && *nc) && isatty(1) && isatty(2);
}

/* chalk's level, supports-color 7 as the CLI bundles it, computed once from the CLI's argv and
 * environment (tool_cdk_parse): 0 means no colors. Only on/off matters for the basic colors the
 * CLI uses. Note its oddities, matched: any CI variable turns colors off on a terminal unless a
 * known vendor's is set too; no TERM (or one it does not know) is no colors either. */
static int chalk_level;

static int has_flag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--"))
            return 0;
        if (!strncmp(argv[i], "--", 2) && !strcmp(argv[i] + 2, flag))
            return 1;
    }
    return 0;
}

static int supports_color(int argc, char **argv, int is_tty)
{
    enum { UNSET = -1, NOT_A_NUMBER = -2 };
    int force = UNSET;
    if (has_flag(argc, argv, "no-color") || has_flag(argc, argv, "no-colors") ||
        has_flag(argc, argv, "color=false") || has_flag(argc, argv, "color=never"))
        force = 0;
    else if (has_flag(argc, argv, "color") || has_flag(argc, argv, "colors") ||
             has_flag(argc, argv, "color=true") || has_flag(argc, argv, "color=always"))
        force = 1;
    const char *fc = getenv("FORCE_COLOR");
    if (fc) {
        if (!strcmp(fc, "true"))
            force = 1;
        else if (!strcmp(fc, "false"))
            force = 0;
        else if (!*fc)
            force = 1;
        else { /* Math.min(parseInt(v, 10), 3) */
            const char *q = fc;
            while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\v' || *q == '\f')
                q++;
            int neg = *q == '-';
            if (*q == '-' || *q == '+')
                q++;
            if (*q < '0' || *q > '9')
                force = NOT_A_NUMBER;
            else {
                long v = 0;
                while (*q >= '0' && *q <= '9' && v < 1000)
                    v = v * 10 + (*q++ - '0');
                /* a negative level is truthy but chalk colors only above 0: a number but no floor */
                force = neg && v ? NOT_A_NUMBER : v > 3 ? 3 : (int)v;
            }
        }
    }
    if (force == 0)
        return 0;
    if (has_flag(argc, argv, "color=16m") || has_flag(argc, argv, "color=full") || has_flag(argc, argv, "color=truecolor"))
        return 3;
    if (has_flag(argc, argv, "color=256"))
        return 2;
    if (!is_tty && force == UNSET)
        return 0;
    int min = force == UNSET || force == NOT_A_NUMBER ? 0 : force;
    const char *term = getenv("TERM");
    if (term && !strcmp(term, "dumb"))
        return min;
    if (getenv("CI")) {
        static const char *const vendors[] = {"TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"};
        for (size_t i = 0; i < sizeof vendors / sizeof *vendors; i++)
            if (getenv(vendors[i]))
                return 1;
        const char *cn = getenv("CI_NAME");
        return cn && !strcmp(cn, "codeship") ? 1 : min;
    }
    const char *tc = getenv("TEAMCITY_VERSION");
    if (tc) { /* /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/ */
        const char *q = tc;
        if (q[0] == '9' && q[1] == '.') {
            q += 2;
            while (*q == '0')
                q++;
            if (*q >= '1' && *q <= '9') {
                while (*q >= '0' && *q <= '9')
                    q++;
                if (*q == '.')
                    return 1;
            }
        }
        q = tc;
        while (*q >= '0' && *q <= '9')
            q++;
        return q - tc >= 2 && *q == '.' ? 1 : 0;
    }
    const char *ct = getenv("COLORTERM");
    if (ct && !strcmp(ct, "truecolor"))
        return 3;
    const char *tp = getenv("TERM_PROGRAM");
    if (tp) {
        const char *tv = getenv("TERM_PROGRAM_VERSION");
        int major = tv ? atoi(tv) : 0; /* parseInt(v.split(".")[0], 10), NaN compares false */
        if (!strcmp(tp, "iTerm.app"))
            return tv && *tv >= '0' && *tv <= '9' && major >= 3 ? 3 : 2;
        if (!strcmp(tp, "Apple_Terminal"))
            return 2;
    }
    if (term) {
        size_t n = strlen(term);
        if ((n >= 4 && !strcasecmp(term + n - 4, "-256")) || (n >= 9 && !strcasecmp(term + n - 9, "-256color")))
            return 2;
        static const char *const starts[] = {"screen", "xterm", "vt100", "vt220", "rxvt"};
        for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
            if (!strncasecmp(term, starts[i], strlen(starts[i])))
                return 1;
        static const char *const anywhere[] = {"color", "ansi", "cygwin", "linux"};
        for (size_t i = 0; i < sizeof anywhere / sizeof *anywhere; i++)
            if (strcasestr(term, anywhere[i]))
                return 1;
    }
    if (ct)
        return 1;
    return min;
}

static int chalk_on(void)
{
    return chalk_level > 0;
}

/* Colorize.<col>(str) into b */
static void col(ccdk__buf *b, int on, const char *code, const char *s, size_t n)
{
    if (on)
        ccdk__buf_printf(b, "\x1b[%sm", code);
    ccdk__buf_put(b, s, n);
    if (on)
        ccdk__buf_puts(b, "\x1b[0m");
}

static const char *str_of(const ccdk_value *v)
{
    return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
}

/* ------------------------------------------------------------------ globs (picomatch, the parts stack ids need) */

/* * and ? do not cross '/', ** does; [set] and [!set]; {a,b} */
static int glob_at(const char *p, const char *s);

static int brace(const char *p, const char *s)
{
    /* p points at '{': try each alternative followed by the rest after the matching '}' */
    int depth = 0;
    const char *close = NULL;
    for (const char *q = p; *q; q++) {
        if (*q == '{')
            depth++;
        else if (*q == '}' && --depth == 0) {
            close = q;
            break;
        }
    }
    if (!close)
        return *s == '{' && glob_at(p + 1, s + 1);
    const char *alt = p + 1;
    depth = 0;
    for (const char *q = p + 1; q <= close; q++) {
        if (*q == '{')
            depth++;
        else if (*q == '}' && depth > 0)
            depth--;
        else if ((*q == ',' && depth == 0) || q == close) {
            size_t alen = (size_t)(q - alt), rlen = strlen(close + 1);
            char *cand = malloc(alen + rlen + 1);
            if (!cand)
                abort();
            memcpy(cand, alt, alen);
            memcpy(cand + alen, close + 1, rlen + 1);
            int m = glob_at(cand, s);
            free(cand);
            if (m)
                return 1;
            alt = q + 1;
        }
    }
    return 0;
}

static int glob_at(const char *p, const char *s)
{
    for (;;) {
        switch (*p) {
        case 0:
            return *s == 0;
        case '*':
            if (p[1] == '*') {
                while (*p == '*')
                    p++;
                if (*p == '/' && (p == NULL || 1)) {
                    /* "**\/x" also matches "x" */
                    if (glob_at(p + 1, s))
                        return 1;
                }
                for (const char *t = s;; t++) {
                    if (glob_at(p, t))
                        return 1;
                    if (!*t)
                        return 0;
                }
            }
            p++;
            for (const char *t = s;; t++) {
                if (glob_at(p, t))
                    return 1;
                if (!*t || *t == '/')
                    return 0;
            }
        case '?':
            if (!*s || *s == '/')
                return 0;
            p++;
            s++;
            continue;
        case '[': {
            const char *q = p + 1;
            int neg = (*q == '!' || *q == '^');
            if (neg)
                q++;
            int hit = 0;
            const char *start = q;
            while (*q && (*q != ']' || q == start)) {
                if (q[1] == '-' && q[2] && q[2] != ']') {
                    if (*s >= q[0] && *s <= q[2])
                        hit = 1;
                    q += 3;
                } else {
                    if (*s == *q)
                        hit = 1;
                    q++;
                }
            }
            if (*q != ']') { /* not a class: a literal '[' */
                if (*s != '[')
                    return 0;
                p++;
                s++;
                continue;
            }
            if (!*s || *s == '/' || hit == neg)
                return 0;
            p = q + 1;
            s++;
            continue;
        }
        case '{':
            return brace(p, s);
        case '\\':
            if (p[1])
                p++;
            /* fall through */
        default:
            if (*p != *s)
                return 0;
            p++;
            s++;
        }
    }
}

/* matcherFor: positive patterns (any), negated ones (!pattern: all must hold) */
static int selected_by(const char *id, const char **pats, size_t n)
{
    int any_pos = 0, pos_hit = 0;
    for (size_t i = 0; i < n; i++) {
        const char *p = pats[i];
        if (p[0] == '!' && p[1] != '(') {
            if (glob_at(p + 1, id))
                return 0;
        } else {
            any_pos = 1;
            if (glob_at(p, id))
                pos_hit = 1;
        }
    }
    return !any_pos || pos_hit;
}

/* ------------------------------------------------------------------ the assembly's stacks */

typedef struct {
    const char *id;       /* artifact id */
    const char *hid;      /* hierarchical id: displayName ?? id */
    const char *dir;
    const char *template_file;
    const ccdk_value *deps;
    const ccdk_value *artifacts; /* of its assembly, to name its dependencies */
    int top;
} cstack;

typedef struct {
    cstack *s;
    size_t n, cap;
    const ccdk_value *missing;
    const ccdk_value *flag_reports[16];
    size_t nflag_reports;
} cstacks;

/* cloud-assembly-api's stacksRecursively: the assembly's stacks, then its nested assemblies',
 * breadth first */
static int load_stacks(tool *t, const char *root, cstacks *cs)
{
    const char **queue = NULL;
    size_t qn = 0, qcap = 0, qi = 0;
    queue = ccdk__grow(queue, &qcap, sizeof *queue, 8);
    queue[qn++] = root;
    for (; qi < qn; qi++) {
        const char *dir = queue[qi];
        ccdk_value *m = tool_load_json(t, ccdk__sprintf(t->app, "%s/manifest.json", dir), TOOL_JSON_WARN);
        if (!m) { /* the CLI's (node's) message */
            fprintf(stderr, "ENOENT: no such file or directory, open '%s/manifest.json'\n", dir);
            free(queue);
            return 1;
        }
        if (qi == 0)
            cs->missing = ccdk__v_get(m, "missing");
        const ccdk_value *arts = ccdk__v_get(m, "artifacts");
        for (size_t i = 0; arts && arts->kind == CCDK__V_OBJ && i < arts->u.obj.n; i++) {
            const ccdk_value *a = arts->u.obj.e[i].val;
            const char *type = str_of(ccdk__v_get(a, "type"));
            const ccdk_value *props = ccdk__v_get(a, "properties");
            if (!type)
                continue;
            if (!strcmp(type, "aws:cloudformation:stack")) {
                if (cs->n == cs->cap)
                    cs->s = ccdk__grow(cs->s, &cs->cap, sizeof *cs->s, 8);
                cstack *s = &cs->s[cs->n++];
                memset(s, 0, sizeof *s);
                s->id = arts->u.obj.e[i].key;
                const char *dn = str_of(ccdk__v_get(a, "displayName"));
                s->hid = dn ? dn : s->id;
                s->dir = dir;
                s->template_file = str_of(ccdk__v_get(props, "templateFile"));
                s->deps = ccdk__v_get(a, "dependencies");
                s->artifacts = arts;
                s->top = qi == 0;
            } else if (!strcmp(type, "cdk:cloud-assembly")) {
                const char *sub = str_of(ccdk__v_get(props, "directoryName"));
                if (sub) {
                    if (qn == qcap)
                        queue = ccdk__grow(queue, &qcap, sizeof *queue, 8);
                    queue[qn++] = ccdk__sprintf(t->app, "%s/%s", dir, sub);
                }
            } else if (!strcmp(type, "cdk:feature-flag-report") && qi == 0 && cs->nflag_reports < 16) {
                /* toolkit.flags reads the root manifest's artifacts only (a Stage's nested
                 * assembly has its own report, which the CLI does not count) */
                cs->flag_reports[cs->nflag_reports++] = props;
            }
        }
    }
    free(queue);
    return 0;
}

static long find_hid(const cstacks *cs, const char *hid)
{
    for (size_t i = 0; i < cs->n; i++)
        if (!strcmp(cs->s[i].hid, hid))
            return (long)i;
    return -1;
}

/* the selection as the CLI makes it for synth (selectTopLevelOrMatchingStacks); sel[i] set for
 * each selected stack. 0, or 1 after the CLI's message */
static int select_stacks(const tool_cdk_opts *o, const cstacks *cs, unsigned char *sel, int upstream, int must_match)
{
    if (cs->n == 0) {
        fprintf(stderr, "This app contains no stacks\n");
        return 1;
    }
    if (!o->nstacks) {
        for (size_t i = 0; i < cs->n; i++)
            sel[i] = cs->s[i].top;
        return 0;
    }
    /* the patterns, without duplicates */
    const char **pats = calloc(o->nstacks, sizeof *pats);
    size_t np = 0;
    for (size_t i = 0; i < o->nstacks; i++) {
        int dup = 0;
        for (size_t j = 0; j < np; j++)
            dup |= !strcmp(pats[j], o->stacks[i]);
        if (!dup)
            pats[np++] = o->stacks[i];
    }
    size_t nsel = 0;
    for (size_t i = 0; i < cs->n; i++)
        if ((sel[i] = (unsigned char)selected_by(cs->s[i].hid, pats, np)))
            nsel++;
    if (nsel == 0 && must_match) {
        fprintf(stderr, "No stacks match the name(s) ");
        for (size_t i = 0; i < np; i++)
            fprintf(stderr, "%s%s", i ? "," : "", pats[i]);
        fputc('\n', stderr);
        free(pats);
        return 1;
    }
    free(pats);
    if (upstream) {
        /* includeUpstreamStacks: in the order stacks were added to the selection */
        size_t cap = cs->n + 1, n = 0;
        long *order = malloc(cap * sizeof *order);
        for (size_t i = 0; i < cs->n; i++)
            if (sel[i])
                order[n++] = (long)i;
        for (int progress = 1; progress;) {
            progress = 0;
            for (size_t k = 0; k < n; k++) {
                const cstack *s = &cs->s[order[k]];
                for (size_t d = 0; s->deps && s->deps->kind == CCDK__V_LIST && d < s->deps->u.list.n; d++) {
                    const char *did = str_of(s->deps->u.list.items[d]);
                    if (!did)
                        continue;
                    const ccdk_value *da = ccdk__v_get(s->artifacts, did);
                    const char *dn = str_of(ccdk__v_get(da, "displayName"));
                    long j = find_hid(cs, dn ? dn : did);
                    if (j >= 0 && !sel[j]) {
                        sel[j] = 1;
                        order[n++] = j;
                        progress = 1;
                    }
                }
            }
        }
        /* (the CLI's "Including dependency stacks: ..." is not shown by `cdk ls`) */
        free(order);
    }
    return 0;
}

/* the missing context (lookups) of the assembly: the CLI would look the values up in AWS */
static int check_missing(const tool_cdk_opts *o, const cstacks *cs)
{
    const ccdk_value *m = cs->missing;
    if (!m || m->kind != CCDK__V_LIST || m->u.list.n == 0)
        return 0;
    ccdk__buf keys = {0};
    for (size_t i = 0; i < m->u.list.n; i++) {
        const char *k = str_of(ccdk__v_get(m->u.list.items[i], "key"));
        if (!k)
            continue;
        int dup = 0;
        for (size_t j = 0; j < i; j++) {
            const char *k2 = str_of(ccdk__v_get(m->u.list.items[j], "key"));
            dup |= k2 && !strcmp(k, k2);
        }
        if (dup)
            continue;
        if (keys.len)
            ccdk__buf_puts(&keys, ", ");
        ccdk__buf_puts(&keys, k);
    }
    if (o->lookups == 0)
        fprintf(stderr, "Context lookups have been disabled. Make sure all necessary context is already in 'cdk.context.json' by running 'cdk synth' on a machine with sufficient AWS credentials and committing the result. Missing context keys: '%s'\n",
                keys.data ? keys.data : "");
    else
        fprintf(stderr, "ccdk: the app needs context lookups that are not in cdk.context.json, and ccdk does not call AWS. Run 'cdk synth' once on a machine with AWS credentials to write them to cdk.context.json. Missing context keys: '%s'\n",
                keys.data ? keys.data : "");
    ccdk__buf_free(&keys);
    return 1;
}

/* displayFlagsMessage: with a feature flag report (aws-cdk-lib apps), the number of flags that
 * need attention */
static void flags_message(const cstacks *cs)
{
    size_t with_unconfigured = 0, attention = 0;
    for (size_t r = 0; r < cs->nflag_reports; r++) {
        const ccdk_value *flags = ccdk__v_get(cs->flag_reports[r], "flags");
        int any = 0;
        for (size_t i = 0; flags && flags->kind == CCDK__V_OBJ && i < flags->u.obj.n; i++) {
            const ccdk_value *u = ccdk__v_get(flags->u.obj.e[i].val, "unconfiguredBehavesLike");
            if (u && u->kind != CCDK__V_NULL)
                any = 1;
        }
        if (!any)
            continue;
        with_unconfigured++;
        /* FlagOperations.filterNeedsAttention: a flag with no user value whose default differs
         * from the recommended value */
        for (size_t i = 0; flags && flags->kind == CCDK__V_OBJ && i < flags->u.obj.n; i++) {
            const ccdk_value *f = flags->u.obj.e[i].val;
            const ccdk_value *user = ccdk__v_get(f, "userValue");
            if (user && user->kind != CCDK__V_NULL)
                continue;
            const ccdk_value *rec = ccdk__v_get(f, "recommendedValue");
            const ccdk_value *u = ccdk__v_get(ccdk__v_get(f, "unconfiguredBehavesLike"), "v2");
            int def = u && u->kind == CCDK__V_BOOL ? u->u.b : 0;
            int recb = rec && rec->kind == CCDK__V_BOOL ? rec->u.b : -1;
            if (recb < 0 || recb != def)
                attention++;
        }
    }
    if (with_unconfigured && attention)
        fprintf(tool_cdk_info, "%s%zu feature flags are not configured. Run 'cdk flags --unstable=flags' to learn more.%s\n",
                chalk_on() ? "\x1b[33m" : "", attention, chalk_on() ? "\x1b[39m" : "");
}

/* ------------------------------------------------------------------ validation report */

/* What the CLI prints for the selected stacks' annotations (aws:cdk:warning/error/info metadata)
 * or the assembly's validation-report.json (toolkit-lib's validateStacks, cloud-assembly-api's
 * ValidationReportFormatter), and whether it fails the synth ("Synthesis finished with errors"). */
typedef struct {
    const char *severity;    /* FATAL, ERROR, WARNING, INFO */
    const char *description;
    const char *rule;
    const char *plugin;
    const char *path;        /* construct path, or NULL */
    const char *logical_id;
    const char *fqn;
    const char *fix;
    int annotation;          /* ruleMetadata["cdk:annotation"] */
    const ccdk_value *traces; /* the construct's stackTraces */
} violation;

/* path.relative(cwd, abs) when shorter, as relativeFileLocationRenderer */
static const char *render_path(tool *t, const char *abs)
{
    char cwd[4096];
    if (abs[0] != '/' || !getcwd(cwd, sizeof cwd))
        return abs;
    /* the common directory prefix */
    size_t common = 0, i = 0;
    for (; cwd[i] && abs[i] && cwd[i] == abs[i]; i++)
        if (cwd[i] == '/')
            common = i;
    if (!cwd[i] && (abs[i] == '/' || !abs[i]))
        common = i;
    ccdk__buf b = {0};
    for (const char *p = cwd + common; *p; p++)
        if (*p == '/')
            ccdk__buf_puts(&b, b.len ? "/.." : "..");
    const char *rest = abs + common;
    if (*rest == '/')
        rest++;
    if (*rest) {
        if (b.len)
            ccdk__buf_putc(&b, '/');
        ccdk__buf_puts(&b, rest);
    }
    const char *rel = ccdk__strdup(t->app, b.data ? b.data : "");
    ccdk__buf_free(&b);
    return strlen(rel) < strlen(abs) ? rel : abs;
}

/* sourceLocations: the first "fn (file:line:col)" frame of each stack trace, at most 5 shown */
static void put_locations(tool *t, ccdk__buf *b, const ccdk_value *traces, int on)
{
    const char *seen[64];
    size_t n = 0, total = 0;
    for (size_t i = 0; traces && traces->kind == CCDK__V_LIST && i < traces->u.list.n; i++) {
        const char *tr = str_of(traces->u.list.items[i]);
        if (!tr)
            continue;
        for (const char *line = tr; line && *line;) {
            const char *nl = strchr(line, '\n');
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            const char *open = memmem(line, len, " (", 2);
            if (open && len && line[len - 1] == ')') {
                const char *paren = memchr(line, '(', len);
                const char *in = paren + 1;
                size_t inl = (size_t)(line + len - 1 - in);
                /* (:[0-9]+){0,2}$ */
                size_t end = inl, groups = 0;
                while (groups < 2) {
                    size_t k = end;
                    while (k > 0 && in[k - 1] >= '0' && in[k - 1] <= '9')
                        k--;
                    if (k == end || k == 0 || in[k - 1] != ':')
                        break;
                    end = k - 1;
                    groups++;
                }
                if (end > 0) {
                    const char *file = ccdk__strndup(t->app, in, end);
                    const char *loc = ccdk__sprintf(t->app, "%s:%.*s", render_path(t, file),
                                                    (int)(inl - end > 0 ? inl - end - 1 : 0), in + end + 1);
                    int dup = 0;
                    for (size_t k = 0; k < n; k++)
                        dup |= !strcmp(seen[k], loc);
                    if (!dup && n < 64) {
                        seen[n++] = loc;
                        total++;
                    }
                }
                break;
            }
            line = nl ? nl + 1 : NULL;
        }
    }
    for (size_t k = 0; k < n && k < 5; k++) {
        ccdk__buf_puts(b, k ? "or " : "");
        col(b, on, "4", seen[k], strlen(seen[k]));
        ccdk__buf_putc(b, '\n');
    }
    if (total > 5) {
        const char *more = ccdk__sprintf(t->app, "(and %zu more...)", total - 5);
        col(b, on, "90", more, strlen(more));
        ccdk__buf_putc(b, '\n');
    }
}

static int severity_order(const char *s)
{
    if (!strcmp(s, "FATAL")) return 0;
    if (!strcmp(s, "ERROR")) return 1;
    if (!strcmp(s, "WARNING")) return 2;
    if (!strcmp(s, "INFO")) return 3;
    return 4;
}

static const char *upper(tool *t, const char *s)
{
    char *u = ccdk__strdup(t->app, s ? s : "");
    for (char *p = u; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    return u;
}

/* stripAckTag: / *\[ack: *[^\]]+\] * /g removed, then trimmed */
static void put_stripped(ccdk__buf *b, const char *d)
{
    ccdk__buf o = {0};
    for (const char *p = d; *p;) {
        const char *q = p;
        while (*q == ' ' || *q == '\t' || *q == '\n')
            q++;
        if (!strncmp(q, "[ack:", 5)) {
            const char *r = q + 5;
            while (*r == ' ' || *r == '\t' || *r == '\n')
                r++;
            const char *close = strchr(r, ']');
            if (close && close > r) {
                p = close + 1;
                while (*p == ' ' || *p == '\t' || *p == '\n')
                    p++;
                continue;
            }
        }
        ccdk__buf_putc(&o, *p++);
    }
    const char *s = o.data ? o.data : "";
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
        n--;
    ccdk__buf_put(b, s, n);
    ccdk__buf_free(&o);
}

/* parseValidationId: "ns::rule" (outside brackets) */
static const char *rule_namespace(tool *t, const char *id, const char **rule)
{
    int depth = 0;
    for (const char *p = id; *p; p++) {
        if (*p == '[' || *p == '(' || *p == '{')
            depth++;
        else if ((*p == ']' || *p == ')' || *p == '}') && depth)
            depth--;
        else if (p[0] == ':' && p[1] == ':' && !depth && p != id) {
            *rule = p + 2;
            return ccdk__strndup(t->app, id, (size_t)(p - id));
        }
    }
    *rule = id;
    return NULL;
}

static const char *dashes(tool *t, const char *s, char from, char to)
{
    char *c = ccdk__strdup(t->app, s);
    for (char *p = c; *p; p++)
        if (*p == from)
            *p = to;
    return c;
}

static void format_violation(tool *t, ccdk__buf *b, const violation *v)
{
    const char *rule_id;
    const char *ns = rule_namespace(t, v->rule, &rule_id);
    int on = colorize_on();
    put_locations(t, b, v->traces, on);
    /* bold(severityColor(severity)) */
    const char *sc = !strcmp(v->severity, "FATAL") ? "31" : !strcmp(v->severity, "ERROR") ? "38;5;208"
                     : !strcmp(v->severity, "WARNING") ? "33" : "34";
    if (on)
        ccdk__buf_printf(b, "\x1b[1m\x1b[%sm%s\x1b[0m\x1b[0m", sc, v->severity);
    else
        ccdk__buf_puts(b, v->severity);
    ccdk__buf_putc(b, ' ');
    ccdk__buf d = {0};
    put_stripped(&d, v->description);
    col(b, on, "1", d.data ? d.data : "", d.len);
    ccdk__buf_free(&d);
    ccdk__buf_putc(b, ' ');
    const char *pl = ccdk__sprintf(t->app, "(%s)", ns ? dashes(t, ns, '-', ' ') : v->plugin);
    col(b, on, "90", pl, strlen(pl));
    ccdk__buf_puts(b, "\n   ");
    int parts = 0;
    if (v->path) {
        col(b, on, "1", v->path, strlen(v->path));
        if (v->logical_id)
            ccdk__buf_printf(b, " (%s)", v->logical_id);
        parts = 1;
    } else if (v->logical_id) {
        col(b, on, "1", v->logical_id, strlen(v->logical_id));
        parts = 1;
    }
    if (v->fqn) {
        if (parts)
            ccdk__buf_putc(b, ' ');
        col(b, on, "90", v->fqn, strlen(v->fqn));
    }
    if (v->fix) {
        ccdk__buf_puts(b, "\n   Suggested fix: ");
        for (const char *p = v->fix; *p; p++) {
            ccdk__buf_putc(b, *p);
            if (*p == '\n')
                ccdk__buf_puts(b, "   ");
        }
    }
    /* normalizeValidationId */
    const char *ack;
    if (ns) {
        const char *n2 = dashes(t, ns, ' ', '-');
        if (!strcmp(n2, "annotation") || !strcmp(n2, "Construct-Annotations"))
            n2 = "Annotation";
        ack = ccdk__sprintf(t->app, "%s::%s", n2, dashes(t, rule_id, ' ', '-'));
    } else {
        const char *dflt = !strcmp(v->plugin, "Construct Annotations") ? "Annotation" : dashes(t, v->plugin, ' ', '-');
        ack = ccdk__sprintf(t->app, "%s::%s", dflt, dashes(t, rule_id, ' ', '-'));
    }
    int suppressible = strcmp(v->severity, "FATAL") && !(v->annotation && !strcmp(v->severity, "ERROR"));
    const char *tail = suppressible ? ccdk__sprintf(t->app, "Acknowledge with '%s'", ack) : ccdk__sprintf(t->app, "Rule %s", ack);
    ccdk__buf_puts(b, "\n   ");
    col(b, on, "90", tail, strlen(tail));
}

static const char *vstr(const ccdk_value *o, const char *k)
{
    return str_of(ccdk__v_get(o, k));
}

/* CloudFormationStackArtifact.readMetadata: additionalMetadataFile's entries, then the manifest's
 * appended path by path. Of the file's entries, only those that can be annotations are read
 * (tool_annotations_parse): the caller looks at no other. */
static const ccdk_value *stack_metadata(tool *t, const cstack *s)
{
    const ccdk_value *a = ccdk__v_get(s->artifacts, s->id);
    const ccdk_value *inline_meta = ccdk__v_get(a, "metadata");
    const char *file = str_of(ccdk__v_get(a, "additionalMetadataFile"));
    if (!file)
        return inline_meta;
    const char *path = ccdk__sprintf(t->app, "%s/%s", s->dir, file);
    size_t len = 0;
    char *text = tool_read_file(path, &len);
    ccdk_value *m = NULL;
    if (text) { /* (as tool_load_json, TOOL_JSON_WARN) */
        const char *err = NULL;
        /* (the manifest's entries are appended by key: every key kept for them) */
        m = tool_annotations_parse(t->app, text, len, inline_meta && inline_meta->kind == CCDK__V_OBJ && inline_meta->u.obj.n, &err);
        free(text);
        if (!m)
            fprintf(stderr, "%s: not JSON (%s)\n", path, err ? err : "?");
    }
    if (!m || m->kind != CCDK__V_OBJ)
        return inline_meta;
    for (size_t i = 0; inline_meta && inline_meta->kind == CCDK__V_OBJ && i < inline_meta->u.obj.n; i++) {
        const char *k = inline_meta->u.obj.e[i].key;
        ccdk_value *have = ccdk__v_get(m, k);
        const ccdk_value *add = inline_meta->u.obj.e[i].val;
        if (have && have->kind == CCDK__V_LIST && add->kind == CCDK__V_LIST) {
            for (size_t j = 0; j < add->u.list.n; j++)
                ccdk__v_push(have, add->u.list.items[j]);
        } else {
            ccdk__v_set(m, k, (ccdk_value *)add);
        }
    }
    return m;
}

/* StackTrace(trace).renderJustMyCode(): of an annotation's trace, the first frame outside
 * node_modules and node's internals, as "    at fn (file:line:col)" (what put_locations reads),
 * or the CLI's "(no user code in 10 frames, ...)" line; NULL without a trace */
static const ccdk_value *just_my_code(tool *t, const ccdk_value *trace)
{
    if (!trace || trace->kind != CCDK__V_LIST)
        return NULL;
    ccdk_value *out = ccdk__v_list(t->app);
    const char *line = NULL;
    for (size_t i = 0; i < trace->u.list.n && !line; i++) {
        const char *f = str_of(trace->u.list.items[i]);
        if (!f)
            continue;
        /* StackFrame.parse: "fn (file:line:col)" */
        const char *paren = strchr(f, '(');
        const char *inner = f;
        size_t inl = strlen(f);
        const char *fn = "";
        size_t fnl = 0;
        if (paren != f) { /* indexOf: -1 is truthy too */
            if (paren) {
                fn = f;
                fnl = (size_t)(paren - f) >= 1 ? (size_t)(paren - f) - 1 : 0;
                inner = paren + 1;
                inl = strlen(inner) ? strlen(inner) - 1 : 0;
            } else {
                fnl = inl >= 2 ? inl - 2 : 0;
                fn = f;
                inl = inl ? inl - 1 : 0;
            }
        }
        char *file = ccdk__strndup(t->app, inner, inl);
        if (strstr(file, "/node_modules/") || strstr(file, "node:") || strstr(file, "/prop-injectable.") ||
            strstr(file, "/no-box-stack-traces."))
            continue;
        const char *name = ccdk__strndup(t->app, fn, fnl);
        if (!strcmp(name, "Object.<anonymous>"))
            name = "<anonymous>";
        line = ccdk__sprintf(t->app, "    at %s (%s)", name, file);
    }
    if (!line)
        line = "    (no user code in 10 frames, use --stack-trace-limit to capture more)";
    ccdk__v_push(out, ccdk__v_str(t->app, line));
    return out;
}

/* 0, or 1 when the report fails the synth */
static int validation_report(tool *t, const char *dir, const cstacks *cs, const unsigned char *sel, const tool_cdk_opts *o)
{
    violation *vs = NULL;
    size_t nv = 0, cap = 0;
    ccdk__buf failures = {0};
    int failed = 0, any_report = 0, has_annotations = 0;
    const char *report_path = ccdk__sprintf(t->app, "%s/validation-report.json", dir);
    if (access(report_path, F_OK) == 0) {
        ccdk_value *rep = tool_load_json(t, report_path, TOOL_JSON_WARN);
        const ccdk_value *prs = ccdk__v_get(rep, "pluginReports");
        for (size_t r = 0; prs && prs->kind == CCDK__V_LIST && r < prs->u.list.n; r++) {
            const ccdk_value *pr = prs->u.list.items[r];
            const char *plugin = vstr(pr, "pluginName");
            if (!plugin)
                plugin = "";
            if (!strcmp(plugin, "Construct Annotations"))
                has_annotations = 1;
            any_report = 1;
            const ccdk_value *vl = ccdk__v_get(pr, "violations");
            size_t kept = 0;
            for (size_t i = 0; vl && vl->kind == CCDK__V_LIST && i < vl->u.list.n; i++) {
                const ccdk_value *v = vl->u.list.items[i];
                const ccdk_value *cons = ccdk__v_get(v, "violatingConstructs");
                const char *sev = vstr(v, "severity");
                const char *custom = vstr(v, "customSeverity");
                const char *S = sev && !strcmp(sev, "custom") ? (custom ? custom : "INFO") : upper(t, sev);
                size_t nc = cons && cons->kind == CCDK__V_LIST ? cons->u.list.n : 0;
                if (nc == 0)
                    kept++;
                for (size_t c = 0; c < nc; c++) {
                    const ccdk_value *co = cons->u.list.items[c];
                    const char *cp = vstr(co, "constructPath");
                    int match = !cp;
                    for (size_t k = 0; !match && k < cs->n; k++) {
                        size_t hl = strlen(cs->s[k].hid);
                        if (sel[k] && !strncmp(cp, cs->s[k].hid, hl) && (cp[hl] == 0 || cp[hl] == '/'))
                            match = 1;
                    }
                    if (!match)
                        continue;
                    kept++;
                    if (nv == cap)
                        vs = ccdk__grow(vs, &cap, sizeof *vs, 8);
                    const ccdk_value *cfn = ccdk__v_get(co, "cloudFormationResource");
                    vs[nv++] = (violation){
                        .severity = S, .description = vstr(v, "description") ? vstr(v, "description") : "",
                        .rule = vstr(v, "ruleName") ? vstr(v, "ruleName") : "", .plugin = plugin, .path = cp,
                        .logical_id = vstr(cfn, "logicalId"), .fqn = vstr(co, "constructFqn"),
                        .fix = vstr(v, "suggestedFix"), .traces = ccdk__v_get(co, "stackTraces"),
                        .annotation = ccdk__v_get(ccdk__v_get(v, "ruleMetadata"), "cdk:annotation") != NULL};
                }
            }
            const char *conclusion = vstr(pr, "conclusion");
            if (kept && conclusion && !strcmp(conclusion, "failure"))
                failed = 1;
            const char *err = vstr(ccdk__v_get(pr, "metadata"), "error");
            if (!kept && conclusion && strcmp(conclusion, "success") && err)
                ccdk__buf_printf(&failures, "%sERROR %s", failures.len ? "\n\n" : "", err);
        }
    }
    if (!has_annotations) {
        /* pluginReportFromAnnotations: one violation per (rule, severity, message), its constructs */
        size_t first = nv;
        for (size_t k = 0; k < cs->n; k++) {
            if (!sel[k])
                continue;
            const ccdk_value *m = stack_metadata(t, &cs->s[k]);
            for (size_t i = 0; m && m->kind == CCDK__V_OBJ && i < m->u.obj.n; i++) {
                const ccdk_value *l = m->u.obj.e[i].val;
                for (size_t j = 0; l && l->kind == CCDK__V_LIST && j < l->u.list.n; j++) {
                    const char *type = vstr(l->u.list.items[j], "type");
                    const char *S = !type ? NULL : !strcmp(type, "aws:cdk:warning") ? "WARNING" : !strcmp(type, "aws:cdk:error") ? "ERROR" : !strcmp(type, "aws:cdk:info") ? "INFO" : NULL;
                    if (!S)
                        continue;
                    const ccdk_value *dv = ccdk__v_get(l->u.list.items[j], "data");
                    const char *data = str_of(dv);
                    if (!data) {
                        ccdk__buf jb = {0};
                        if (dv)
                            ccdk__json_write(&jb, dv, 0);
                        data = ccdk__strdup(t->app, jb.data ? jb.data : "undefined");
                        ccdk__buf_free(&jb);
                    }
                    /* splitDescriptionAndId */
                    const char *msg = data, *rule = NULL;
                    const char *ack = strstr(data, "[ack: ");
                    const char *close = ack ? strchr(ack + 6, ']') : NULL;
                    if (ack && close && close > ack + 6) {
                        rule = ccdk__strndup(t->app, ack + 6, (size_t)(close - ack - 6));
                        ccdk__buf mb = {0};
                        ccdk__buf_put(&mb, data, (size_t)(ack - data));
                        ccdk__buf_puts(&mb, close + 1);
                        msg = ccdk__strdup(t->app, mb.data ? mb.data : "");
                        ccdk__buf_free(&mb);
                    }
                    while (*msg == ' ' || *msg == '\n' || *msg == '\t')
                        msg++;
                    size_t ml = strlen(msg);
                    while (ml && (msg[ml - 1] == ' ' || msg[ml - 1] == '\n' || msg[ml - 1] == '\t'))
                        ml--;
                    msg = ccdk__strndup(t->app, msg, ml);
                    if (!rule)
                        rule = !strcmp(S, "WARNING") ? "warning-annotation" : !strcmp(S, "ERROR") ? "error-annotation" : "info-annotation";
                    const char *path = m->u.obj.e[i].key;
                    if (*path == '/')
                        path++;
                    /* the constructs of one rule are listed together, at the rule's first place */
                    size_t at = nv;
                    for (size_t q = first; q < nv; q++)
                        if (!strcmp(vs[q].rule, rule) && !strcmp(vs[q].severity, S) && !strcmp(vs[q].description, msg))
                            at = q;
                    if (nv == cap)
                        vs = ccdk__grow(vs, &cap, sizeof *vs, 8);
                    if (at < nv) {
                        memmove(&vs[at + 2], &vs[at + 1], (nv - at - 1) * sizeof *vs);
                        at++;
                    }
                    vs[at] = (violation){.severity = S, .description = msg, .rule = rule,
                                         .plugin = "Construct Annotations", .path = path, .annotation = 1,
                                         .traces = just_my_code(t, ccdk__v_get(l->u.list.items[j], "trace"))};
                    nv++;
                    if (!strcmp(S, "ERROR"))
                        failed = 1;
                    any_report = 1;
                }
            }
        }
    }
    if (any_report) {
        /* stable sort by severity */
        for (size_t i = 1; i < nv; i++) {
            violation x = vs[i];
            size_t j = i;
            while (j > 0 && severity_order(vs[j - 1].severity) > severity_order(x.severity)) {
                vs[j] = vs[j - 1];
                j--;
            }
            vs[j] = x;
        }
        ccdk__buf out = {0};
        if (failures.len)
            ccdk__buf_put(&out, failures.data, failures.len);
        for (size_t i = 0; i < nv; i++) {
            if (out.len)
                ccdk__buf_puts(&out, "\n\n");
            format_violation(t, &out, &vs[i]);
        }
        fprintf(stderr, "%s\n", out.data ? out.data : "");
        ccdk__buf_free(&out);
    }
    ccdk__buf_free(&failures);
    /* validateMetadataFailAt: "error", "none" with --ignore-errors, "warn" with --strict */
    int warnings = 0;
    for (size_t i = 0; i < nv; i++)
        warnings |= !strcmp(vs[i].severity, "WARNING");
    free(vs);
    if (o->strict && (failed || warnings)) {
        fprintf(stderr, "Synthesis finished with warnings (--strict mode)\n");
        return 1;
    }
    if (failed && !o->ignore_errors) {
        fprintf(stderr, "Synthesis finished with errors\n");
        return 1;
    }
    return 0;
}

/* path.resolve(dir): absolute, "." and ".." folded, symlinks left as they are */
static char *resolve_path(const char *dir)
{
    char cwd[4096];
    ccdk__buf in = {0};
    if (dir[0] != '/') {
        if (!getcwd(cwd, sizeof cwd))
            strcpy(cwd, "/");
        ccdk__buf_puts(&in, cwd);
        ccdk__buf_putc(&in, '/');
    }
    ccdk__buf_puts(&in, dir);
    char *out = malloc(in.len + 2);
    if (!out)
        abort();
    size_t n = 0;
    const char *p = in.data;
    while (*p) {
        while (*p == '/')
            p++;
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 0)
            break;
        if (len == 1 && p[0] == '.') {
        } else if (len == 2 && p[0] == '.' && p[1] == '.') {
            while (n > 0 && out[n - 1] != '/')
                n--;
            if (n > 0)
                n--;
        } else {
            out[n++] = '/';
            memcpy(out + n, p, len);
            n += len;
        }
        p += len;
    }
    if (n == 0)
        out[n++] = '/';
    out[n] = 0;
    ccdk__buf_free(&in);
    return out;
}

/* ------------------------------------------------------------------ commands */

int tool_synth_cmd(tool *t, tool_cdk_opts *o)
{
    const char *dir = NULL;
    int rc = tool_cdk_run_app(t, o, &dir);
    if (rc)
        return rc;
    cstacks cs = {0};
    if (load_stacks(t, dir, &cs)) {
        free(cs.s);
        return 1;
    }
    if (check_missing(o, &cs)) {
        free(cs.s);
        return 1;
    }
    unsigned char *sel = calloc(cs.n + 1, 1);
    if (!sel)
        abort();
    /* "Historic quirk: `cdk synth` always selects exclusively" (the CLI's cli.ts): the stacks a
     * selected stack depends on are not added (--exclusively only changes the bundling stacks) */
    if (select_stacks(o, &cs, sel, 0, 1)) {
        free(sel);
        free(cs.s);
        return 1;
    }
    if (validation_report(t, dir, &cs, sel, o)) {
        free(sel);
        free(cs.s);
        return 1;
    }
    size_t nsel = 0, one = 0;
    for (size_t i = 0; i < cs.n; i++)
        if (sel[i]) {
            if (!nsel)
                one = i;
            nsel++;
        }
    rc = 0;
    if (nsel == 1) {
        if (!(o->settings_quiet >= 0 ? o->settings_quiet : o->quiet)) {
            const cstack *s = &cs.s[one];
            ccdk_value *tpl = s->template_file ? tool_load_json(t, ccdk__sprintf(t->app, "%s/%s", s->dir, s->template_file),
                                                                TOOL_JSON_WARN)
                                               : NULL;
            if (!tpl) {
                fprintf(stderr, "Cannot read the template of %s\n", s->hid);
                rc = 1;
            } else {
                tool_js_order(tpl);
                /* obscureTemplate: the bootstrap version check is not the user's */
                ccdk_value *rules = ccdk__v_get(tpl, "Rules");
                if (rules && rules->kind == CCDK__V_OBJ && ccdk__v_get(rules, "CheckBootstrapVersion")) {
                    if (rules->u.obj.n > 1)
                        ccdk__v_del(rules, "CheckBootstrapVersion");
                    else
                        ccdk__v_del(tpl, "Rules");
                }
                ccdk__buf b = {0};
                if (o->json)
                    ccdk__json_write(&b, tpl, 2);
                else
                    tool_yaml(&b, tpl);
                if (chalk_on()) { /* on a terminal the CLI prints the result through chalk.reset: each line */
                    ccdk__buf r = {0};
                    ccdk__buf_puts(&r, "\x1b[0m");
                    for (size_t i = 0; i < b.len; i++) {
                        if (b.data[i] == '\n')
                            ccdk__buf_puts(&r, "\x1b[0m\n\x1b[0m");
                        else
                            ccdk__buf_putc(&r, b.data[i]);
                    }
                    ccdk__buf_puts(&r, "\x1b[0m");
                    ccdk__buf_free(&b);
                    b = r;
                }
                ccdk__buf_putc(&b, '\n');
                fwrite(b.data, 1, b.len, stdout);
                fflush(stdout);
                ccdk__buf_free(&b);
            }
        }
        if (!rc && (o->quiet || o->settings_quiet > 0 || !tool_cdk_ci)) /* `if (quiet || !isCI)` */
            flags_message(&cs);
    } else {
        char *abs = resolve_path(dir);
        int c = chalk_on();
        /* chalk.green(`Successfully synthesized to ${chalk.blue(dir)}`), an info line (reset around) */
        if (c)
            fprintf(tool_cdk_info, "\x1b[0m\x1b[32mSuccessfully synthesized to \x1b[34m%s\x1b[39m\x1b[32m\x1b[39m\x1b[0m\n", abs ? abs : dir);
        else
            fprintf(tool_cdk_info, "Successfully synthesized to %s\n", abs ? abs : dir);
        free(abs);
        fprintf(tool_cdk_info, "%sSupply a stack id (", c ? "\x1b[0m" : "");
        int first = 1;
        for (size_t i = 0; i < cs.n; i++)
            if (sel[i]) {
                fprintf(tool_cdk_info, "%s%s%s%s", first ? "" : ", ", c ? "\x1b[32m" : "", cs.s[i].hid, c ? "\x1b[39m" : "");
                first = 0;
            }
        fprintf(tool_cdk_info, ") to display its template.%s\n", c ? "\x1b[0m" : "");
        flags_message(&cs);
    }
    free(sel);
    free(cs.s);
    return rc;
}

/* the environment of a stack artifact: {account, region, name} from "aws://account/region" */
static ccdk_value *environment_of(tool *t, const ccdk_value *artifact)
{
    const char *env = str_of(ccdk__v_get(artifact, "environment"));
    ccdk_value *e = ccdk__v_obj(t->app);
    const char *rest = env && !strncmp(env, "aws://", 6) ? env + 6 : (env ? env : "");
    const char *slash = strchr(rest, '/');
    ccdk__v_set(e, "account", ccdk__v_str(t->app, slash ? ccdk__strndup(t->app, rest, (size_t)(slash - rest)) : rest));
    ccdk__v_set(e, "region", ccdk__v_str(t->app, slash ? slash + 1 : ""));
    ccdk__v_set(e, "name", ccdk__v_str(t->app, env ? env : ""));
    return e;
}

/* StackCollection.withDependencies: a stack's dependencies (asset manifests left out), each with
 * its own, looked up among the top-level assembly's artifacts */
static ccdk_value *dependencies_of(tool *t, const ccdk_value *arts, const ccdk_value *artifact, int depth)
{
    ccdk_value *l = ccdk__v_list(t->app);
    const ccdk_value *deps = ccdk__v_get(artifact, "dependencies");
    for (size_t i = 0; depth < 64 && deps && deps->kind == CCDK__V_LIST && i < deps->u.list.n; i++) {
        const char *id = str_of(deps->u.list.items[i]);
        if (!id || strstr(id, ".assets"))
            continue;
        const ccdk_value *da = ccdk__v_get(arts, id);
        const char *dn = str_of(ccdk__v_get(da, "displayName"));
        const char *sn = str_of(ccdk__v_get(ccdk__v_get(da, "properties"), "stackName"));
        if (!dn)
            dn = id;
        if (!sn)
            sn = id;
        ccdk_value *d = ccdk__v_obj(t->app);
        ccdk__v_set(d, "id", ccdk__v_str(t->app, strcmp(dn, sn) ? ccdk__sprintf(t->app, "%s (%s)", dn, sn) : dn));
        ccdk__v_set(d, "dependencies", dependencies_of(t, arts, da, depth + 1));
        ccdk__v_push(l, d);
    }
    return l;
}

/* `cdk ls --long` / `--show-dependencies`: the stacks (in `cdk ls`'s order) as YAML, or JSON with
 * --json */
static int ls_structured(tool *t, const tool_cdk_opts *o, const cstacks *cs)
{
    ccdk_value *list = ccdk__v_list(t->app);
    unsigned char *done = calloc(t->nstacks + 1, 1);
    if (!done)
        abort();
    for (size_t emitted = 0; emitted < t->nstacks;) {
        size_t before = emitted;
        for (size_t i = 0; i < t->nstacks; i++) {
            tool_stack *s = &t->stacks[i];
            if (done[i])
                continue;
            int ready = 1;
            for (size_t k = 0; ready && s->deps && s->deps->kind == CCDK__V_LIST && k < s->deps->u.list.n; k++) {
                const ccdk_value *d = s->deps->u.list.items[k];
                for (size_t j = 0; d->kind == CCDK__V_STR && j < t->nstacks; j++)
                    if (!done[j] && j != i && !strcmp(t->stacks[j].artifact_id, d->u.str.s) && !strcmp(t->stacks[j].dir, s->dir))
                        ready = 0;
            }
            if (!ready)
                continue;
            long ci = find_hid(cs, s->display_name);
            const ccdk_value *arts = ci >= 0 ? cs->s[ci].artifacts : NULL;
            const ccdk_value *a = ci >= 0 ? ccdk__v_get(arts, cs->s[ci].id) : NULL;
            ccdk_value *e = ccdk__v_obj(t->app);
            /* the id as `cdk ls` prints it: "Stage/Stack (stack-name)" when the name differs */
            const char *name = s->stack_name ? s->stack_name : s->artifact_id;
            ccdk__v_set(e, "id", ccdk__v_str(t->app, strcmp(name, s->display_name)
                                                        ? ccdk__sprintf(t->app, "%s (%s)", s->display_name, name)
                                                        : s->display_name));
            if (o->long_list) {
                ccdk__v_set(e, "name", ccdk__v_str(t->app, name));
                ccdk__v_set(e, "environment", environment_of(t, a));
            }
            if (o->show_deps)
                ccdk__v_set(e, "dependencies", dependencies_of(t, arts, a, 0));
            ccdk__v_push(list, e);
            done[i] = 1;
            emitted++;
            break;
        }
        if (emitted == before)
            break;
    }
    free(done);
    ccdk__buf b = {0};
    if (o->json)
        ccdk__json_write(&b, list, 2);
    else
        tool_yaml(&b, list);
    ccdk__buf_putc(&b, '\n');
    fwrite(b.data, 1, b.len, stdout);
    ccdk__buf_free(&b);
    return 0;
}

int tool_ls_cmd(tool *t, tool_cdk_opts *o)
{
    const char *dir = NULL;
    int rc = tool_cdk_run_app(t, o, &dir);
    if (rc)
        return rc;
    cstacks cs = {0};
    if (load_stacks(t, dir, &cs) || check_missing(o, &cs)) {
        free(cs.s);
        return 1;
    }
    unsigned char *sel = calloc(cs.n + 1, 1);
    if (!sel)
        abort();
    /* `cdk ls PATTERN`: the matching stacks and the stacks they depend on */
    if (o->nstacks && cs.n && select_stacks(o, &cs, sel, 1, 0)) {
        free(sel);
        free(cs.s);
        return 1;
    }
    if (tool_load(t, dir) != 0) {
        free(sel);
        free(cs.s);
        return 1;
    }
    if (o->nstacks) {
        size_t k = 0;
        for (size_t i = 0; i < t->nstacks; i++) {
            long j = find_hid(&cs, t->stacks[i].display_name);
            if (j >= 0 && sel[j])
                t->stacks[k++] = t->stacks[i];
        }
        t->nstacks = k;
        if (!k) { /* an empty list: the CLI prints "" and its newline */
            putchar('\n');
            free(sel);
            free(cs.s);
            return 0;
        }
    }
    if (o->long_list || o->show_deps)
        rc = ls_structured(t, o, &cs);
    else
        rc = tool_ls(t) ? 1 : 0;
    free(sel);
    free(cs.s);
    return rc;
}

/* ------------------------------------------------------------------ options */

static int want_arg(int argc, char **argv, int i, const char *cmd)
{
    if (i + 1 >= argc) {
        fprintf(stderr, "ccdk %s: %s needs a value (ccdk help)\n", cmd, argv[i]);
        return 0;
    }
    return 1;
}

int tool_cdk_parse(tool *t, tool_cdk_opts *o, int argc, char **argv, int from)
{
    o->version_reporting = o->path_metadata = o->asset_metadata = o->lookups = o->validation = o->color = -1;
    o->staging = 1;
    o->stacks = calloc((size_t)argc + 1, sizeof *o->stacks);
    if (!o->stacks)
        abort();
    const char *cmd = o->command;
    const char *ci = getenv("CI");
    tool_cdk_ci = ci && strcmp(ci, "false") && strcmp(ci, "0");
    for (int i = from; i < argc; i++) {
        if (!strcmp(argv[i], "--ci") || !strcmp(argv[i], "--ci=true"))
            tool_cdk_ci = 1;
        else if (!strcmp(argv[i], "--no-ci") || !strcmp(argv[i], "--ci=false"))
            tool_cdk_ci = 0;
    }
    tool_cdk_info = tool_cdk_ci ? stdout : stderr;
    chalk_level = supports_color(argc, argv, isatty(1));
    for (int i = from; i < argc; i++) {
        const char *a = argv[i];
        const char *eqv = NULL;
        char name[64];
        if (!strncmp(a, "--", 2) && strchr(a, '=')) { /* --opt=value */
            size_t n = (size_t)(strchr(a, '=') - a);
            if (n < sizeof name) {
                memcpy(name, a, n);
                name[n] = 0;
                eqv = a + n + 1;
                a = name;
            }
        }
#define VALUE() (eqv ? eqv : (want_arg(argc, argv, i, cmd) ? argv[++i] : NULL))
        if (!strcmp(a, "--app") || !strcmp(a, "-a")) {
            if (!(o->app = VALUE()))
                return 2;
        } else if (!strcmp(a, "--assembly")) { /* ccdk's: an existing cloud assembly */
            if (!(o->app = VALUE()))
                return 2;
            struct stat st;
            if (stat(o->app, &st) != 0 || !S_ISDIR(st.st_mode)) {
                fprintf(stderr, "ccdk %s: --assembly %s: not a directory\n", cmd, o->app);
                return 2;
            }
        } else if (!strcmp(a, "--context") || !strcmp(a, "-c")) {
            const char *kv = VALUE();
            if (!kv)
                return 2;
            const char *eq = strchr(kv, '=');
            if (!eq) {
                fprintf(tool_cdk_info, "Context argument is not an assignment (key=value): %s\n", kv);
                continue;
            }
            char *k = ccdk__strndup(t->app, kv, (size_t)(eq - kv));
            if (!strncmp(k, "aws:", 4) && k[4]) {
                fprintf(stderr, "User-provided context cannot use keys prefixed with 'aws:', but %s was provided.\n", k);
                return 1;
            }
            if (!o->context)
                o->context = ccdk__v_obj(t->app);
            ccdk__v_set(o->context, k, ccdk__v_str(t->app, eq + 1));
        } else if (!strcmp(a, "--output") || !strcmp(a, "-o")) {
            if (!(o->output = VALUE()))
                return 2;
        } else if (!strcmp(a, "--profile")) {
            if (!(o->profile = VALUE()))
                return 2;
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            o->quiet = 1;
        } else if (!strcmp(a, "--json") || !strcmp(a, "-j")) {
            o->json = 1;
        } else if (!strcmp(a, "--exclusively") || !strcmp(a, "-e")) {
            o->exclusively = 1;
        } else if (!strcmp(a, "--version-reporting") || !strcmp(a, "--telemetry")) {
            o->version_reporting = 1;
        } else if (!strcmp(a, "--no-version-reporting") || !strcmp(a, "--no-telemetry")) {
            o->version_reporting = 0;
        } else if (!strcmp(a, "--path-metadata")) {
            o->path_metadata = 1;
        } else if (!strcmp(a, "--no-path-metadata")) {
            o->path_metadata = 0;
        } else if (!strcmp(a, "--asset-metadata")) {
            o->asset_metadata = 1;
        } else if (!strcmp(a, "--no-asset-metadata")) {
            o->asset_metadata = 0;
        } else if (!strcmp(a, "--staging")) {
            o->staging = 1;
        } else if (!strcmp(a, "--no-staging")) {
            o->staging = 0;
        } else if (!strcmp(a, "--lookups")) {
            o->lookups = 1;
        } else if (!strcmp(a, "--no-lookups")) {
            o->lookups = 0;
        } else if (!strcmp(a, "--validation")) {
            o->validation = 1;
        } else if (!strcmp(a, "--no-validation")) {
            o->validation = 0;
        } else if (!strcmp(a, "--long") || !strcmp(a, "-l")) {
            o->long_list = 1;
        } else if (!strcmp(a, "--show-dependencies") || !strcmp(a, "-d")) {
            o->show_deps = 1;
        } else if (!strcmp(a, "--strict")) {
            o->strict = 1;
        } else if (!strcmp(a, "--ignore-errors")) {
            o->ignore_errors = 1;
        } else if (!strcmp(a, "--debug")) {
            o->debug = 1;
        } else if (!strcmp(a, "--color") || !strcmp(a, "--color=true")) {
            o->color = 1;
        } else if (!strcmp(a, "--no-color") || !strcmp(a, "--color=false")) {
            o->color = 0;
        } else if (!strcmp(a, "--noColor") || !strcmp(a, "--noColor=true") || !strcmp(a, "--no-color=true")) {
            o->no_color = 1;
        } else if (!strcmp(a, "--noColor=false") || !strcmp(a, "--no-color=false")) {
            o->no_color = 0;
        } else if (!strcmp(a, "--ci") || !strcmp(a, "--no-ci")) {
            /* read above */
        } else if (!strcmp(a, "--no-notices") || !strcmp(a, "--notices")) {
            /* accepted for compatibility: ccdk prints no notices */
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "ccdk %s: unknown option %s (ccdk help)\n", cmd, argv[i]);
            return 2;
        } else {
            o->stacks[o->nstacks++] = a;
        }
#undef VALUE
    }
    /* cli.ts's exec, before anything runs or prints: the app inherits it and the validation
     * report's Colorize reads it. yargs makes --no-color "color: false" (noColor stays false),
     * so only --noColor (or --no-color=true) takes the colors off: matched. */
    if (o->no_color)
        setenv("FORCE_COLOR", "0", 1);
    else if (o->color == 1)
        setenv("FORCE_COLOR", "3", 1);
    else if (!isatty(1))
        setenv("FORCE_COLOR", "0", 1);
    return 0;
}
