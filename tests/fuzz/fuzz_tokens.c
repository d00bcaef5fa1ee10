/* fuzz_tokens.c - libFuzzer target: strings that mix fuzzed text (forged "${Token[...]}"
 * markers included) with real token markers, used as property values and resolved.
 *
 * The first input byte picks the sink; in the rest, bytes 1..7 stand for the real tokens of the
 * table below, NUL is dropped, and every other byte is literal text. Sinks: 0 a CfnResource
 * property, 1 a Function environment variable, 2 the Function description, 3 a CfnOutput value,
 * 4 an Fn::Join list item, 5 an Fn::Sub body. Invariant (fuzzlib.h): an error recorded and
 * nothing written, or every JSON file parses; and for sinks 0 and 1, when the text holds no
 * "Token[" of its own, the resolved value is exactly the string with each real token spliced
 * in: the string itself, one token's value, or {"Fn::Join": ["", parts]}. */
#include "fuzzlib.h"

#define NTOK 7
/* what each real token resolves to (the CfnResource "Target" has that logical id) */
static const char *const tok_json[NTOK] = {
    "{\"Ref\":\"AWS::Region\"}",
    "{\"Ref\":\"Target\"}",
    "{\"Fn::GetAtt\":[\"Target\",\"Arn\"]}",
    "{\"Fn::ImportValue\":\"Exp\"}",
    "{\"Fn::Join\":[\",\",[\"a\",{\"Ref\":\"AWS::AccountId\"}]]}",
    "{\"Fn::Sub\":\"x-${AWS::Region}\"}",
    "\"lazy\"",
};

static const char *lazy(void *ctx) { return "lazy"; }

typedef struct {
    ccdk_value *parts; /* expected: a list of strings and token values */
    int sink;
} expect;

static void push_str(ccdk_app *a, ccdk_value *list, const char *s, size_t n)
{
    if (n == 0)
        return;
    size_t k = list->u.list.n;
    if (k && list->u.list.items[k - 1]->kind == CCDK__V_STR) { /* adjacent strings merge */
        ccdk_value *prev = list->u.list.items[k - 1];
        char *m = ccdk__alloc(a, prev->u.str.len + n + 1);
        memcpy(m, prev->u.str.s, prev->u.str.len);
        memcpy(m + prev->u.str.len, s, n);
        prev->u.str.s = m;
        prev->u.str.len += n;
        return;
    }
    ccdk_value *v = ccdk__v_str_nocopy(a, ccdk__strndup(a, s, n));
    v->u.str.len = n;
    ccdk__v_push(list, v);
}

/* flattens a resolved value into list: strings, and intrinsics other than Fn::Join with "" */
static void flatten(ccdk_app *a, ccdk_value *list, ccdk_value *v)
{
    if (v->kind == CCDK__V_STR) {
        push_str(a, list, v->u.str.s, v->u.str.len);
        return;
    }
    if (v->kind == CCDK__V_OBJ && v->u.obj.n == 1 && !strcmp(v->u.obj.e[0].key, "Fn::Join")) {
        ccdk_value *args = v->u.obj.e[0].val;
        if (args->kind == CCDK__V_LIST && args->u.list.n == 2 && args->u.list.items[0]->kind == CCDK__V_STR &&
            args->u.list.items[0]->u.str.len == 0 && args->u.list.items[1]->kind == CCDK__V_LIST) {
            ccdk_value *l = args->u.list.items[1];
            if (l->u.list.n < 2)
                fz_fail("an Fn::Join of fewer than 2 parts");
            for (size_t i = 0; i < l->u.list.n; i++)
                flatten(a, list, l->u.list.items[i]);
            return;
        }
    }
    ccdk__v_push(list, v);
}

