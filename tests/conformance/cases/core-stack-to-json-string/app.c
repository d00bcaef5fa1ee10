/* core: stack.toJsonString (core/test/cloudformation-json.test.ts), a stack per test. */
#include <ccdk/core.h>
#include <stdio.h>

static ccdk_stack *stacks[32];
static int n;
static ccdk_app *app;

static ccdk_stack *next(void)
{
    char id[8];
    snprintf(id, sizeof id, "T%d", n + 1);
    return stacks[n++] = ccdk_stack_new(app, id, NULL);
}

static void out(ccdk_stack *s, const char *id, const char *value)
{
    ccdk_cfn_output_new(s, id, &(ccdk_cfn_output_props){.value = value});
}

static const char *produce_string(void *ctx) { return ctx; }

typedef struct {
    ccdk_stack *stack;
    const char *json;
} lazy_json;
static ccdk_value *produce_json(void *ctx)
{
    lazy_json *l = ctx;
    return ccdk_v_json(l->stack, l->json);
}
static ccdk_value *lazy_any_json(ccdk_stack *s, const char *json)
{
    static lazy_json slots[16];
    static int used;
    lazy_json *l = &slots[used++];
    *l = (lazy_json){s, json};
    return ccdk_lazy_value(s, produce_json, l);
}

static ccdk_value *obj1(ccdk_stack *s, const char *key, ccdk_value *v) { return ccdk_v_set(ccdk_v_object(s), key, v); }
static ccdk_value *str(ccdk_stack *s, const char *v) { return ccdk_v_string(s, v); }

