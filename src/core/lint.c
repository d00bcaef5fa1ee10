/* lint.c - the deploy-time limits of CloudFormation and Lambda, checked over a template: see lint.h.
 * The messages of the rules aws-cdk-lib's validator also has are its own, checked against it live
 * by tests/tool/lint.sh. */
#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "arena.h"
#include "jsregex.h"
#include "lint.h"

#define CFN_QUOTAS "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"
#define LAMBDA_QUOTAS "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
#define LAMBDA_CREATE "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"
#define LAMBDA_CORS "https://docs.aws.amazon.com/lambda/latest/api/API_Cors.html"

/* The one table: order as the enum in lint.h. */
const ccdk__lint_limit ccdk__lint_limits[CCDK__LINT_NLIMITS] = {
    {"template-size", 1000000, "bytes", "template size (CloudFormation: \"Template may not exceed 1000000 bytes\")", CFN_QUOTAS},
    {"template-body-size", 51200, "bytes",
     "template size passed in the request body, i.e. when the template is not an asset (the cdk CLI then uploads a "
     "larger one to the bootstrap bucket, and fails when the environment is not bootstrapped)",
     CFN_QUOTAS},
    {"resources", 500, "resources", "resources in a template", CFN_QUOTAS},
    {"outputs", 200, "outputs", "outputs in a template", CFN_QUOTAS},
    {"parameters", 200, "parameters", "parameters in a template", CFN_QUOTAS},
    {"mappings", 200, "mappings", "mappings in a template", CFN_QUOTAS},
    {"env-size", 4096, "bytes",
     "a function's environment variables, measured as Lambda does: the Variables map as compact JSON "
     "({\"KEY\":\"value\",...}; values that are CloudFormation expressions count as \"\")",
     LAMBDA_QUOTAS},
    {"memory-min", 128, "MB", "a function's MemorySize, minimum", LAMBDA_CREATE},
    {"memory-max", 10240, "MB", "a function's MemorySize, maximum", LAMBDA_CREATE},
    {"timeout-max", 900, "seconds", "a function's Timeout, maximum (without CapacityProviderConfig)", LAMBDA_QUOTAS},
    {"ephemeral-min", 512, "MB", "a function's EphemeralStorage.Size, minimum", LAMBDA_CREATE},
    {"ephemeral-max", 10240, "MB", "a function's EphemeralStorage.Size, maximum", LAMBDA_CREATE},
    {"layers", 5, "layers", "layers of a function", LAMBDA_QUOTAS},
    {"code-size", 262144000, "bytes",
     "a function's unzipped code and layers (250 MB; directory and .zip assets of the cloud assembly)", LAMBDA_QUOTAS},
    {"inline-code-size", 4194304, "bytes", "a function's inline code (Code.ZipFile)",
     "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html"},
    {"url-methods", 6, "methods", "a Function URL's Cors.AllowMethods, items", LAMBDA_CORS},
    {"url-method-length", 6, "characters", "a Function URL's Cors.AllowMethods, length of an item", LAMBDA_CORS},
    {"url-max-age", 86400, "seconds", "a Function URL's Cors.MaxAge, maximum", LAMBDA_CORS},
};

/* https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 * ("reserved environment variables"); the validator's E3663 flags exactly these */
const char *const ccdk__lint_reserved_env[] = {
    "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR", NULL};

/* AWS::Lambda::Url Cors.AllowMethods' enum (the resource schema; Lambda answers OPTIONS itself) */
const char *const ccdk__lint_url_methods[] = {"GET", "PUT", "HEAD", "POST", "PATCH", "DELETE", "*", NULL};

/* Lambda's runtime deprecation dates (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html):
 * deprecated, creation disabled, update disabled, and the runtime the validator suggests instead.
 * The runtimes deprecated by 2026-12-02; later deprecations are not in the table. The validator
 * (W2531, E2531, E2533) compares them with today's date, so does ccdk (UTC). */
static const struct {
    const char *runtime, *deprecated, *create, *update, *successor;
} deprecations[] = {
    {"nodejs", "2016-08-30", "2016-09-30", "2016-10-31", "nodejs24.x"},
    {"nodejs4.3", "2020-03-05", "2020-02-03", "2020-03-05", "nodejs24.x"},
    {"nodejs4.3-edge", "2020-03-05", "2019-03-31", "2019-04-30", "nodejs24.x"},
    {"nodejs6.10", "2019-08-12", "2019-07-12", "2019-08-12", "nodejs24.x"},
    {"nodejs8.10", "2020-03-06", "2020-02-04", "2020-03-06", "nodejs24.x"},
    {"nodejs10.x", "2021-07-30", "2021-07-30", "2022-02-14", "nodejs24.x"},
    {"nodejs12.x", "2023-03-31", "2023-03-31", "2023-04-30", "nodejs24.x"},
    {"nodejs14.x", "2023-12-04", "2024-01-09", "2027-03-03", "nodejs24.x"},
    {"nodejs16.x", "2024-06-12", "2027-02-01", "2027-03-03", "nodejs24.x"},
    {"nodejs18.x", "2025-09-01", "2027-02-01", "2027-03-03", "nodejs24.x"},
    {"nodejs20.x", "2026-04-30", "2027-02-01", "2027-03-03", "nodejs24.x"},
    {"python2.7", "2021-07-15", "2021-07-15", "2022-05-30", "python3.14"},
    {"python3.6", "2022-07-18", "2022-07-18", "2022-08-29", "python3.14"},
    {"python3.7", "2023-12-04", "2024-01-09", "2027-03-03", "python3.14"},
    {"python3.8", "2024-10-14", "2027-02-01", "2027-03-03", "python3.14"},
    {"python3.9", "2025-12-15", "2027-02-01", "2027-03-03", "python3.14"},
    {"java8", "2024-01-08", "2024-02-08", "2027-03-03", "java25"},
    {"dotnetcore1.0", "2019-06-27", "2019-06-30", "2019-07-30", "dotnet10"},
    {"dotnetcore2.0", "2019-05-30", "2019-04-30", "2019-05-30", "dotnet10"},
    {"dotnetcore2.1", "2022-01-05", "2022-01-05", "2022-04-13", "dotnet10"},
    {"dotnetcore3.1", "2023-04-03", "2023-04-03", "2023-05-03", "dotnet10"},
    {"dotnet6", "2024-12-20", "2027-02-01", "2027-03-03", "dotnet10"},
    {"go1.x", "2024-01-08", "2024-02-08", "2027-03-03", "provided.al2023"},
    {"ruby2.5", "2021-07-30", "2021-07-30", "2022-03-31", "ruby4.0"},
    {"ruby2.7", "2023-12-07", "2024-01-09", "2027-03-03", "ruby4.0"},
    {"ruby3.2", "2026-03-31", "2027-02-01", "2027-03-03", "ruby4.0"},
    {"provided", "2024-01-08", "2024-02-08", "2027-03-03", "provided.al2023"},
    {"provided.al2", "2026-07-31", "2027-02-01", "2027-03-03", "provided.al2023"},
};

int ccdk__lint_init(ccdk__lint *l, ccdk_app *app, ccdk_value *(*lookup)(void *ctx, const char *key), void *ctx,
                    const char **bad)
{
    memset(l, 0, sizeof *l);
    l->app = app;
    for (int i = 0; i < CCDK__LINT_NLIMITS; i++) {
        l->limit[i] = ccdk__lint_limits[i].value;
        if (!lookup)
            continue;
        const char *key = ccdk__sprintf(app, "ccdk:lint:%s", ccdk__lint_limits[i].name);
        ccdk_value *v = lookup(ctx, key);
        if (!v || v->kind == CCDK__V_UNDEF)
            continue;
        if (v->kind == CCDK__V_NUM) {
            l->limit[i] = v->u.n;
        } else if (v->kind == CCDK__V_STR && v->u.str.len) {
            char *end;
            double d = strtod(v->u.str.s, &end);
            if (*end) {
                *bad = key;
                return -1;
            }
            l->limit[i] = d;
        } else {
            *bad = key;
            return -1;
        }
    }
    return 0;
}

void ccdk__lint_free(ccdk__lint *l)
{
    free(l->f);
    l->f = NULL;
    l->n = l->cap = 0;
}

static const char *str_of(const ccdk_value *v) { return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL; }

typedef struct {
    ccdk__lint *l;
    const char *logical_id, *type;
    uint64_t order;
} where;

static void add(where *w, const char *rule, int error, const char *category, const char *prop_path, uint64_t sub,
                const char *fmt, ...) __attribute__((format(printf, 7, 8)));

static void add(where *w, const char *rule, int error, const char *category, const char *prop_path, uint64_t sub,
                const char *fmt, ...)
{
    ccdk__lint *l = w->l;
    va_list ap;
    va_start(ap, fmt);
    const char *msg = ccdk__vsprintf(l->app, fmt, ap);
    va_end(ap);
    if (l->n == l->cap)
        l->f = ccdk__grow(l->f, &l->cap, sizeof *l->f, 16);
    l->f[l->n++] = (ccdk__lint_finding){
        .rule = rule,
        .error = error,
        .cfn = rule[0] != 'C',
        .category = category,
        .logical_id = w->logical_id,
        .type = w->type,
        /* (a copy: the walks build paths in buffers of their own) */
        .prop_path = prop_path ? ccdk__strndup(l->app, prop_path, strlen(prop_path)) : NULL,
        /* the validator names a property without its "Properties." (a resource attribute as it is) */
        .message = prop_path ? ccdk__sprintf(l->app, "%s: %s",
                                             prop_path + (strncmp(prop_path, "Properties.", 11) ? 0 : 11), msg)
                             : msg,
        .order = w->order + sub,
    };
}

/* a number as the validator prints it (Rust's f64 Display): JavaScript's shortest digits, never in
 * exponent form (1e+21 is 1000000000000000000000, 1e-7 is 0.0000001) */
static const char *num(ccdk__lint *l, double d)
{
    if (isnan(d)) /* (Rust's f64 Display) */
        return "NaN";
    if (isinf(d))
        return d > 0 ? "inf" : "-inf";
    const char *js = ccdk__num_string(l->app, d);
    const char *e = strchr(js, 'e');
    if (!e)
        return js;
    int neg = *js == '-';
    char digits[32];
    size_t nd = 0;
    int point = -1; /* digits before the decimal point in the mantissa */
    for (const char *p = js + neg; p < e && nd < sizeof digits; p++) {
        if (*p == '.')
            point = (int)nd;
        else
            digits[nd++] = *p;
    }
    if (point < 0)
        point = (int)nd;
    int exp = atoi(e + 1) + point; /* digits before the point in the plain form */
    ccdk__buf b = {0};
    if (neg)
        ccdk__buf_putc(&b, '-');
    if (exp <= 0) {
        ccdk__buf_printf(&b, "0.");
        for (int i = 0; i < -exp; i++)
            ccdk__buf_putc(&b, '0');
        for (size_t i = 0; i < nd; i++)
            ccdk__buf_putc(&b, digits[i]);
    } else {
        for (int i = 0; i < exp || i < (int)nd; i++) {
            if (i == exp)
                ccdk__buf_putc(&b, '.');
            ccdk__buf_putc(&b, i < (int)nd ? digits[i] : '0');
        }
    }
    const char *out = ccdk__strndup(l->app, b.data, b.len);
    ccdk__buf_free(&b);
    return out;
}

/* A string read as a number the way the validator coerces one (Rust's str::trim then f64 parsing):
 * whitespace around it is dropped; then an optional sign and "inf", "infinity" or "nan" in any case,
 * or digits with an optional '.' and fraction ("1.", ".5"; not "."), then an optional exponent
 * ("1e3"). No hex ("0x10"), no '_' separators. 1 with *d set, else 0. */
static int is_rust_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int coerce_num(const char *s, double *d)
{
    while (is_rust_space((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && is_rust_space((unsigned char)s[n - 1]))
        n--;
    if (!n || n > 400)
        return 0;
    char buf[404];
    memcpy(buf, s, n);
    buf[n] = 0;
    const char *p = buf + (buf[0] == '+' || buf[0] == '-');
    if (!strcasecmp(p, "inf") || !strcasecmp(p, "infinity") || !strcasecmp(p, "nan")) {
        *d = tolower((unsigned char)p[0]) == 'n' ? NAN : INFINITY;
        if (buf[0] == '-')
            *d = -*d;
        return 1;
    }
    size_t intd = strspn(p, "0123456789"), frac = 0;
    p += intd;
    if (*p == '.') {
        frac = strspn(p + 1, "0123456789");
        p += 1 + frac;
    }
    if (!intd && !frac)
        return 0;
    if (*p == 'e' || *p == 'E') {
        p++;
        p += *p == '+' || *p == '-';
        size_t ed = strspn(p, "0123456789");
        if (!ed)
            return 0;
        p += ed;
    }
    if (*p)
        return 0;
    *d = strtod(buf, NULL);
    return 1;
}

/* a number, or a string the validator coerces to one */
static int num_or_coerced(const ccdk_value *v, double *d)
{
    if (v && v->kind == CCDK__V_NUM) {
        *d = v->u.n;
        return 1;
    }
    return v && v->kind == CCDK__V_STR && coerce_num(v->u.str.s, d);
}

/* a value as the validator quotes it in F3012/W9003 messages: 'text' (quotes inside not escaped),
 * numbers as num(), true/false/null, [a, b], {'k': v} */
static void repr(ccdk__lint *l, ccdk__buf *b, const ccdk_value *v, int depth)
{
    if (!v || depth > 64)
        return;
    switch (v->kind) {
    case CCDK__V_STR:
        ccdk__buf_printf(b, "'%s'", v->u.str.s);
        break;
    case CCDK__V_NUM: /* (as JavaScript prints it: 1e-7, 1e+70; not num()'s) */
        ccdk__buf_printf(b, "%s", ccdk__num_string(l->app, v->u.n));
        break;
    case CCDK__V_BOOL:
        ccdk__buf_printf(b, "%s", v->u.b ? "true" : "false");
        break;
    case CCDK__V_LIST:
        ccdk__buf_putc(b, '[');
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            if (i)
                ccdk__buf_printf(b, ", ");
            repr(l, b, v->u.list.items[i], depth + 1);
        }
        ccdk__buf_putc(b, ']');
        break;
    case CCDK__V_OBJ:
        ccdk__buf_putc(b, '{');
        for (uint32_t i = 0; i < v->u.obj.n; i++) {
            ccdk__buf_printf(b, "%s'%s': ", i ? ", " : "", v->u.obj.e[i].key);
            repr(l, b, v->u.obj.e[i].val, depth + 1);
        }
        ccdk__buf_putc(b, '}');
        break;
    default:
        ccdk__buf_printf(b, "null");
    }
}

static size_t count(const ccdk_value *tpl, const char *section)
{
    const ccdk_value *v = ccdk__v_get(tpl, section);
    return v && v->kind == CCDK__V_OBJ ? v->u.obj.n : 0;
}

/* the unzipped size of a function's code and its layers of the same template; -1: unknown */
static int64_t code_and_layers(ccdk__lint *l, const ccdk_value *tpl, const ccdk_value *props)
{
    int64_t total = l->code_size(l, ccdk__v_get(props, "Code"));
    if (total < 0)
        return -1;
    const ccdk_value *layers = ccdk__v_get(props, "Layers");
    const ccdk_value *res = ccdk__v_get(tpl, "Resources");
    for (uint32_t i = 0; layers && layers->kind == CCDK__V_LIST && i < layers->u.list.n; i++) {
        const char *ref = str_of(ccdk__v_get(layers->u.list.items[i], "Ref"));
        const ccdk_value *lr = ref ? ccdk__v_get(res, ref) : NULL;
        const char *t = str_of(ccdk__v_get(lr, "Type"));
        if (!t || strcmp(t, "AWS::Lambda::LayerVersion"))
            continue; /* a layer of another stack or account: its size is not known here */
        int64_t n = l->code_size(l, ccdk__v_get(ccdk__v_get(lr, "Properties"), "Content"));
        if (n > 0)
            total += n;
    }
    return total;
}

/* W2531 (deprecated), E2531 (creation disabled), E2533 (updates disabled) */
static void check_runtime(where *w, const char *runtime)
{
    char *today = w->l->today; /* once per lint: every function of a stack asks */
    if (!today[0]) {
        time_t now = time(NULL);
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(today, sizeof w->l->today, "%Y-%m-%d", &tm);
    }
    /* the last runtime's answer (a template's functions mostly share one) */
    size_t n = sizeof deprecations / sizeof *deprecations, i;
    ccdk__lint *l = w->l;
    if (l->runtime_seen && !strcmp(l->runtime_seen, runtime)) {
        i = l->runtime_at;
    } else {
        for (i = 0; i < n && strcmp(deprecations[i].runtime, runtime); i++)
            ;
        l->runtime_seen = runtime; /* (the template's string: it outlives the lint of the template) */
        l->runtime_at = i;
    }
    if (i == n)
        return;
    const char *rule = strcmp(today, deprecations[i].update) >= 0       ? "E2533"
                       : strcmp(today, deprecations[i].create) >= 0     ? "E2531"
                       : strcmp(today, deprecations[i].deprecated) >= 0 ? "W2531"
                                                                        : NULL;
    if (!rule)
        return;
    add(w, rule, rule[0] == 'E', "Deprecation", "Properties.Runtime", 0,
        "Runtime '%s' was deprecated on '%s'. Creation %s disabled on '%s', and updates %s disabled on '%s'. "
        "Please consider updating to '%s'",
        runtime, deprecations[i].deprecated, rule[0] == 'E' ? "was" : "will be", deprecations[i].create,
        !strcmp(rule, "E2533") ? "were" : "will be", deprecations[i].update, deprecations[i].successor);
}

/* the place prop_check_walk gives the value at key (then sub, when not NULL) of props: findings of one
 * rule within a resource come in the template's order */
static uint64_t key_place(const ccdk_value *props, const char *key, const char *sub)
{
    uint64_t place = 0;
    int depth = 0;
    for (const ccdk_value *v = props; v && v->kind == CCDK__V_OBJ && key; key = sub, sub = NULL) {
        uint32_t i = 0;
        while (i < v->u.obj.n && strcmp(v->u.obj.e[i].key, key))
            i++;
        if (i == v->u.obj.n)
            break;
        place = (place << 8) + (i < 255 ? i + 1 : 255);
        depth++;
        v = v->u.obj.e[i].val;
    }
    return depth < 4 ? place << (8 * (4 - depth)) : place;
}

static void check_function(where *w, const ccdk_value *tpl, const ccdk_value *props)
{
    ccdk__lint *l = w->l;
    const double *lim = l->limit;
    double d;
    const ccdk_value *rt = ccdk__v_get(props, "Runtime");
    if (rt && rt->kind == CCDK__V_STR)
        check_runtime(w, rt->u.str.s);
    /* (a string the validator coerces to a number is checked as that number; the schema's type,
     * its maxima and W9003/F3012: prop_checks' rows) */
    if (num_or_coerced(ccdk__v_get(props, "MemorySize"), &d)) {
        if (d < lim[CCDK__LINT_MEMORY_MIN])
            add(w, "F3034", 1, "Schema", "Properties.MemorySize", key_place(props, "MemorySize", NULL),
                "%s is less than the minimum of %s", num(l, d),
                num(l, lim[CCDK__LINT_MEMORY_MIN]));
        else if (d > lim[CCDK__LINT_MEMORY_MAX])
            add(w, "CL003", 1, NULL, "Properties.MemorySize", 1, "%s is greater than the maximum of %s", num(l, d),
                num(l, lim[CCDK__LINT_MEMORY_MAX]));
    }
    if (num_or_coerced(ccdk__v_get(props, "Timeout"), &d) && d > lim[CCDK__LINT_TIMEOUT_MAX] &&
        !ccdk__v_get(props, "CapacityProviderConfig"))
        add(w, "E3717", 1, "Resource", "Properties.Timeout", 2,
            "%s exceeds maximum %s for a function without CapacityProviderConfig", num(l, d),
            num(l, lim[CCDK__LINT_TIMEOUT_MAX]));
    if (num_or_coerced(ccdk__v_get(ccdk__v_get(props, "EphemeralStorage"), "Size"), &d)) {
        if (d < lim[CCDK__LINT_EPHEMERAL_MIN])
            add(w, "F3034", 1, "Schema", "Properties.EphemeralStorage.Size", key_place(props, "EphemeralStorage", "Size"),
                "%s is less than the minimum of %s", num(l, d), num(l, lim[CCDK__LINT_EPHEMERAL_MIN]));
        else if (d > lim[CCDK__LINT_EPHEMERAL_MAX])
            add(w, "CL004", 1, NULL, "Properties.EphemeralStorage.Size", 3, "%s is greater than the maximum of %s",
                num(l, d), num(l, lim[CCDK__LINT_EPHEMERAL_MAX]));
    }
    const ccdk_value *layers = ccdk__v_get(props, "Layers");
    if (layers && layers->kind == CCDK__V_LIST && layers->u.list.n > lim[CCDK__LINT_LAYERS])
        add(w, "F3032", 1, "Schema", "Properties.Layers", 4, "expected maximum item count: %s, found: %u",
            num(l, lim[CCDK__LINT_LAYERS]), layers->u.list.n);
    const ccdk_value *vars = ccdk__v_get(ccdk__v_get(props, "Environment"), "Variables");
    if (vars && vars->kind == CCDK__V_OBJ) {
        /* Lambda measures the map as JSON: {"K":"v","K2":"v2"} */
        ccdk__buf b = {0};
        ccdk__buf_putc(&b, '{');
        for (uint32_t i = 0; i < vars->u.obj.n; i++) {
            const ccdk_value *v = vars->u.obj.e[i].val;
            if (i)
                ccdk__buf_putc(&b, ',');
            ccdk__json_write_cstr(&b, vars->u.obj.e[i].key);
            ccdk__buf_putc(&b, ':');
            ccdk__json_write_cstr(&b, v->kind == CCDK__V_STR ? v->u.str.s : "");
        }
        ccdk__buf_putc(&b, '}');
        if (b.len > lim[CCDK__LINT_ENV_SIZE])
            add(w, "CL005", 1, NULL, "Properties.Environment.Variables", 5,
                "%zu bytes (the variables as JSON, as Lambda measures them) exceed the maximum of %s", b.len,
                num(l, lim[CCDK__LINT_ENV_SIZE]));
        ccdk__buf_free(&b);
        for (uint32_t i = 0; i < vars->u.obj.n; i++)
            for (const char *const *r = ccdk__lint_reserved_env; *r; r++)
                if (**r == vars->u.obj.e[i].key[0] && !strcmp(*r, vars->u.obj.e[i].key))
                    add(w, "E3663", 1, "Resource", "Properties.Environment.Variables", 5,
                        "Environment variable '%s' is a Lambda reserved key", *r);
        /* F3002: the schema's patternProperties [a-zA-Z][a-zA-Z0-9_]+, unanchored as JSON Schema's
         * patterns are (some letter followed by a letter, digit or '_'), with no additionalProperties:
         * "X", "a-b" or "9a" is an unexpected property (their order among each other is the validator's
         * own, not the template's: ccdk gives them in the template's) */
        for (uint32_t i = 0; i < vars->u.obj.n; i++) {
            const char *k = vars->u.obj.e[i].key;
            int ok = 0;
            for (const char *c = k; *c && c[1] && !ok; c++)
                ok = ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z') &&
                     (((c[1] | 0x20) >= 'a' && (c[1] | 0x20) <= 'z') || (c[1] >= '0' && c[1] <= '9') || c[1] == '_');
            if (!ok)
                add(w, "F3002", 1, "Schema", ccdk__sprintf(l->app, "Properties.Environment.Variables.%s", k), i + 1,
                    "Additional properties are not allowed ('%s' was unexpected)", k);
        }
    }
    const ccdk_value *code = ccdk__v_get(props, "Code");
    const ccdk_value *zip = ccdk__v_get(code, "ZipFile");
    /* E3677: inline code for a runtime whose name does not start with nodejs or python */
    if (zip && rt && rt->kind == CCDK__V_STR && strncmp(rt->u.str.s, "nodejs", 6) && strncmp(rt->u.str.s, "python", 6))
        add(w, "E3677", 1, "Resource", NULL, 0, "Runtime '%s' is not supported with Code.ZipFile - use nodejs or python",
            rt->u.str.s);
    if (zip && zip->kind == CCDK__V_STR && zip->u.str.len > lim[CCDK__LINT_INLINE_CODE_SIZE])
        add(w, "CL007", 1, NULL, "Properties.Code.ZipFile", 6, "%zu bytes of inline code exceed the maximum of %s",
            zip->u.str.len, num(l, lim[CCDK__LINT_INLINE_CODE_SIZE]));
    if (l->code_size && ccdk__v_get(code, "S3Key")) {
        int64_t n = code_and_layers(l, tpl, props);
        if (n >= 0 && n > lim[CCDK__LINT_CODE_SIZE])
            add(w, "CL006", 1, NULL, "Properties.Code", 6,
                "the unzipped code and layers are %lld bytes, more than the maximum of %s", (long long)n,
                num(l, lim[CCDK__LINT_CODE_SIZE]));
    }
}

static void check_url(where *w, const ccdk_value *props)
{
    ccdk__lint *l = w->l;
    const double *lim = l->limit;
    const ccdk_value *cors = ccdk__v_get(props, "Cors");
    const ccdk_value *methods = ccdk__v_get(cors, "AllowMethods");
    if (methods && methods->kind == CCDK__V_LIST) {
        if (methods->u.list.n > lim[CCDK__LINT_URL_METHODS])
            add(w, "F3032", 1, "Schema", "Properties.Cors.AllowMethods", 1, "expected maximum item count: %s, found: %u",
                num(l, lim[CCDK__LINT_URL_METHODS]), methods->u.list.n);
        for (uint32_t i = 0; i < methods->u.list.n; i++) {
            const ccdk_value *m = methods->u.list.items[i];
            if (m->kind != CCDK__V_STR)
                continue;
            const char *path = ccdk__sprintf(l->app, "Properties.Cors.AllowMethods.%u", i);
            if (m->u.str.len > lim[CCDK__LINT_URL_METHOD_LENGTH])
                add(w, "F3033", 1, "Schema", path, 2 + i, "length %zu exceeds maximum %s", m->u.str.len,
                    num(l, lim[CCDK__LINT_URL_METHOD_LENGTH]));
            int known = 0;
            for (const char *const *k = ccdk__lint_url_methods; *k && !known; k++)
                known = !strcmp(*k, m->u.str.s);
            if (!known) {
                ccdk__buf b = {0};
                for (const char *const *k = ccdk__lint_url_methods; *k; k++)
                    ccdk__buf_printf(&b, "%s'%s'", k == ccdk__lint_url_methods ? "" : ", ", *k);
                add(w, "W3030", 0, "Schema", path, 2 + i, "'%s' is not one of [%s]", m->u.str.s, b.data);
                ccdk__buf_free(&b);
            }
        }
    }
    double d;
    if (num_or_coerced(ccdk__v_get(cors, "MaxAge"), &d) && d > lim[CCDK__LINT_URL_MAX_AGE])
        add(w, "F3034", 1, "Schema", "Properties.Cors.MaxAge", 400, "%s is greater than the maximum of %s", num(l, d),
            num(l, lim[CCDK__LINT_URL_MAX_AGE]));
    const ccdk_value *origins = ccdk__v_get(cors, "AllowOrigins");
    const ccdk_value *cred = ccdk__v_get(cors, "AllowCredentials");
    int wildcard = 0;
    for (uint32_t i = 0; origins && origins->kind == CCDK__V_LIST && i < origins->u.list.n; i++)
        wildcard |= str_of(origins->u.list.items[i]) && !strcmp(origins->u.list.items[i]->u.str.s, "*");
    if (wildcard && cred && cred->kind == CCDK__V_BOOL && cred->u.b)
        add(w, "CL008", 1, NULL, "Properties.Cors", 401,
            "AllowOrigins '*' with AllowCredentials true: browsers refuse credentials for a wildcard origin, and "
            "Lambda rejects the configuration; name the origins");
}

/* the resource named by a reference: {"Ref": X}, {"Fn::GetAtt": [X, attr]} or {"Fn::GetAtt": "X.attr"} */
static const char *ref_target(ccdk__lint *l, const ccdk_value *v)
{
    if (!v || v->kind != CCDK__V_OBJ || v->u.obj.n != 1)
        return NULL;
    const char *k = v->u.obj.e[0].key;
    const ccdk_value *x = v->u.obj.e[0].val;
    if (!strcmp(k, "Ref"))
        return str_of(x);
    if (strcmp(k, "Fn::GetAtt"))
        return NULL;
    if (x->kind == CCDK__V_LIST && x->u.list.n == 2)
        return str_of(x->u.list.items[0]);
    const char *s = str_of(x), *dot = s ? strchr(s, '.') : NULL;
    return dot ? ccdk__strndup(l->app, s, (size_t)(dot - s)) : NULL;
}

/* v refers to the resource id anywhere in it: a Ref, a Fn::GetAtt, a Fn::Sub's ${id} or ${id.attr} */
static int refers_to(ccdk__lint *l, const ccdk_value *v, const char *id, int depth)
{
    if (!v || depth > 200)
        return 0;
    const char *t = ref_target(l, v);
    if (t && !strcmp(t, id))
        return 1;
    if (v->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < v->u.list.n; i++)
            if (refers_to(l, v->u.list.items[i], id, depth + 1))
                return 1;
        return 0;
    }
    if (v->kind != CCDK__V_OBJ)
        return 0;
    const ccdk_value *sub = ccdk__v_get(v, "Fn::Sub");
    if (sub && sub->kind == CCDK__V_LIST && sub->u.list.n)
        sub = sub->u.list.items[0];
    size_t n = strlen(id);
    for (const char *p = str_of(sub) ? strstr(sub->u.str.s, "${") : NULL; p; p = strstr(p + 2, "${"))
        if (!strncmp(p + 2, id, n) && (p[2 + n] == '}' || p[2 + n] == '.'))
            return 1;
    for (uint32_t i = 0; i < v->u.obj.n; i++)
        if (refers_to(l, v->u.obj.e[i].val, id, depth + 1))
            return 1;
    return 0;
}

