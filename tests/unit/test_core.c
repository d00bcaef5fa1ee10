/* test_core.c - logical ids, token resolution, feature flags and error reporting, checked against
 * aws-cdk-lib (node, run live on the same inputs) where it can be. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "internal.h"
#include "testlib.h"

static char cdk_lib[4096]; /* absolute path of node_modules/aws-cdk-lib */
static char tmpdir[] = "/tmp/ccdk-test-core-XXXXXX";

/* ------------------------------------------------------------------ helpers */

static uint64_t rng_state = 0x853c49e6748fea9bULL;
static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }

static char *slurp(const char *path)
{
    size_t len;
    return ccdk__read_file(path, &len);
}

/* Runs `node script <aws-cdk-lib> <input file>` and returns its stdout (malloc'd), or NULL. */
static char *run_node(const char *name, const char *script, const char *input)
{
    char js[512], in[512], out[512], cmd[4096];
    snprintf(js, sizeof js, "%s/%s.js", tmpdir, name);
    snprintf(in, sizeof in, "%s/%s.in", tmpdir, name);
    snprintf(out, sizeof out, "%s/%s.out", tmpdir, name);
    ccdk__write_file(js, script, strlen(script));
    ccdk__write_file(in, input, strlen(input));
    snprintf(cmd, sizeof cmd, "node '%s' '%s' '%s' > '%s'", js, cdk_lib, in, out);
    int rc = system(cmd);
    CHECK_MSG(rc == 0, "node %s exited with %d", name, rc);
    char *r = rc == 0 ? slurp(out) : NULL;
    unlink(js);
    unlink(in);
    unlink(out);
    return r;
}

static char *next_line(char **p)
{
    char *s = *p;
    if (!s || !*s)
        return NULL;
    char *nl = strchr(s, '\n');
    if (nl) {
        *nl = 0;
        *p = nl + 1;
    } else {
        *p = s + strlen(s);
    }
    return s;
}

static void hex(ccdk__buf *b, const char *s)
{
    for (; *s; s++)
        ccdk__buf_printf(b, "%02x", (unsigned char)*s);
}

static ccdk_app *quiet_app(void) { return ccdk_app_new(&(ccdk_app_props){.quiet = 1}); }

static int has_error(ccdk_app *app, const char *needle)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (strstr(ccdk_app_error(app, i), needle))
            return 1;
    return 0;
}

static void show_errors(ccdk_app *app)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        fprintf(stderr, "    error %zu: %s\n", i, ccdk_app_error(app, i));
}

/* ------------------------------------------------------------------ logical ids */

static const char unique_id_script[] =
    "const fs=require('fs');const [lib,inp]=process.argv.slice(2);\n"
    "const {makeUniqueId}=require(lib+'/core/lib/private/uniqueid.js');\n"
    "const out=[];for(const l of fs.readFileSync(inp,'utf8').split('\\n')){if(!l)continue;\n"
    " const comps=l.split(' ').map(s=>Buffer.from(s.slice(1),'hex').toString('utf8'));\n"
    " try{out.push('=' + makeUniqueId(comps));}catch(e){out.push('!' + e.message);}}\n"
    "process.stdout.write(out.join('\\n')+'\\n');\n";

static const char *gen_component(ccdk_app *app)
{
    static const char *const fixed[] = {"Default", "Resource", "Default", "Resource", "MyFunction", "ServiceRole",
                                        "Stack", "My Function.With-Non_Alphanumerics!@#$%(x)", "F\xc3\xbcnction\xe2\x9c\x93",
                                        "with--slash", "\xf0\x9f\x9a\x80", "a", "b", "ab", "bab", "Level1-aaaa",
                                        "x.y", "DefaultX", "ResourceY", "resource", "default", "1", "_", ""};
    switch (rn(4)) {
    case 0:
    case 1:
        return fixed[rn(sizeof fixed / sizeof *fixed)];
    case 2: { /* long */
        unsigned n = 50 + rn(260);
        char *s = ccdk__alloc(app, n + 1);
        char c = (char)("abcXYZ019-_."[rn(12)]);
        for (unsigned i = 0; i < n; i++)
            s[i] = rn(10) ? c : (char)('a' + rn(26));
        return s;
    }
    default: { /* random printable ASCII and a few multi-byte characters */
        ccdk__buf b = {0};
        unsigned n = 1 + rn(12);
        for (unsigned i = 0; i < n; i++) {
            if (rn(8) == 0)
                ccdk__buf_puts(&b, rn(2) ? "\xc3\xa9" : "\xe6\x97\xa5");
            else {
                char c = (char)(0x21 + rn(0x5e));
                ccdk__buf_putc(&b, c == '/' ? '-' : c);
            }
        }
        ccdk__buf_putc(&b, 0);
        char *s = ccdk__strdup(app, b.data);
        ccdk__buf_free(&b);
        return s;
    }
    }
}

#define NIDS 600
TEST(unique_ids_match_aws_cdk_lib)
{
    ccdk_app *app = quiet_app();
    static const char **lists[NIDS];
    static size_t lens[NIDS];
    ccdk__buf in = {0};
    for (int i = 0; i < NIDS; i++) {
        size_t n = 1 + rn(6);
        lists[i] = ccdk__alloc(app, n * sizeof(char *));
        lens[i] = n;
        for (size_t k = 0; k < n; k++) {
            lists[i][k] = gen_component(app);
            ccdk__buf_puts(&in, k ? " x" : "x");
            hex(&in, lists[i][k]);
        }
        ccdk__buf_putc(&in, '\n');
    }
    ccdk__buf_putc(&in, 0);
    char *out = run_node("uniqueid", unique_id_script, in.data);
    ccdk__buf_free(&in);
    if (!out) {
        ccdk_app_free(app);
        return;
    }
    char *p = out;
    int bad = 0, errors = 0, long_ids = 0;
    for (int i = 0; i < NIDS; i++) {
        char *line = next_line(&p);
        if (!CHECK_RET(line != NULL))
            break;
        size_t e0 = ccdk_app_error_count(app);
        const char *got = ccdk__make_unique_id(app, lists[i], lens[i]);
        int ok;
        if (line[0] == '!') {
            errors++;
            ok = ccdk_app_error_count(app) == e0 + 1 && strstr(ccdk_app_error(app, e0), line + 1);
        } else {
            ok = ccdk_app_error_count(app) == e0 && !strcmp(got, line + 1);
            if (strlen(got) > 200)
                long_ids++;
        }
        if (!ok && ++bad <= 5) {
            fprintf(stderr, "makeUniqueId case %d:", i);
            for (size_t k = 0; k < lens[i]; k++)
                fprintf(stderr, " [%s]", lists[i][k]);
            fprintf(stderr, "\n");
            CHECK_STR_EQ(got, line + 1);
        }
    }
    CHECK_MSG(bad == 0, "%d of %d unique ids differ from makeUniqueId", bad, NIDS);
    CHECK(errors > 0);   /* the generator produced all-"Default" lists */
    CHECK(long_ids > 0); /* and ids that needed the hash */
    free(out);
    ccdk_app_free(app);
}