static void check(ccdk_app *checker, const char *outdir, void *ctx)
{
    expect *e = ctx;
    if (e->sink > 1)
        return;
    ccdk_value *t = fz_template(checker, outdir, "Stack");
    if (!t)
        fz_fail("no template");
    ccdk_value *rs = ccdk__v_get(t, "Resources"), *res = NULL;
    for (size_t i = 0; rs && rs->kind == CCDK__V_OBJ && i < rs->u.obj.n && !res; i++) {
        ccdk_value *type = ccdk__v_get(rs->u.obj.e[i].val, "Type");
        if (type && type->kind == CCDK__V_STR &&
            !strcmp(type->u.str.s, e->sink == 0 ? "Test::Fuzz::Thing" : "AWS::Lambda::Function"))
            res = rs->u.obj.e[i].val;
    }
    ccdk_value *props = res ? ccdk__v_get(res, "Properties") : NULL;
    ccdk_value *got = NULL;
    if (props && e->sink == 0)
        got = ccdk__v_get(props, "P");
    else if (props)
        got = ccdk__v_get(ccdk__v_get(ccdk__v_get(props, "Environment"), "Variables"), "V");
    if (!got)
        fz_fail("the property is missing");
    ccdk_value *flat = ccdk__v_list(checker);
    flatten(checker, flat, got);
    /* the expected parts, rebuilt in the checker's arena */
    ccdk_value *want = ccdk__v_list(checker);
    for (size_t i = 0; i < e->parts->u.list.n; i++)
        flatten(checker, want, ccdk__v_copy(checker, e->parts->u.list.items[i]));
    if (!ccdk__v_equal(flat, want)) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, got, 0);
        ccdk__buf_puts(&b, ", expected the parts ");
        ccdk__json_write(&b, want, 0);
        fz_fail("resolved to %s", b.data);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int sink = data[0] % 6;
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = fz_outdir(), .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_resource *target = ccdk_cfn_resource_new(stack, "T", "Test::Fuzz::Target", NULL);
    ccdk_cfn_element_override_logical_id(target, "Target");
    const char *tok[NTOK] = {
        ccdk_aws_region(stack),
        ccdk_cfn_resource_ref(target),
        ccdk_cfn_resource_get_att(target, "Arn"),
        ccdk_fn_import_value(stack, "Exp"),
        ccdk_fn_join(stack, ",", CCDK_STRS("a", ccdk_aws_account_id(stack))),
        ccdk_fn_sub(stack, "x-${AWS::Region}", (ccdk_kvs){0}),
        ccdk_lazy_string(stack, lazy, NULL),
    };
    /* the string, and what it should resolve to */
    ccdk_app *checker = fz_checker_new();
    expect e = {ccdk__v_list(checker), sink};
    ccdk__buf s = {0};
    ccdk__buf_puts(&s, "");
    size_t nreal = 0;
    for (size_t i = 1; i < size; i++) {
        unsigned char c = data[i];
        if (c == 0)
            continue;
        if (c <= NTOK) {
            ccdk__buf_puts(&s, tok[c - 1]);
            ccdk__v_push(e.parts, ccdk__json_parse(checker, tok_json[c - 1], strlen(tok_json[c - 1]), NULL));
            nreal++;
        } else {
            ccdk__buf_putc(&s, (char)c);
            push_str(checker, e.parts, (const char *)&data[i], 1);
        }
    }
    size_t nmark = 0;
    for (const char *p = strstr(s.data, "Token["); p; p = strstr(p + 1, "Token["))
        nmark++;
    int exact = nmark == nreal;

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .description = sink == 2 ? s.data : NULL,
    });
    switch (sink) {
    case 0:
        ccdk_cfn_resource_new(stack, "Res", "Test::Fuzz::Thing",
                              ccdk_v_set(ccdk_v_object(stack), "P", ccdk_v_string(stack, s.data)));
        break;
    case 1:
        ccdk_lambda_function_add_environment(fn, "V", s.data);
        break;
    case 3:
        ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = s.data});
        break;
    case 4:
        ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){
            .value = ccdk_fn_join(stack, "-", CCDK_STRS(s.data, tok[0], "z")),
        });
        break;
    case 5:
        ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = ccdk_fn_sub(stack, s.data, (ccdk_kvs){0})});
        break;
    }
    ccdk__buf_free(&s);
    /* the checker must not read CDK_CONTEXT_JSON; it is made before synth so that fz_synth's own
     * checker and this one are two apps at once, as a user may have */
    fz_synth_and_check(app, exact ? check : NULL, &e);
    ccdk_app_free(checker);
    return 0;
}