/* W2530: a function with SnapStart.ApplyOn "PublishedVersions" (exactly) and no AWS::Lambda::Version
 * of the template attached. The validator counts a Version as attached when its FunctionName
 * refers to the function (a Ref or Fn::GetAtt of it, any attribute, anywhere inside the value, or
 * a Fn::Sub's ${Id}), or is the very string of the function's literal FunctionName; a literal that
 * is the logical id or the function's ARN does not count (as the validator, checked live). */
static void check_snap_start(where *w, const ccdk_value *tpl, const ccdk_value *props)
{
    const char *apply = str_of(ccdk__v_get(ccdk__v_get(props, "SnapStart"), "ApplyOn"));
    if (!apply || strcmp(apply, "PublishedVersions"))
        return;
    const char *name = str_of(ccdk__v_get(props, "FunctionName"));
    const ccdk_value *res = ccdk__v_get(tpl, "Resources");
    for (uint32_t i = 0; res && res->kind == CCDK__V_OBJ && i < res->u.obj.n; i++) {
        const ccdk_value *r = res->u.obj.e[i].val;
        const char *t = str_of(ccdk__v_get(r, "Type"));
        if (!t || strcmp(t, "AWS::Lambda::Version"))
            continue;
        const ccdk_value *fn = ccdk__v_get(ccdk__v_get(r, "Properties"), "FunctionName");
        if (refers_to(w->l, fn, w->logical_id, 0) || (name && str_of(fn) && !strcmp(name, fn->u.str.s)))
            return;
    }
    add(w, "W2530", 0, "Best Practice", "Properties.SnapStart.ApplyOn", 500,
        "SnapStart is enabled but no AWS::Lambda::Version resource is attached");
    w->l->f[w->l->n - 1].fix = "Add an AWS::Lambda::Version resource that references this function";
}

/* W3694: an AWS::SNS::Subscription whose Endpoint is a Ref or Fn::GetAtt (any attribute; not one
 * inside a Fn::Join or Fn::Sub) of a resource of the template of another type than its Protocol
 * takes: "lambda" a function (an alias or a version is flagged too), "sqs" a queue. Other
 * protocols, and protocols in another case, are not checked (as the validator). */
static void check_sns_subscription(where *w, const ccdk_value *tpl, const ccdk_value *props)
{
    const char *protocol = str_of(ccdk__v_get(props, "Protocol"));
    const char *want = NULL, *what = NULL;
    if (protocol && !strcmp(protocol, "lambda"))
        want = "AWS::Lambda::Function", what = "a Lambda Function";
    else if (protocol && !strcmp(protocol, "sqs"))
        want = "AWS::SQS::Queue", what = "an SQS Queue";
    const char *target = want ? ref_target(w->l, ccdk__v_get(props, "Endpoint")) : NULL;
    const ccdk_value *r = target ? ccdk__v_get(ccdk__v_get(tpl, "Resources"), target) : NULL;
    const char *type = str_of(ccdk__v_get(r, "Type"));
    if (type && strcmp(type, want))
        add(w, "W3694", 0, "Best Practice", "Properties.Endpoint", 500,
            "Endpoint references '%s' (type '%s') but Protocol '%s' expects %s", target, type, protocol, what);
}

/* F3020, the schema's dependentExcluded: AWS::Lambda::Alias' RoutingConfig with
 * ProvisionedConcurrencyConfig, whatever their values (a {"Ref": "AWS::NoValue"} too, as the
 * validator) */
/* E3027: an AWS::Events::Rule's literal ScheduleExpression that is not "rate(...)" nor "cron(...)" (the
 * validator's first test; what it then checks of the rate's value and unit and of the cron's six
 * fields, ccdk does not) */
/* W3663: a Lambda permission without SourceAccount whose SourceArn cannot name the calling account:
 * a Ref or Fn::GetAtt of an S3 bucket (a bucket's ARN has no account), or a literal string without a
 * ":<12 digits>:" part */
static void check_permission(where *w, const ccdk_value *tpl, const ccdk_value *props)
{
    const ccdk_value *arn = ccdk__v_get(props, "SourceArn");
    if (!arn || ccdk__v_get(props, "SourceAccount"))
        return;
    int flag = 0;
    if (arn->kind == CCDK__V_STR) {
        const char *s = arn->u.str.s;
        for (const char *p = strchr(s, ':'); p && !flag; p = strchr(p + 1, ':'))
            flag = strspn(p + 1, "0123456789") == 12 && p[13] == ':';
        flag = !flag;
    } else if (arn->kind == CCDK__V_OBJ && arn->u.obj.n == 1) {
        const char *k = arn->u.obj.e[0].key;
        const ccdk_value *x = arn->u.obj.e[0].val;
        const char *target = !strcmp(k, "Ref") ? str_of(x)
                             : !strcmp(k, "Fn::GetAtt") && x->kind == CCDK__V_LIST && x->u.list.n
                                 ? str_of(x->u.list.items[0])
                                 : NULL;
        const ccdk_value *r = target ? ccdk__v_get(ccdk__v_get(tpl, "Resources"), target) : NULL;
        const char *type = r ? str_of(ccdk__v_get(r, "Type")) : NULL;
        flag = type && !strcmp(type, "AWS::S3::Bucket");
    }
    if (!flag)
        return;
    add(w, "W3663", 0, "Security", "Properties", 0,
        "Lambda Permission with a SourceArn that has no account id should also specify SourceAccount");
    w->l->f[w->l->n - 1].fix = "Add SourceAccount property";
}

/* W2508: an ingress rule open to the world (CidrIp 0.0.0.0/0 or CidrIpv6 ::/0) on a port of the
 * validator's sensitive ones: within FromPort..ToPort (numbers or numeric strings), or any port with
 * IpProtocol "-1". A security group's rules are reported at its SecurityGroupIngress, an
 * AWS::EC2::SecurityGroupIngress's at its Properties; the same message once per resource (the
 * validator's findings are a set), in the order of the messages (cmp). */
static const int sensitive_ports[] = {22, 3389, 3306, 5432, 1433, 27017, 6379};

static void add_once(where *w, const char *rule, int error, const char *category, const char *path, uint64_t sub,
                     const char *fix, size_t first, const char *msg)
{
    ccdk__lint *l = w->l;
    const char *shown = ccdk__sprintf(l->app, "%s: %s", path + (strncmp(path, "Properties.", 11) ? 0 : 11), msg);
    for (size_t i = first; i < l->n; i++)
        if (!strcmp(l->f[i].rule, rule) && !strcmp(l->f[i].message, shown))
            return;
    add(w, rule, error, category, path, sub, "%s", msg);
    l->f[l->n - 1].fix = fix;
}

static void check_ingress_rule(where *w, const ccdk_value *rule, const char *path, size_t first)
{
    if (!rule || rule->kind != CCDK__V_OBJ)
        return;
    const char *v4 = str_of(ccdk__v_get(rule, "CidrIp")), *v6 = str_of(ccdk__v_get(rule, "CidrIpv6"));
    const char *cidr = v4 && !strcmp(v4, "0.0.0.0/0") ? "0.0.0.0/0" : v6 && !strcmp(v6, "::/0") ? "::/0" : NULL;
    if (!cidr)
        return;
    ccdk__lint *l = w->l;
    size_t np = sizeof sensitive_ports / sizeof *sensitive_ports;
    double from, to;
    if (num_or_coerced(ccdk__v_get(rule, "FromPort"), &from) && num_or_coerced(ccdk__v_get(rule, "ToPort"), &to))
        for (size_t i = 0; i < np; i++)
            if (sensitive_ports[i] >= from && sensitive_ports[i] <= to)
                add_once(w, "W2508", 0, "Security", path, 0, "Restrict the CIDR range to specific IP addresses", first,
                         ccdk__sprintf(l->app, "Security group allows %s access to sensitive port %d (range %s-%s)",
                                       cidr, sensitive_ports[i], num(l, from), num(l, to)));
    const char *proto = str_of(ccdk__v_get(rule, "IpProtocol"));
    if (proto && !strcmp(proto, "-1"))
        for (size_t i = 0; i < np; i++)
            add_once(w, "W2508", 0, "Security", path, 0, "Restrict the CIDR range or limit the protocol", first,
                     ccdk__sprintf(l->app, "Security group allows all traffic from %s - sensitive port %d is exposed",
                                   cidr, sensitive_ports[i]));
}

/* W2512: a policy document with an Allow statement that has NotAction (a statement alone or in a
 * list) */
static int allows_not_action(const ccdk_value *doc)
{
    const ccdk_value *st = ccdk__v_get(doc, "Statement");
    uint32_t n = st && st->kind == CCDK__V_LIST ? st->u.list.n : st && st->kind == CCDK__V_OBJ ? 1 : 0;
    for (uint32_t i = 0; i < n; i++) {
        const ccdk_value *x = st->kind == CCDK__V_LIST ? st->u.list.items[i] : st;
        const char *effect = str_of(ccdk__v_get(x, "Effect"));
        if (x->kind == CCDK__V_OBJ && effect && !strcmp(effect, "Allow") && ccdk__v_get(x, "NotAction"))
            return 1;
    }
    return 0;
}

/* W2512, once per resource: the policy resources' PolicyDocument, the inline policies of a role, a
 * user or a group, a permission set's InlinePolicy */