TEST(unique_id_specifics)
{
    ccdk_app *app = quiet_app();
    const char *a[] = {"MyStack", "Default", "MyFunction", "Resource"};
    CHECK_STR_EQ(ccdk__make_unique_id(app, a + 2, 2), "MyFunction3BAA72D1");
    CHECK_STR_EQ(ccdk__make_unique_id(app, a + 1, 3), "MyFunction3BAA72D1"); /* "Default" is hidden */
    const char *one[] = {"Fu-n c!tion"};
    CHECK_STR_EQ(ccdk__make_unique_id(app, one, 1), "Function");
    const char *def[] = {"Default", "Fn"};
    CHECK_STR_EQ(ccdk__make_unique_id(app, def, 2), "Fn");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    const char *none[] = {"Default"};
    ccdk__make_unique_id(app, none, 1);
    CHECK(has_error(app, "Unable to calculate a unique id for an empty set of components"));
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ token resolution */

static const char token_script[] =
    "const fs=require('fs');const [lib,inp]=process.argv.slice(2);\n"
    "const cdk=require(lib);const {Aws,Fn,Lazy,Token}=cdk;\n"
    "const app=new cdk.App();const stack=new cdk.Stack(app,'TestStack');\n"
    "const res=new cdk.CfnResource(stack,'Res',{type:'A::B'});\n"
    "const out=[];for(const e of fs.readFileSync(inp,'utf8').split('\\n')){if(!e)continue;\n"
    " try{out.push(JSON.stringify(stack.resolve(eval(e))));}catch(err){out.push('!'+err.message);}}\n"
    "process.stdout.write(out.join('\\n')+'\\n');\n";

typedef struct {
    ccdk_app *app;
    ccdk_stack *stack;
    ccdk_cfn_resource *res;
} tctx;

static const char *lazy_lit(void *ctx) { return "lazy"; }
static const char *lazy_region(void *ctx) { return (ccdk_aws_region)(ctx); /* ctx: a construct as void * */ }

static ccdk_value *S(tctx *t, const char *s) { return ccdk_v_string(t->stack, s); }
static char *fmt(tctx *t, const char *f, ...) __attribute__((format(printf, 2, 3)));
static char *fmt(tctx *t, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    char *r = ccdk__vsprintf(t->app, f, ap);
    va_end(ap);
    return r;
}

/* Each case: the aws-cdk-lib expression and the same value built with ccdk. */
#define NTOK 64
static int build_token_cases(tctx *t, const char **js, ccdk_value **c)
{
    ccdk_stack *st = t->stack;
    const char *region = ccdk_aws_region(st), *account = ccdk_aws_account_id(st), *ref = ccdk_cfn_resource_ref(t->res);
    int n = 0;
#define CASE(jsexpr, cval) (n < NTOK ? (void)(js[n] = (jsexpr), c[n] = (cval)) : (void)0, n++)
    CASE("Aws.REGION", S(t, region));
    CASE("`a-${Aws.REGION}-b`", S(t, fmt(t, "a-%s-b", region)));
    CASE("`${Aws.REGION}${Aws.ACCOUNT_ID}`", S(t, fmt(t, "%s%s", region, account)));
    CASE("`x${Fn.join('-', ['a', Aws.REGION])}y`",
         S(t, fmt(t, "x%sy", ccdk_fn_join(st, "-", CCDK_STRS("a", region)))));
    CASE("Fn.join('', ['a', `b${Aws.REGION}c`, 'd'])",
         S(t, ccdk_fn_join(st, "", CCDK_STRS("a", fmt(t, "b%sc", region), "d"))));
    CASE("Fn.join(',', ['a', 'b'])", S(t, ccdk_fn_join(st, ",", CCDK_STRS("a", "b"))));
    CASE("Fn.join('', [Aws.REGION])", S(t, ccdk_fn_join(st, "", CCDK_STRS(region))));
    CASE("Fn.join('', [])", (ccdk_fn_join(st, "", (ccdk_strs)CCDK_EMPTY_LIST), NULL)); /* an error in both */
    CASE("Fn.sub('${AWS::Region}-x')", S(t, ccdk_fn_sub(st, "${AWS::Region}-x", (ccdk_kvs){0})));
    CASE("Fn.sub('${A}-${B}', {A: 'x', B: Aws.REGION})",
         S(t, ccdk_fn_sub(st, "${A}-${B}", CCDK_KVS({"A", "x"}, {"B", region}))));
    CASE("Fn.sub('x-${Y}', {Y: 'lit'})", S(t, ccdk_fn_sub(st, "x-${Y}", CCDK_KVS({"Y", "lit"}))));
    {
        ccdk_value *l = ccdk_v_list(st);
        ccdk_v_push(l, S(t, "a"));
        ccdk_v_push(l, S(t, "b"));
        ccdk_v_push(l, S(t, "c"));
        CASE("Fn.select(1, ['a', 'b', 'c'])", S(t, ccdk_fn_select(st, 1, l)));
    }
    {
        ccdk_value *l = ccdk_v_list(st);
        ccdk_v_push(l, S(t, "a"));
        ccdk_v_push(l, S(t, region));
        CASE("Fn.select(1, ['a', Aws.REGION])", S(t, ccdk_fn_select(st, 1, l)));
    }
    CASE("Fn.select(0, Fn.split(',', Aws.REGION))", S(t, ccdk_fn_select(st, 0, ccdk_fn_split(st, ",", region))));
    CASE("`${Fn.select(1, Fn.split('/', res.ref))}-suffix`",
         S(t, fmt(t, "%s-suffix", ccdk_fn_select(st, 1, ccdk_fn_split(st, "/", ref)))));
    CASE("Fn.split(',', 'a,b')", ccdk_fn_split(st, ",", "a,b"));
    CASE("Fn.base64('abc')", S(t, ccdk_fn_base64(st, "abc")));
    CASE("`x${Fn.base64(Aws.REGION)}`", S(t, fmt(t, "x%s", ccdk_fn_base64(st, region))));
    CASE("Fn.importValue('Exp')", S(t, ccdk_fn_import_value(st, "Exp")));
    CASE("`arn:${Aws.PARTITION}:s3:::${res.ref}/*`", S(t, fmt(t, "arn:%s:s3:::%s/*", ccdk_aws_partition(st), ref)));
    CASE("res.getAtt('Arn').toString() + '/x'", S(t, fmt(t, "%s/x", ccdk_cfn_resource_get_att(t->res, "Arn"))));
    CASE("`${res.ref}`", S(t, ref));
    CASE("Fn.join('-', [res.ref, Fn.join('-', ['a', 'b']), Aws.REGION])",
         S(t, ccdk_fn_join(st, "-", CCDK_STRS(ref, ccdk_fn_join(st, "-", CCDK_STRS("a", "b")), region))));
    CASE("Fn.join('', [Fn.join(',', [Aws.REGION, 'z']), 'q'])",
         S(t, ccdk_fn_join(st, "", CCDK_STRS(ccdk_fn_join(st, ",", CCDK_STRS(region, "z")), "q"))));
    CASE("Fn.join('', [`a${Aws.REGION}`, `${Aws.ACCOUNT_ID}b`])",
         S(t, ccdk_fn_join(st, "", CCDK_STRS(fmt(t, "a%s", region), fmt(t, "%sb", account)))));
    CASE("Fn.join('/', [`a${Aws.REGION}`, 'b'])",
         S(t, ccdk_fn_join(st, "/", CCDK_STRS(fmt(t, "a%s", region), "b"))));
    CASE("'plain ${not a token} text'", S(t, "plain ${not a token} text"));
    CASE("`a${Lazy.string({produce: () => 'lazy'})}b`", S(t, fmt(t, "a%sb", ccdk_lazy_string(st, lazy_lit, NULL))));
    CASE("`a${Lazy.string({produce: () => Aws.REGION})}b`", S(t, fmt(t, "a%sb", ccdk_lazy_string(st, lazy_region, st))));
    CASE("`${Aws.STACK_NAME}/${Aws.URL_SUFFIX}/${Aws.STACK_ID}`",
         S(t, fmt(t, "%s/%s/%s", ccdk_aws_stack_name(st), ccdk_aws_url_suffix(st), ccdk_aws_stack_id(st))));
    CASE("Aws.NO_VALUE", S(t, ccdk_aws_no_value(st)));
    CASE("Fn.getAtt('Res', 'Arn')", S(t, ccdk_fn_get_att(st, "Res", "Arn")));
    CASE("Fn.ref('Res')", S(t, ccdk_fn_ref(st, "Res")));
    CASE("`\"quoted\" \\\\ ${Aws.REGION} \u00e9\u2028`", S(t, fmt(t, "\"quoted\" \\ %s \xc3\xa9\xe2\x80\xa8", region)));
    CASE("Fn.conditionIf('C', 'a', Aws.NO_VALUE)", ccdk_fn_condition_if(st, "C", S(t, "a"), S(t, ccdk_aws_no_value(st))));
    CASE("Fn.conditionEquals(Aws.REGION, 'x')", ccdk_fn_condition_equals(st, S(t, region), S(t, "x")));
    CASE("Fn.conditionNot(Fn.conditionEquals('a', 'b'))",
         ccdk_fn_condition_not(st, ccdk_fn_condition_equals(st, S(t, "a"), S(t, "b"))));
    {
        ccdk_value *o = ccdk_v_object(st), *l = ccdk_v_list(st);
        ccdk_v_push(l, ccdk_v_number(st, 1));
        ccdk_v_push(l, S(t, region));
        ccdk_v_set(o, "Fn::Foo", l);
        CASE("`p-${Token.asString({'Fn::Foo': [1, Aws.REGION]})}`", S(t, fmt(t, "p-%s", ccdk_token_as_string(o))));
    }
    {
        ccdk_value *o = ccdk_v_object(st);
        ccdk_v_set(o, "Key", S(t, fmt(t, "k-%s", region)));
        ccdk_v_set(o, "List", ccdk_v_push(ccdk_v_push(ccdk_v_list(st), S(t, ref)), ccdk_v_bool(st, 1)));
        CASE("({Key: `k-${Aws.REGION}`, List: [res.ref, true]})", o);
    }
    CASE("Fn.split(',', 'a,,b,')", ccdk_fn_split(st, ",", "a,,b,"));
    CASE("Fn.split('', 'ab\u00e9')", ccdk_fn_split(st, "", "ab\xc3\xa9"));
#undef CASE
    return n;
}

TEST(token_resolution_matches_aws_cdk_lib)
{
    ccdk_app *app = quiet_app();
    tctx t = {app, ccdk_stack_new(app, "TestStack", NULL), NULL};
    t.res = ccdk_cfn_resource_new(t.stack, "Res", "A::B", NULL);
    const char *js[NTOK];
    ccdk_value *c[NTOK];
    int n = build_token_cases(&t, js, c);
    CHECK(n <= NTOK);
    ccdk__buf in = {0};
    for (int i = 0; i < n; i++) {
        ccdk__buf_puts(&in, js[i]);
        ccdk__buf_putc(&in, '\n');
    }
    ccdk__buf_putc(&in, 0);
    char *out = run_node("tokens", token_script, in.data);
    ccdk__buf_free(&in);
    if (!out) {
        ccdk_app_free(app);
        return;
    }
    app->cur_stack = t.stack;
    ccdk__resolve_ctx ctx = {app, t.stack, 0, 0, NULL};
    char *p = out;
    for (int i = 0; i < n; i++) {
        char *want = next_line(&p);
        if (!CHECK_RET(want != NULL))
            break;
        if (!c[i]) {
            CHECK_MSG(want[0] == '!', "aws-cdk-lib accepted %s: %s", js[i], want);
            continue;
        }
        ccdk_value *v = c[i];
        if (v->kind == CCDK__V_STR)
            v = ccdk__v_from_string(app, v->u.str.s);
        ccdk_value *r = ccdk__resolve(&ctx, v);
        ccdk__buf b = {0};
        ccdk__json_write(&b, r, 0);
        ccdk__buf_putc(&b, 0);
        if (strcmp(b.data, want)) {
            fprintf(stderr, "token case %d: %s\n", i, js[i]);
            CHECK_STR_EQ(b.data, want);
        } else {
            CHECK(1);
        }
        ccdk__buf_free(&b);
    }
    /* the one error: Fn.join('', []) */
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK(has_error(app, "FnJoin requires at least one value to be provided"));
    if (ccdk_app_error_count(app) != 1)
        show_errors(app);
    free(out);
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ feature flags */

static const char flags_script[] =
    "const fs=require('fs');const [lib,inp]=process.argv.slice(2);\n"
    "const cdk=require(lib);const cx=require(lib+'/cx-api');\n"
    "const app=new cdk.App();const stack=new cdk.Stack(app,'S');\n"
    "const out=[];for(const f of Object.keys(cx.FLAGS).sort()){let v;try{v=cdk.FeatureFlags.of(stack).isEnabled(f)?1:0;}catch(e){continue;}out.push(f+'\\t'+v);}\n"
    "process.stdout.write(out.join('\\n')+'\\n');\n";

TEST(feature_flag_defaults_match_aws_cdk_lib)
{
    char *out = run_node("flags", flags_script, "");
    if (!out)
        return;
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    char *p = out, *line;
    int n = 0, bad = 0;
    while ((line = next_line(&p))) {
        char *tab = strchr(line, '\t');
        if (!CHECK_RET(tab))
            break;
        *tab = 0;
        int want = atoi(tab + 1);
        int got = ccdk_feature_flag_enabled(s, line) ? 1 : 0;
        n++;
        if (got != want && ++bad <= 10)
            CHECK_MSG(got == want, "flag %s: ccdk %d, aws-cdk-lib %d", line, got, want);
    }
    CHECK_MSG(bad == 0, "%d of %d feature flag defaults differ", bad, n);
    CHECK(n > 50);
    free(out);
    ccdk_app_free(app);
}

TEST(feature_flags_from_context)
{
    const char *layer = "@aws-cdk/aws-lambda:recognizeLayerVersion";
    const char *props = "@aws-cdk/aws-lambda:recognizeVersionProps";
    const char *parts = "@aws-cdk/core:enablePartitionLiterals";
    /* props context is a default, CDK_CONTEXT_JSON overrides it */
    setenv("CDK_CONTEXT_JSON", "{\"@aws-cdk/aws-lambda:recognizeLayerVersion\": false, \"custom\": {\"a\": [1]}}", 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .quiet = 1,
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeLayerVersion", "true"}, {"@aws-cdk/core:enablePartitionLiterals", "\"false\""}),
    });
    unsetenv("CDK_CONTEXT_JSON");
    ccdk_stack *a = ccdk_stack_new(app, "A", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "B", NULL);
    ccdk_node_set_context(b, props, "false");
    ccdk_construct *under_b = ccdk_construct_new(b, "Child");
    CHECK(!ccdk_feature_flag_enabled(a, layer));
    CHECK(ccdk_feature_flag_enabled(a, parts)); /* Boolean("false") is true, as in aws-cdk-lib */
    CHECK(ccdk_feature_flag_enabled(a, props)); /* v2 default */
    CHECK(!ccdk_feature_flag_enabled(b, props));
    CHECK(!ccdk_feature_flag_enabled(under_b, props));
    CHECK(ccdk_feature_flag_enabled(app, props));
    CHECK_STR_EQ(ccdk_node_try_get_context(under_b, "custom"), "{\"a\":[1]}");
    CHECK_STR_EQ(ccdk_node_try_get_context(under_b, props), "false");
    CHECK_STR_EQ(ccdk_node_try_get_context(a, props), NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);

    /* postCliContext wins over CDK_CONTEXT_JSON (App.loadContext's `final`) */
    setenv("CDK_CONTEXT_JSON", "{\"custom\": 1, \"other\": 2}", 1);
    app = ccdk_app_new(&(ccdk_app_props){
        .quiet = 1,
        .context = CCDK_KVS({"custom", "0"}, {"first", "3"}),
        .post_cli_context = CCDK_KVS({"custom", "\"post\""}),
    });
    unsetenv("CDK_CONTEXT_JSON");
    CHECK_STR_EQ(ccdk_node_try_get_context(app, "custom"), "\"post\"");
    CHECK_STR_EQ(ccdk_node_try_get_context(app, "other"), "2");
    CHECK_STR_EQ(ccdk_node_try_get_context(app, "first"), "3");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .post_cli_context = CCDK_KVS({"bad", "{x"})});
    CHECK(ccdk_app_error_count(app) > 0);
    ccdk_app_free(app);

    /* bad JSON in CDK_CONTEXT_JSON is an error */
    setenv("CDK_CONTEXT_JSON", "{not json", 1);
    app = quiet_app();
    unsetenv("CDK_CONTEXT_JSON");
    CHECK(ccdk_app_error_count(app) > 0);
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ errors */