int main(void)
{
    app = ccdk_app_new(NULL);

    { /* T1 */
        ccdk_stack *s = next();
        ccdk_value *structure = ccdk_v_json(s, "{\"nestedObject\":{\"prop2\":\"abc\",\"prop3\":42,\"prop4\":[1,2,3]},"
                                               "\"empty\":{},\"none\":[],\"t\":true,\"z\":null}");
        out(s, "Compact", ccdk_stack_to_json_string(s, structure, 0));
        out(s, "Indent2", ccdk_stack_to_json_string(s, structure, 2));
        out(s, "Indent4", ccdk_stack_to_json_string(s, ccdk_v_json(s, "{\"a\":[1,{\"b\":\"c\"}]}"), 4));
    }
    { /* T2 */
        ccdk_stack *s = next();
        ccdk_value *props = ccdk_v_object(s);
        ccdk_v_set(props, "json", str(s, ccdk_stack_to_json_string(s, NULL, 0)));
        ccdk_v_set(props, "other", str(s, "x"));
        ccdk_cfn_resource_new(s, "R", "AWS::Banana", props);
    }
    { /* T3, T4 */
        ccdk_stack *s = next();
        const char *lazy_string = ccdk_lazy_string(s, produce_string, "woof woof");
        ccdk_value *lazy_any = lazy_any_json(s, "\"woof woof\"");
        ccdk_value *values[2] = {str(s, lazy_string), lazy_any};
        const char *strings[2] = {lazy_string, ccdk_token_as_string(lazy_any)};
        for (int i = 0; i < 2; i++) {
            ccdk_value *fido = obj1(s, "name", str(s, "Fido"));
            ccdk_v_set(fido, "speaks", values[i]);
            out(s, ccdk_fmt(s, "Plain%d", i), ccdk_stack_to_json_string(s, fido, 0));
            fido = obj1(s, "name", str(s, "Fido"));
            ccdk_v_set(fido, "speaks", str(s, ccdk_fmt(s, "deep %s", strings[i])));
            out(s, ccdk_fmt(s, "Deep%d", i), ccdk_stack_to_json_string(s, fido, 0));
            out(s, ccdk_fmt(s, "Ping%d", i), ccdk_stack_to_json_string(s, str(s, ccdk_fmt(s, "ping? %s", strings[i])), 0));
        }
    }
    { /* T5 */
        ccdk_stack *s = next();
        out(s, "Quoted", ccdk_stack_to_json_string(s, str(s, "Hello, \"world\""), 0));
    }
    { /* T6, T7, T8 */
        ccdk_stack *s = next();
        ccdk_value *num = lazy_any_json(s, "1");
        out(s, "Embedded", ccdk_stack_to_json_string(s, obj1(s, "embedded", str(s, ccdk_fmt(s, "the number is %s", ccdk_token_as_string(num)))), 0));
        out(s, "Num", ccdk_stack_to_json_string(s, obj1(s, "num", num), 0));
        out(s, "LazyList", ccdk_stack_to_json_string(s, obj1(s, "someList", str(s, ccdk_token_as_string(lazy_any_json(s, "[1,2,3]")))), 0));
        out(s, "LiteralList", ccdk_stack_to_json_string(s, obj1(s, "someList", ccdk_v_json(s, "[1,2,3]")), 0));
        out(s, "LazyObject", ccdk_stack_to_json_string(s, obj1(s, "o", lazy_any_json(s, "{\"a\":\"b\",\"c\":[true,null]}")), 2));
    }
    { /* T9 */
        ccdk_stack *s = next();
        const char *fido_says = ccdk_lazy_string(s, produce_string, "woof");
        out(s, "Nested", ccdk_stack_to_json_string(s, obj1(s, "information", str(s, ccdk_fmt(s, "Did you know that Fido says: %s", fido_says))), 0));
        const char *quoted = ccdk_lazy_string(s, produce_string, "\"woof\"");
        out(s, "Quoted", ccdk_stack_to_json_string(s, obj1(s, "information", str(s, ccdk_fmt(s, "Did you know that Fido says: %s", quoted))), 0));
    }
    { /* T10 */
        ccdk_stack *s = next();
        const char *bucket = ccdk_token_as_string(ccdk_v_json(s, "{\"Ref\":\"MyBucket\"}"));
        out(s, "Bucket", ccdk_stack_to_json_string(s, obj1(s, "theBucket", str(s, bucket)), 0));
        const char *fake = ccdk_token_as_string(ccdk_v_json(s, "{\"a\":{\"Fn::GetArtifactAtt\":{\"key\":\"val\"}},\"b\":{\"Fn::GetParam\":[\"val1\",\"val2\"]}}"));
        out(s, "Fake", ccdk_stack_to_json_string(s, str(s, fake), 0));
    }
    { /* T11 */
        ccdk_stack *s = next();
        const char *planet = ccdk_token_as_string(ccdk_v_json(s, "{\"Ref\":\"Planet\"}"));
        const char *token = ccdk_fn_join(s, "", CCDK_STRS("Hello ", planet, ", this\nIs", "Very \"cool\""));
        ccdk_value *o = obj1(s, "literal", str(s, "I can also \"contain\" quotes"));
        ccdk_v_set(o, "token", str(s, token));
        out(s, "Join", ccdk_stack_to_json_string(s, o, 0));
        out(s, "SubImplicit", ccdk_stack_to_json_string(s, obj1(s, "token", str(s, ccdk_fn_sub(s, "I am in account \"${AWS::AccountId}\"", (ccdk_kvs){0}))), 0));
        out(s, "SubExplicit", ccdk_stack_to_json_string(s, obj1(s, "token", str(s, ccdk_fn_sub(s, "I am in account \"${Acct}\", also wanted to say: ${Also}",
            CCDK_KVS({"Acct", ccdk_aws_account_id(s)}, {"Also", "\"hello world\""})))), 0));
        out(s, "JoinComma", ccdk_stack_to_json_string(s, obj1(s, "list", str(s, ccdk_fn_join(s, ",", CCDK_STRS("a\"", ccdk_aws_region(s))))), 0));
    }
    { /* T12 */
        ccdk_stack *s = next();
        const char *bucket = ccdk_token_as_string(ccdk_v_json(s, "{\"Ref\":\"MyBucket\"}"));
        out(s, "Combined", ccdk_stack_to_json_string(s, obj1(s, "theBucket", str(s, ccdk_fn_join(s, "", CCDK_STRS("The bucket name is ", bucket)))), 0));
        ccdk_value *fido_says = lazy_any_json(s, "{\"Ref\":\"Something\"}");
        out(s, "LazyRef", ccdk_stack_to_json_string(s, obj1(s, "information", str(s, ccdk_fmt(s, "Did you know that Fido says: %s", ccdk_token_as_string(fido_says)))), 0));
        out(s, "LazyRefAlone", ccdk_stack_to_json_string(s, obj1(s, "information", fido_says), 0));
    }
    { /* T13 */
        ccdk_stack *s1 = next(), *s2 = next();
        ccdk_value *o = obj1(s2, "Stack1Id", str(s2, ccdk_stack_stack_id(s1)));
        ccdk_v_set(o, "Stack2Id", str(s2, ccdk_stack_stack_id(s2)));
        out(s2, "Stack1Id", ccdk_stack_to_json_string(s2, o, 0));
    }
    { /* T14 */
        ccdk_stack *s = next();
        const char *bucket = ccdk_token_as_string(ccdk_v_json(s, "{\"Ref\":\"MyBucket\"}"));
        ccdk_value *o = obj1(s, bucket, str(s, "Is Cool"));
        ccdk_v_set(o, ccdk_fmt(s, "%s Is", bucket), str(s, "Cool"));
        out(s, "Keys", ccdk_stack_to_json_string(s, o, 0));
        o = obj1(s, bucket, ccdk_v_json(s, "{\"x\":1}"));
        ccdk_v_set(o, "plain", ccdk_v_push(ccdk_v_list(s), str(s, bucket)));
        out(s, "KeysIndent", ccdk_stack_to_json_string(s, o, 2));
    }
    { /* T15 */
        ccdk_stack *s = next();
        const char *bucket = ccdk_token_as_string(ccdk_v_json(s, "{\"Ref\":\"MyBucket\"}"));
        const char *embedded = ccdk_stack_to_json_string(s, obj1(s, "message", str(s, ccdk_fmt(s, "the bucket name is %s", bucket))), 0);
        out(s, "Recursive", ccdk_stack_to_json_string(s, obj1(s, "embeddedJson", str(s, embedded)), 0));
        const char *payload = ccdk_stack_to_json_string(s, obj1(s, "message", str(s, ccdk_fn_sub(s, "I am in account \"${AWS::AccountId}\"", (ccdk_kvs){0}))), 0);
        out(s, "Nested", ccdk_stack_to_json_string(s, obj1(s, "payload", str(s, payload)), 0));
    }
    { /* T16 */
        ccdk_stack *s = next();
        ccdk_cfn_resource *other = ccdk_cfn_resource_new(s, "Other", "AWS::Other", NULL);
        const char *ref = ccdk_cfn_resource_ref(other), *arn = ccdk_cfn_resource_get_att(other, "Arn");
        ccdk_value *o = obj1(s, "ref", str(s, ref));
        ccdk_v_set(o, "arn", str(s, arn));
        ccdk_v_set(o, "both", str(s, ccdk_fmt(s, "%s/%s", ref, arn)));
        ccdk_v_set(o, "region", str(s, ccdk_aws_region(s)));
        ccdk_v_set(o, "n", ccdk_v_number(s, 5));
        ccdk_cfn_resource_new(s, "R", "AWS::Banana", obj1(s, "json", str(s, ccdk_stack_to_json_string(s, o, 2))));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