static void check_not_action(where *w, const ccdk_value *props)
{
    static const char *const doc_types[] = {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::SQS::QueuePolicy",
                                            "AWS::SNS::TopicPolicy", "AWS::S3::BucketPolicy"};
    static const char *const inline_types[] = {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"};
    int hit = 0;
    for (size_t i = 0; i < sizeof doc_types / sizeof *doc_types && !hit; i++)
        if (!strcmp(w->type, doc_types[i]))
            hit = allows_not_action(ccdk__v_get(props, "PolicyDocument"));
    for (size_t i = 0; i < sizeof inline_types / sizeof *inline_types && !hit; i++)
        if (!strcmp(w->type, inline_types[i])) {
            const ccdk_value *ps = ccdk__v_get(props, "Policies");
            for (uint32_t k = 0; ps && ps->kind == CCDK__V_LIST && k < ps->u.list.n && !hit; k++)
                hit = allows_not_action(ccdk__v_get(ps->u.list.items[k], "PolicyDocument"));
        }
    if (!hit && !strcmp(w->type, "AWS::SSO::PermissionSet"))
        hit = allows_not_action(ccdk__v_get(props, "InlinePolicy"));
    if (hit)
        add(w, "W2512", 0, "Security", NULL, 0,
            "IAM policy uses NotAction which grants all actions except those listed - consider using Action instead");
}

static void check_schedule(where *w, const ccdk_value *props)
{
    for (uint32_t i = 0; i < props->u.obj.n; i++) {
        const ccdk_value *v = props->u.obj.e[i].val;
        if (strcmp(props->u.obj.e[i].key, "ScheduleExpression") || v->kind != CCDK__V_STR)
            continue;
        const char *s = v->u.str.s;
        size_t n = strlen(s);
        if ((strncmp(s, "rate(", 5) && strncmp(s, "cron(", 5)) || s[n - 1] != ')')
            add(w, "E3027", 1, "Resource", "Properties.ScheduleExpression", (uint64_t)(i < 255 ? i + 1 : 255) << 24,
                "'%s' has to be either 'cron()' or 'rate()'", s);
    }
}

static void check_alias(where *w, const ccdk_value *props)
{
    if (ccdk__v_get(props, "RoutingConfig") && ccdk__v_get(props, "ProvisionedConcurrencyConfig"))
        add(w, "F3020", 1, "Schema", "Properties.RoutingConfig", 500,
            "'RoutingConfig' should not be included with 'ProvisionedConcurrencyConfig'");
}

/* F3020: an AWS::S3::Bucket lifecycle rule's AbortIncompleteMultipartUpload with ObjectSizeGreaterThan,
 * ObjectSizeLessThan (one finding each, in this order: the schema's) */
static void check_bucket_lifecycle(where *w, const ccdk_value *props)
{
    static const char *const excluded[] = {"ObjectSizeGreaterThan", "ObjectSizeLessThan"};
    const ccdk_value *rules = ccdk__v_get(ccdk__v_get(props, "LifecycleConfiguration"), "Rules");
    for (uint32_t i = 0; rules && rules->kind == CCDK__V_LIST && i < rules->u.list.n; i++) {
        const ccdk_value *rule = rules->u.list.items[i];
        if (rule->kind != CCDK__V_OBJ || !ccdk__v_get(rule, "AbortIncompleteMultipartUpload"))
            continue;
        for (size_t k = 0; k < 2; k++)
            if (ccdk__v_get(rule, excluded[k]))
                add(w, "F3020", 1, "Schema",
                    ccdk__sprintf(w->l->app, "Properties.LifecycleConfiguration.Rules.%u.AbortIncompleteMultipartUpload", i),
                    500 + 2 * (uint64_t)i + k, "'AbortIncompleteMultipartUpload' should not be included with '%s'",
                    excluded[k]);
    }
}

/* AWS::EFS::AccessPoint and AWS::EFS::FileSystem: the schema's constraints on the values the EFS L2s
 * write from their props (F3031 patterns, F3033 lengths, F3034 ranges, F3032 item counts), in the
 * template's order. A number given as a string is checked as the validator reads it; other values
 * (tokens, non-numeric strings) are not checked. */
#define EFS_FS_ID_PATTERN "^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$"
#define EFS_PATH_PATTERN "^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$"

static int hex_id(const char *s, size_t min, size_t max) /* [0-9a-f]{min,max} to the end */
{
    size_t n = strspn(s, "0123456789abcdef");
    return !s[n] && n >= min && n <= max;
}

/* fs-[0-9a-f]{8,40}, or arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40} */
static int efs_fs_id_ok(const char *s)
{
    if (!strncmp(s, "fs-", 3))
        return hex_id(s + 3, 8, 40);
    if (strncmp(s, "arn:aws", 7))
        return 0;
    s += 7 + strspn(s + 7, "-abcdefghijklmnopqrstuvwxyz");
    if (strncmp(s, ":elasticfilesystem:", 19))
        return 0;
    s += 19;
    const char *tail = NULL;
    for (const char *p = strstr(s, ":file-system/fs-"); p; p = strstr(p + 1, ":file-system/fs-"))
        tail = p;
    if (!tail || tail == s)
        return 0;
    for (const char *p = s; p < tail; p++)
        if (!strchr("0123456789abcdefghijklmnopqrstuvwxyz-:", *p))
            return 0;
    return hex_id(tail + 16, 8, 40);
}

/* ^(\/|(\/(?!\.)+[^$#<>;`|&?{}^*\/\n]+){1,4})$: "/", or 1 to 4 "/name", no name starting with "." */
static int efs_path_ok(const char *s)
{
    if (!strcmp(s, "/"))
        return 1;
    int parts = 0;
    while (*s == '/') {
        size_t n = strcspn(s + 1, "$#<>;`|&?{}^*/\n");
        if (!n || s[1] == '.')
            return 0;
        s += 1 + n;
        parts++;
    }
    return !*s && parts >= 1 && parts <= 4;
}

typedef struct {
    where *w;
    size_t sub; /* the running place within the resource */
} efs_walk;

static void efs_pattern(efs_walk *e, const char *path, const char *v, int ok, const char *pattern)
{
    if (!ok)
        add(e->w, "F3031", 1, "Schema", path, e->sub, "'%s' does not match pattern '%s'", v, pattern);
}

static void efs_length(efs_walk *e, const char *path, const char *v, size_t min, size_t max)
{
    size_t n = strlen(v);
    if (n > max)
        add(e->w, "F3033", 1, "Schema", path, e->sub, "length %zu exceeds maximum %zu", n, max);
    else if (n < min)
        add(e->w, "F3033", 1, "Schema", path, e->sub, "length %zu is below minimum %zu", n, min);
}

/* a POSIX id: 0 to 4294967295, a number or a string of one (the schema's type is string: no W9003;
 * the value printed as the validator reads it, "1e3" as 1000) */
static void efs_id_range(efs_walk *e, const char *path, const ccdk_value *v)
{
    double d;
    if (!num_or_coerced(v, &d))
        return;
    const char *text = num(e->w->l, d);
    if (d < 0)
        add(e->w, "F3034", 1, "Schema", path, e->sub, "%s is less than the minimum of 0", text);
    else if (d > 4294967295.0)
        add(e->w, "F3034", 1, "Schema", path, e->sub, "%s is greater than the maximum of 4294967295", text);
}

static void check_efs_access_point(where *w, const ccdk_value *props)
{
    efs_walk e = {w, 0};
    ccdk__lint *l = w->l;
    for (uint32_t i = 0; i < props->u.obj.n; i++) {
        const char *key = props->u.obj.e[i].key;
        const ccdk_value *v = props->u.obj.e[i].val;
        e.sub++;
        if (!strcmp(key, "ClientToken") && str_of(v)) {
            efs_pattern(&e, "Properties.ClientToken", v->u.str.s, v->u.str.len && !strchr(v->u.str.s, '\n'), "^.+$");
            efs_length(&e, "Properties.ClientToken", v->u.str.s, 1, 64);
        } else if (!strcmp(key, "FileSystemId") && str_of(v)) {
            efs_pattern(&e, "Properties.FileSystemId", v->u.str.s, efs_fs_id_ok(v->u.str.s), EFS_FS_ID_PATTERN);
        } else if (!strcmp(key, "PosixUser") && v->kind == CCDK__V_OBJ) {
            for (uint32_t k = 0; k < v->u.obj.n; k++) {
                const char *pk = v->u.obj.e[k].key;
                const ccdk_value *pv = v->u.obj.e[k].val;
                e.sub++;
                if (!strcmp(pk, "Uid") || !strcmp(pk, "Gid")) {
                    efs_id_range(&e, ccdk__sprintf(l->app, "Properties.PosixUser.%s", pk), pv);
                } else if (!strcmp(pk, "SecondaryGids") && pv->kind == CCDK__V_LIST) {
                    if (pv->u.list.n > 16)
                        add(w, "F3032", 1, "Schema", "Properties.PosixUser.SecondaryGids", e.sub,
                            "expected maximum item count: 16, found: %u", pv->u.list.n);
                    for (uint32_t g = 0; g < pv->u.list.n; g++) {
                        e.sub++;
                        efs_id_range(&e, ccdk__sprintf(l->app, "Properties.PosixUser.SecondaryGids.%u", g),
                                     pv->u.list.items[g]);
                    }
                }
            }
        } else if (!strcmp(key, "RootDirectory") && v->kind == CCDK__V_OBJ) {
            for (uint32_t k = 0; k < v->u.obj.n; k++) {
                const char *rk = v->u.obj.e[k].key;
                const ccdk_value *rv = v->u.obj.e[k].val;
                e.sub++;
                if (!strcmp(rk, "Path") && str_of(rv)) {
                    efs_pattern(&e, "Properties.RootDirectory.Path", rv->u.str.s, efs_path_ok(rv->u.str.s),
                                EFS_PATH_PATTERN);
                    efs_length(&e, "Properties.RootDirectory.Path", rv->u.str.s, 1, 100);
                } else if (!strcmp(rk, "CreationInfo") && rv->kind == CCDK__V_OBJ) {
                    for (uint32_t c = 0; c < rv->u.obj.n; c++) {
                        const char *ck = rv->u.obj.e[c].key;
                        const ccdk_value *cv = rv->u.obj.e[c].val;
                        e.sub++;
                        if (!strcmp(ck, "OwnerUid") || !strcmp(ck, "OwnerGid")) {
                            efs_id_range(&e, ccdk__sprintf(l->app, "Properties.RootDirectory.CreationInfo.%s", ck), cv);
                        } else if (!strcmp(ck, "Permissions") && str_of(cv)) {
                            const char *p = cv->u.str.s;
                            size_t n = strspn(p, "01234567");
                            efs_pattern(&e, "Properties.RootDirectory.CreationInfo.Permissions", p,
                                        !p[n] && n >= 3 && n <= 4, "^[0-7]{3,4}$");
                        }
                    }
                }
            }
        }
    }
}

static void check_efs_file_system(where *w, const ccdk_value *props)
{
    /* (ProvisionedThroughputInMibps: prop_checks' rows) */
    /* a replication destination's literal file system id (an imported file system's) */
    const ccdk_value *dests = ccdk__v_get(ccdk__v_get(props, "ReplicationConfiguration"), "Destinations");
    efs_walk e = {w, 2};
    for (uint32_t i = 0; dests && dests->kind == CCDK__V_LIST && i < dests->u.list.n; i++, e.sub++) {
        const char *id = str_of(ccdk__v_get(dests->u.list.items[i], "FileSystemId"));
        if (id)
            efs_pattern(&e, ccdk__sprintf(w->l->app, "Properties.ReplicationConfiguration.Destinations.%u.FileSystemId", i),
                        id, efs_fs_id_ok(id), EFS_FS_ID_PATTERN);
    }
}

/* ------------------------------------------------------------------ constraints on properties by path
 *
 * The validator's checks of one literal string property, found by its path in the resource's
 * Properties ("*": every item of a list): E1150 / E1151 / E1154, the formats of security group,
 * VPC and subnet ids (the category is the validator's, "Intrinsic Function"); F3031, a schema
 * pattern; F3033, a schema length (in characters); W3030, a schema enum. Values that are not
 * strings (Ref, Fn::GetAtt, ...) are not checked, as by the validator. A finding's place within
 * its resource: the property's place in Properties, then the item's in its list. */

/* <prefix>[0-9a-f]{min,max} to the end */
static int prefixed_hex(const char *s, const char *prefix, size_t min, size_t max)
{
    size_t n = strlen(prefix);
    return !strncmp(s, prefix, n) && hex_id(s + n, min, max);
}

/* the formats AWS::EC2::SecurityGroup.Id, AWS::EC2::VPC.Id, AWS::EC2::Subnet.Id: 8 to 17 hex digits */
static int sg_id_ok(const char *s) { return prefixed_hex(s, "sg-", 8, 17); }
static int vpc_id_ok(const char *s) { return prefixed_hex(s, "vpc-", 8, 17); }
static int subnet_id_ok(const char *s) { return prefixed_hex(s, "subnet-", 8, 17); }
/* ^subnet-[0-9a-f]{8,40}$, ^sg-[0-9a-f]{8,40}$ (EFS and S3 Files mount targets) */
static int subnet_40_ok(const char *s) { return prefixed_hex(s, "subnet-", 8, 40); }
static int sg_40_ok(const char *s) { return prefixed_hex(s, "sg-", 8, 40); }

/* ^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$ */
static int s3files_fs_id_ok(const char *s)
{
    if (!strncmp(s, "fs-", 3))
        return hex_id(s + 3, 17, 40);
    if (strncmp(s, "arn:aws", 7))
        return 0;
    s += 7 + strspn(s + 7, "-abcdefghijklmnopqrstuvwxyz");
    if (strncmp(s, ":s3files:", 9))
        return 0;
    s += 9;
    /* [0-9a-z-:]+ is greedy but backtracks: any ":file-system/fs-" with a valid rest after it */
    for (const char *p = strstr(s, ":file-system/fs-"); p; p = strstr(p + 1, ":file-system/fs-")) {
        if (p == s || strspn(s, "0123456789abcdefghijklmnopqrstuvwxyz-:") < (size_t)(p - s))
            continue;
        if (hex_id(p + 16, 17, 40))
            return 1;
    }
    return 0;
}

/* ^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$ (a function's Role) */
static int role_arn_ok(const char *s)
{
    static const char alpha[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    if (strncmp(s, "arn:", 4))
        return 0;
    s += 4;
    if (!strncmp(s, "aws", 3)) {
        s += 3;
        while (*s && (strchr(alpha, *s) || *s == '-'))
            s++;
    }
    if (strncmp(s, ":iam::", 6))
        return 0;
    s += 6;
    if (strspn(s, "0123456789") != 12 || strncmp(s + 12, ":role", 5))
        return 0;
    s += 17;
    /* "/?" then one or more of the name's characters, '/' among them: "/" alone is a name */
    size_t n = strlen(s);
    return n && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789+=,.@-/") == n;
}

/* arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)
 * unanchored (an event source mapping's EventSourceArn): some "arn:" of the string starts a match */
static int region_at(const char *s, size_t *len) /* (eusc-)?[a-z]{2}((-gov)|(-iso[a-z]?))?-[a-z]+-\d, ending at ':' */
{
    /* the alternatives are few: try them, keep one followed by ':' */
    const char *starts[2] = {s, !strncmp(s, "eusc-", 5) ? s + 5 : NULL};
    for (int a = 0; a < 2; a++) {
        const char *p = starts[a];
        if (!p || strspn(p, "abcdefghijklmnopqrstuvwxyz") < 2)
            continue;
        p += 2;
        const char *mids[4] = {p, !strncmp(p, "-gov", 4) ? p + 4 : NULL, !strncmp(p, "-iso", 4) ? p + 4 : NULL, NULL};
        if (mids[2] && p[4] >= 'a' && p[4] <= 'z')
            mids[3] = p + 5;
        for (int m = 0; m < 4; m++) {
            const char *q = mids[m];
            if (!q || *q != '-')
                continue;
            q++;
            size_t k = strspn(q, "abcdefghijklmnopqrstuvwxyz");
            /* [a-z]+ then "-\d:": the letters run to the '-' (no backtracking can find another) */
            if (k && q[k] == '-' && q[k + 1] >= '0' && q[k + 1] <= '9' && q[k + 2] == ':') {
                *len = (size_t)(q + k + 2 - s);
                return 1;
            }
        }
    }
    return 0;
}

/* arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:(<region>)?:(\d{12})?: from s: the rest after it, or NULL */
static const char *arn_rest(const char *s, int (*region)(const char *, size_t *))
{
    if (strncmp(s, "arn:aws", 7))
        return NULL;
    s += 7;
    s += strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    if (*s++ != ':')
        return NULL;
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    if (!n || s[n] != ':')
        return NULL;
    s += n + 1;
    size_t r;
    if (*s != ':') {
        if (!region(s, &r))
            return NULL;
        s += r;
    }
    s++; /* ':' */
    if (*s != ':') {
        if (strspn(s, "0123456789") != 12)
            return NULL;
        s += 12;
    }
    return *s == ':' ? s + 1 : NULL;
}

static int event_source_arn_ok(const char *s)
{
    for (const char *p = strstr(s, "arn:"); p; p = strstr(p + 1, "arn:"))
        if (arn_rest(p, region_at))
            return 1;
    return 0;
}

/* the same anchored, (.*)$ at the end: no newline in the rest (a permission's SourceArn) */
static int source_arn_ok(const char *s)
{
    const char *rest = arn_rest(s, region_at);
    return rest && !strchr(rest, '\n');
}

/* [a-z]+(-[a-z]+)+-\d{1} ending at ':' (the letters' runs end at '-': no other way to match) */
static int region_dashed_at(const char *s, size_t *len)
{
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
    const char *p = s;
    int runs = 0;
    for (size_t k; (k = strspn(p, lower)) > 0; runs++) {
        p += k;
        if (*p != '-')
            return 0;
        p++;
    }
    if (runs < 2 || p == s || p[0] < '0' || p[0] > '9' || p[1] != ':')
        return 0;
    *len = (size_t)(p + 1 - s);
    return 1;
}

/* ^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]+(-[a-z]+)+-\d{1})?:(\d{12})?:(.*) (an event invoke
 * config's destinations): empty, or some "arn:" of the string starts a match (the second branch is
 * unanchored) */
static int destination_arn_ok(const char *s)
{
    if (!*s)
        return 1;
    for (const char *p = strstr(s, "arn:"); p; p = strstr(p + 1, "arn:"))
        if (arn_rest(p, region_dashed_at))
            return 1;
    return 0;
}

#define ALNUM "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

/* s past "arn:aws[a-zA-Z-]*" (a partition the validator's Lambda and IAM patterns take), or NULL */
static const char *past_aws_partition(const char *s)
{
    if (strncmp(s, "arn:aws", 7))
        return NULL;
    return s + 7 + strspn(s + 7, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");
}

/* format AWS::IAM::Role.Arn (E1156; a capacity provider's operator role): as its live answers show,
 * ^arn:aws[a-zA-Z-]*:iam::\d{12}:role/.+$ ('.' is no newline): the partition is not optional (unlike
 * the pattern's), and any name of one character or more passes */
static int role_arn_format_ok(const char *s)
{
    s = past_aws_partition(s);
    if (!s || strncmp(s, ":iam::", 6))
        return 0;
    s += 6;
    if (strspn(s, "0123456789") != 12 || strncmp(s + 12, ":role/", 6))
        return 0;
    s += 18;
    return *s && !strchr(s, '\n');
}

/* ^(arn:aws[a-zA-Z-]*:lambda:<region>:\d{12}:network-connector:[a-zA-Z0-9-_]+(:[1-9][0-9]*)?)|[a-zA-Z0-9_-]{1,64}$
 * (a network connector's Name; <region> as region_at's). The alternatives are not grouped: the first
 * needs only a prefix of the string, the second only its last character ('$' is the very end: a
 * newline last does not match) */
static int network_connector_name_ok(const char *s)
{
    size_t n = strlen(s);
    if (n && strchr(ALNUM "_-", s[n - 1]))
        return 1;
    s = past_aws_partition(s);
    size_t r;
    if (!s || strncmp(s, ":lambda:", 8) || !region_at(s + 8, &r))
        return 0;
    s += 8 + r + 1;
    if (strspn(s, "0123456789") != 12 || strncmp(s + 12, ":network-connector:", 19))
        return 0;
    return strspn(s + 31, ALNUM "-_") > 0;
}

/* ^[a-zA-Z0-9\.\*\-]+$ (a capacity provider's allowed and excluded instance types) */
static int instance_type_ok(const char *s) { return *s && strspn(s, ALNUM ".*-") == strlen(s); }

/* [\.\-_/#A-Za-z0-9]+ unanchored (a function's LoggingConfig.LogGroup): one such character anywhere */
static int log_group_ok(const char *s) { return strpbrk(s, ALNUM ".-_/#") != NULL; }

/* arn:(aws[a-zA-Z-]*)?:lambda:<region>:\d{12}:code-signing-config:csc-[a-z0-9]{17} unanchored (a
 * function's CodeSigningConfigArn; <region> as region_at's): some "arn:" of the string starts a match */
static int code_signing_config_arn_ok(const char *s)
{
    for (const char *p = strstr(s, "arn:"); p; p = strstr(p + 1, "arn:")) {
        const char *q = p + 4;
        if (!strncmp(q, "aws", 3))
            q += 3 + strspn(q + 3, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");
        size_t r;
        if (strncmp(q, ":lambda:", 8) || !region_at(q + 8, &r))
            continue;
        q += 8 + r + 1;
        if (strspn(q, "0123456789") >= 12 && !strncmp(q + 12, ":code-signing-config:csc-", 25) &&
            strspn(q + 37, "abcdefghijklmnopqrstuvwxyz0123456789") >= 17)
            return 1;
    }
    return 0;
}

/* s starts with prefix and the rest is all of set (min: at least that many) */
static int prefixed_set(const char *s, const char *prefix, const char *set, size_t min)
{
    size_t n = strlen(prefix);
    if (strncmp(s, prefix, n))
        return 0;
    size_t k = strspn(s + n, set);
    return !s[n + k] && k >= min;
}

/* ^sg-[0-9a-zA-Z]*$ and ^subnet-[0-9a-z]*$ (a function's or capacity provider's VpcConfig) */
static int vpc_config_sg_ok(const char *s) { return prefixed_set(s, "sg-", ALNUM, 0); }
static int vpc_config_subnet_ok(const char *s)
{
    return prefixed_set(s, "subnet-", "abcdefghijklmnopqrstuvwxyz0123456789", 0);
}

/* ^(arn:aws[a-zA-Z0-9-]*:s3:::.+)$ (an S3 Files file system's Bucket; '.' is no newline) */
static int s3_bucket_arn_ok(const char *s)
{
    if (strncmp(s, "arn:aws", 7))
        return 0;
    s += 7 + strspn(s + 7, ALNUM "-");
    return !strncmp(s, ":s3:::", 6) && s[6] && !strchr(s + 6, '\n');
}

/* ^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+
 *  |arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)$ (a function's Layers) */
static int layer_arn_ok(const char *s)
{
    if (strncmp(s, "arn:", 4))
        return 0;
    s += 4;
    size_t n = strspn(s, ALNUM "-");
    if (!n || strncmp(s + n, ":lambda:", 8))
        return 0;
    s += n + 8;
    if (!strncmp(s, "::awslayer:", 11))
        return prefixed_set(s, "::awslayer:", ALNUM "-_", 1);
    n = strspn(s, ALNUM "-");
    if (!n || s[n] != ':' || strspn(s + n + 1, "0123456789") != 12)
        return 0;
    s += n + 13;
    if (strncmp(s, ":layer:", 7))
        return 0;
    s += 7;
    n = strspn(s, ALNUM "-_");
    if (!n || s[n] != ':')
        return 0;
    return prefixed_set(s + n, ":", "0123456789", 1);
}

/* ^o-[a-z0-9]{10,32}$ (an organization's id) */
static int org_id_ok(const char *s)
{
    if (strncmp(s, "o-", 2))
        return 0;
    size_t k = strspn(s + 2, "abcdefghijklmnopqrstuvwxyz0123456789");
    return !s[2 + k] && k >= 10 && k <= 32;
}

/* ^(lambda:[*]|lambda:[a-zA-Z]+|[*])$ (a permission's Action) */
static int permission_action_ok(const char *s)
{
    if (!strcmp(s, "*") || !strcmp(s, "lambda:*"))
        return 1;
    return prefixed_set(s, "lambda:", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1);
}

/* ^\d{12}$ */
static int account_ok(const char *s) { return strspn(s, "0123456789") == 12 && !s[12]; }

/* ^[a-zA-Z0-9._\-]+$ (a permission's EventSourceToken) */
static int event_source_token_ok(const char *s) { return prefixed_set(s, "", ALNUM "._-", 1); }

/* arn:(aws[a-zA-Z-]*)?:iam::(\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\-_/]+ unanchored (ManagedPolicyArns):
 * some "arn:" of the string starts a match; one character of the name is enough */
static int managed_policy_arn_ok(const char *s)
{
    for (const char *p = strstr(s, "arn:"); p; p = strstr(p + 1, "arn:")) {
        const char *q = p + 4;
        if (!strncmp(q, "aws", 3))
            q += 3 + strspn(q + 3, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");
        if (strncmp(q, ":iam::", 6))
            continue;
        q += 6;
        if (!strncmp(q, "aws", 3))
            q += 3;
        else if (strspn(q, "0123456789") >= 12)
            q += 12;
        else
            continue;
        if (!strncmp(q, ":policy/", 8) && q[8] && strchr(ALNUM "_+=,.@-/", q[8]))
            return 1;
    }
    return 0;
}

/* ^(\u002F)|(\u002F[\u0021-\u007E]+\u002F)$ (a role's, user's or group's Path): the alternatives are
 * not grouped, so a '/' first is enough, else the string ends with '/', one or more of '!' to '~'
 * ('/' among them), '/' */
static int iam_path_ok(const char *s)
{
    size_t n = strlen(s);
    if (*s == '/')
        return 1;
    if (!n || s[n - 1] != '/')
        return 0;
    /* the run of '!'..'~' at the end: a '/' in it at least two places before the last character */
    size_t r = n;
    while (r > 0 && s[r - 1] >= '!' && s[r - 1] <= '~')
        r--;
    for (size_t i = r; i + 2 < n; i++)
        if (s[i] == '/')
            return 1;
    return 0;
}

/* ^((/[A-Za-z0-9\.,\+@=_-]+)*)/$ (a managed policy's Path): '/' first and last, no empty step */
static int managed_policy_path_ok(const char *s)
{
    size_t n = strlen(s);
    return n && s[0] == '/' && s[n - 1] == '/' && !strstr(s, "//") && strspn(s, ALNUM ".,+@=_-/") == n;
}

/* ^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:function:[a-zA-Z0-9_-]{1,64})$
 * (a function's FunctionName) */
static int function_name_ok(const char *s)
{
    size_t k = strspn(s, ALNUM "_-");
    if (!s[k])
        return k >= 1 && k <= 64;
    if (strncmp(s, "arn:", 4))
        return 0;
    s += 4;
    k = strspn(s, ALNUM "-");
    if (!k || strncmp(s + k, ":lambda:", 8))
        return 0;
    s += k + 8;
    k = strspn(s, ALNUM "-");
    if (!k || s[k] != ':' || strspn(s + k + 1, "0123456789") != 12)
        return 0;
    s += k + 13;
    if (strncmp(s, ":function:", 10))
        return 0;
    s += 10;
    k = strspn(s, ALNUM "_-");
    return !s[k] && k >= 1 && k <= 64;
}

/* ^arn:aws[a-zA-Z-]*:elasticfilesystem:<region>:\d{12}:access-point/fsap-[a-f0-9]{17}$
 * |^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$
 * (a function's FileSystemConfigs' Arn; <region> as region_at's) */
static int fs_access_point_arn_ok(const char *s)
{
    if (strncmp(s, "arn:aws", 7))
        return 0;
    const char *e = s + 7 + strspn(s + 7, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");
    size_t r;
    if (!strncmp(e, ":elasticfilesystem:", 19) && region_at(e + 19, &r)) {
        e += 19 + r + 1;
        if (strspn(e, "0123456789") == 12 && !strncmp(e + 12, ":access-point/fsap-", 19) && hex_id(e + 31, 17, 17))
            return 1;
    }
    const char *f = s + 7 + strspn(s + 7, "abcdefghijklmnopqrstuvwxyz-");
    if (strncmp(f, ":s3files:", 9))
        return 0;
    f += 9;
    /* [0-9a-z-:]+ backtracks to any ":file-system/fs-" with a valid rest after it */
    for (const char *p = strstr(f, ":file-system/fs-"); p; p = strstr(p + 1, ":file-system/fs-")) {
        if (p == f || strspn(f, "0123456789abcdefghijklmnopqrstuvwxyz-:") < (size_t)(p - f))
            continue;
        size_t k = strspn(p + 16, "0123456789abcdef");
        if (k >= 17 && k <= 40 && !strncmp(p + 16 + k, "/access-point/fsap-", 19) && hex_id(p + 35 + k, 17, 40))
            return 1;
    }
    return 0;
}

/* ^/mnt/[a-zA-Z0-9-_.]+$ (a function's FileSystemConfigs' LocalMountPath) */
static int local_mount_path_ok(const char *s) { return prefixed_set(s, "/mnt/", ALNUM "-_.", 1); }

/* ^(rate\(.+\)|cron\(.+\))?$ (a rule's ScheduleExpression; '.' is no newline) */
static int schedule_ok(const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return 1;
    return (!strncmp(s, "rate(", 5) || !strncmp(s, "cron(", 5)) && n > 6 && s[n - 1] == ')' && !strchr(s, '\n');
}

#define RUNTIMES \
    "dotnet10", "dotnet6", "dotnet8", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "go1.x", \
    "java11", "java11.al2023", "java17", "java17.al2023", "java21", "java25", "java8", "java8.al2", "java8.al2023", \
    "nodejs", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x", "nodejs22.x", \
    "nodejs24.x", "nodejs26.x", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "provided", "provided.al2", \
    "provided.al2023", "python2.7", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14", "python3.15", \
    "python3.6", "python3.7", "python3.8", "python3.9", "ruby2.5", "ruby2.7", "ruby3.2", "ruby3.3", "ruby3.4", "ruby4.0", NULL

/* the validator's enum of AWS::Lambda::Function Runtime and LayerVersion CompatibleRuntimes, in its order */
static const char *const lambda_runtimes[] = {RUNTIMES};
/* the validator's other Lambda enums, in its order */
static const char *const log_formats[] = {"Text", "JSON", NULL};
static const char *const application_log_levels[] = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", NULL};
static const char *const system_log_levels[] = {"DEBUG", "INFO", "WARN", NULL};
static const char *const update_runtime_on[] = {"Auto", "FunctionUpdate", "Manual", NULL};
static const char *const untrusted_artifact[] = {"Warn", "Enforce", NULL};
static const char *const snap_start_apply_on[] = {"PublishedVersions", "None", NULL};
/* (the validator's enums as its W3030 messages list them, in their order) */
static const char *const scalable_dimensions[] = {"appstream:fleet:DesiredCapacity",
                                                  "cassandra:table:ReadCapacityUnits",
                                                  "cassandra:table:WriteCapacityUnits",
                                                  "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
                                                  "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
                                                  "custom-resource:ResourceType:Property",
                                                  "dynamodb:index:ReadCapacityUnits",
                                                  "dynamodb:index:WriteCapacityUnits",
                                                  "dynamodb:table:ReadCapacityUnits",
                                                  "dynamodb:table:WriteCapacityUnits",
                                                  "ec2:capacity-reservation:AvailableInstances",
                                                  "ec2:spot-fleet-request:TargetCapacity",
                                                  "ecs:service:DesiredCount",
                                                  "elasticache:cache-cluster:Nodes",
                                                  "elasticache:replication-group:NodeGroups",
                                                  "elasticache:replication-group:Replicas",
                                                  "elasticmapreduce:instancegroup:InstanceCount",
                                                  "kafka:broker-storage:VolumeSize",
                                                  "lambda:function:ProvisionedConcurrency",
                                                  "neptune:cluster:ReadReplicaCount",
                                                  "rds:cluster:ReadReplicaCount",
                                                  "sagemaker:inference-component:DesiredCopyCount",
                                                  "sagemaker:variant:DesiredInstanceCount",
                                                  "sagemaker:variant:DesiredProvisionedConcurrency",
                                                  "workspaces:workspacespool:DesiredUserSessions",
                                                  NULL};
static const char *const signing_platforms[] = {"AWSLambda-SHA384-ECDSA", "Notation-OCI-SHA384-ECDSA", NULL};
static const char *const source_access_types[] = {
    "BASIC_AUTH", "VPC_SUBNET", "VPC_SECURITY_GROUP", "SASL_SCRAM_512_AUTH", "SASL_SCRAM_256_AUTH", "VIRTUAL_HOST",
    "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE", "OAUTHBEARER_AUTH", "OAUTHBEARER_SCOPE",
    "OAUTHBEARER_AUDIENCE", "OAUTHBEARER_LOGICAL_CLUSTER", "OAUTHBEARER_IDENTITY_POOL", "IAM_AUTH",
    "IAM_OAUTHBEARER_AUTH", NULL};
static const char *const schema_registry_access_types[] = {"BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH",
                                                           "SERVER_ROOT_CA_CERTIFICATE", "OAUTHBEARER_AUTH", NULL};
static const char *const event_record_formats[] = {"JSON", "SOURCE", NULL};
static const char *const blocked_encryption_types[] = {"NONE", "SSE-C", NULL};

/* an S3 bucket's name: ^([a-z0-9][a-z0-9.-]*[a-z0-9])?$ */
static int bucket_name_ok(const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return 1;
    if (n < 2 || !strchr("abcdefghijklmnopqrstuvwxyz0123456789", s[0]) ||
        !strchr("abcdefghijklmnopqrstuvwxyz0123456789", s[n - 1]))
        return 0;
    return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789.-") == n;
}

/* a Kafka topic: ^[^.]([a-zA-Z0-9\-_.]+) (not anchored at the end: its first two characters) */
static int kafka_topic_ok(const char *s) { return s[0] && s[0] != '.' && s[1] && strchr(ALNUM "-_.", s[1]); }

/* The resource schemas' tag patterns: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$ (an SQS queue's key and value),
 * ^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$ and ...+$ (an IAM role's and user's value and key). An ASCII string is
 * checked here (its letters and digits, the space, and _.:/=+-@), another by the regex engine. */
#define TAG_CHARS "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]"
static int tag_chars_ok(const char *s, int nonempty)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p && *p < 0x80 &&
           ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == ' ' ||
            strchr("_.:/=+-@", *p)))
        p++;
    if (!*p)
        return !nonempty || *s;
    if (*p < 0x80)
        return 0;
    return ccdk__js_regex_test(nonempty ? "^" TAG_CHARS "+$" : "^" TAG_CHARS "*$", "u", s, NULL) == 1;
}
static int tag_chars_any_ok(const char *s) { return tag_chars_ok(s, 0); }
static int tag_chars_some_ok(const char *s) { return tag_chars_ok(s, 1); }

/* F3002: an SSM parameter's Tags is a map whose keys the schema's patternProperties
 * ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$ allow, and no other (additionalProperties: false) */
static void check_ssm_parameter_tags(where *w, const ccdk_value *props)
{
    for (uint32_t i = 0; i < props->u.obj.n; i++) {
        const ccdk_value *tags = props->u.obj.e[i].val;
        if (strcmp(props->u.obj.e[i].key, "Tags") || tags->kind != CCDK__V_OBJ)
            continue;
        for (uint32_t k = 0; k < tags->u.obj.n; k++) {
            const char *key = tags->u.obj.e[k].key;
            if (!tag_chars_ok(key, 0))
                add(w, "F3002", 1, "Schema", ccdk__sprintf(w->l->app, "Properties.Tags.%s", key),
                    (((uint64_t)(i < 255 ? i + 1 : 255) << 8) + (k < 255 ? k + 1 : 255)) << 16,
                    "Additional properties are not allowed ('%s' was unexpected)", key);
        }
    }
}

/* ^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$ (an alias' Name): letters, digits, '-' and '_', not digits alone */
static int alias_name_ok(const char *s)
{
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");
    return n && !s[n] && strspn(s, "0123456789") != n;
}

/* ^[a-zA-Z0-9_.-]+$ (a Kinesis stream's Name, a stream consumer's ConsumerName) */
static int kinesis_name_ok(const char *s)
{
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");
    return n && !s[n];
}

/* ^[.\-_/#A-Za-z0-9]{1,512}\Z (a log group's LogGroupName) */
static int log_group_name_ok(const char *s)
{
    size_t n = strspn(s, ".-_/#ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    return n && n <= 512 && !s[n];
}

/* ^(?!aws:)[a-zA-Z+-=._:/]+$ (a signing profile's tag key; "+-=" is the range '+' to '=') */
static int signer_tag_key_ok(const char *s)
{
    if (!*s || !strncmp(s, "aws:", 4))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '+' && *s <= '=') || *s == '.' ||
              *s == '_'))
            return 0;
    return 1;
}

/* the validator's availability zone: ^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$ ("us-east-1a"; "all" is not one) */
static int az_name(const char *s)
{
#define AZ_LOWER(c) ((c) >= 'a' && (c) <= 'z')
    size_t n = strlen(s);
    if (n < 7 || !AZ_LOWER(s[0]) || !AZ_LOWER(s[1]) || s[2] != '-' || s[n - 3] != '-' || s[n - 2] < '0' ||
        s[n - 2] > '9' || !AZ_LOWER(s[n - 1]))
        return 0;
    /* (-[a-z]+)+ between them: words of a-z, each after a '-' */
    for (size_t i = 3; i < n - 3; i++)
        if (!(AZ_LOWER(s[i]) || (s[i] == '-' && s[i - 1] != '-' && s[i + 1] != '-')))
            return 0;
    return 1;
#undef AZ_LOWER
}

typedef struct {
    const char *type, *path;
    int (*ok)(const char *s);        /* a format or pattern; NULL: none */
    const char *rule, *category, *what; /* what: "format '...'" / "pattern '...'" */
    size_t min, max;                 /* F3033 (both 0: none; max 0: no maximum) */
    const char *const *oneof;        /* W3030 */
    int range;                       /* F3034: a number within lo..hi (hi INFINITY: no maximum) */
    int items;                       /* F3032: a list of min..max items */
    double lo, hi;
    int az;                          /* W3010: ok tells an availability zone (no type check) */
    int unique;                      /* F3037: a list whose items must differ */
    char vtype;                      /* the schema's type: 'i' integer, 'n' number, 'b' boolean (F3012,
                                      * W9003), 's' a string with no other check (W9003 and F3012 on
                                      * what is no string, as any string row); 0: a string row or none */
} prop_check;

#define FMT(t, p, ok_, rule_, name) \
    {.type = t, .path = p, .ok = ok_, .rule = rule_, .category = "Intrinsic Function", .what = "format '" name "'"}
#define PAT(t, p, ok_, pattern) \
    {.type = t, .path = p, .ok = ok_, .rule = "F3031", .category = "Schema", .what = "pattern '" pattern "'"}
#define LEN(t, p, min_, max_) {.type = t, .path = p, .rule = "F3033", .category = "Schema", .min = min_, .max = max_}
/* F3034 on an integer (RANGE) or a number (RANGE_N) property, with its type's F3012 and W9003 */
#define RANGE(t, p, lo_, hi_) \
    {.type = t, .path = p, .rule = "F3034", .category = "Schema", .range = 1, .lo = lo_, .hi = hi_, .vtype = 'i'}
#define RANGE_N(t, p, lo_, hi_) \
    {.type = t, .path = p, .rule = "F3034", .category = "Schema", .range = 1, .lo = lo_, .hi = hi_, .vtype = 'n'}
/* the type alone (F3012, W9003): 'i', 'n', 'b' or 's' */
#define TYPED(t, p, vt) {.type = t, .path = p, .rule = "F3012", .category = "Schema", .vtype = vt}
#define ONEOF(t, p, list) {.type = t, .path = p, .rule = "W3030", .category = "Schema", .oneof = list}
/* W3010: a literal availability zone where the validator's hardcoded_azs looks for one */
#define UNIQUE(t, p) {.type = t, .path = p, .rule = "F3037", .category = "Schema", .unique = 1}
#define AZ(t, p) {.type = t, .path = p, .ok = az_name, .rule = "W3010", .category = "Best Practice", .az = 1}
#define ARN_UNANCHORED \
    "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
#define ITEMS(t, p, min_, max_) \
    {.type = t, .path = p, .rule = "F3032", .category = "Schema", .items = 1, .min = min_, .max = max_}
#define ROLE_ARN "^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"
#define INSTANCE_TYPE "^[a-zA-Z0-9\\.\\*\\-]+$"
#define SG_FMT "AWS::EC2::SecurityGroup.Id"
#define VPC_FMT "AWS::EC2::VPC.Id"
#define SUBNET_FMT "AWS::EC2::Subnet.Id"
#define MANAGED_POLICY_ARN "arn:(aws[a-zA-Z-]*)?:iam::(\\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\\-_/]+"
#define IAM_PATH "^(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)$"
#define DESTINATION_ARN "^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]+(-[a-z]+)+-\\d{1})?:(\\d{12})?:(.*)"

/* by type (those of one type together, in any order: the findings are sorted) */
static const prop_check prop_checks[] = {
    /* tags: the schemas' lengths of a tag's Key and Value (F3033) and their patterns (F3031), for the
     * types ccdk makes whose schema has them */
    LEN("AWS::CloudWatch::Alarm", "Tags.*.Key", 1, 128),
    LEN("AWS::CloudWatch::Alarm", "Tags.*.Value", 1, 256),
    LEN("AWS::CloudWatch::CompositeAlarm", "Tags.*.Key", 1, 128),
    LEN("AWS::CloudWatch::CompositeAlarm", "Tags.*.Value", 1, 256),
    LEN("AWS::CodeGuruProfiler::ProfilingGroup", "Tags.*.Key", 1, 128),
    LEN("AWS::CodeGuruProfiler::ProfilingGroup", "Tags.*.Value", 0, 256),
    LEN("AWS::DynamoDB::Table", "Tags.*.Key", 1, 128),
    LEN("AWS::DynamoDB::Table", "Tags.*.Value", 0, 256),
    LEN("AWS::EC2::InternetGateway", "Tags.*.Key", 1, 128),
    LEN("AWS::EC2::InternetGateway", "Tags.*.Value", 0, 256),
    LEN("AWS::ECR::Repository", "Tags.*.Key", 1, 127),
    LEN("AWS::ECR::Repository", "Tags.*.Value", 1, 255),
    LEN("AWS::Events::EventBus", "Tags.*.Key", 1, 128),
    LEN("AWS::Events::EventBus", "Tags.*.Value", 0, 256),
    LEN("AWS::Events::Rule", "Tags.*.Key", 1, 128),
    LEN("AWS::Events::Rule", "Tags.*.Value", 0, 256),
    PAT("AWS::IAM::Role", "Tags.*.Key", tag_chars_some_ok, "^" TAG_CHARS "+$"),
    LEN("AWS::IAM::Role", "Tags.*.Key", 1, 128),
    PAT("AWS::IAM::Role", "Tags.*.Value", tag_chars_any_ok, "^" TAG_CHARS "*$"),
    LEN("AWS::IAM::Role", "Tags.*.Value", 0, 256),
    PAT("AWS::IAM::User", "Tags.*.Key", tag_chars_some_ok, "^" TAG_CHARS "+$"),
    LEN("AWS::IAM::User", "Tags.*.Key", 1, 128),
    PAT("AWS::IAM::User", "Tags.*.Value", tag_chars_any_ok, "^" TAG_CHARS "*$"),
    LEN("AWS::IAM::User", "Tags.*.Value", 0, 256),
    LEN("AWS::KMS::Key", "Tags.*.Key", 1, 128),
    LEN("AWS::KMS::Key", "Tags.*.Value", 0, 256),
    LEN("AWS::Kinesis::Stream", "Tags.*.Key", 1, 128),
    LEN("AWS::Kinesis::Stream", "Tags.*.Value", 0, 255),
    LEN("AWS::Kinesis::StreamConsumer", "Tags.*.Key", 1, 128),
    LEN("AWS::Kinesis::StreamConsumer", "Tags.*.Value", 0, 255),
    LEN("AWS::Lambda::CodeSigningConfig", "Tags.*.Key", 1, 128),
    LEN("AWS::Lambda::CodeSigningConfig", "Tags.*.Value", 0, 256),
    LEN("AWS::Lambda::EventSourceMapping", "Tags.*.Key", 1, 128),
    LEN("AWS::Lambda::EventSourceMapping", "Tags.*.Value", 0, 256),
    LEN("AWS::Lambda::Function", "Tags.*.Key", 1, 128),
    LEN("AWS::Lambda::Function", "Tags.*.Value", 0, 256),
    LEN("AWS::Logs::LogGroup", "Tags.*.Key", 1, 128),
    LEN("AWS::Logs::LogGroup", "Tags.*.Value", 0, 256),
    LEN("AWS::S3::Bucket", "Tags.*.Key", 1, 128),
    LEN("AWS::S3::Bucket", "Tags.*.Value", 0, 256),
    LEN("AWS::SNS::Topic", "Tags.*.Key", 1, 128),
    LEN("AWS::SNS::Topic", "Tags.*.Value", 0, 256),
    PAT("AWS::SQS::Queue", "Tags.*.Key", tag_chars_any_ok, "^(" TAG_CHARS "*)$"),
    LEN("AWS::SQS::Queue", "Tags.*.Key", 1, 128),
    PAT("AWS::SQS::Queue", "Tags.*.Value", tag_chars_any_ok, "^(" TAG_CHARS "*)$"),
    LEN("AWS::SQS::Queue", "Tags.*.Value", 0, 256),
    LEN("AWS::SecretsManager::Secret", "Tags.*.Key", 1, 128),
    LEN("AWS::SecretsManager::Secret", "Tags.*.Value", 0, 256),
    PAT("AWS::Signer::SigningProfile", "Tags.*.Key", signer_tag_key_ok, "^(?!aws:)[a-zA-Z+-=._:/]+$"),
    LEN("AWS::Signer::SigningProfile", "Tags.*.Key", 1, 127),
    LEN("AWS::Signer::SigningProfile", "Tags.*.Value", 1, 255),
    LEN("AWS::EFS::AccessPoint", "AccessPointTags.*.Key", 1, 128),
    LEN("AWS::EFS::AccessPoint", "AccessPointTags.*.Value", 1, 256),
    ONEOF("AWS::ApplicationAutoScaling::ScalableTarget", "ScalableDimension", scalable_dimensions),
    ONEOF("AWS::Signer::SigningProfile", "PlatformId", signing_platforms),
    ONEOF("AWS::Lambda::EventSourceMapping", "SourceAccessConfigurations.*.Type", source_access_types),
    ITEMS("AWS::Lambda::EventSourceMapping", "SourceAccessConfigurations", 1, 22),
    ITEMS("AWS::Lambda::EventSourceMapping", "FilterCriteria.Filters", 1, SIZE_MAX),
    PAT("AWS::Lambda::EventSourceMapping", "Topics.*", kafka_topic_ok, "^[^.]([a-zA-Z0-9\\-_.]+)"),
    LEN("AWS::Lambda::EventSourceMapping", "Topics.*", 1, 249),
    ONEOF("AWS::Lambda::EventSourceMapping", "SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig.EventRecordFormat",
          event_record_formats),
    ONEOF("AWS::Lambda::EventSourceMapping", "SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig.AccessConfigs.*.Type",
          schema_registry_access_types),
    ITEMS("AWS::Lambda::EventSourceMapping",
          "SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig.SchemaValidationConfigs", 1, SIZE_MAX),
    ONEOF("AWS::Lambda::EventSourceMapping", "AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig.EventRecordFormat",
          event_record_formats),
    ONEOF("AWS::Lambda::EventSourceMapping",
          "AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig.AccessConfigs.*.Type", schema_registry_access_types),
    ITEMS("AWS::Lambda::EventSourceMapping",
          "AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig.SchemaValidationConfigs", 1, SIZE_MAX),
    ONEOF("AWS::S3::Bucket", "BucketEncryption.ServerSideEncryptionConfiguration.*.BlockedEncryptionTypes.EncryptionType.*",
          blocked_encryption_types),
    PAT("AWS::S3::Bucket", "BucketName", bucket_name_ok, "^([a-z0-9][a-z0-9.-]*[a-z0-9])?$"),
    RANGE("AWS::Kinesis::Stream", "ShardCount", 1, INFINITY),
    TYPED("AWS::CloudFormation::CustomResource", "ServiceTimeout", 'i'),
    TYPED("AWS::S3::Bucket", "LifecycleConfiguration.Rules.*.ObjectSizeGreaterThan", 's'),
    TYPED("AWS::S3::Bucket", "LifecycleConfiguration.Rules.*.ObjectSizeLessThan", 's'),
    LEN("AWS::DynamoDB::GlobalTable", "GlobalSecondaryIndexes.*.IndexName", 3, 255),
    LEN("AWS::DynamoDB::GlobalTable", "Replicas.*.GlobalSecondaryIndexes.*.IndexName", 3, 255),
    /* the validator's W3010 list (its types and paths, in its order) */
    AZ("AWS::AutoScaling::AutoScalingGroup", "AvailabilityZones.*"),
    AZ("AWS::DAX::Cluster", "AvailabilityZones.*"),
    AZ("AWS::DMS::ReplicationInstance", "AvailabilityZone"),
    AZ("AWS::EC2::Host", "AvailabilityZone"),
    AZ("AWS::EC2::Instance", "AvailabilityZone"),
    AZ("AWS::EC2::LaunchTemplate", "LaunchTemplateData.Placement.AvailabilityZone"),
    AZ("AWS::EC2::SpotFleet", "SpotFleetRequestConfigData.LaunchSpecifications.*.Placement.AvailabilityZone"),
    AZ("AWS::EC2::SpotFleet", "SpotFleetRequestConfigData.LaunchTemplateConfigs.*.Overrides.*.AvailabilityZone"),
    AZ("AWS::EC2::Subnet", "AvailabilityZone"),
    AZ("AWS::EC2::Volume", "AvailabilityZone"),
    AZ("AWS::ElasticLoadBalancing::LoadBalancer", "AvailabilityZones.*"),
    AZ("AWS::ElasticLoadBalancingV2::TargetGroup", "Targets.*.AvailabilityZone"),
    AZ("AWS::EMR::Cluster", "Instances.Placement.AvailabilityZone"),
    AZ("AWS::Glue::Connection", "ConnectionInput.PhysicalConnectionRequirements.AvailabilityZone"),
    AZ("AWS::OpsWorks::Instance", "AvailabilityZone"),
    AZ("AWS::RDS::DBCluster", "AvailabilityZones.*"),
    AZ("AWS::RDS::DBInstance", "AvailabilityZone"),
    /* names no L2 checks: an alias' ("v1.2"), a stream's and its consumers', a log group's */
    PAT("AWS::Lambda::Alias", "Name", alias_name_ok, "^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$"),
    LEN("AWS::Lambda::Alias", "Name", 1, 128),
    PAT("AWS::Kinesis::Stream", "Name", kinesis_name_ok, "^[a-zA-Z0-9_.-]+$"),
    LEN("AWS::Kinesis::Stream", "Name", 1, 128),
    PAT("AWS::Kinesis::StreamConsumer", "ConsumerName", kinesis_name_ok, "^[a-zA-Z0-9_.-]+$"),
    LEN("AWS::Kinesis::StreamConsumer", "ConsumerName", 1, 128),
    PAT("AWS::Logs::LogGroup", "LogGroupName", log_group_name_ok, "^[.\\-_/#A-Za-z0-9]{1,512}\\Z"),
    LEN("AWS::Logs::LogGroup", "LogGroupName", 1, 512),
    /* descriptions no L2 checks: a version's, an alias', a layer version's (256) and a security group's (255) */
    LEN("AWS::Lambda::Version", "Description", 0, 256),
    LEN("AWS::Lambda::Alias", "Description", 0, 256),
    LEN("AWS::Lambda::LayerVersion", "Description", 0, 256),
    LEN("AWS::EC2::SecurityGroup", "GroupDescription", 0, 255),
    FMT("AWS::EC2::EgressOnlyInternetGateway", "VpcId", vpc_id_ok, "E1151", VPC_FMT),
    FMT("AWS::EC2::NatGateway", "SubnetId", subnet_id_ok, "E1154", SUBNET_FMT),
    FMT("AWS::EC2::RouteTable", "VpcId", vpc_id_ok, "E1151", VPC_FMT),
    FMT("AWS::EC2::SecurityGroup", "VpcId", vpc_id_ok, "E1151", VPC_FMT),
    FMT("AWS::EC2::SecurityGroup", "SecurityGroupIngress.*.SourceSecurityGroupId", sg_id_ok, "E1150", SG_FMT),
    FMT("AWS::EC2::SecurityGroup", "SecurityGroupEgress.*.DestinationSecurityGroupId", sg_id_ok, "E1150", SG_FMT),
    FMT("AWS::EC2::SecurityGroupEgress", "GroupId", sg_id_ok, "E1150", SG_FMT),
    FMT("AWS::EC2::SecurityGroupEgress", "DestinationSecurityGroupId", sg_id_ok, "E1150", SG_FMT),
    FMT("AWS::EC2::SecurityGroupIngress", "GroupId", sg_id_ok, "E1150", SG_FMT),
    FMT("AWS::EC2::SecurityGroupIngress", "SourceSecurityGroupId", sg_id_ok, "E1150", SG_FMT),
    FMT("AWS::EC2::Subnet", "VpcId", vpc_id_ok, "E1151", VPC_FMT),
    FMT("AWS::EC2::SubnetRouteTableAssociation", "SubnetId", subnet_id_ok, "E1154", SUBNET_FMT),
    FMT("AWS::EC2::VPCCidrBlock", "VpcId", vpc_id_ok, "E1151", VPC_FMT),
    FMT("AWS::EC2::VPCEndpoint", "VpcId", vpc_id_ok, "E1151", VPC_FMT),
    FMT("AWS::EC2::VPCEndpoint", "SecurityGroupIds.*", sg_id_ok, "E1150", SG_FMT),
    FMT("AWS::EC2::VPCGatewayAttachment", "VpcId", vpc_id_ok, "E1151", VPC_FMT),
    PAT("AWS::Events::Rule", "ScheduleExpression", schedule_ok, "^(rate\\(.+\\)|cron\\(.+\\))?$"),
    FMT("AWS::EFS::MountTarget", "SubnetId", subnet_id_ok, "E1154", SUBNET_FMT),
    PAT("AWS::EFS::MountTarget", "SubnetId", subnet_40_ok, "^subnet-[0-9a-f]{8,40}$"),
    LEN("AWS::EFS::MountTarget", "SubnetId", 15, 47),
    FMT("AWS::EFS::MountTarget", "SecurityGroups.*", sg_id_ok, "E1150", SG_FMT),
    PAT("AWS::EFS::MountTarget", "SecurityGroups.*", sg_40_ok, "^sg-[0-9a-f]{8,40}$"),
    LEN("AWS::EFS::MountTarget", "SecurityGroups.*", 11, 43),
    FMT("AWS::Lambda::CapacityProvider", "VpcConfig.SecurityGroupIds.*", sg_id_ok, "E1150", SG_FMT),
    PAT("AWS::Lambda::CapacityProvider", "VpcConfig.SecurityGroupIds.*", vpc_config_sg_ok, "^sg-[0-9a-zA-Z]*$"),
    LEN("AWS::Lambda::CapacityProvider", "VpcConfig.SecurityGroupIds.*", 0, 1024),
    PAT("AWS::Lambda::CapacityProvider", "VpcConfig.SubnetIds.*", vpc_config_subnet_ok, "^subnet-[0-9a-z]*$"),
    LEN("AWS::Lambda::CapacityProvider", "VpcConfig.SubnetIds.*", 0, 1024),
    PAT("AWS::Lambda::CapacityProvider", "PermissionsConfig.CapacityProviderOperatorRoleArn", role_arn_ok, ROLE_ARN),
    FMT("AWS::Lambda::CapacityProvider", "PermissionsConfig.CapacityProviderOperatorRoleArn", role_arn_format_ok,
        "E1156", "AWS::IAM::Role.Arn"),
    PAT("AWS::Lambda::CapacityProvider", "InstanceRequirements.AllowedInstanceTypes.*", instance_type_ok,
        INSTANCE_TYPE),
    LEN("AWS::Lambda::CapacityProvider", "InstanceRequirements.AllowedInstanceTypes.*", 1, 30),
    PAT("AWS::Lambda::CapacityProvider", "InstanceRequirements.ExcludedInstanceTypes.*", instance_type_ok,
        INSTANCE_TYPE),
    LEN("AWS::Lambda::CapacityProvider", "InstanceRequirements.ExcludedInstanceTypes.*", 1, 30),
    RANGE_N("AWS::Lambda::CapacityProvider", "CapacityProviderScalingConfig.ScalingPolicies.*.TargetValue", 0, 100),
    RANGE("AWS::Lambda::CapacityProvider", "CapacityProviderScalingConfig.MaxVCpuCount", 2, 15000),
    FMT("AWS::Lambda::NetworkConnector", "Configuration.VpcEgressConfiguration.SecurityGroupIds.*", sg_id_ok, "E1150",
        SG_FMT),
    PAT("AWS::Lambda::NetworkConnector", "Configuration.VpcEgressConfiguration.SecurityGroupIds.*", vpc_config_sg_ok,
        "^sg-[0-9a-zA-Z]*$"),
    LEN("AWS::Lambda::NetworkConnector", "Configuration.VpcEgressConfiguration.SecurityGroupIds.*", 0, 1024),
    PAT("AWS::Lambda::NetworkConnector", "Configuration.VpcEgressConfiguration.SubnetIds.*", vpc_config_subnet_ok,
        "^subnet-[0-9a-z]*$"),
    LEN("AWS::Lambda::NetworkConnector", "Configuration.VpcEgressConfiguration.SubnetIds.*", 0, 1024),
    PAT("AWS::Lambda::NetworkConnector", "Name", network_connector_name_ok,
        "^(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:network-connector:"
        "[a-zA-Z0-9-_]+(:[1-9][0-9]*)?)|[a-zA-Z0-9_-]{1,64}$"),
    LEN("AWS::Lambda::NetworkConnector", "Name", 1, 140),
    PAT("AWS::Lambda::NetworkConnector", "OperatorRole", role_arn_ok, ROLE_ARN),
    PAT("AWS::IAM::Group", "ManagedPolicyArns.*", managed_policy_arn_ok, MANAGED_POLICY_ARN),
    UNIQUE("AWS::IAM::Group", "ManagedPolicyArns"),
    UNIQUE("AWS::IAM::Role", "ManagedPolicyArns"),
    UNIQUE("AWS::IAM::User", "ManagedPolicyArns"),
    PAT("AWS::IAM::Group", "Path", iam_path_ok, IAM_PATH),
    LEN("AWS::IAM::Group", "Path", 1, 512),
    PAT("AWS::IAM::ManagedPolicy", "Path", managed_policy_path_ok, "^((/[A-Za-z0-9\\.,\\+@=_-]+)*)/$"),
    LEN("AWS::IAM::ManagedPolicy", "Path", 1, 512),
    PAT("AWS::IAM::Role", "ManagedPolicyArns.*", managed_policy_arn_ok, MANAGED_POLICY_ARN),
    PAT("AWS::IAM::Role", "Path", iam_path_ok, IAM_PATH),
    LEN("AWS::IAM::Role", "Path", 1, 512),
    PAT("AWS::IAM::User", "ManagedPolicyArns.*", managed_policy_arn_ok, MANAGED_POLICY_ARN),
    PAT("AWS::IAM::User", "Path", iam_path_ok, IAM_PATH),
    LEN("AWS::IAM::User", "Path", 1, 512),
    LEN("AWS::Lambda::CodeSigningConfig", "Description", 0, 256),
    ITEMS("AWS::Lambda::CodeSigningConfig", "AllowedPublishers.SigningProfileVersionArns", 1, 20),
    PAT("AWS::Lambda::CodeSigningConfig", "AllowedPublishers.SigningProfileVersionArns.*", event_source_arn_ok,
        ARN_UNANCHORED),
    LEN("AWS::Lambda::CodeSigningConfig", "AllowedPublishers.SigningProfileVersionArns.*", 12, 1024),
    ONEOF("AWS::Lambda::CodeSigningConfig", "CodeSigningPolicies.UntrustedArtifactOnDeployment", untrusted_artifact),
    PAT("AWS::Lambda::EventInvokeConfig", "DestinationConfig.OnSuccess.Destination", destination_arn_ok, DESTINATION_ARN),
    LEN("AWS::Lambda::EventInvokeConfig", "DestinationConfig.OnSuccess.Destination", 0, 350),
    PAT("AWS::Lambda::EventInvokeConfig", "DestinationConfig.OnFailure.Destination", destination_arn_ok, DESTINATION_ARN),
    LEN("AWS::Lambda::EventInvokeConfig", "DestinationConfig.OnFailure.Destination", 0, 350),
    PAT("AWS::Lambda::EventSourceMapping", "EventSourceArn", event_source_arn_ok, ARN_UNANCHORED),
    LEN("AWS::Lambda::EventSourceMapping", "EventSourceArn", 12, 1024),
    PAT("AWS::Lambda::Function", "Role", role_arn_ok, ROLE_ARN),
    PAT("AWS::Lambda::Function", "CodeSigningConfigArn", code_signing_config_arn_ok,
        "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:"
        "code-signing-config:csc-[a-z0-9]{17}"),
    ONEOF("AWS::Lambda::Function", "LoggingConfig.LogFormat", log_formats),
    ONEOF("AWS::Lambda::Function", "LoggingConfig.ApplicationLogLevel", application_log_levels),
    ONEOF("AWS::Lambda::Function", "LoggingConfig.SystemLogLevel", system_log_levels),
    PAT("AWS::Lambda::Function", "LoggingConfig.LogGroup", log_group_ok, "[\\.\\-_/#A-Za-z0-9]+"),
    LEN("AWS::Lambda::Function", "LoggingConfig.LogGroup", 1, 512),
    ONEOF("AWS::Lambda::Function", "RuntimeManagementConfig.UpdateRuntimeOn", update_runtime_on),
    RANGE_N("AWS::Lambda::Function",
            "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu", 2,
            8),
    RANGE("AWS::Lambda::Function",
          "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.PerExecutionEnvironmentMaxConcurrency", 1,
          1600),
    RANGE("AWS::Lambda::Function", "FunctionScalingConfig.MinExecutionEnvironments", 0, 15000),
    RANGE("AWS::Lambda::Function", "FunctionScalingConfig.MaxExecutionEnvironments", 0, 15000),
    RANGE("AWS::Lambda::Function", "DurableConfig.ExecutionTimeout", 1, 31622400),
    RANGE("AWS::Lambda::Function", "DurableConfig.RetentionPeriodInDays", 1, 90),
    RANGE("AWS::Lambda::Function", "ReservedConcurrentExecutions", 0, INFINITY),
    RANGE("AWS::Lambda::Function", "Timeout", 1, 5400),
    /* MemorySize's and EphemeralStorage.Size's minimum: check_function (a limit ccdk:lint:* overrides) */
    RANGE("AWS::Lambda::Function", "MemorySize", -INFINITY, 32768),
    RANGE("AWS::Lambda::Function", "EphemeralStorage.Size", -INFINITY, 32768),
    RANGE("AWS::Lambda::Url", "Cors.MaxAge", 0, INFINITY), /* (its maximum: check_url, a limit) */
    TYPED("AWS::Lambda::Url", "Cors.AllowCredentials", 'b'),
    TYPED("AWS::Lambda::Version", "ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions", 'i'),
    TYPED("AWS::Lambda::Alias", "ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions", 'i'),
    TYPED("AWS::Lambda::Alias", "RoutingConfig.AdditionalVersionWeights.*.FunctionWeight", 'n'),
    RANGE("AWS::Lambda::EventInvokeConfig", "MaximumEventAgeInSeconds", 60, 21600),
    RANGE("AWS::Lambda::EventInvokeConfig", "MaximumRetryAttempts", 0, 2),
    RANGE("AWS::Lambda::EventSourceMapping", "BatchSize", 1, 10000),
    RANGE("AWS::Lambda::EventSourceMapping", "MaximumBatchingWindowInSeconds", 0, 300),
    RANGE("AWS::Lambda::EventSourceMapping", "ParallelizationFactor", 1, 10),
    RANGE("AWS::Lambda::EventSourceMapping", "MaximumRecordAgeInSeconds", -1, 604800),
    RANGE("AWS::Lambda::EventSourceMapping", "MaximumRetryAttempts", -1, 10000),
    RANGE("AWS::Lambda::EventSourceMapping", "TumblingWindowInSeconds", 0, 900),
    RANGE("AWS::Lambda::EventSourceMapping", "ScalingConfig.MaximumConcurrency", 2, 1000),
    RANGE_N("AWS::EFS::FileSystem", "ProvisionedThroughputInMibps", 1, INFINITY),
    ONEOF("AWS::Lambda::Function", "Runtime", lambda_runtimes),
    ONEOF("AWS::Lambda::Function", "SnapStart.ApplyOn", snap_start_apply_on),
    TYPED("AWS::Lambda::Function", "Handler", 's'),
    TYPED("AWS::Lambda::Function", "KmsKeyArn", 's'),
    TYPED("AWS::Lambda::Function", "Tags.*.Key", 's'),
    TYPED("AWS::Lambda::Function", "Tags.*.Value", 's'),
    FMT("AWS::Lambda::Function", "VpcConfig.SecurityGroupIds.*", sg_id_ok, "E1150", SG_FMT),
    PAT("AWS::Lambda::Function", "VpcConfig.SecurityGroupIds.*", vpc_config_sg_ok, "^sg-[0-9a-zA-Z]*$"),
    LEN("AWS::Lambda::Function", "VpcConfig.SecurityGroupIds.*", 0, 1024),
    PAT("AWS::Lambda::Function", "VpcConfig.SubnetIds.*", vpc_config_subnet_ok, "^subnet-[0-9a-z]*$"),
    LEN("AWS::Lambda::Function", "VpcConfig.SubnetIds.*", 0, 1024),
    PAT("AWS::Lambda::Function", "Layers.*", layer_arn_ok,
        "^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+|arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)$"),
    PAT("AWS::Lambda::Function", "FunctionName", function_name_ok,
        "^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:function:[a-zA-Z0-9_-]{1,64})$"),
    LEN("AWS::Lambda::Function", "FunctionName", 1, 0),
    LEN("AWS::Lambda::Function", "Description", 0, 256),
    PAT("AWS::Lambda::Function", "FileSystemConfigs.*.Arn", fs_access_point_arn_ok,
        "^arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:access-point/fsap-[a-f0-9]{17}$"
        "|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$"),
    LEN("AWS::Lambda::Function", "FileSystemConfigs.*.Arn", 0, 200),
    PAT("AWS::Lambda::Function", "FileSystemConfigs.*.LocalMountPath", local_mount_path_ok, "^/mnt/[a-zA-Z0-9-_.]+$"),
    LEN("AWS::Lambda::Function", "FileSystemConfigs.*.LocalMountPath", 0, 160),
    ONEOF("AWS::Lambda::LayerVersion", "CompatibleRuntimes.*", lambda_runtimes),
    PAT("AWS::Lambda::LayerVersionPermission", "OrganizationId", org_id_ok, "^o-[a-z0-9]{10,32}$"),
    LEN("AWS::Lambda::LayerVersionPermission", "OrganizationId", 0, 34),
    LEN("AWS::Lambda::Permission", "Principal", 1, 256),
    PAT("AWS::Lambda::Permission", "Action", permission_action_ok, "^(lambda:[*]|lambda:[a-zA-Z]+|[*])$"),
    LEN("AWS::Lambda::Permission", "Action", 1, 256),
    PAT("AWS::Lambda::Permission", "PrincipalOrgID", org_id_ok, "^o-[a-z0-9]{10,32}$"),
    LEN("AWS::Lambda::Permission", "PrincipalOrgID", 12, 34),
    PAT("AWS::Lambda::Permission", "SourceAccount", account_ok, "^\\d{12}$"),
    LEN("AWS::Lambda::Permission", "SourceAccount", 12, 12),
    PAT("AWS::Lambda::Permission", "SourceArn", source_arn_ok,
        "^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)$"),
    LEN("AWS::Lambda::Permission", "SourceArn", 12, 1024),
    PAT("AWS::Lambda::Permission", "EventSourceToken", event_source_token_ok, "^[a-zA-Z0-9._\\-]+$"),
    LEN("AWS::Lambda::Permission", "EventSourceToken", 1, 256),
    LEN("AWS::Logs::Destination", "DestinationPolicy", 1, 0),
    PAT("AWS::S3Files::FileSystem", "Bucket", s3_bucket_arn_ok, "^(arn:aws[a-zA-Z0-9-]*:s3:::.+)$"),
    FMT("AWS::S3Files::MountTarget", "SubnetId", subnet_id_ok, "E1154", SUBNET_FMT),
    PAT("AWS::S3Files::MountTarget", "SubnetId", subnet_40_ok, "^subnet-[0-9a-f]{8,40}$"),
    LEN("AWS::S3Files::MountTarget", "SubnetId", 15, 47),
    PAT("AWS::S3Files::MountTarget", "FileSystemId", s3files_fs_id_ok,
        "^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$"),
    FMT("AWS::S3Files::MountTarget", "SecurityGroups.*", sg_id_ok, "E1150", SG_FMT),
    PAT("AWS::S3Files::MountTarget", "SecurityGroups.*", sg_40_ok, "^(sg-[0-9a-f]{8,40})$"),
    LEN("AWS::S3Files::MountTarget", "SecurityGroups.*", 11, 43),
};

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* v: the string (or a number's or boolean's, as coerced); bare: the messages show it without quotes
 * (a number or a boolean), else as 'v' */
static void prop_check_value(where *w, const prop_check *c, const char *path, uint64_t sub, const char *v, int bare)
{
    const char *q = bare ? "" : "'";
    if (c->az) {
        if (c->ok(v))
            add(w, c->rule, 0, c->category, path, sub, "Avoid hardcoding availability zones '%s'", v);
        return;
    }
    if (c->ok && !c->ok(v))
        add(w, c->rule, c->rule[0] != 'W', c->category, path, sub, "%s%s%s does not match %s", q, v, q, c->what);
    if (c->max || c->min) { /* max 0: no maximum */
        size_t n = utf8_chars(v);
        if (c->max && n > c->max)
            add(w, c->rule, 1, c->category, path, sub, "length %zu exceeds maximum %zu", n, c->max);
        else if (n < c->min)
            add(w, c->rule, 1, c->category, path, sub, "length %zu is below minimum %zu", n, c->min);
    }
    if (c->oneof) {
        for (const char *const *k = c->oneof; *k; k++)
            if (**k == *v && !strcmp(*k, v))
                return;
        ccdk__buf b = {0};
        for (const char *const *k = c->oneof; *k; k++)
            ccdk__buf_printf(&b, "%s'%s'", k == c->oneof ? "" : ", ", *k);
        add(w, c->rule, 0, c->category, path, sub, "%s%s%s is not one of [%s]", q, v, q, b.data);
        ccdk__buf_free(&b);
    }
}

/* a string row's value that is no string: a number or a boolean the validator coerces to one (W9003,
 * once per path: the path's first row, prop_check_first), then checks as that string; an object that
 * is no intrinsic function, or a list, is F3012 (once per path too). null is not checked. */
static uint8_t prop_check_first[512]; /* by row: no row before it has its type and path */

static void prop_check_nonstring(where *w, const prop_check *c, const char *path, uint64_t sub, const ccdk_value *v)
{
    int first = prop_check_first[c - prop_checks];
    if (v->kind == CCDK__V_NUM || v->kind == CCDK__V_BOOL) {
        const char *text = v->kind == CCDK__V_BOOL ? (v->u.b ? "true" : "false") : ccdk__num_string(w->l->app, v->u.n);
        if (first)
            add(w, "W9003", 0, "Best Practice", path, sub,
                "%s is not of type 'string' - automatically coerced (%s to string)", text,
                v->kind == CCDK__V_BOOL ? "boolean" : "number");
        prop_check_value(w, c, path, sub, text, 1);
        return;
    }
    if (!first || (v->kind != CCDK__V_OBJ && v->kind != CCDK__V_LIST))
        return;
    if (v->kind == CCDK__V_OBJ && v->u.obj.n == 1 &&
        (!strcmp(v->u.obj.e[0].key, "Ref") || !strncmp(v->u.obj.e[0].key, "Fn::", 4) ||
         !strcmp(v->u.obj.e[0].key, "Condition")))
        return; /* an intrinsic: no literal */
    ccdk__buf b = {0};
    repr(w->l, &b, v, 0);
    add(w, "F3012", 1, "Schema", path, sub, "%s is not of type 'string'", b.data);
    ccdk__buf_free(&b);
}

/* the schema's type of a value (c->vtype), as the validator checks it: a string it can coerce
 * warns W9003 (an integer's: a number that reads as a whole one, "1e3" too; a boolean's: true,
 * false, yes, no, on, off, y, n, 1 or 0 in any case), any other value of another type is F3012. A
 * number not whole where an integer is due is F3012, and is still checked against the range (so is a
 * string read as a number, "1.5" or "inf"). An intrinsic function ({"Ref": ...}, {"Fn::...": ...})
 * is not checked: no literal. Then F3034 (c->range) on the number. */
static void prop_check_typed(where *w, const prop_check *c, const char *path, uint64_t sub, const ccdk_value *v)
{
    if (v->kind == CCDK__V_OBJ && v->u.obj.n == 1 &&
        (!strcmp(v->u.obj.e[0].key, "Ref") || !strncmp(v->u.obj.e[0].key, "Fn::", 4)))
        return;
    if (v->kind == CCDK__V_STR && strstr(v->u.str.s, "{{resolve:"))
        return; /* a dynamic reference: its value is not known (the validator's live answer) */
    static const char *const names[] = {"integer", "number", "boolean"};
    int t = c->vtype == 'i' ? 0 : c->vtype == 'n' ? 1 : 2;
    double d = 0;
    int have = 0, bad = 0, coerced = 0;
    if (t == 2) {
        static const char *const yes_no[] = {"true", "false", "yes", "no", "on", "off", "y", "n", "1", "0", NULL};
        if (v->kind == CCDK__V_STR) {
            for (const char *const *k = yes_no; *k && !coerced; k++)
                coerced = !strcasecmp(*k, v->u.str.s);
            bad = !coerced;
        } else {
            bad = v->kind != CCDK__V_BOOL;
        }
    } else if (v->kind == CCDK__V_NUM) {
        d = v->u.n;
        have = 1;
        bad = t == 0 && d != floor(d);
    } else if (v->kind == CCDK__V_STR && coerce_num(v->u.str.s, &d)) {
        have = 1;
        bad = t == 0 && !(isfinite(d) && d == floor(d));
        coerced = !bad;
    } else {
        bad = 1;
    }
    if (bad || coerced) {
        ccdk__buf b = {0};
        repr(w->l, &b, v, 0);
        if (bad)
            add(w, "F3012", 1, "Schema", path, sub, "%s is not of type '%s'", b.data, names[t]);
        else
            add(w, "W9003", 0, "Best Practice", path, sub, "%s is not of type '%s' - automatically coerced (string to %s)",
                b.data, names[t], names[t]);
        ccdk__buf_free(&b);
    }
    if (!have || !c->range)
        return;
    if (d < c->lo)
        add(w, c->rule, 1, c->category, path, sub, "%s is less than the minimum of %s", num(w->l, d), num(w->l, c->lo));
    else if (d > c->hi)
        add(w, c->rule, 1, c->category, path, sub, "%s is greater than the maximum of %s", num(w->l, d),
            num(w->l, c->hi));
}

/* follows c->path from v (seg: the rest of it), at: the path so far ("Properties.A.0"); place: the
 * places of the keys and items on the way, a byte each (the first the highest), depth: how many */
static void prop_check_walk(where *w, const prop_check *c, const ccdk_value *v, const char *seg, const char *at,
                            uint64_t place, int depth)
{
    ccdk__lint *l = w->l;
    if (!*seg && c->unique) {
        int dup = 0;
        for (uint32_t i = 0; v->kind == CCDK__V_LIST && i < v->u.list.n && !dup; i++)
            for (uint32_t k = 0; k < i && !dup; k++)
                dup = ccdk__v_equal(v->u.list.items[i], v->u.list.items[k]);
        if (dup)
            add(w, c->rule, 1, c->category, at, depth < 4 ? place << (8 * (4 - depth)) : place >> (8 * (depth - 4)),
                "Array items are not unique");
        return;
    }
    if (!*seg) {
        /* (its first four levels: a deeper place ties with its neighbours, then the message decides) */
        uint64_t sub = depth < 4 ? place << (8 * (4 - depth)) : place >> (8 * (depth - 4));
        if (c->vtype && c->vtype != 's')
            prop_check_typed(w, c, at, sub, v);
        else if (c->items && v->kind == CCDK__V_LIST && v->u.list.n > c->max)
            add(w, c->rule, 1, c->category, at, sub, "expected maximum item count: %zu, found: %u", c->max, v->u.list.n);
        else if (c->items && v->kind == CCDK__V_LIST && v->u.list.n < c->min)
            add(w, c->rule, 1, c->category, at, sub, "expected minimum item count: %zu, found: %u", c->min, v->u.list.n);
        else if (!c->items && v->kind == CCDK__V_STR)
            prop_check_value(w, c, at, sub, v->u.str.s, 0);
        else if (!c->items && !c->az)
            prop_check_nonstring(w, c, at, sub, v);
        return;
    }
    const char *dot = strchr(seg, '.');
    size_t n = dot ? (size_t)(dot - seg) : strlen(seg);
    const char *rest = seg[n] ? seg + n + 1 : seg + n;
    /* the path so far, in a buffer of this call (add copies a finding's); an arena copy when it
     * does not fit */
    char buf[512];
    size_t at_len = strlen(at);
    if (n == 1 && *seg == '*') {
        for (uint32_t i = 0; v->kind == CCDK__V_LIST && i < v->u.list.n; i++) {
            const char *p = buf;
            if (at_len + 12 < sizeof buf) {
                char digits[12];
                size_t nd = 0;
                uint32_t x = i;
                do
                    digits[nd++] = (char)('0' + x % 10);
                while ((x /= 10));
                memcpy(buf, at, at_len);
                buf[at_len] = '.';
                for (size_t d = 0; d < nd; d++)
                    buf[at_len + 1 + d] = digits[nd - 1 - d];
                buf[at_len + 1 + nd] = 0;
            } else {
                p = ccdk__sprintf(l->app, "%s.%u", at, i);
            }
            prop_check_walk(w, c, v->u.list.items[i], rest, p, (place << 8) + (i < 255 ? i + 1 : 255), depth + 1);
        }
        return;
    }
    for (uint32_t i = 0; v->kind == CCDK__V_OBJ && i < v->u.obj.n; i++) {
        const char *k = v->u.obj.e[i].key;
        if ((n && k[0] != seg[0]) || strncmp(k, seg, n) || k[n])
            continue;
        const char *p = buf;
        if (at_len + n + 2 <= sizeof buf) {
            memcpy(buf, at, at_len);
            buf[at_len] = '.';
            memcpy(buf + at_len + 1, k, n + 1);
        } else {
            p = ccdk__sprintf(l->app, "%s.%s", at, k);
        }
        prop_check_walk(w, c, v->u.obj.e[i].val, rest, p, (place << 8) + (i < 255 ? i + 1 : 255), depth + 1);
    }
}

/* The rows' index, made once: their places sorted by type, then by the path's first segment (the
 * property of Properties it starts at), and each type's range of them. A resource finds its type's
 * range by bsearch, then for each of its properties the rows that start there by bsearch: the walk
 * visits only the properties some row names, rather than every row scanning every property. */
#define NPROP_CHECKS (sizeof prop_checks / sizeof *prop_checks)
static uint16_t prop_checks_by_seg[NPROP_CHECKS];
static uint8_t prop_checks_seg_len[NPROP_CHECKS]; /* the first segment's length, by row */
static struct {
    const char *type;
    uint16_t start, end; /* in prop_checks_by_seg */
} prop_check_types[NPROP_CHECKS];
static size_t prop_check_ntypes;
static pthread_once_t prop_checks_once = PTHREAD_ONCE_INIT;

static int cmp_check_place(const void *a, const void *b)
{
    uint16_t x = *(const uint16_t *)a, y = *(const uint16_t *)b;
    int c = strcmp(prop_checks[x].type, prop_checks[y].type);
    if (!c) {
        size_t nx = prop_checks_seg_len[x], ny = prop_checks_seg_len[y];
        c = strncmp(prop_checks[x].path, prop_checks[y].path, nx < ny ? nx : ny);
        if (!c)
            c = (nx > ny) - (nx < ny);
    }
    return c ? c : (x > y) - (x < y);
}

static void prop_checks_sort(void)
{
    _Static_assert(NPROP_CHECKS <= sizeof prop_check_first, "prop_check_first too small");
    for (size_t i = 0; i < NPROP_CHECKS; i++) {
        prop_checks_by_seg[i] = (uint16_t)i;
        prop_checks_seg_len[i] = (uint8_t)strcspn(prop_checks[i].path, ".");
    }
    qsort(prop_checks_by_seg, NPROP_CHECKS, sizeof *prop_checks_by_seg, cmp_check_place);
    /* prop_check_first: a row is first unless a string row before it has its type and path. Such
     * rows share its type and first segment: they are among the rows of its place, before it (a
     * place's rows are in table order), so only those are compared (each row against every row
     * before it was 600,000 instructions) */
    for (size_t g = 0, end; g < NPROP_CHECKS; g = end) {
        uint16_t x = prop_checks_by_seg[g];
        for (end = g + 1; end < NPROP_CHECKS; end++) {
            uint16_t y = prop_checks_by_seg[end];
            if (prop_checks_seg_len[x] != prop_checks_seg_len[y] ||
                strncmp(prop_checks[x].path, prop_checks[y].path, prop_checks_seg_len[x]) ||
                strcmp(prop_checks[x].type, prop_checks[y].type))
                break;
        }
        for (size_t a = g; a < end; a++) {
            uint16_t i = prop_checks_by_seg[a];
            prop_check_first[i] = 1;
            for (size_t b = g; b < a && prop_check_first[i]; b++) {
                uint16_t k = prop_checks_by_seg[b];
                prop_check_first[i] = !!((prop_checks[k].vtype && prop_checks[k].vtype != 's') || prop_checks[k].items ||
                                         prop_checks[k].az || prop_checks[k].unique ||
                                         strcmp(prop_checks[k].path, prop_checks[i].path));
            }
        }
    }
    for (size_t i = 0; i < NPROP_CHECKS; i++) {
        const char *t = prop_checks[prop_checks_by_seg[i]].type;
        if (!prop_check_ntypes || strcmp(prop_check_types[prop_check_ntypes - 1].type, t))
            prop_check_types[prop_check_ntypes++].type = t, prop_check_types[prop_check_ntypes - 1].start = (uint16_t)i;
        prop_check_types[prop_check_ntypes - 1].end = (uint16_t)(i + 1);
    }
}

/* key against a row's first segment */
static int cmp_key_seg(const char *key, uint16_t row)
{
    const char *path = prop_checks[row].path;
    if (key[0] != path[0]) /* (mostly: no call) */
        return (unsigned char)key[0] - (unsigned char)path[0];
    size_t n = prop_checks_seg_len[row];
    int c = strncmp(key, path, n);
    return c ? c : key[n] != 0;
}

/* (prop_checks_sort has run: ccdk__lint_template) */
static void check_props_by_path(where *w, const ccdk_value *props)
{
    size_t lo = 0, hi = prop_check_ntypes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(prop_check_types[mid].type, w->type);
        if (!c) {
            lo = mid;
            break;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= prop_check_ntypes || strcmp(prop_check_types[lo].type, w->type))
        return;
    size_t first = prop_check_types[lo].start, last = prop_check_types[lo].end;
    char at[512];
    for (uint32_t i = 0; i < props->u.obj.n; i++) {
        const char *key = props->u.obj.e[i].key;
        size_t a = first, b = last; /* the first row whose segment is >= key */
        while (a < b) {
            size_t mid = (a + b) / 2;
            if (cmp_key_seg(key, prop_checks_by_seg[mid]) > 0)
                a = mid + 1;
            else
                b = mid;
        }
        if (a == last || cmp_key_seg(key, prop_checks_by_seg[a]))
            continue;
        size_t kn = strlen(key);
        const char *p = at;
        if (kn + 12 <= sizeof at) {
            memcpy(at, "Properties.", 11);
            memcpy(at + 11, key, kn + 1);
        } else {
            p = ccdk__sprintf(w->l->app, "Properties.%s", key);
        }
        for (; a < last && !cmp_key_seg(key, prop_checks_by_seg[a]); a++) {
            const prop_check *c = &prop_checks[prop_checks_by_seg[a]];
            const char *rest = c->path + kn + (c->path[kn] == '.');
            prop_check_walk(w, c, props->u.obj.e[i].val, rest, p, i < 255 ? i + 1 : 255, 1);
        }
    }
}

/* ------------------------------------------------------------------ E3510: identity policies
 *
 * The validator checks an identity policy document (AWS::IAM::Policy, ManagedPolicy, UserPolicy,
 * RolePolicy and GroupPolicy's PolicyDocument, AWS::SSO::PermissionSet's InlinePolicy, the
 * Policies.N.PolicyDocument of a Role, User or Group; not a Role's AssumeRolePolicyDocument nor the
 * resource policies of queues, topics, buckets or keys) against a schema. ccdk checks the part of it
 * a CDK app reaches: each Resource and NotResource string, alone or in a list, against the ARN
 * pattern. The validator does not apply the pattern as a regular expression: its live answers
 * show it splits the string at ':' and checks the fields (arn_ok). An Fn::If is followed into the
 * branches it can take (policy_values' rule) at the document, statement, Resource and item; its
 * findings carry the path of the Fn::If. Not followed as the validator does: an Fn::If inside a
 * branch of another on the same condition (the validator takes only the branch that agrees, and
 * warns W1028; ccdk takes both). Other intrinsics (Fn::Join, GetAtt, Ref) are not checked;
 * neither is Fn::Sub, which the validator resolves when it names pseudo parameters, and a dynamic
 * reference ("{{resolve:...}}"). */
#define IAM_ARN_PATTERN                                                                                      \
    "^(arn:(aws[A-Za-z\\-]*?|[A-Za-z?*\\-]*[?*][A-Za-z?*\\-]*):[^:*?]+:[^:]*(:(?:\\d{12}|\\*|aws)?:.+|)|\\*)$"

/* "*", or "arn:PARTITION:SERVICE[:REGION[:ACCOUNT[:RESOURCE...]]]" as the validator reads the
 * pattern: a partition of [A-Za-z?*-] that starts with "aws" or holds a ? or *; a service without
 * * or ?; any region; an account that is empty, "*", "aws" or 12 ASCII digits; a non-empty sixth
 * field (what follows it, colons too, is not checked). Fewer fields are accepted ("arn:aws:s3",
 * "arn:aws:s3:r:123456789012"), unlike the regular expression; a resource that starts with ':'
 * ("arn:aws:s3:r:::b") is not. */
static int arn_ok(const char *s)
{
    if (!strcmp(s, "*"))
        return 1;
    const char *f[6];
    size_t len[6], n = 0;
    for (const char *p = s;; p++) {
        const char *end = strchr(p, ':');
        if (n < 6) {
            f[n] = p;
            len[n] = end ? (size_t)(end - p) : strlen(p);
        }
        n++;
        if (!end)
            break;
        p = end;
    }
    if (n < 3 || len[0] != 3 || strncmp(f[0], "arn", 3))
        return 0;
    const char *part = f[1];
    size_t np = len[1];
    if (!np)
        return 0;
    int wild = 0;
    for (size_t i = 0; i < np; i++) {
        char c = part[i];
        if (c == '?' || c == '*')
            wild = 1;
        else if (!(c == '-' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return 0;
    }
    if (!wild && (np < 3 || strncmp(part, "aws", 3)))
        return 0;
    if (!len[2] || memchr(f[2], '*', len[2]) || memchr(f[2], '?', len[2]))
        return 0;
    if (n >= 5) {
        const char *a = f[4];
        size_t na = len[4];
        int acct = !na || (na == 1 && *a == '*') || (na == 3 && !strncmp(a, "aws", 3));
        if (na == 12) {
            acct = 1;
            for (size_t i = 0; i < 12; i++)
                acct &= a[i] >= '0' && a[i] <= '9';
        }
        if (!acct)
            return 0;
    }
    return n < 6 || len[5];
}

/* the values v can take: v, or the branches of a (nested) Fn::If that can be taken, without
 * {"Ref": "AWS::NoValue"} (at most cap) */
static void reachable(const ccdk_value *tpl, const ccdk_value *v, const ccdk_value **out, size_t *n, size_t cap)
{
    if (!v || *n >= cap)
        return;
    const ccdk_value *fif = v->kind == CCDK__V_OBJ && v->u.obj.n == 1 ? ccdk__v_get(v, "Fn::If") : NULL;
    if (!fif) {
        const char *ref = v->kind == CCDK__V_OBJ && v->u.obj.n == 1 ? str_of(ccdk__v_get(v, "Ref")) : NULL;
        if (!ref || strcmp(ref, "AWS::NoValue"))
            out[(*n)++] = v;
        return;
    }
    if (fif->kind != CCDK__V_LIST || fif->u.list.n != 3)
        return;
    const char *cond = str_of(fif->u.list.items[0]);
    const ccdk_value *eq = cond ? ccdk__v_get(ccdk__v_get(ccdk__v_get(tpl, "Conditions"), cond), "Fn::Equals") : NULL;
    if (eq && eq->kind == CCDK__V_LIST && eq->u.list.n == 2 && str_of(eq->u.list.items[0]) && str_of(eq->u.list.items[1])) {
        int yes = !strcmp(eq->u.list.items[0]->u.str.s, eq->u.list.items[1]->u.str.s);
        reachable(tpl, fif->u.list.items[yes ? 1 : 2], out, n, cap);
        return;
    }
    reachable(tpl, fif->u.list.items[1], out, n, cap);
    reachable(tpl, fif->u.list.items[2], out, n, cap);
}

#define IAM_REACH 16

typedef struct {
    where *w;
    const ccdk_value *tpl;
    size_t sub;
} iam_walk;

static void iam_arn(iam_walk *e, const char *path, const ccdk_value *v)
{
    const ccdk_value *vals[IAM_REACH];
    size_t n = 0;
    reachable(e->tpl, v, vals, &n, IAM_REACH);
    for (size_t i = 0; i < n; i++) {
        const char *s = str_of(vals[i]);
        e->sub++;
        if (s && !strstr(s, "{{resolve:") && !arn_ok(s))
            add(e->w, "E3510", 1, "Resource", path, e->sub, "'%s' does not match '%s'", s, IAM_ARN_PATTERN);
    }
}

static void iam_statement(iam_walk *e, const char *path, const ccdk_value *st)
{
    ccdk_app *app = e->w->l->app;
    for (uint32_t k = 0; st->kind == CCDK__V_OBJ && k < st->u.obj.n; k++) {
        const char *key = st->u.obj.e[k].key;
        if (strcmp(key, "Resource") && strcmp(key, "NotResource"))
            continue;
        const char *rpath = ccdk__sprintf(app, "%s.%s", path, key);
        const ccdk_value *vals[IAM_REACH];
        size_t n = 0;
        reachable(e->tpl, st->u.obj.e[k].val, vals, &n, IAM_REACH);
        for (size_t i = 0; i < n; i++) {
            if (vals[i]->kind != CCDK__V_LIST) {
                iam_arn(e, rpath, vals[i]);
                continue;
            }
            for (uint32_t j = 0; j < vals[i]->u.list.n; j++)
                iam_arn(e, ccdk__sprintf(app, "%s.%u", rpath, j), vals[i]->u.list.items[j]);
        }
    }
}

static void iam_document(iam_walk *e, const char *path, const ccdk_value *doc)
{
    ccdk_app *app = e->w->l->app;
    const ccdk_value *docs[IAM_REACH];
    size_t nd = 0;
    reachable(e->tpl, doc, docs, &nd, IAM_REACH);
    for (size_t d = 0; d < nd; d++) {
        const char *spath = ccdk__sprintf(app, "%s.Statement", path);
        const ccdk_value *lists[IAM_REACH];
        size_t nl = 0;
        reachable(e->tpl, ccdk__v_get(docs[d], "Statement"), lists, &nl, IAM_REACH);
        for (size_t l = 0; l < nl; l++) {
            const ccdk_value *stmts = lists[l];
            if (stmts->kind == CCDK__V_OBJ) /* one statement, not in a list: its path has no index */
                iam_statement(e, spath, stmts);
            if (stmts->kind == CCDK__V_LIST && !stmts->u.list.n) /* the schema's minItems */
                add(e->w, "E3510", 1, "Resource", spath, ++e->sub, "[] is too short (minimum 1 item)");
            for (uint32_t i = 0; stmts->kind == CCDK__V_LIST && i < stmts->u.list.n; i++) {
                const ccdk_value *sts[IAM_REACH];
                size_t ns = 0;
                reachable(e->tpl, stmts->u.list.items[i], sts, &ns, IAM_REACH);
                for (size_t k = 0; k < ns; k++)
                    iam_statement(e, ccdk__sprintf(app, "%s.%u", spath, i), sts[k]);
            }
        }
    }
}

static void check_identity_policies(where *w, const ccdk_value *tpl, const ccdk_value *props)
{
    static const char *const single[] = {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::UserPolicy",
                                         "AWS::IAM::RolePolicy", "AWS::IAM::GroupPolicy"};
    if (strncmp(w->type, "AWS::IAM::", 10) && strcmp(w->type, "AWS::SSO::PermissionSet"))
        return; /* (every type below is one of these) */
    iam_walk e = {w, tpl, 0};
    for (size_t i = 0; i < sizeof single / sizeof *single; i++)
        if (!strcmp(w->type, single[i]))
            iam_document(&e, "Properties.PolicyDocument", ccdk__v_get(props, "PolicyDocument"));
    if (!strcmp(w->type, "AWS::SSO::PermissionSet"))
        iam_document(&e, "Properties.InlinePolicy", ccdk__v_get(props, "InlinePolicy"));
    if (strcmp(w->type, "AWS::IAM::Role") && strcmp(w->type, "AWS::IAM::User") && strcmp(w->type, "AWS::IAM::Group"))
        return;
    const ccdk_value *pols[IAM_REACH];
    size_t np = 0;
    reachable(tpl, ccdk__v_get(props, "Policies"), pols, &np, IAM_REACH);
    for (size_t p = 0; p < np; p++)
        for (uint32_t i = 0; pols[p]->kind == CCDK__V_LIST && i < pols[p]->u.list.n; i++) {
            const ccdk_value *items[IAM_REACH];
            size_t ni = 0;
            reachable(tpl, pols[p]->u.list.items[i], items, &ni, IAM_REACH);
            for (size_t k = 0; k < ni; k++)
                iam_document(&e, ccdk__sprintf(w->l->app, "Properties.Policies.%u.PolicyDocument", i),
                             ccdk__v_get(items[k], "PolicyDocument"));
        }
}

/* F3016 / F0018: a resource's DeletionPolicy and UpdateReplacePolicy among CloudFormation's values,
 * Snapshot only for the types that have snapshots (the validator's list, aws-cdk-lib's too: cfn.c's
 * applyRemovalPolicy check). An Fn::If is checked in each branch the validator can reach: both,
 * but for a condition that is an Fn::Equals of two literal strings, the branch it decides; other
 * values that are not strings are not checked. */
static const char *const snapshot_types[] = {"AWS::DocDB::DBCluster", "AWS::EC2::Volume",
    "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup", "AWS::Neptune::DBCluster",
    "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::Redshift::Cluster"};

/* the values a resource attribute can take: a string, or the strings of the branches of a (nested)
 * Fn::If that can be taken (at most cap) */
static void policy_values(const ccdk_value *tpl, const ccdk_value *v, const char **out, size_t *n, size_t cap)
{
    if (!v || *n >= cap)
        return;
    if (v->kind == CCDK__V_STR) {
        out[(*n)++] = v->u.str.s;
        return;
    }
    if (v->kind != CCDK__V_OBJ || v->u.obj.n != 1)
        return;
    const ccdk_value *fif = ccdk__v_get(v, "Fn::If");
    if (!fif || fif->kind != CCDK__V_LIST || fif->u.list.n != 3)
        return;
    const char *cond = str_of(fif->u.list.items[0]);
    const ccdk_value *eq = cond ? ccdk__v_get(ccdk__v_get(ccdk__v_get(tpl, "Conditions"), cond), "Fn::Equals") : NULL;
    if (eq && eq->kind == CCDK__V_LIST && eq->u.list.n == 2 && str_of(eq->u.list.items[0]) && str_of(eq->u.list.items[1])) {
        int yes = !strcmp(eq->u.list.items[0]->u.str.s, eq->u.list.items[1]->u.str.s);
        policy_values(tpl, fif->u.list.items[yes ? 1 : 2], out, n, cap);
        return;
    }
    policy_values(tpl, fif->u.list.items[1], out, n, cap);
    policy_values(tpl, fif->u.list.items[2], out, n, cap);
}

static int has_snapshots(const char *type)
{
    for (size_t i = 0; i < sizeof snapshot_types / sizeof *snapshot_types; i++)
        if (!strcmp(type, snapshot_types[i]))
            return 1;
    return 0;
}

static void check_policies(where *w, const ccdk_value *tpl, const ccdk_value *r)
{
    if (!ccdk__v_get(r, "DeletionPolicy") && !ccdk__v_get(r, "UpdateReplacePolicy"))
        return; /* (most resources) */
    int snapshots = has_snapshots(w->type);
    static const struct {
        const char *attr, *rule, *values;
    } policies[] = {{"DeletionPolicy", "F3016", "Delete, Retain, RetainExceptOnCreate"},
                    {"UpdateReplacePolicy", "F0018", "Delete, Retain"}};
    for (size_t i = 0; i < sizeof policies / sizeof *policies; i++) {
        const char *vals[16];
        size_t nvals = 0;
        policy_values(tpl, ccdk__v_get(r, policies[i].attr), vals, &nvals, sizeof vals / sizeof *vals);
        for (size_t k = 0; k < nvals; k++) {
            const char *v = vals[k];
            int known = snapshots && !strcmp(v, "Snapshot");
            for (const char *p = policies[i].values; *p && !known;) {
                size_t n = strcspn(p, ",");
                known = strlen(v) == n && !strncmp(p, v, n);
                p += n + (p[n] ? 2 : 0);
            }
            if (!known)
                add(w, policies[i].rule, 1, "Structure", policies[i].attr, 0, "%s must be one of %s%s, got '%s'",
                    policies[i].attr, policies[i].values, snapshots ? ", Snapshot" : "", v);
        }
    }
}

/* ------------------------------------------------------------------ unused parameters, mappings, conditions
 *
 * The validator's F0001 (no Resources), W2001 (a parameter no Ref or Fn::Sub names), W7001 (a
 * mapping no Fn::FindInMap names) and W8001 (a condition no resource, output, Fn::If or other
 * condition uses), as its live answers show them: a Ref in a resource (its Metadata too), an
 * output, a condition or a rule counts, a Ref in the template's own Metadata does not; "${X}" in
 * an Fn::Sub string counts unless the Sub's own variables define X, "${X.Attr}" and "${!X}" do not. */

enum { USE_PARAM, USE_MAP, USE_COND };

typedef struct {
    const char *name;
    int kind, found;
} wanted;

typedef struct {
    wanted *w;
    size_t n, left; /* names, and those not found yet (the walk ends at 0) */
} uses;

static void use(uses *u, int kind, const char *name, size_t len)
{
    for (size_t i = 0; i < u->n; i++) {
        wanted *x = &u->w[i];
        if (x->kind == kind && !x->found && !strncmp(x->name, name, len) && !x->name[len]) {
            x->found = 1;
            u->left--;
            return;
        }
    }
}

/* the "${Name}" of an Fn::Sub string, but those its variables define */
static void sub_names(uses *u, const char *s, const ccdk_value *vars)
{
    for (const char *p = strstr(s, "${"); p; p = strstr(p, "${")) {
        const char *end = strchr(p + 2, '}');
        if (!end)
            return;
        const char *name = p + 2;
        size_t n = (size_t)(end - name);
        p = end + 1;
        if (!n || name[0] == '!' || memchr(name, '.', n))
            continue;
        int shadowed = 0;
        for (uint32_t i = 0; vars && vars->kind == CCDK__V_OBJ && i < vars->u.obj.n && !shadowed; i++)
            shadowed = !strncmp(vars->u.obj.e[i].key, name, n) && !vars->u.obj.e[i].key[n];
        if (!shadowed)
            use(u, USE_PARAM, name, n);
    }
}

static void find_uses(uses *u, const ccdk_value *v, int depth)
{
    if (!v || depth > 200 || !u->left)
        return;
    if (v->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < v->u.list.n && u->left; i++)
            find_uses(u, v->u.list.items[i], depth + 1);
        return;
    }
    if (v->kind != CCDK__V_OBJ)
        return;
    for (uint32_t i = 0; i < v->u.obj.n && u->left; i++) {
        const char *k = v->u.obj.e[i].key;
        const ccdk_value *x = v->u.obj.e[i].val;
        if (!strcmp(k, "Ref") && x->kind == CCDK__V_STR) {
            use(u, USE_PARAM, x->u.str.s, x->u.str.len);
        } else if (!strcmp(k, "Condition") && x->kind == CCDK__V_STR) {
            use(u, USE_COND, x->u.str.s, x->u.str.len);
        } else if (!strcmp(k, "Fn::Sub")) {
            if (x->kind == CCDK__V_STR)
                sub_names(u, x->u.str.s, NULL);
            else if (x->kind == CCDK__V_LIST && x->u.list.n && x->u.list.items[0]->kind == CCDK__V_STR)
                sub_names(u, x->u.list.items[0]->u.str.s, x->u.list.n > 1 ? x->u.list.items[1] : NULL);
        } else if (!strcmp(k, "Fn::FindInMap") && x->kind == CCDK__V_LIST && x->u.list.n &&
                   x->u.list.items[0]->kind != CCDK__V_STR) {
            /* a mapping name that is no literal ({"Ref": "AWS::Region"} too): the validator then
             * counts every mapping as used */
            for (size_t m = 0; m < u->n; m++)
                if (u->w[m].kind == USE_MAP && !u->w[m].found) {
                    u->w[m].found = 1;
                    u->left--;
                }
        } else if ((!strcmp(k, "Fn::FindInMap") || !strcmp(k, "Fn::If")) && x->kind == CCDK__V_LIST && x->u.list.n &&
                   x->u.list.items[0]->kind == CCDK__V_STR) {
            const ccdk_value *name = x->u.list.items[0];
            use(u, k[4] == 'F' ? USE_MAP : USE_COND, name->u.str.s, name->u.str.len);
        }
        find_uses(u, x, depth + 1);
    }
}

static void check_unused(where *w, const ccdk_value *tpl)
{
    if (!count(tpl, "Resources"))
        add(w, "F0001", 1, "Structure", NULL, 0, "Resources section must exist and be non-empty");
    static const struct {
        const char *section, *rule, *fmt;
    } rules[] = {
        {"Parameters", "W2001", "Parameters/%s: Parameter '%s' is not referenced anywhere in the template"},
        {"Mappings", "W7001", "Mappings/%s: Mapping '%s' is not referenced by any Fn::FindInMap"},
        {"Conditions", "W8001", "Conditions/%s: Condition '%s' is not used by any resource or Fn::If"},
    };
    /* with the SAM transform the validator reports no unused parameter (its live answer) */
    int sam = 0;
    const ccdk_value *tr = ccdk__v_get(tpl, "Transform");
    for (uint32_t i = 0; tr && i < (tr->kind == CCDK__V_LIST ? tr->u.list.n : 1) && !sam; i++) {
        const char *t = str_of(tr->kind == CCDK__V_LIST ? tr->u.list.items[i] : tr);
        sam = t && !strcmp(t, "AWS::Serverless-2016-10-31");
    }
    size_t total = 0;
    for (int r = sam; r < 3; r++)
        total += count(tpl, rules[r].section);
    if (!total)
        return;
    uses u = {malloc(total * sizeof *u.w), 0, total};
    if (!u.w)
        abort();
    for (int r = sam; r < 3; r++) {
        const ccdk_value *sec = ccdk__v_get(tpl, rules[r].section);
        for (uint32_t i = 0; sec && sec->kind == CCDK__V_OBJ && i < sec->u.obj.n; i++)
            u.w[u.n++] = (wanted){sec->u.obj.e[i].key, r, 0};
    }
    /* the small sections first, and the resources' own Condition before their properties: the walk
     * ends once every name is found (a CDK template's BootstrapVersion is in its Rules) */
    find_uses(&u, ccdk__v_get(tpl, "Rules"), 0);
    find_uses(&u, ccdk__v_get(tpl, "Conditions"), 0);
    find_uses(&u, ccdk__v_get(tpl, "Outputs"), 0);
    const ccdk_value *res = ccdk__v_get(tpl, "Resources");
    for (uint32_t i = 0; res && res->kind == CCDK__V_OBJ && i < res->u.obj.n && u.left; i++) {
        const ccdk_value *c = ccdk__v_get(res->u.obj.e[i].val, "Condition");
        if (c && c->kind == CCDK__V_STR)
            use(&u, USE_COND, c->u.str.s, c->u.str.len);
    }
    find_uses(&u, res, 0);
    for (size_t i = 0; i < u.n; i++) {
        const wanted *x = &u.w[i];
        if (!x->found) {
            size_t at = 0; /* its place in its section: the order of the findings of one rule */
            for (size_t k = 0; k < i; k++)
                at += u.w[k].kind == x->kind;
            add(w, rules[x->kind].rule, 0, "Best Practice", NULL, at, rules[x->kind].fmt, x->name, x->name);
        }
    }
    free(u.w);
}

/* F3004, circular dependencies, as the validator's live answers show them: a resource's edges are
 * its DependsOn, then its Refs, then its Fn::GetAtts (each kind in its Metadata, then its
 * Properties, in template order; an Fn::Sub's "${X}" counts as a Ref where it stands, "${X.Attr}"
 * as an Fn::GetAtt, both after the Sub's variables, "${!X}" and a name its variables define not at
 * all; the resource's other attributes, e.g. CreationPolicy, not at all). From each resource, a
 * depth-first walk along the edges in that order stops at the first edge back to a resource on its path: only when that is
 * the resource itself is the path reported, once per resource (so a resource whose walk meets
 * another cycle first is not reported, even on a cycle of its own: the validator's way). */

typedef struct {
    const ccdk_value *res;
    uint32_t *to; /* the edges of one resource, in the order the walk takes them */
    size_t n, cap;
    uint32_t *seen, stamp; /* seen[at] == stamp: `at` is in `to` already (one array per kind of list,
                            * a new stamp per resource: a resource with a thousand DependsOn entries
                            * would otherwise scan its list a thousand times) */
    struct cycle_ids *ids;
    int32_t *slot;             /* the cache slot of the name cycle_edge looked up last (NULL: none) */
    struct missing_maps *maps; /* F1012, gathered on the same walk (NULL: not) */
    const ccdk_value *params;  /* F1020: a Ref that names no resource is looked up here (NULL: not checked) */
    size_t bad_refs;           /* F1020: Refs met that name no resource, parameter or pseudo parameter */
    size_t secure;             /* E1027, E1050: strings met that hold a dynamic reference */
    size_t passwords;          /* W2501: strings met under a password's name */
    const ccdk_value *conds;   /* E1028: the template's Conditions (with params: the Properties walk) */
    size_t bad_ifs;            /* E1028: Fn::Ifs met whose condition is not there */
} cycle_edges;

/* E1028: an Fn::If whose condition (a string) the template does not define */
static int if_missing(const ccdk_value *conds, const ccdk_value *args)
{
    const char *c = args && args->kind == CCDK__V_LIST && args->u.list.n ? str_of(args->u.list.items[0]) : NULL;
    return c && !(conds && conds->kind == CCDK__V_OBJ && ccdk__v_index(conds, c) >= 0);
}

/* W2501: the names of password properties (cfn-lint's list) */
static const char *const password_names[] = {"AccountPassword",  "AdminPassword",
                                             "ADDomainJoinPassword", "CrossRealmTrustPrincipalPassword",
                                             "KdcAdminPassword", "Password",
                                             "DbPassword",       "MasterUserPassword",
                                             "PasswordParam"};

static int password_name(const char *k)
{
    for (size_t i = 0; i < sizeof password_names / sizeof *password_names; i++)
        if (password_names[i][0] == k[0] && !strcmp(password_names[i], k))
            return 1;
    return 0;
}

#define SSM_SECURE "{{resolve:ssm-secure:"
#define DYNREF "{{resolve:"

/* E1027's and E1050's test (a dynamic reference), on the Properties walk only (refs->params set) */
static void secure_count(cycle_edges *refs, const ccdk_value *x)
{
    if (refs->params && x->u.str.len >= sizeof DYNREF - 1 && memchr(x->u.str.s, '{', x->u.str.len) &&
        strstr(x->u.str.s, DYNREF))
        refs->secure++;
}

/* F1012: the mappings an Fn::FindInMap of one resource (its Metadata, its Properties) names that
 * the template does not have, each once (the validator reports each name once per resource; an
 * Fn::FindInMap in an output or a condition it does not check). A name that is a Ref of a pseudo
 * parameter is the value the validator gives it: the stack's region or "us-east-1", its account or
 * "123456789012", "" for AWS::NoValue, and without a region "aws" and "amazonaws.com" for
 * AWS::Partition and AWS::URLSuffix; other names that are not literal strings are not checked. */
struct missing_maps {
    const ccdk_value *mappings; /* the template's Mappings, or NULL */
    const char *region, *account;
    const char **name;
    size_t n, cap;
};

static const char *pseudo_value(const struct missing_maps *m, const char *ref)
{
    if (!strcmp(ref, "AWS::Region"))
        return m->region ? m->region : "us-east-1";
    if (!strcmp(ref, "AWS::AccountId"))
        return m->account ? m->account : "123456789012";
    if (!strcmp(ref, "AWS::NoValue"))
        return "";
    if (!m->region && !strcmp(ref, "AWS::Partition"))
        return "aws";
    if (!m->region && !strcmp(ref, "AWS::URLSuffix"))
        return "amazonaws.com";
    return NULL;
}

static void missing_map(struct missing_maps *m, const ccdk_value *args)
{
    const ccdk_value *first = args->kind == CCDK__V_LIST && args->u.list.n ? args->u.list.items[0] : NULL;
    const char *name = str_of(first);
    if (!name && first && first->kind == CCDK__V_OBJ && first->u.obj.n == 1 && str_of(ccdk__v_get(first, "Ref")))
        name = pseudo_value(m, ccdk__v_get(first, "Ref")->u.str.s);
    if (!name || ccdk__v_get(m->mappings, name))
        return;
    for (size_t i = 0; i < m->n; i++)
        if (!strcmp(m->name[i], name))
            return;
    if (m->n == m->cap)
        m->name = ccdk__grow(m->name, &m->cap, sizeof *m->name, 4);
    m->name[m->n++] = name;
}

/* The resources' indexes by the address of a whole logical id string met in the template: a
 * DependsOn entry or a Ref is the target's logical id itself, one string for every reference to
 * it, so that half a million DependsOn entries (a thousand functions mounting one file system)
 * hash each target's name once rather than each time. Fixed size: once half full, no more keys. */
struct cycle_ids {
    const char **key;
    int32_t *at; /* the resource's index, or -1: not a resource */
    size_t cap, n;
};

static int32_t *cycle_ids_slot(struct cycle_ids *c, const char *s)
{
    size_t mask = c->cap - 1, h = (size_t)(((uintptr_t)s >> 3) * 0x9E3779B97F4A7C15ull >> 20) & mask;
    for (;; h = (h + 1) & mask) {
        if (c->key[h] == s)
            return &c->at[h];
        if (!c->key[h]) {
            if (c->n * 2 >= c->cap)
                return NULL;
            c->key[h] = s;
            c->n++;
            c->at[h] = -2; /* not looked up yet */
            return &c->at[h];
        }
    }
}

/* an edge to resource `at`, unless the resource has it already (the first one keeps its place) */
static void cycle_add(cycle_edges *e, uint32_t at)
{
    if (e->seen[at] == e->stamp)
        return;
    e->seen[at] = e->stamp;
    if (e->n == e->cap)
        e->to = ccdk__grow(e->to, &e->cap, sizeof *e->to, 8);
    e->to[e->n++] = at;
}

/* (the resource's index, -1: none) */
static long cycle_edge(cycle_edges *e, const char *name, size_t len)
{
    for (; len && name[0] == ' '; len--) /* "${ X }" names X */
        name++;
    while (len && name[len - 1] == ' ')
        len--;
    int32_t *known = name[len] == 0 && e->ids ? cycle_ids_slot(e->ids, name) : NULL;
    e->slot = known;
    if (known && *known != -2) {
        if (*known >= 0)
            cycle_add(e, (uint32_t)*known);
        return *known;
    }
    char buf[256], *key = len < sizeof buf ? buf : malloc(len + 1);
    if (!key)
        abort();
    memcpy(key, name, len);
    key[len] = 0;
    long at = ccdk__v_index(e->res, key); /* (the Resources object's hash index: no scan per reference) */
    if (key != buf)
        free(key);
    if (known)
        *known = at >= 0 ? (int32_t)at : -1;
    if (at >= 0)
        cycle_add(e, (uint32_t)at);
    return at;
}

/* the validator's pseudo parameters (sorted) */
static const char *const pseudo_params[] = {"AWS::AccountId", "AWS::NoValue",    "AWS::NotificationARNs",
                                            "AWS::Partition", "AWS::Region",     "AWS::StackId",
                                            "AWS::StackName", "AWS::URLSuffix"};

/* a Ref's target that is no resource: a parameter or a pseudo parameter? */
static int ref_known(const ccdk_value *params, const char *name)
{
    if (!strncmp(name, "AWS::", 5)) {
        for (size_t i = 0; i < sizeof pseudo_params / sizeof *pseudo_params; i++)
            if (!strcmp(pseudo_params[i], name))
                return 1;
        return 0;
    }
    return params && params->kind == CCDK__V_OBJ && ccdk__v_index(params, name) >= 0;
}

/* an Fn::Sub string's names: "${X}" a Ref (into refs), "${X.Attr}" an Fn::GetAtt (into getatts) */
static void cycle_sub(cycle_edges *refs, cycle_edges *getatts, const char *s, const ccdk_value *vars)
{
    for (const char *p = strstr(s, "${"); p; p = strstr(p, "${")) {
        const char *name = p + 2, *end = strchr(name, '}');
        if (!end)
            return;
        size_t n = (size_t)(end - name);
        p = end + 1;
        const char *dot = memchr(name, '.', n);
        if (!n || name[0] == '!')
            continue;
        if (dot) {
            cycle_edge(getatts, name, (size_t)(dot - name));
            continue;
        }
        int shadowed = 0;
        for (uint32_t i = 0; vars && vars->kind == CCDK__V_OBJ && i < vars->u.obj.n && !shadowed; i++)
            shadowed = !strncmp(vars->u.obj.e[i].key, name, n) && !vars->u.obj.e[i].key[n];
        if (!shadowed)
            cycle_edge(refs, name, n);
    }
}

/* One walk gathers both kinds of edge, each list in template order: the Refs (into refs) and the
 * Fn::GetAtts (into getatts), which check_cycles then appends after the Refs. */
static void cycle_refs(cycle_edges *refs, cycle_edges *getatts, const ccdk_value *v, int depth)
{
    if (!v || depth > 200)
        return;
    if (v->kind == CCDK__V_LIST)
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            if (v->u.list.items[i]->kind == CCDK__V_STR)
                secure_count(refs, v->u.list.items[i]);
            else
                cycle_refs(refs, getatts, v->u.list.items[i], depth + 1);
        }
    if (v->kind != CCDK__V_OBJ)
        return;
    for (uint32_t i = 0; i < v->u.obj.n; i++) {
        const char *k = v->u.obj.e[i].key;
        const ccdk_value *x = v->u.obj.e[i].val;
        if (x->kind != CCDK__V_OBJ && x->kind != CCDK__V_LIST && x->kind != CCDK__V_STR)
            continue; /* nothing to find below a number, a boolean or a null */
        if (x->kind == CCDK__V_STR) {
            secure_count(refs, x);
            if (refs->params && (k[0] == 'A' || k[0] == 'C' || k[0] == 'D' || k[0] == 'K' || k[0] == 'M' ||
                                 k[0] == 'P') && password_name(k))
                refs->passwords++;
        }
        if (k[0] == 'R' && !strcmp(k, "Ref")) {
            if (x->kind == CCDK__V_STR) {
                /* (-1: no resource; F1020 asks once per name string, then -3 in its slot: known) */
                if (cycle_edge(refs, x->u.str.s, x->u.str.len) == -1 && refs->params && *x->u.str.s) {
                    if (!ref_known(refs->params, x->u.str.s))
                        refs->bad_refs++;
                    else if (refs->slot)
                        *refs->slot = -3;
                }
            } else
                cycle_refs(refs, getatts, x, depth + 1);
            continue;
        }
        if (k[0] == 'F' && !strcmp(k, "Fn::GetAtt")) {
            const char *s = x->kind == CCDK__V_STR ? x->u.str.s
                            : x->kind == CCDK__V_LIST && x->u.list.n ? str_of(x->u.list.items[0])
                                                                     : NULL;
            if (s) /* ["X", "Attr"] or "X.Attr" */
                cycle_edge(getatts, s, x->kind == CCDK__V_STR ? strcspn(s, ".") : strlen(s));
            cycle_refs(refs, getatts, x, depth + 1);
            continue;
        }
        if (k[0] == 'F' && refs->params && k[4] == 'I' && !strcmp(k, "Fn::If") && if_missing(refs->conds, x))
            refs->bad_ifs++; /* (then walked below as any value) */
        if (k[0] == 'F' && refs->maps && !strcmp(k, "Fn::FindInMap"))
            missing_map(refs->maps, x); /* (then walked below as any value) */
        if (k[0] == 'F' && !strcmp(k, "Fn::Sub")) {
            cycle_refs(refs, getatts, x, depth + 1); /* its variables (used or not) before its string's names */
            if (x->kind == CCDK__V_STR)
                cycle_sub(refs, getatts, x->u.str.s, NULL);
            else if (x->kind == CCDK__V_LIST && x->u.list.n && x->u.list.items[0]->kind == CCDK__V_STR)
                cycle_sub(refs, getatts, x->u.list.items[0]->u.str.s, x->u.list.n > 1 ? x->u.list.items[1] : NULL);
            continue;
        }
        cycle_refs(refs, getatts, x, depth + 1);
    }
}

/* the walk from path[depth - 1]: where it met a resource on its path (path[that] is that one), else 0 */
static size_t cycle_walk(const cycle_edges *g, char *color, uint32_t *path, size_t depth)
{
    uint32_t at = path[depth - 1];
    color[at] = 1; /* on the path */
    for (size_t j = 0; j < g[at].n; j++) {
        uint32_t to = g[at].to[j];
        if (color[to] == 2)
            continue;
        path[depth] = to;
        if (color[to] == 1)
            return depth;
        size_t met = cycle_walk(g, color, path, depth + 1);
        if (met)
            return met;
    }
    color[at] = 2; /* done */
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* F1020's list of what a Ref may name: the resources, parameters and pseudo parameters, sorted
 * together, as the validator renders a list: ['A', 'B'] */
static const char *ref_targets(ccdk__lint *l, const ccdk_value *res, const ccdk_value *params)
{
    size_t nr = res->u.obj.n, np = params && params->kind == CCDK__V_OBJ ? params->u.obj.n : 0, n = 0;
    size_t npseudo = sizeof pseudo_params / sizeof *pseudo_params;
    const char **all = malloc((nr + np + npseudo) * sizeof *all);
    if (!all)
        abort();
    for (size_t i = 0; i < nr; i++)
        all[n++] = res->u.obj.e[i].key;
    for (size_t i = 0; i < np; i++)
        all[n++] = params->u.obj.e[i].key;
    for (size_t i = 0; i < npseudo; i++)
        all[n++] = pseudo_params[i];
    qsort(all, n, sizeof *all, cmp_str);
    ccdk__buf b = {0};
    ccdk__buf_printf(&b, "[");
    for (size_t i = 0; i < n; i++)
        ccdk__buf_printf(&b, "%s'%s'", i ? ", " : "", all[i]);
    ccdk__buf_printf(&b, "]");
    const char *out = ccdk__strndup(l->app, b.data, b.len);
    ccdk__buf_free(&b);
    free(all);
    return out;
}

/* F1020: each {"Ref": X} below v whose X names no resource, parameter or pseudo parameter, at the
 * path of the object holding the Ref (b: the path so far). The validator's resolver reports a Ref
 * within an Fn::Select or Fn::Split at the path of that function (its live answers; an Fn::Join's
 * items keep their own paths): frozen, the path grows no more. */
static void bad_ref_walk(where *w, ccdk__buf *b, const ccdk_value *v, const ccdk_value *res, const ccdk_value *params,
                         const char *targets, uint64_t *seq, int frozen, int depth)
{
    if (!v || depth > 200 || (v->kind != CCDK__V_OBJ && v->kind != CCDK__V_LIST))
        return;
    size_t len = b->len;
    if (v->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            if (!frozen)
                ccdk__buf_printf(b, ".%u", i);
            bad_ref_walk(w, b, v->u.list.items[i], res, params, targets, seq, frozen, depth + 1);
            b->len = len;
            b->data[len] = 0;
        }
        return;
    }
    for (uint32_t i = 0; i < v->u.obj.n; i++) {
        const char *k = v->u.obj.e[i].key;
        const ccdk_value *x = v->u.obj.e[i].val;
        if (!strcmp(k, "Ref")) {
            if (x->kind == CCDK__V_STR && *x->u.str.s && ccdk__v_index(res, x->u.str.s) < 0 &&
                !ref_known(params, x->u.str.s))
            {
                add(w, "F1020", 1, "Intrinsic Function", b->data, ++*seq, "'%s' is not one of %s", x->u.str.s,
                    targets);
                w->l->f[w->l->n - 1].fix = "Check that the Ref target exists as a resource, parameter, or pseudo-parameter";
            }
            continue;
        }
        int freeze = frozen || !strcmp(k, "Fn::Select") || !strcmp(k, "Fn::Split");
        if (!freeze)
            ccdk__buf_printf(b, ".%s", k);
        bad_ref_walk(w, b, x, res, params, targets, seq, freeze, depth + 1);
        b->len = len;
        b->data[len] = 0;
    }
}

/* E1027: the properties that take an ssm-secure dynamic reference (cfn-lint's list); anywhere else
 * in a resource's properties the validator reports it */
static const struct {
    const char *type, *path;
} secure_ok[] = {
    {"AWS::DirectoryService::MicrosoftAD", "Properties.Password"},
    {"AWS::DirectoryService::SimpleAD", "Properties.Password"},
    {"AWS::ElastiCache::ReplicationGroup", "Properties.AuthToken"},
    {"AWS::IAM::User", "Properties.LoginProfile.Password"},
    {"AWS::KinesisFirehose::DeliveryStream", "Properties.RedshiftDestinationConfiguration.Password"},
    {"AWS::OpsWorks::App", "Properties.AppSource.Password"},
    {"AWS::OpsWorks::Stack", "Properties.CustomCookbooksSource.Password"},
    {"AWS::RDS::DBCluster", "Properties.MasterUserPassword"},
    {"AWS::RDS::DBInstance", "Properties.MasterUserPassword"},
    {"AWS::Redshift::Cluster", "Properties.MasterUserPassword"},
};

/* E1050: each whole dynamic reference in s with more parts than its service takes: ssm and
 * ssm-secure a name and a version; secretsmanager a secret id (an ARN is seven parts), SecretString,
 * a JSON key, a version stage and a version id (the validator's live answers) */
static void dynref_parts(where *w, const char *path, const char *s, uint64_t sub)
{
    for (const char *p = strstr(s, DYNREF); p; p = strstr(p + 1, DYNREF)) {
        const char *end = strstr(p, "}}");
        if (!end)
            return;
        const char *svc = p + sizeof DYNREF - 1, *colon = memchr(svc, ':', (size_t)(end - svc));
        if (!colon)
            continue;
        size_t parts = 1, svc_len = (size_t)(colon - svc);
        for (const char *q = colon + 1; q < end; q++)
            parts += *q == ':';
        size_t max = 0;
        if ((svc_len == 3 && !strncmp(svc, "ssm", 3)) || (svc_len == 10 && !strncmp(svc, "ssm-secure", 10)))
            max = 2;
        else if (svc_len == 14 && !strncmp(svc, "secretsmanager", 14))
            max = strncmp(colon + 1, "arn:", 4) ? 5 : 11;
        if (max && parts > max)
            add(w, "E1050", 1, "Intrinsic Function", path, sub, "Dynamic reference '%.*s' has too many parts for '%.*s'",
                (int)(end + 2 - p), p, (int)svc_len, svc);
    }
}

/* E1027: each string below v that holds an ssm-secure dynamic reference, at its path (b), quoted
 * whole; not one within an intrinsic function, nor one without the closing "}}" (the validator's
 * live answers) */
static void secure_walk(where *w, ccdk__buf *b, const ccdk_value *v, uint64_t *seq, int depth)
{
    if (!v || depth > 200)
        return;
    size_t len = b->len;
    if (v->kind == CCDK__V_STR) {
        dynref_parts(w, b->data, v->u.str.s, ++*seq);
        const char *p = strstr(v->u.str.s, SSM_SECURE);
        if (!p)
            return;
        for (size_t i = 0; i < sizeof secure_ok / sizeof *secure_ok; i++)
            if (!strcmp(secure_ok[i].type, w->type) && !strcmp(secure_ok[i].path, b->data))
                return;
        if (!strstr(p, "}}")) /* (not a whole reference: the validator does not see one) */
            return;
        add(w, "E1027", 1, "Intrinsic Function", b->data, ++*seq,
            "Dynamic reference '%s' to SSM secure strings can only be used in resource properties", v->u.str.s);
        return;
    }
    if (v->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            ccdk__buf_printf(b, ".%u", i);
            secure_walk(w, b, v->u.list.items[i], seq, depth + 1);
            b->len = len;
            b->data[len] = 0;
        }
        return;
    }
    for (uint32_t i = 0; v->kind == CCDK__V_OBJ && i < v->u.obj.n; i++) {
        if (!strncmp(v->u.obj.e[i].key, "Fn::", 4))
            continue; /* (a string an intrinsic function takes is not checked) */
        ccdk__buf_printf(b, ".%s", v->u.obj.e[i].key);
        secure_walk(w, b, v->u.obj.e[i].val, seq, depth + 1);
        b->len = len;
        b->data[len] = 0;
    }
}

