/* yaml.c - a template as YAML, byte for byte as `cdk synth` prints it.
 *
 * The cdk CLI (2.1148.1, toolkit-lib's util/yaml-cfn.ts) prints a stack's template with the npm
 * package `yaml` (v2): yaml.stringify(template, {schema: 'yaml-1.1', lineWidth: 0}). What that
 * does for the values a template holds (JSON: objects, arrays, strings, numbers, booleans, null),
 * written here from reading its stringify code:
 *   - block style everywhere, two spaces per level, sequences indented under their key
 *     ("Key:\n  - a"), an empty map or list as {} / [];
 *   - a string stays plain unless it would read back as something else: yaml 1.1's null, bool,
 *     int (binary, octal, hex, sexagesimal), float and timestamp forms (so "2012-10-17",
 *     "yes", "0x1F", "1:20", "" are quoted), or starts/ends with an indicator or contains ": ",
 *     " #" and the like; quoted strings are double-quoted unless they contain a " and no ';
 *   - multi-line strings become literal block scalars (|, |-, |+, with an indentation indicator
 *     when they start with a space), except keys and strings with control characters (double
 *     quoted, long ones folded at their newlines);
 *   - lineWidth 0: nothing is folded for length;
 *   - numbers as JavaScript prints them; no "---" and no CloudFormation short forms (!Ref): the
 *     CLI prints Fn::GetAtt: [...] in full.
 * tests/tool/run.sh compares the output with the CLI's on real templates and on a template of
 * awkward strings. */
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "synth.h"

/* ------------------------------------------------------------------ what a plain scalar would read back as */

/* the yaml-1.1 schema's default tags with a test (yaml/dist/schema/yaml-1.1): a plain string
 * matching one of these would not read back as a string, so it is quoted */
static const char *const resolving[] = {
    "^(~|[Nn]ull|NULL)?$",                                             /* null */
    "^(Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$",                         /* true */
    "^(N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$",                       /* false */
    "^[-+]?0b[0-1_]+$",                                                 /* int, binary */
    "^[-+]?0[0-7_]+$",                                                  /* int, octal */
    "^[-+]?[0-9][0-9_]*$",                                              /* int */
    "^[-+]?0x[0-9a-fA-F_]+$",                                           /* int, hex */
    "^([-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$",                   /* float nan/inf */
    "^[-+]?([0-9][0-9_]*)?(\\.[0-9_]*)?[eE][-+]?[0-9]+$",               /* float, exponent */
    "^[-+]?([0-9][0-9_]*)?\\.[0-9_]*$",                                 /* float */
    "^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+$",                               /* int, sexagesimal */
    "^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*$",                     /* float, sexagesimal */
    "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(([tT]|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)([ \t]*(Z|[-+][012]?[0-9](:[0-9]{2})?))?)?$",
};
#define NRESOLVING (sizeof resolving / sizeof *resolving)
static regex_t resolving_re[NRESOLVING];
static int resolving_ready;

static int reads_as_other_type(const char *s)
{
    /* every pattern above starts with one of these (or matches the empty string) */
    if (*s && !strchr("~nNyYtTfFoO-+.0123456789eE", *s))
        return 0;
    if (!resolving_ready) {
        for (size_t i = 0; i < NRESOLVING; i++)
            if (regcomp(&resolving_re[i], resolving[i], REG_EXTENDED | REG_NOSUB) != 0)
                abort();
        resolving_ready = 1;
    }
    for (size_t i = 0; i < NRESOLVING; i++)
        if (regexec(&resolving_re[i], s, 0, NULL, 0) == 0)
            return 1;
    return 0;
}

/* ------------------------------------------------------------------ context */

typedef struct {
    ccdk__buf *b;
    size_t indent;     /* ctx.indent, in spaces */
    int implicit_key;  /* ctx.implicitKey */
} yctx;

static void put_indent(ccdk__buf *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ccdk__buf_putc(b, ' ');
}

/* /^(%|---|\.\.\.)/m */
static int contains_document_marker(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || s[i - 1] == '\n') {
            if (s[i] == '%')
                return 1;
            if (i + 3 <= n && (!memcmp(s + i, "---", 3) || !memcmp(s + i, "...", 3)))
                return 1;
        }
    }
    return 0;
}

static int has_char(const char *s, size_t n, char c) { return memchr(s, c, n) != NULL; }

/* ------------------------------------------------------------------ double quoted */

/* JSON.stringify of a string (UTF-8 in, UTF-8 out: it escapes only ", \ and control characters) */
static void json_string(ccdk__buf *out, const char *s, size_t n)
{
    ccdk__json_write_string(out, s, n);
}