static ccdk_lambda_function *small_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async () => 1;"),
    });
}

/* Resource subclasses (ccdk_resource_new / _with_props): the class name in aws-cdk-lib 2.276's
 * messages (constructor.name: Resource2 for Resource itself, MyResource for a subclass), and no
 * error for one made outside a Stack (its constructor does not call Stack.of; a CfnResource under
 * it does). Messages taken from node running the same app. */
TEST(resource_class_names)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_construct *plain = ccdk_resource_new(s, "R");
    ccdk_resource_new(plain, "X");
    ccdk_construct *mine = ccdk_resource_new_with_props(app, "M", &(ccdk_resource_props){.class_name = "MyResource"});
    ccdk_resource_new_with_props(mine, "X", &(ccdk_resource_props){.class_name = "MyResource"});
    CHECK_INT_EQ(ccdk_app_error_count(app), 0); /* outside a Stack: no error of its own */
    ccdk_resource_new(plain, "X");
    ccdk_resource_new_with_props(mine, "X", NULL);
    ccdk_cfn_resource_new(mine, "Policy", "A::B::C", NULL);
    CHECK(has_error(app, "There is already a Construct with name 'X' in Resource2 [R]"));
    CHECK(has_error(app, "There is already a Construct with name 'X' in MyResource [M]"));
    CHECK(has_error(app, "CfnResource at 'M/Policy' should be created in the scope of a Stack, but no Stack found"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 3);
    if (ccdk_app_error_count(app) != 3)
        show_errors(app);
    ccdk_app_free(app);
    /* iam.LazyRole (a Resource whose constructor does look its stack up): LazyRole2 */
    app = quiet_app();
    ccdk_iam_lazy_role_new(app, "L", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(app, "x.amazonaws.com")});
    CHECK(has_error(app, "LazyRole2 at 'L' should be created in the scope of a Stack, but no Stack found"));
    ccdk_app_free(app);
}