/* E1028: each Fn::If below v whose condition the template does not define, at the path of its
 * condition name (b; sep: the path's separator, '.' in a resource, '/' in an output) */
static void bad_if_walk(where *w, ccdk__buf *b, const ccdk_value *v, const ccdk_value *conds, char sep, uint64_t *seq,
                        int depth)
{
    if (!v || depth > 200)
        return;
    size_t len = b->len;
    if (v->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            ccdk__buf_printf(b, "%c%u", sep, i);
            bad_if_walk(w, b, v->u.list.items[i], conds, sep, seq, depth + 1);
            b->len = len;
            b->data[len] = 0;
        }
        return;
    }
    for (uint32_t i = 0; v->kind == CCDK__V_OBJ && i < v->u.obj.n; i++) {
        const char *k = v->u.obj.e[i].key;
        const ccdk_value *x = v->u.obj.e[i].val;
        ccdk__buf_printf(b, "%c%s", sep, k);
        if (!strcmp(k, "Fn::If") && if_missing(conds, x)) {
            size_t at = b->len;
            ccdk__buf_printf(b, "%c0", sep);
            add(w, "E1028", 1, "Intrinsic Function", b->data, ++*seq,
                "Fn::If condition '%s' does not exist in Conditions section", x->u.list.items[0]->u.str.s);
            b->len = at;
            b->data[at] = 0;
        }
        bad_if_walk(w, b, x, conds, sep, seq, depth + 1);
        b->len = len;
        b->data[len] = 0;
    }
}