static void double_quoted(yctx *c, const char *v, size_t vn)
{
    ccdk__buf jb = {0};
    json_string(&jb, v, vn);
    const char *json = jb.data;
    size_t jn = jb.len;
    size_t indent = c->indent ? c->indent : (contains_document_marker(v, vn) ? 2 : 0);
    /* json.length counts UTF-16 units; a multi-byte character counts less than its bytes */
    size_t units = 0;
    for (size_t i = 0; i < jn; i++) {
        unsigned char ch = (unsigned char)json[i];
        if ((ch & 0xC0) != 0x80)
            units += (ch >= 0xF0) ? 2 : 1;
    }
    ccdk__buf str = {0};
    size_t start = 0;
    int touched = 0;
    for (size_t i = 0; i < jn; i++) {
        char ch = json[i];
        if (ch == ' ' && i + 2 < jn && json[i + 1] == '\\' && json[i + 2] == 'n') {
            ccdk__buf_put(&str, json + start, i - start);
            ccdk__buf_puts(&str, "\\ ");
            touched = 1;
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch != '\\')
            continue;
        char nx = i + 1 < jn ? json[i + 1] : 0;
        if (nx == 'u') {
            ccdk__buf_put(&str, json + start, i - start);
            touched = 1;
            char code[5] = {0};
            memcpy(code, json + i + 2, 4);
            if (!strcmp(code, "0000"))
                ccdk__buf_puts(&str, "\\0");
            else if (!strcmp(code, "0007"))
                ccdk__buf_puts(&str, "\\a");
            else if (!strcmp(code, "000b"))
                ccdk__buf_puts(&str, "\\v");
            else if (!strcmp(code, "001b"))
                ccdk__buf_puts(&str, "\\e");
            else if (code[0] == '0' && code[1] == '0') {
                ccdk__buf_puts(&str, "\\x");
                ccdk__buf_put(&str, code + 2, 2);
            } else
                ccdk__buf_put(&str, json + i, 6);
            i += 5;
            start = i + 1;
        } else if (nx == 'n') {
            if (c->implicit_key || (i + 2 < jn && json[i + 2] == '"') || units < 40) {
                i += 1;
            } else {
                ccdk__buf_put(&str, json + start, i - start);
                touched = 1;
                ccdk__buf_puts(&str, "\n\n");
                while (i + 4 < jn && json[i + 2] == '\\' && json[i + 3] == 'n' && json[i + 4] != '"') {
                    ccdk__buf_putc(&str, '\n');
                    i += 2;
                }
                put_indent(&str, indent);
                if (i + 2 < jn && json[i + 2] == ' ')
                    ccdk__buf_putc(&str, '\\');
                i += 1;
                start = i + 1;
            }
        } else {
            i += 1;
        }
    }
    if (touched || start) {
        ccdk__buf_put(&str, json + start, jn - start);
        ccdk__buf_put(c->b, str.data, str.len);
    } else {
        ccdk__buf_put(c->b, json, jn);
    }
    ccdk__buf_free(&str);
    ccdk__buf_free(&jb);
}

/* ------------------------------------------------------------------ single quoted, block */

static int space_newline_adjacent(const char *v, size_t n) /* /[ \t]\n|\n[ \t]/ */
{
    for (size_t i = 0; i + 1 < n; i++) {
        if ((v[i] == ' ' || v[i] == '\t') && v[i + 1] == '\n')
            return 1;
        if (v[i] == '\n' && (v[i + 1] == ' ' || v[i + 1] == '\t'))
            return 1;
    }
    return 0;
}

static void single_quoted(yctx *c, const char *v, size_t n)
{
    if ((c->implicit_key && has_char(v, n, '\n')) || space_newline_adjacent(v, n)) {
        double_quoted(c, v, n);
        return;
    }
    size_t indent = c->indent ? c->indent : (contains_document_marker(v, n) ? 2 : 0);
    ccdk__buf_putc(c->b, '\'');
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '\'') {
            ccdk__buf_puts(c->b, "''");
        } else if (v[i] == '\n') {
            while (i < n && v[i] == '\n')
                ccdk__buf_putc(c->b, v[i++]);
            i--;
            ccdk__buf_putc(c->b, '\n');
            put_indent(c->b, indent);
        } else {
            ccdk__buf_putc(c->b, v[i]);
        }
    }
    ccdk__buf_putc(c->b, '\'');
}

static void quoted(yctx *c, const char *v, size_t n)
{
    int dq = has_char(v, n, '"'), sq = has_char(v, n, '\'');
    if (dq && !sq)
        single_quoted(c, v, n);
    else
        double_quoted(c, v, n);
}