TEST(duplicate_id_messages)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_construct *c = ccdk_construct_new(s, "C");
    ccdk_construct_new(c, "X");
    ccdk_lambda_function *f = small_function(s, "F");
    ccdk_stack_new(app, "S", NULL);
    ccdk_construct_new(s, "C");
    ccdk_construct_new(c, "X");
    ccdk_construct_new(s, "F");
    ccdk_construct_new(CCDK_CONSTRUCT(f), "Resource");
    /* messages as aws-cdk-lib 2.276 words them (constructor.name: App, Stack2, Construct, Function2) */
    CHECK(has_error(app, "There is already a Construct with name 'S' in App"));
    CHECK(has_error(app, "There is already a Construct with name 'C' in Stack2 [S]"));
    CHECK(has_error(app, "There is already a Construct with name 'X' in Construct [C]"));
    CHECK(has_error(app, "There is already a Construct with name 'F' in Stack2 [S]"));
    CHECK(has_error(app, "There is already a Construct with name 'Resource' in Function2 [F]"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 5);
    if (ccdk_app_error_count(app) != 5)
        show_errors(app);
    /* the error carries the construct path of the scope */
    CHECK(has_error(app, "S/C: There is already a Construct with name 'X'"));
    ccdk_app_free(app);
}

TEST(invalid_stack_names_and_ids)
{
    ccdk_app *app = quiet_app();
    ccdk_stack_new(app, "S1", &(ccdk_stack_props){.stack_name = "Test_Stack"});
    CHECK(has_error(app, "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got 'Test_Stack'"));
    ccdk_stack_new(app, "1abc", NULL);
    CHECK(has_error(app, "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '1abc'"));
    char longname[200];
    memset(longname, 'a', 129);
    longname[129] = 0;
    ccdk_stack_new(app, "S2", &(ccdk_stack_props){.stack_name = longname});
    char msg[300];
    snprintf(msg, sizeof msg, "Stack name must be <= 128 characters. Stack name: '%s'", longname);
    CHECK(has_error(app, msg));
    ccdk_stack *ok = ccdk_stack_new(app, "S3", NULL);
    ccdk_construct_new(ok, "");
    CHECK(has_error(app, "Only root constructs may have an empty ID"));
    /* a stack below a plain construct: its name comes from the path */
    ccdk_construct *grp = ccdk_construct_new(app, "Grp");
    ccdk_stack *inner = ccdk_stack_new(grp, "Inner", NULL);
    CHECK_STR_EQ(ccdk_stack_name(inner), "GrpInner2ACDA281");
    /* a path longer than 128 characters: the human part is split in the middle (aws-cdk-lib live) */
    char a[100], b[100];
    memset(a, 'A', 99);
    a[99] = 0;
    memset(b, 'b', 99);
    b[99] = 0;
    ccdk_construct *g1 = ccdk_construct_new(app, a);
    ccdk_construct *g2 = ccdk_construct_new(g1, "Mid-Dle_x");
    ccdk_stack *deep = ccdk_stack_new(g2, b, NULL);
    char *want = run_node("stackname",
                          "const cdk=require(process.argv[2]);const {Construct}=require(require.resolve('constructs',"
                          "{paths:[process.argv[2]]}));const app=new cdk.App();const g=new Construct(app,'A'.repeat(99));"
                          "const g2=new Construct(g,'Mid-Dle_x');console.log(new cdk.Stack(g2,'b'.repeat(99)).stackName);",
                          "");
    if (want) {
        char *nl = strchr(want, '\n');
        if (nl)
            *nl = 0;
    }
    CHECK_STR_EQ(ccdk_stack_name(deep), want);
    free(want);
    ccdk_app_free(app);
}