/* (an Fn::If below v that if_missing: bad_if_walk's test, without paths) */
static int has_bad_if(const ccdk_value *v, const ccdk_value *conds, int depth)
{
    if (!v || depth > 200)
        return 0;
    for (uint32_t i = 0; v->kind == CCDK__V_LIST && i < v->u.list.n; i++)
        if (has_bad_if(v->u.list.items[i], conds, depth + 1))
            return 1;
    for (uint32_t i = 0; v->kind == CCDK__V_OBJ && i < v->u.obj.n; i++)
        if ((!strcmp(v->u.obj.e[i].key, "Fn::If") && if_missing(conds, v->u.obj.e[i].val)) ||
            has_bad_if(v->u.obj.e[i].val, conds, depth + 1))
            return 1;
    return 0;
}

/* F6101: an output's Refs that name no resource, parameter or pseudo parameter; the validator
 * reports each at "Outputs.<name>.Value.Ref", however deep in the value */
static void add_once(where *w, const char *rule, int error, const char *category, const char *path, uint64_t sub,
                     const char *fix, size_t first, const char *msg);

static void output_refs(where *w, const char *name, const ccdk_value *v, const ccdk_value *res,
                        const ccdk_value *params, uint64_t sub, size_t first, int depth)
{
    if (!v || depth > 200)
        return;
    for (uint32_t i = 0; v->kind == CCDK__V_LIST && i < v->u.list.n; i++)
        output_refs(w, name, v->u.list.items[i], res, params, sub, first, depth + 1);
    for (uint32_t i = 0; v->kind == CCDK__V_OBJ && i < v->u.obj.n; i++) {
        const char *k = v->u.obj.e[i].key;
        const ccdk_value *x = v->u.obj.e[i].val;
        if (!strcmp(k, "Ref") && x->kind == CCDK__V_STR) {
            if (*x->u.str.s && !(res && res->kind == CCDK__V_OBJ && ccdk__v_index(res, x->u.str.s) >= 0) &&
                !ref_known(params, x->u.str.s))
                add_once(w, "F6101", 1, "Structure", ccdk__sprintf(w->l->app, "Outputs.%s.Value.Ref", name), sub, NULL,
                         first, /* (the same finding once: the validator's are a set) */
                         ccdk__sprintf(w->l->app,
                                       "Ref '%s' does not reference a valid resource, parameter, or pseudo-parameter",
                                       x->u.str.s));
            continue;
        }
        output_refs(w, name, x, res, params, sub, first, depth + 1);
    }
}