/* each run of newlines followed by an indentation (s.replace(/\n+/g, `$&${indent}`)) */
static void put_indented_runs(ccdk__buf *b, const char *s, size_t n, size_t indent)
{
    for (size_t i = 0; i < n; i++) {
        ccdk__buf_putc(b, s[i]);
        if (s[i] == '\n' && (i + 1 == n || s[i + 1] != '\n'))
            put_indent(b, indent);
    }
}

static void block_string(yctx *c, const char *v, size_t n, int force_block_indent)
{
    /* /\n[\t ]+$/: trailing whitespace on the last line cannot be kept in a block scalar */
    {
        size_t e = n;
        while (e > 0 && (v[e - 1] == ' ' || v[e - 1] == '\t'))
            e--;
        if (e < n && e > 0 && v[e - 1] == '\n') {
            quoted(c, v, n);
            return;
        }
    }
    size_t indent = c->indent ? c->indent : ((force_block_indent || contains_document_marker(v, n)) ? 2 : 0);
    /* lineWidth 0: always literal */
    size_t end_start = n;
    while (end_start > 0 && (v[end_start - 1] == '\n' || v[end_start - 1] == '\t' || v[end_start - 1] == ' '))
        end_start--;
    const char *end = v + end_start;
    size_t end_n = n - end_start;
    const char *nl = memchr(end, '\n', end_n);
    const char *chomp;
    if (!nl)
        chomp = "-";
    else if (end_start == 0 || (size_t)(nl - end) != end_n - 1)
        chomp = "+";
    else
        chomp = "";
    size_t body_n = end_start;
    if (end_n && end[end_n - 1] == '\n')
        end_n--;
    /* leading spaces and newlines */
    int start_with_space = 0;
    size_t start_end = 0;
    long start_nl = -1;
    for (; start_end < body_n; start_end++) {
        if (v[start_end] == ' ')
            start_with_space = 1;
        else if (v[start_end] == '\n')
            start_nl = (long)start_end;
        else
            break;
    }
    size_t start_n = (start_nl >= 0 && (size_t)start_nl < start_end) ? (size_t)start_nl + 1 : 0;
    ccdk__buf *b = c->b;
    ccdk__buf_putc(b, '|');
    if (start_with_space)
        ccdk__buf_putc(b, indent ? '2' : '1');
    ccdk__buf_puts(b, chomp);
    ccdk__buf_putc(b, '\n');
    put_indent(b, indent);
    put_indented_runs(b, v, start_n, indent);
    put_indented_runs(b, v + start_n, body_n - start_n, indent);
    /* end.replace(/(^|(?<!\n))\n+(?!\n|$)/g, `$&${indent}`): a run of newlines not at the end */
    for (size_t i = 0; i < end_n; i++) {
        ccdk__buf_putc(b, end[i]);
        if (end[i] == '\n' && i + 1 < end_n && end[i + 1] != '\n')
            put_indent(b, indent);
    }
}

/* ------------------------------------------------------------------ plain */

static int in_set(char ch, const char *set) { return ch && strchr(set, ch) != NULL; }

/* /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/ */
static int needs_quotes(const char *v, size_t n)
{
    if (n == 0)
        return 0;
    if (in_set(v[0], "\n\t ,[]{}#&*!|>'\"%@`"))
        return 1;
    if ((v[0] == '?' || v[0] == '-') && (n == 1 || v[1] == ' ' || v[1] == '\t'))
        return 1;
    for (size_t i = 0; i + 1 < n; i++) {
        if ((v[i] == '\n' || v[i] == ':') && (v[i + 1] == ' ' || v[i + 1] == '\t'))
            return 1;
        if ((v[i] == ' ' || v[i] == '\t') && v[i + 1] == '\n')
            return 1;
        if ((v[i] == '\n' || v[i] == '\t' || v[i] == ' ') && v[i + 1] == '#')
            return 1;
    }
    return in_set(v[n - 1], "\n\t :");
}

/* control characters (and C1 controls) force double quotes */
static int has_control(const char *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)v[i];
        if (ch <= 0x08 || (ch >= 0x0b && ch <= 0x1f) || ch == 0x7f)
            return 1;
        if (ch == 0xC2 && i + 1 < n && (unsigned char)v[i + 1] >= 0x80 && (unsigned char)v[i + 1] <= 0x9f)
            return 1;
    }
    return 0;
}