TEST(tokens_in_ids)
{
    char out[512];
    snprintf(out, sizeof out, "%s/tokid", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    char id[256];
    snprintf(id, sizeof id, "a%s", ccdk_aws_region(s));
    /* allowed on a plain construct, as in constructs */
    ccdk_construct *c = ccdk_construct_new(s, id);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    /* but a logical id cannot be made from it */
    ccdk_cfn_resource_new(c, "R", "A::B", NULL);
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_error(app, "ID components may not include unresolved tokens: a${Token["));
    ccdk_app_free(app);
    ccdk__rm_rf(out);
}

/* found by tests/fuzz/fuzz_ids: an id without a letter or digit made an empty logical id, and an
 * empty override replaced the generated one; aws-cdk-lib 2.276 throws for the first and ignores
 * the second (node: CfnOutput(stack, "-") / overrideLogicalId("")) */
TEST(empty_logical_ids)
{
    char out[512];
    snprintf(out, sizeof out, "%s/emptyid", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_output_new(s, "-+-", &(ccdk_cfn_output_props){.value = "x"});
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_error(app, "S/-+-: Resolution error: Logical ID must adhere to the regular expression: "
                         "/^[A-Za-z0-9]{1,255}$/, got ''."));
    ccdk_app_free(app);
    CHECK(access(out, F_OK) != 0);

    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_resource *r = ccdk_cfn_resource_new(s, "x", "A::B::C", NULL);
    ccdk_cfn_element_override_logical_id(r, "");
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_CONTAINS(ccdk_stack_template_json(s), "\"x\": {");
    ccdk_app_free(app);
    ccdk__rm_rf(out);
}