/* W2501: each string under a password's name (at any depth) that is no dynamic reference */
static void password_walk(where *w, ccdk__buf *b, const ccdk_value *v, uint64_t *seq, int depth)
{
    if (!v || depth > 200)
        return;
    size_t len = b->len;
    if (v->kind == CCDK__V_LIST) {
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            ccdk__buf_printf(b, ".%u", i);
            password_walk(w, b, v->u.list.items[i], seq, depth + 1);
            b->len = len;
            b->data[len] = 0;
        }
        return;
    }
    for (uint32_t i = 0; v->kind == CCDK__V_OBJ && i < v->u.obj.n; i++) {
        const char *k = v->u.obj.e[i].key;
        const ccdk_value *x = v->u.obj.e[i].val;
        ccdk__buf_printf(b, ".%s", k);
        if (x->kind == CCDK__V_STR && password_name(k) && !strstr(x->u.str.s, "{{resolve:"))
            add(w, "W2501", 0, "Security", b->data, ++*seq,
                "Property '%s' should not be a hardcoded string - use a parameter with NoEcho or a dynamic reference", k);
        else
            password_walk(w, b, x, seq, depth + 1);
        b->len = len;
        b->data[len] = 0;
    }
}

static void check_cycles(where *w, const ccdk_value *tpl)
{
    const ccdk_value *res = ccdk__v_get(tpl, "Resources");
    if (!res || res->kind != CCDK__V_OBJ || !res->u.obj.n)
        return;
    uint32_t n = res->u.obj.n;
    cycle_edges *g = calloc(n, sizeof *g);
    char *color = malloc(n);
    uint32_t *path = malloc((n + 1) * sizeof *path);
    uint32_t *seen = calloc(2 * (size_t)n, sizeof *seen); /* the refs' half, then the getatts' */
    struct cycle_ids ids = {.cap = 64};
    while (ids.cap < 8 * (size_t)n)
        ids.cap *= 2;
    ids.key = calloc(ids.cap, sizeof *ids.key);
    ids.at = malloc(ids.cap * sizeof *ids.at);
    if (!g || !color || !path || !seen || !ids.key || !ids.at)
        abort();
    struct missing_maps maps = {ccdk__v_get(tpl, "Mappings"), w->l->region, w->l->account, NULL, 0, 0};
    const ccdk_value *params = ccdk__v_get(tpl, "Parameters"), *conds = ccdk__v_get(tpl, "Conditions");
    const char *targets = NULL; /* F1020's list, made once it is needed */
    where at = *w;
    /* one resource's edges are gathered in cur and getatts (their buffers kept from one resource to
     * the next), then copied into one pool: no allocation per resource */
    cycle_edges cur = {.res = res, .seen = seen, .ids = &ids, .maps = &maps};
    cycle_edges getatts = {.res = res, .seen = seen + n, .ids = &ids};
    uint32_t *pool = NULL;
    size_t pool_n = 0, pool_cap = 0, *off = malloc(n * sizeof *off);
    if (!off)
        abort();
    for (uint32_t i = 0; i < n; i++) {
        const ccdk_value *r = res->u.obj.e[i].val;
        maps.n = 0;
        cur.n = getatts.n = 0;
        cur.stamp = getatts.stamp = i + 1;
        const ccdk_value *dep = ccdk__v_get(r, "DependsOn");
        if (dep && dep->kind == CCDK__V_STR)
            cycle_edge(&cur, dep->u.str.s, dep->u.str.len);
        for (uint32_t k = 0; dep && dep->kind == CCDK__V_LIST && k < dep->u.list.n; k++)
            if (dep->u.list.items[k]->kind == CCDK__V_STR)
                cycle_edge(&cur, dep->u.list.items[k]->u.str.s, dep->u.list.items[k]->u.str.len);
        cycle_refs(&cur, &getatts, ccdk__v_get(r, "Metadata"), 0);
        cur.params = params; /* (F1020: the Refs of Properties only) */
        cur.bad_refs = cur.secure = cur.passwords = cur.bad_ifs = 0;
        cur.conds = conds;
        cycle_refs(&cur, &getatts, ccdk__v_get(r, "Properties"), 0);
        cur.params = NULL;
        for (size_t k = 0; k < getatts.n; k++)
            cycle_add(&cur, getatts.to[k]);
        while (pool_n + cur.n > pool_cap)
            pool = ccdk__grow(pool, &pool_cap, sizeof *pool, 256);
        if (cur.n)
            memcpy(pool + pool_n, cur.to, cur.n * sizeof *pool);
        off[i] = pool_n;
        g[i].n = cur.n;
        pool_n += cur.n;
        const char *type = str_of(ccdk__v_get(r, "Type"));
        at.logical_id = res->u.obj.e[i].key;
        at.type = type;
        at.order = (uint64_t)(i + 1) << 32; /* (one resource's in the order of their names: cmp) */
        for (size_t k = 0; type && k < maps.n; k++)
            add(&at, "F1012", 1, "Intrinsic Function", NULL, 0, "Fn::FindInMap references non-existent mapping '%s'",
                maps.name[k]);
        if (type && cur.bad_refs) { /* (rare: the walk again, with paths) */
            if (!targets)
                targets = ref_targets(w->l, res, params);
            ccdk__buf b = {0};
            uint64_t seq = 0;
            ccdk__buf_printf(&b, "Properties");
            bad_ref_walk(&at, &b, ccdk__v_get(r, "Properties"), res, params, targets, &seq, 0, 0);
            ccdk__buf_free(&b);
        }
        if (type && cur.bad_ifs) { /* (rare too) */
            ccdk__buf b = {0};
            uint64_t seq = 0;
            ccdk__buf_printf(&b, "Properties");
            bad_if_walk(&at, &b, ccdk__v_get(r, "Properties"), conds, '.', &seq, 0);
            ccdk__buf_free(&b);
        }
        if (type && cur.passwords) { /* (rare too) */
            ccdk__buf b = {0};
            uint64_t seq = 0;
            ccdk__buf_printf(&b, "Properties");
            password_walk(&at, &b, ccdk__v_get(r, "Properties"), &seq, 0);
            ccdk__buf_free(&b);
        }
        if (type && cur.secure) { /* (rare too) */
            ccdk__buf b = {0};
            uint64_t seq = 0;
            ccdk__buf_printf(&b, "Properties");
            secure_walk(&at, &b, ccdk__v_get(r, "Properties"), &seq, 0);
            ccdk__buf_free(&b);
        }
    }
    for (uint32_t i = 0; i < n; i++) /* (the pool has its final place now; none without edges) */
        g[i].to = pool ? pool + off[i] : NULL;
    free(off);
    free(cur.to);
    free(getatts.to);
    free(maps.name);
    for (uint32_t i = 0; i < n; i++) {
        const char *id = res->u.obj.e[i].key, *type = str_of(ccdk__v_get(res->u.obj.e[i].val, "Type"));
        if (!type || !g[i].n)
            continue;
        memset(color, 0, n);
        path[0] = i;
        size_t met = cycle_walk(g, color, path, 1);
        if (!met || path[met] != i)
            continue;
        size_t len = 1;
        for (size_t k = 0; k <= met; k++)
            len += strlen(res->u.obj.e[path[k]].key) + 4;
        char *s = malloc(len), *o = s;
        if (!s)
            abort();
        for (size_t k = 0; k <= met; k++)
            o += sprintf(o, "%s%s", k ? " -> " : "", res->u.obj.e[path[k]].key);
        at.logical_id = id;
        at.type = type;
        at.order = (uint64_t)(i + 1) << 32;
        add(&at, "F3004", 1, "Reference", ccdk__sprintf(w->l->app, "Resources/%s", id), 0,
            "Circular Dependencies for resource %s. Circular dependency with [%s]", id, s);
        free(s);
    }
    free(pool);
    free(g);
    free(color);
    free(path);
    free(seen);
    free(ids.key);
    free(ids.at);
}