static void string_scalar(yctx *c, const char *v, size_t n)
{
    if (has_control(v, n)) {
        double_quoted(c, v, n);
        return;
    }
    int nl = has_char(v, n, '\n');
    if (c->implicit_key && nl) {
        quoted(c, v, n);
        return;
    }
    if (needs_quotes(v, n)) {
        if (c->implicit_key || !nl)
            quoted(c, v, n);
        else
            block_string(c, v, n, 0);
        return;
    }
    if (!c->implicit_key && nl) {
        block_string(c, v, n, 0);
        return;
    }
    if (contains_document_marker(v, n)) {
        if (c->indent == 0) {
            block_string(c, v, n, 1);
            return;
        }
        if (c->implicit_key && c->indent == 2) {
            quoted(c, v, n);
            return;
        }
    }
    /* a NUL inside cannot be here (a control character); the regexes see the whole string */
    if (reads_as_other_type(v)) {
        quoted(c, v, n);
        return;
    }
    ccdk__buf_put(c->b, v, n);
}

/* ------------------------------------------------------------------ collections */

static void node(yctx *c, const ccdk_value *v);

static int is_collection(const ccdk_value *v)
{
    return v->kind == CCDK__V_OBJ || v->kind == CCDK__V_LIST;
}

static size_t count(const ccdk_value *v)
{
    return v->kind == CCDK__V_OBJ ? v->u.obj.n : v->u.list.n;
}

/* one pair at ctx indent `indent` (the map's) */
static void pair(yctx *c, const char *key, const ccdk_value *val)
{
    size_t indent = c->indent;
    yctx k = {.b = NULL, .indent = indent + 2, .implicit_key = 1};
    ccdk__buf kb = {0};
    k.b = &kb;
    string_scalar(&k, key, strlen(key));
    /* a key over 1024 characters is written as an explicit key (? key) */
    size_t units = 0;
    for (size_t i = 0; i < kb.len; i++)
        if (((unsigned char)kb.data[i] & 0xC0) != 0x80)
            units += ((unsigned char)kb.data[i] >= 0xF0) ? 2 : 1;
    int explicit_key = units > 1024;
    if (explicit_key) {
        ccdk__buf_puts(c->b, "? ");
        ccdk__buf_put(c->b, kb.data, kb.len);
        ccdk__buf_putc(c->b, '\n');
        put_indent(c->b, indent);
        ccdk__buf_putc(c->b, ':');
    } else {
        ccdk__buf_put(c->b, kb.data, kb.len);
        ccdk__buf_putc(c->b, ':');
    }
    ccdk__buf_free(&kb);
    yctx vc = {.b = c->b, .indent = indent + 2, .implicit_key = 0};
    if (!explicit_key && is_collection(val) && count(val) > 0) {
        ccdk__buf_putc(c->b, '\n');
        put_indent(c->b, indent + 2);
    } else {
        ccdk__buf_putc(c->b, ' ');
    }
    node(&vc, val);
}

static void node(yctx *c, const ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_NULL:
        ccdk__buf_puts(c->b, "null");
        return;
    case CCDK__V_BOOL:
        ccdk__buf_puts(c->b, v->u.b ? "true" : "false");
        return;
    case CCDK__V_NUM:
        if (v->u.n == 0) /* yaml prints -0 as -0 (JSON.stringify would say 0) */
            ccdk__buf_puts(c->b, signbit(v->u.n) ? "-0" : "0");
        else
            ccdk__json_write_number(c->b, v->u.n);
        return;
    case CCDK__V_STR:
        string_scalar(c, v->u.str.s, v->u.str.len);
        return;
    case CCDK__V_OBJ: {
        if (v->u.obj.n == 0) {
            ccdk__buf_puts(c->b, "{}");
            return;
        }
        for (size_t i = 0; i < v->u.obj.n; i++) {
            if (i) {
                ccdk__buf_putc(c->b, '\n');
                put_indent(c->b, c->indent);
            }
            yctx ic = {.b = c->b, .indent = c->indent, .implicit_key = 0};
            pair(&ic, v->u.obj.e[i].key, v->u.obj.e[i].val);
        }
        return;
    }
    case CCDK__V_LIST: {
        if (v->u.list.n == 0) {
            ccdk__buf_puts(c->b, "[]");
            return;
        }
        for (size_t i = 0; i < v->u.list.n; i++) {
            if (i) {
                ccdk__buf_putc(c->b, '\n');
                put_indent(c->b, c->indent);
            }
            ccdk__buf_puts(c->b, "- ");
            yctx ic = {.b = c->b, .indent = c->indent + 2, .implicit_key = 0};
            node(&ic, v->u.list.items[i]);
        }
        return;
    }
    default:
        ccdk__buf_puts(c->b, "null");
        return;
    }
}

void tool_yaml(ccdk__buf *b, const ccdk_value *v)
{
    yctx c = {.b = b, .indent = 0, .implicit_key = 0};
    node(&c, v);
    ccdk__buf_putc(b, '\n');
}