static const char *produce_nothing(void *ctx)
{
    (void)ctx;
    return NULL;
}

/* found by tests/fuzz/fuzz_tokens: an Fn::Join whose only item resolves to undefined (a lazy that
 * produces nothing) reached memcpy with a NULL source (UBSan: nonnull-attribute) and was written
 * as {"Fn::Join": [",", []]}. Expected: aws-cdk-lib 2.276 (node, Fn.join over
 * Lazy.string({produce: () => undefined})). */
TEST(join_of_nothing)
{
    char out[512];
    snprintf(out, sizeof out, "%s/joinnothing", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
#define U ccdk_lazy_string(s, produce_nothing, NULL)
    const char *p1 = ccdk_fn_join(s, ",", CCDK_STRS(U));
    const char *p2 = ccdk_fn_join(s, ",", CCDK_STRS(U, U));
    const char *p3 = ccdk_fn_join(s, ",", CCDK_STRS(U, "a"));
    const char *p4 = ccdk_fn_join(s, ",", CCDK_STRS("a", U, "b"));
    const char *p5 = ccdk_fn_join(s, "", CCDK_STRS(U, ccdk_aws_region(s)));
#undef U
    ccdk_value *props = ccdk_v_object(s);
    ccdk_v_set(props, "P1", ccdk_v_string(s, p1));
    ccdk_v_set(props, "P2", ccdk_v_string(s, p2));
    ccdk_v_set(props, "P3", ccdk_v_string(s, p3));
    ccdk_v_set(props, "P4", ccdk_v_string(s, p4));
    ccdk_v_set(props, "P5", ccdk_v_string(s, p5));
    ccdk_v_set(props, "Q", ccdk_v_string(s, "x"));
    ccdk_cfn_resource_new(s, "R", "A::B::C", props);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = NULL;
    const char *tj = ccdk_stack_template_json(s);
    if (tj) { /* the Resources section, compact */
        ccdk_value *v = ccdk__json_parse(app, tj, strlen(tj), NULL);
        ccdk__buf b = {0};
        ccdk__json_write(&b, ccdk__v_get(v, "Resources"), 0);
        t = b.data;
    }
    CHECK_STR_EQ(t, "{\"R\":{\"Type\":\"A::B::C\",\"Properties\":{\"P2\":{\"Fn::Join\":[\",\",[]]},"
                    "\"P3\":{\"Fn::Join\":[\",\",[\"a\"]]},\"P4\":{\"Fn::Join\":[\",\",[\"a\",\"b\"]]},"
                    "\"P5\":{\"Fn::Join\":[\"\",[{\"Ref\":\"AWS::Region\"}]]},\"Q\":\"x\"}}}");
    free(t);
    ccdk_app_free(app);
    ccdk__rm_rf(out);
}

TEST(failed_synth_writes_nothing)
{
    char out[512], marker[600], manifest[600];
    snprintf(out, sizeof out, "%s/cdk.out", tmpdir);
    snprintf(marker, sizeof marker, "%s/marker.txt", out);
    snprintf(manifest, sizeof manifest, "%s/manifest.json", out);
    ccdk__mkdir_p(out);
    ccdk__write_file(marker, "keep", 4);

    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    small_function(s, "F");
    ccdk_construct_new(s, "F"); /* duplicate id */
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(ccdk_stack_template_json(s) == NULL);
    ccdk_app_free(app);
    char *m = slurp(marker);
    CHECK_STR_EQ(m, "keep");
    free(m);
    CHECK(access(manifest, F_OK) != 0);
    CHECK(access(out, F_OK) == 0);

    /* an error found while synthesizing (validation) also writes nothing */
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_annotations_add_error(s, "boom");
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_error(app, "boom") || ccdk_app_error_count(app) > 0);
    ccdk_app_free(app);
    CHECK(access(manifest, F_OK) != 0);
    m = slurp(marker);
    CHECK_STR_EQ(m, "keep");
    free(m);

    /* a fresh output directory is not even created */
    char fresh[600];
    snprintf(fresh, sizeof fresh, "%s/fresh.out", tmpdir);
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = fresh});
    s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.stack_name = "bad_name"});
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    CHECK(access(fresh, F_OK) != 0);

    /* and a good synth replaces the directory's assembly */
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    s = ccdk_stack_new(app, "S", NULL);
    small_function(s, "F");
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK(access(manifest, F_OK) == 0);
    CHECK_CONTAINS(ccdk_stack_template_json(s), "\"AWS::Lambda::Function\"");
    ccdk_app_free(app);
    ccdk__rm_rf(out);
}