/* F3006: an AWS:: type the validator does not know (cfn_types_table.c, generated with the hash slots
 * type_known probes: a resource's type is one hash and, mostly, one comparison) */
extern const char ccdk__cfn_types_pool[];
extern const uint32_t ccdk__cfn_types[];
extern const uint16_t ccdk__cfn_type_slots[];
#define TYPE_SLOTS 8192 /* scripts/gen-cfn-types.js's SLOTS */

static size_t type_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h & (TYPE_SLOTS - 1);
}

static int type_known(const char *type)
{
    for (size_t h = type_hash(type); ccdk__cfn_type_slots[h]; h = (h + 1) & (TYPE_SLOTS - 1))
        if (!strcmp(ccdk__cfn_types_pool + ccdk__cfn_types[ccdk__cfn_type_slots[h] - 1], type))
            return 1;
    return 0;
}

static void check_type_known(where *w)
{
    if (!strncmp(w->type, "AWS::", 5) && strncmp(w->type, "AWS::Serverless::", 17) && !type_known(w->type))
        add(w, "F3006", 1, "Schema", NULL, 0, "Unknown resource type '%s'", w->type);
}

/* F0006, F2003, F6004: a resource's, parameter's or output's logical id that is not [A-Za-z0-9]+ */
static const unsigned char alnum_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

static int alnum_id(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (alnum_byte[*p]) /* (the NUL is no alnum byte: it ends the run) */
        p++;
    return p != (const unsigned char *)s && !*p;
}

/* ------------------------------------------------------------------ E3019: primary identifiers
 *
 * Two resources of one type whose primary identifier (the schema's primaryIdentifier, when it is
 * properties a template sets) has the same value: each is reported, with the values and the
 * resources' ids. The types: those of the validator's table whose identifier is writable and that
 * a CDK app makes (the validator's table itself is compressed inside its WebAssembly module; these
 * rows are the CloudFormation resource schemas' primaryIdentifier). A value is a literal string, a
 * Ref ('Ref("X")') or an Fn::GetAtt ('Fn::GetAtt("X","Attr")'); a resource with another value, with
 * an identifier property missing or with a Condition is left out (the validator weighs conditions:
 * not followed). */
static const struct {
    const char *type, *props[2];
} primary_ids[] = {
    {"AWS::CloudWatch::Alarm", {"AlarmName"}},
    {"AWS::DynamoDB::GlobalTable", {"TableName"}},
    {"AWS::DynamoDB::Table", {"TableName"}},
    {"AWS::IAM::Group", {"GroupName"}},
    {"AWS::IAM::Role", {"RoleName"}},
    {"AWS::IAM::User", {"UserName"}},
    {"AWS::KMS::Alias", {"AliasName"}},
    {"AWS::Kinesis::ResourcePolicy", {"ResourceArn"}},
    {"AWS::Kinesis::Stream", {"Name"}},
    {"AWS::Lambda::EventInvokeConfig", {"FunctionName", "Qualifier"}},
    {"AWS::Lambda::Function", {"FunctionName"}},
    {"AWS::Logs::LogGroup", {"LogGroupName"}},
    {"AWS::S3::Bucket", {"BucketName"}},
    {"AWS::SSM::Parameter", {"Name"}},
};

typedef struct {
    const char *type, *key, *id; /* key: "{'Name': 'value'}" */
    uint32_t at;                 /* the resource's place */
    int single;                  /* one identifier property */
} primary_id;

/* a value as the validator shows it in E3019 ('value', 'Ref("X")', 'Fn::GetAtt("X","A")'), NULL:
 * not one it compares */
static int primary_value(ccdk__buf *b, const ccdk_value *v)
{
    if (v->kind == CCDK__V_STR) {
        ccdk__buf_printf(b, "'%s'", v->u.str.s);
        return 1;
    }
    if (v->kind != CCDK__V_OBJ || v->u.obj.n != 1)
        return 0;
    const char *k = v->u.obj.e[0].key;
    const ccdk_value *x = v->u.obj.e[0].val;
    if (!strcmp(k, "Ref") && x->kind == CCDK__V_STR) {
        ccdk__buf_printf(b, "'Ref(\"%s\")'", x->u.str.s);
        return 1;
    }
    if (!strcmp(k, "Fn::GetAtt") && x->kind == CCDK__V_LIST && x->u.list.n == 2 &&
        x->u.list.items[0]->kind == CCDK__V_STR && x->u.list.items[1]->kind == CCDK__V_STR) {
        ccdk__buf_printf(b, "'Fn::GetAtt(\"%s\",\"%s\")'", x->u.list.items[0]->u.str.s, x->u.list.items[1]->u.str.s);
        return 1;
    }
    return 0;
}

/* the resource's identifier into ids (*n of them), when its type has one and it is set */
static void primary_collect(ccdk__lint *l, primary_id **ids, size_t *n, size_t *cap, const char *type, const char *id,
                            uint32_t at, const ccdk_value *r, const ccdk_value *props)
{
    size_t lo = 0, hi = sizeof primary_ids / sizeof *primary_ids;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(primary_ids[mid].type, type);
        if (!c) {
            lo = mid;
            break;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= sizeof primary_ids / sizeof *primary_ids || strcmp(primary_ids[lo].type, type))
        return;
    for (int k = 0; k < 2 && primary_ids[lo].props[k]; k++) /* (mostly not set: nothing to format) */
        if (!ccdk__v_get(props, primary_ids[lo].props[k]))
            return;
    if (ccdk__v_get(r, "Condition"))
        return;
    ccdk__buf b = {0};
    ccdk__buf_printf(&b, "{");
    int k = 0;
    for (; k < 2 && primary_ids[lo].props[k]; k++) {
        const ccdk_value *v = ccdk__v_get(props, primary_ids[lo].props[k]);
        ccdk__buf_printf(&b, "%s'%s': ", k ? ", " : "", primary_ids[lo].props[k]);
        if (!v || !primary_value(&b, v)) {
            ccdk__buf_free(&b);
            return;
        }
    }
    ccdk__buf_printf(&b, "}");
    if (*n == *cap)
        *ids = ccdk__grow(*ids, cap, sizeof **ids, 8);
    (*ids)[(*n)++] = (primary_id){type, ccdk__strndup(l->app, b.data, b.len), id, at,
                                  k == 1 ? 1 : 0};
    ccdk__buf_free(&b);
}

static int cmp_primary(const void *a, const void *b)
{
    const primary_id *x = a, *y = b;
    int c = strcmp(x->type, y->type);
    if (!c)
        c = strcmp(x->key, y->key);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

static int cmp_primary_ids(const void *a, const void *b)
{
    return strcmp(((const primary_id *)a)->id, ((const primary_id *)b)->id);
}

static void check_primary_ids(where *w, primary_id *ids, size_t n)
{
    qsort(ids, n, sizeof *ids, cmp_primary);
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && !strcmp(ids[j].type, ids[i].type) && !strcmp(ids[j].key, ids[i].key); j++)
            ;
        if (j - i < 2)
            continue;
        /* the resources, sorted by id (their set as the validator shows it), then each reported */
        primary_id *g = malloc((j - i) * sizeof *g);
        if (!g)
            abort();
        memcpy(g, ids + i, (j - i) * sizeof *g);
        qsort(g, j - i, sizeof *g, cmp_primary_ids);
        ccdk__buf b = {0};
        for (size_t k = 0; k < j - i; k++)
            ccdk__buf_printf(&b, "%s'%s'", k ? ", " : "", g[k].id);
        free(g);
        for (size_t k = i; k < j; k++) {
            where at = *w;
            at.logical_id = ids[k].id;
            at.type = ids[k].type;
            at.order = (uint64_t)(ids[k].at + 1) << 32;
            const char *path = "Properties";
            if (ids[k].single) /* "Properties.<the one property>" */
                path = ccdk__sprintf(w->l->app, "Properties.%.*s", (int)(strchr(ids[k].key + 2, '\'') - ids[k].key - 2),
                                     ids[k].key + 2);
            add(&at, "E3019", 1, "Resource", path, 0,
                "Primary identifiers %s should have unique values across the resources {%s}", ids[k].key, b.data);
        }
        ccdk__buf_free(&b);
    }
}

static void check_names(where *w, const ccdk_value *tpl)
{
    static const struct {
        const char *section, *rule, *category, *fmt;
    } sections[] = {{"Parameters", "F2003", "Parameter", "Parameters/%s: Parameter name '%s' must be alphanumeric"},
                    {"Outputs", "F6004", "Structure", "Outputs/%s: Output name '%s' must be alphanumeric"}};
    for (size_t k = 0; k < sizeof sections / sizeof *sections; k++) {
        const ccdk_value *sec = ccdk__v_get(tpl, sections[k].section);
        for (uint32_t i = 0; sec && sec->kind == CCDK__V_OBJ && i < sec->u.obj.n; i++)
            if (!alnum_id(sec->u.obj.e[i].key))
                add(w, sections[k].rule, 1, sections[k].category, NULL, i, sections[k].fmt, sec->u.obj.e[i].key,
                    sec->u.obj.e[i].key);
    }
}

static int rank(const ccdk__lint_finding *f)
{
    return f->rule[0] == 'F' ? 0 : f->error ? 1 : 2;
}

static int cmp(const void *a, const void *b)
{
    const ccdk__lint_finding *x = a, *y = b;
    int c = rank(x) - rank(y);
    if (!c)
        c = strcmp(x->rule, y->rule);
    if (!c)
        c = x->order < y->order ? -1 : x->order > y->order;
    if (!c)
        c = strcmp(x->message, y->message);
    return c;
}

void ccdk__lint_template(ccdk__lint *l, const ccdk_value *tpl)
{
    size_t first = l->n;
    l->runtime_seen = NULL; /* (a string of the template before) */
    pthread_once(&prop_checks_once, prop_checks_sort); /* the tables made once (not per resource) */
    const double *lim = l->limit;
    where w = {l, NULL, NULL, 0};
    if (l->template_bytes > lim[CCDK__LINT_TEMPLATE_SIZE])
        add(&w, "CL001", 1, NULL, NULL, 0, "Template is %zu bytes, maximum is %s", l->template_bytes,
            num(l, lim[CCDK__LINT_TEMPLATE_SIZE]));
    else if (!l->template_is_asset && l->template_bytes > lim[CCDK__LINT_TEMPLATE_BODY_SIZE])
        add(&w, "CL002", 0, NULL, NULL, 0,
            "Template is %zu bytes and not an asset: CloudFormation takes at most %s bytes in the request, so the cdk "
            "CLI must upload it to the bootstrap bucket (an environment without one fails to deploy)",
            l->template_bytes, num(l, lim[CCDK__LINT_TEMPLATE_BODY_SIZE]));
    static const struct {
        const char *section, *rule;
        int limit;
    } sections[] = {{"Parameters", "F0003", CCDK__LINT_PARAMETERS},
                    {"Outputs", "F0004", CCDK__LINT_OUTPUTS},
                    {"Resources", "F0007", CCDK__LINT_RESOURCES},
                    {"Mappings", "F0008", CCDK__LINT_MAPPINGS}};
    for (size_t i = 0; i < sizeof sections / sizeof *sections; i++) {
        size_t n = count(tpl, sections[i].section);
        if (n > lim[sections[i].limit]) {
            char lower[16];
            size_t k = 0;
            for (const char *s = sections[i].section; *s && k < sizeof lower - 1; s++)
                lower[k++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
            lower[k] = 0;
            add(&w, sections[i].rule, 1, "Structure", NULL, 0, "Template has %zu %s, maximum is %s", n, lower,
                num(l, lim[sections[i].limit]));
        }
    }
    check_names(&w, tpl);
    /* E1050 in an output's Value string */
    const ccdk_value *outs = ccdk__v_get(tpl, "Outputs");
    /* and an output's F6101 (its Refs) and E1028 (its Fn::Ifs) */
    for (uint32_t i = 0; outs && outs->kind == CCDK__V_OBJ && i < outs->u.obj.n; i++) {
        const ccdk_value *val = ccdk__v_get(outs->u.obj.e[i].val, "Value");
        const char *v = str_of(val);
        if (v && strstr(v, DYNREF))
            dynref_parts(&w, ccdk__sprintf(l->app, "Outputs/%s/Value", outs->u.obj.e[i].key), v, i);
        if (val && (val->kind == CCDK__V_OBJ || val->kind == CCDK__V_LIST)) {
            output_refs(&w, outs->u.obj.e[i].key, val, ccdk__v_get(tpl, "Resources"), ccdk__v_get(tpl, "Parameters"),
                        i, l->n, 0);
            const ccdk_value *conds = ccdk__v_get(tpl, "Conditions");
            if (has_bad_if(val, conds, 0)) {
                ccdk__buf b = {0};
                uint64_t seq = (uint64_t)i << 16;
                ccdk__buf_printf(&b, "Outputs/%s/Value", outs->u.obj.e[i].key);
                bad_if_walk(&w, &b, val, conds, '/', &seq, 0);
                ccdk__buf_free(&b);
            }
        }
    }
    if (l->unused_rules)
        check_unused(&w, tpl);
    check_cycles(&w, tpl);
    /* W9012: aws-cdk-lib hands the validator the stack artifact's account as the AWS::AccountId
     * override (its region too, which the validator does not check) */
    if (l->account && (strlen(l->account) != 12 || strspn(l->account, "0123456789") != 12))
        add(&w, "W9012", 0, "Best Practice", NULL, 0,
            "Invalid pseudo-parameter override(s): AWS::AccountId override '%s' is not a 12-digit AWS account ID",
            l->account);
    const ccdk_value *res = ccdk__v_get(tpl, "Resources");
    int cdk_template = 0; /* an AWS::CDK::Metadata resource: the validator's is_cdk_template */
    primary_id *pids = NULL; /* E3019 */
    size_t npids = 0, pids_cap = 0;
    for (uint32_t i = 0; res && res->kind == CCDK__V_OBJ && i < res->u.obj.n; i++) {
        const ccdk_value *r = res->u.obj.e[i].val;
        const char *type = str_of(ccdk__v_get(r, "Type"));
        const ccdk_value *props = ccdk__v_get(r, "Properties");
        if (!type)
            continue;
        if (type[0] == 'A' && !strcmp(type, "AWS::CDK::Metadata"))
            cdk_template = 1;
        if (props && props->kind == CCDK__V_OBJ)
            primary_collect(l, &pids, &npids, &pids_cap, type, res->u.obj.e[i].key, i, r, props);
        w.logical_id = res->u.obj.e[i].key;
        w.type = type;
        w.order = (uint64_t)(i + 1) << 32; /* a finding's place within the resource below it */
        check_policies(&w, tpl, r);
        check_type_known(&w);
        if (!alnum_id(w.logical_id))
            add(&w, "F0006", 1, "Structure", NULL, 0, "Logical ID '%s' must be alphanumeric (A-Za-z0-9)", w.logical_id);
        if (!props || props->kind != CCDK__V_OBJ)
            continue;
        /* the type's rules: the service's first letter picks the few names to compare */
        const char *svc = strncmp(type, "AWS::", 5) ? "" : type + 5;
        int fn = svc[0] == 'L' && !strcmp(svc, "Lambda::Function");
        if (fn)
            check_function(&w, tpl, props);
        else if (svc[0] == 'L' && !strcmp(svc, "Lambda::Url"))
            check_url(&w, props);
        else if (svc[0] == 'E' && !strcmp(svc, "EFS::AccessPoint"))
            check_efs_access_point(&w, props);
        else if (svc[0] == 'E' && !strcmp(svc, "EFS::FileSystem"))
            check_efs_file_system(&w, props);
        else
            check_identity_policies(&w, tpl, props);
        if (svc[0] == 'I' || svc[0] == 'S') /* (IAM::, SQS::, SNS::, S3::, SSO::) */
            check_not_action(&w, props);
        if (fn)
            check_snap_start(&w, tpl, props);
        else if (svc[0] == 'S' && !strcmp(svc, "SNS::Subscription"))
            check_sns_subscription(&w, tpl, props);
        else if (svc[0] == 'L' && !strcmp(svc, "Lambda::Alias"))
            check_alias(&w, props);
        else if (svc[0] == 'S' && !strcmp(svc, "S3::Bucket")) {
            check_bucket_lifecycle(&w, props);
            /* W3045: any AccessControl (the validator's has_property) */
            if (ccdk__v_get(props, "AccessControl")) {
                add(&w, "W3045", 0, "Deprecation", "Properties.AccessControl", 0,
                    "AccessControl property is deprecated. Use bucket policies instead");
                l->f[l->n - 1].fix = "Remove AccessControl and use an AWS::S3::BucketPolicy resource";
            }
        }
        else if (svc[0] == 'E' && !strcmp(svc, "Events::Rule"))
            check_schedule(&w, props);
        else if (svc[0] == 'S' && !strcmp(svc, "SSM::Parameter"))
            check_ssm_parameter_tags(&w, props);
        else if (svc[0] == 'L' && !strcmp(svc, "Lambda::Permission"))
            check_permission(&w, tpl, props);
        else if (svc[0] == 'E' && !strcmp(svc, "EC2::SecurityGroup")) {
            const ccdk_value *in = ccdk__v_get(props, "SecurityGroupIngress");
            size_t first_f = l->n;
            for (uint32_t k = 0; in && in->kind == CCDK__V_LIST && k < in->u.list.n; k++)
                check_ingress_rule(&w, in->u.list.items[k], "Properties.SecurityGroupIngress", first_f);
        } else if (svc[0] == 'E' && !strcmp(svc, "EC2::SecurityGroupIngress"))
            check_ingress_rule(&w, props, "Properties", l->n);
        check_props_by_path(&w, props);
    }
    if (npids > 1)
        check_primary_ids(&w, pids, npids);
    free(pids);
    if (cdk_template) { /* W3010 skips a template the CDK made (as cfn-lint's rule does) */
        size_t k = first;
        for (size_t i = first; i < l->n; i++)
            if (strcmp(l->f[i].rule, "W3010"))
                l->f[k++] = l->f[i];
        l->n = k;
    }
    if (l->n > first)
        qsort(l->f + first, l->n - first, sizeof *l->f, cmp);
}

/* the bytes of the regular files under path (symbolic links not followed), -1 when it cannot be read */
int64_t ccdk__lint_dir_bytes(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    int64_t total = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char p[4200];
        snprintf(p, sizeof p, "%s/%s", path, e->d_name);
        struct stat st;
        if (lstat(p, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            int64_t n = ccdk__lint_dir_bytes(p);
            total += n > 0 ? n : 0;
        } else if (S_ISREG(st.st_mode)) {
            total += st.st_size;
        }
    }
    closedir(d);
    return total;
}