/* ccdk__sprintf joins "%s"-only formats itself: the same bytes as vsnprintf for any mix of text,
 * %s and %%, and formats it does not handle (other conversions, NULL strings) go to vsnprintf. */
static char *ref_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *ref_sprintf(const char *fmt, ...)
{
    static char buf[4][2048];
    static int k;
    char *b = buf[k++ & 3];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(b, 2048, fmt, ap);
    va_end(ap);
    return b;
}

/* ccdk_fmt: a string around tokens, with no buffer to size; resolved as aws-cdk-lib joins it.
 * The list macros add the terminator. */
TEST(fmt_and_list_macros)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    const char *region = ccdk_aws_region(s);
    char big[3000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    const char *f = ccdk_fmt(s, "arn:%s:%s:%d", region, big, 42);
    CHECK(f && strlen(f) == strlen(region) + strlen(big) + 8); /* "arn:" ":" ":42" */
    CHECK(ccdk_token_is_unresolved(f));
    CHECK(ccdk_fmt(s, "plain") && !strcmp(ccdk_fmt(s, "%s-%d", "a", 1), "a-1"));
    CHECK(strlen(region) <= CCDK_TOKEN_MAX_LEN);
    ccdk_strs strs = CCDK_STRS("a", "b");
    CHECK(strs.count == 2 && !strcmp(strs.items[1], "b") && strs.built_by_ccdk_list == &ccdk__list_mark);
    ccdk_kvs kvs = CCDK_KVS({"K", "V"});
    CHECK(kvs.count == 1 && !strcmp(kvs.items[0].key, "K"));
    typedef CCDK_LIST_TYPE(ccdk_stack *) stack_list;
    stack_list list = CCDK_LIST(s, s, s);
    CHECK(list.count == 3 && list.items[0] == s && list.items[2] == s);
    stack_list none = CCDK_EMPTY_LIST;
    CHECK(none.count == 0 && none.built_by_ccdk_list);
    ccdk_app_free(app);
}

/* A NULL item in a list (CCDK_STRS("a", NULL, "b")) would end the terminated copy there: the items
 * after it silently dropped. An error instead, naming the list and the item; nothing written. */
TEST(null_item_in_list_is_an_error)
{
    char out[] = "/tmp/ccdk-list-XXXXXX";
    CHECK(mkdtemp(out) != NULL);
    char dir[64];
    snprintf(dir, sizeof dir, "%s/out", out);
    ccdk__process_errors_clear();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = dir});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*")});
    ccdk_iam_policy_statement_add_actions(st, CCDK_STRS("s3:GetObject", NULL, "s3:PutObject"));
    CHECK(ccdk_app_synth(app) != 0);
    int found = 0;
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        found |= strcmp(ccdk_app_error(app, i), "addActions: item 1 of the list is NULL") == 0;
    CHECK(found);
    CHECK(access(dir, F_OK) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", out);
    CHECK(system(cmd) == 0);
}

/* What a bare array becomes where a list goes when -Werror is off (brace elision puts the array in
 * the mark): the synth fails with a message, instead of reading a list that is not one. */
TEST(bare_array_as_list_is_an_error)
{
    char out[] = "/tmp/ccdk-list-XXXXXX";
    CHECK(mkdtemp(out) != NULL);
    ccdk__process_errors_clear();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    static const char *const bare[] = {"s3:GetObject", NULL};
    ccdk_strs elided = {(const struct ccdk__list_mark *)(const void *)bare, NULL, 0};
    ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.actions = elided, .resources = CCDK_STRS("*")});
    CHECK(ccdk_app_synth(app) != 0);
    int found = 0;
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        found |= strstr(ccdk_app_error(app, i), "PolicyStatement actions: a list must be built with CCDK_LIST") != NULL;
    CHECK(found);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", out);
    CHECK(system(cmd) == 0);
}

TEST(sprintf_concat_matches_vsnprintf)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    char long_s[700];
    memset(long_s, 'x', sizeof long_s - 1);
    long_s[sizeof long_s - 1] = 0;
    const char *args[] = {"", "a", "arn:${Token[AWS.Partition.1]}", "100%", long_s};
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < 5; j++) {
            const char *a = args[i], *b = args[j];
            CHECK_STR_EQ(ccdk__sprintf(app, "%s", a), ref_sprintf("%s", a));
            CHECK_STR_EQ(ccdk__sprintf(app, "%s%s", a, b), ref_sprintf("%s%s", a, b));
            CHECK_STR_EQ(ccdk__sprintf(app, "arn:%s:iam::%s:role/x", a, b), ref_sprintf("arn:%s:iam::%s:role/x", a, b));
            CHECK_STR_EQ(ccdk__sprintf(app, "%%%s%%%%%s%%", a, b), ref_sprintf("%%%s%%%%%s%%", a, b));
            CHECK_STR_EQ(ccdk__sprintf(app, "/%s", a), ref_sprintf("/%s", a));
        }
    CHECK_STR_EQ(ccdk__sprintf(app, "plain text"), "plain text");
    CHECK_STR_EQ(ccdk__sprintf(app, "%s", ""), "");
    CHECK_STR_EQ(ccdk__sprintf(app, "%s-%d-%s", "a", 42, "b"), "a-42-b");
    CHECK_STR_EQ(ccdk__sprintf(app, "%.3s|%5s", "abcdef", "ab"), "abc|   ab");
    /* glibc prints a NULL string as "(null)" (the pointer is hidden from -Wformat-overflow) */
    const char *volatile null_s = NULL;
    CHECK_STR_EQ(ccdk__sprintf(app, "<%s>", null_s), "<(null)>");
    CHECK_STR_EQ(ccdk__sprintf(app, "%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                               "10", "11", "12", "13", "14", "15", "16", "17", "18"),
                 "123456789101112131415161718");
    ccdk_app_free(app);
}

/* Strings are kept without a copy only when they can never change: literals (read-only segments)
 * and the app's persistent arena; a caller's buffer is copied. */
TEST(strings_kept_only_when_immutable)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    static const char lit[] = "Literal";
    static char mutable_static[16] = "Mutable";
    char stack_buf[16] = "OnTheStack";
    char *heap = strdup("OnTheHeap");
    const char *arena = ccdk__sprintf(app, "%s-%s", "in", "arena");
    CHECK(ccdk__immutable(app, "a literal"));
    CHECK(ccdk__immutable(app, lit));
    CHECK(ccdk__immutable(app, arena));
    CHECK(!ccdk__immutable(app, mutable_static));
    CHECK(!ccdk__immutable(app, stack_buf));
    CHECK(!ccdk__immutable(app, heap));
    CHECK(ccdk__keep(app, lit) == lit);
    CHECK(ccdk__keep(app, arena) == arena);
    /* a value or key made from a caller's buffer does not change with the buffer */
    ccdk_value *v = ccdk__v_str(app, stack_buf);
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, heap, ccdk__v_str(app, mutable_static));
    strcpy(stack_buf, "Changed");
    strcpy(heap, "Changed!!");
    strcpy(mutable_static, "Changed");
    CHECK_STR_EQ(v->u.str.s, "OnTheStack");
    CHECK_STR_EQ(o->u.obj.e[0].key, "OnTheHeap");
    CHECK_STR_EQ(o->u.obj.e[0].val->u.str.s, "Mutable");
    /* inside a scratch arena, the persistent arena still counts, the scratch one does not */
    ccdk__scratch_begin(app);
    const char *tmp = ccdk__sprintf(app, "%s", "scratch");
    CHECK(ccdk__immutable(app, arena));
    CHECK(!ccdk__immutable(app, tmp));
    ccdk__scratch_end(app);
    free(heap);
    ccdk_app_free(app);
}

/* ccdk__node_move_after: a child made late put where aws-cdk-lib's constructor makes it */
TEST(node_move_after_reorders_siblings)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk__node *a = ccdk__node_of(ccdk_construct_new(s, "A"));
    ccdk__node *b = ccdk__node_of(ccdk_construct_new(s, "B"));
    ccdk__node *c = ccdk__node_of(ccdk_construct_new(s, "C"));
    ccdk__node *p = ccdk__node_of(s);
    ccdk__node_move_after(c, a);
    CHECK(p->children[0] == a && p->children[1] == c && p->children[2] == b);
    ccdk__node_move_after(a, NULL);
    CHECK(p->children[0] == a && p->children[1] == c && p->children[2] == b);
    ccdk__node_move_after(a, b);
    CHECK(p->children[0] == c && p->children[1] == b && p->children[2] == a);
    ccdk__node_move_after(b, NULL);
    CHECK(p->children[0] == b && p->children[1] == c && p->children[2] == a && p->nchildren == 3);
    ccdk_app_free(app);
}

/* a node with many children finds them through its hash index (construct.c's childmap): each one,
 * not a removed one, a new one of a removed id, and a duplicate id is still refused */
TEST(many_children_found_by_id)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    char id[16];
    for (int i = 0; i < 200; i++) {
        snprintf(id, sizeof id, "C%d", i);
        ccdk_construct_new(s, id);
    }
    CHECK(ccdk_node_try_remove_child(s, "C7"));
    CHECK(ccdk_node_try_find_child(s, "C7") == NULL);
    int found = 0;
    for (int i = 0; i < 200; i++) {
        snprintf(id, sizeof id, "C%d", i);
        found += ccdk_node_try_find_child(s, id) != NULL;
    }
    CHECK(found == 199);
    ccdk_construct *again = ccdk_construct_new(s, "C7");
    CHECK(ccdk_node_try_find_child(s, "C7") == again);
    CHECK(ccdk_node_try_find_child(s, "nope") == NULL);
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_construct_new(s, "C150");
    CHECK(ccdk_app_error_count(app) == 1);
    ccdk_app_free(app);
}

/* tryFindChild of an id longer than 1 kB, with '/' (kept as "--" by the construct): the child
 * itself, and no other when two long ids share their first kilobyte */
TEST(long_child_id_found)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    char a[3001], b[3001];
    for (int i = 0; i < 3000; i++)
        a[i] = b[i] = i % 100 == 99 ? '/' : 'x';
    a[3000] = b[3000] = 0;
    b[2500] = 'y';
    ccdk_construct *ca = ccdk_construct_new(s, a);
    ccdk_construct *cb = ccdk_construct_new(s, b);
    CHECK(ca && cb && ca != cb);
    CHECK(ccdk_node_try_find_child(s, a) == ca);
    CHECK(ccdk_node_try_find_child(s, b) == cb);
    a[2999] = 'z';
    CHECK(ccdk_node_try_find_child(s, a) == NULL);
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_app_free(app);
}

int main(void)
{
    unsetenv("CDK_CONTEXT_JSON");
    unsetenv("CDK_OUTDIR");
    if (!getcwd(cdk_lib, sizeof cdk_lib - 40))
        return 1;
    strcat(cdk_lib, "/node_modules/aws-cdk-lib");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(unique_id_specifics);
    RUN(many_children_found_by_id);
    RUN(long_child_id_found);
    RUN_ORACLE(unique_ids_match_aws_cdk_lib);
    RUN_ORACLE(token_resolution_matches_aws_cdk_lib);
    RUN_ORACLE(feature_flag_defaults_match_aws_cdk_lib);
    RUN(feature_flags_from_context);
    RUN(resource_class_names);
    RUN(duplicate_id_messages);
    RUN_ORACLE(invalid_stack_names_and_ids);
    RUN(tokens_in_ids);
    RUN(empty_logical_ids);
    RUN(join_of_nothing);
    RUN(failed_synth_writes_nothing);
    RUN(fmt_and_list_macros);
    RUN(bare_array_as_list_is_an_error);
    RUN(null_item_in_list_is_an_error);
    RUN(sprintf_concat_matches_vsnprintf);
    RUN(strings_kept_only_when_immutable);
    RUN(node_move_after_reorders_siblings);
    ccdk__rm_rf(tmpdir);
    return TEST_DONE();
}
