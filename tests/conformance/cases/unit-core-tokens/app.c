/* Conformance case 'unit-core-tokens': aws-cdk's core tokens.test.ts, what ccdk's public API
 * expresses (see app.js): Lazy values and strings stand for its Intrinsic tokens. */
#include <ccdk/core.h>

static ccdk_stack *stack;

static ccdk_value *give(void *v) { return v; }
static const char *give_str(void *s) { return s; }
static ccdk_value *any(ccdk_value *v) { return ccdk_lazy_value(stack, give, v); }
static const char *str(const char *s) { return ccdk_lazy_string(stack, give_str, (void *)s); }
static const char *as_string(ccdk_value *v) { return ccdk_token_as_string(any(v)); }

static ccdk_value *promise2(void)
{
    return ccdk_v_json(stack, "{\"Data\": {\"stringProp\": \"hello\", \"numberProp\": 1234}}");
}

static ccdk_value *promise2_with_recurse(void)
{
    ccdk_value *p = promise2();
    ccdk_v_set(p, "Recurse", any(ccdk_v_number(stack, 42)));
    return p;
}

static int counter;
static const char *count(void *ctx)
{
    (void)ctx;
    return ccdk_fmt(stack, "%d", ++counter);
}

static ccdk_value *list_of(ccdk_strs l)
{
    ccdk_value *v = ccdk_v_list(stack);
    for (size_t i = 0; i < l.count; i++)
        ccdk_v_push(v, ccdk_v_string(stack, l.items[i]));
    return v;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_value *p = ccdk_v_object(stack);

    ccdk_value *obj = ccdk_v_list(stack);
    ccdk_v_push(obj, any(promise2_with_recurse()));
    ccdk_v_push(obj, any(promise2_with_recurse()));
    ccdk_v_set(p, "Obj", any(obj));
    ccdk_value *rec = ccdk_v_list(stack);
    ccdk_v_push(rec, promise2_with_recurse());
    ccdk_value *rec_obj = ccdk_v_object(stack);
    ccdk_v_set(rec_obj, "Obj", any(rec));
    ccdk_v_set(p, "Recursive", any(rec_obj));

    ccdk_value *empty = ccdk_v_json(stack, "{\"Prop1\": 1234, \"Prop2\": {}, \"Prop3\": [], \"Prop5\": {\"PropA\": {}, \"PropB\": {}}}");
    ccdk_value *prop_b = ccdk_v_get(ccdk_v_get(empty, "Prop5"), "PropB");
    ccdk_value *prop_c = ccdk_v_list(stack);
    ccdk_v_push(prop_c, any(NULL));
    ccdk_v_push(prop_c, any(NULL));
    ccdk_v_set(prop_b, "PropC", prop_c);
    ccdk_v_set(prop_b, "PropD", ccdk_v_string(stack, "Yoohoo"));
    ccdk_v_set(p, "Empty", empty);

    ccdk_value *constants = ccdk_v_list(stack);
    ccdk_v_push(constants, any(ccdk_v_number(stack, 12)));
    ccdk_v_push(constants, any(ccdk_v_string(stack, "hello")));
    ccdk_v_push(constants, any(ccdk_v_json(stack, "[\"hi\", \"there\"]")));
    ccdk_v_set(p, "Constants", constants);

    ccdk_v_set(p, "Dog", ccdk_v_string(stack, ccdk_fmt(stack, "The dog says: %s", str("woof woof"))));
    ccdk_v_set(p, "DogObject", ccdk_v_string(stack, ccdk_fmt(stack, "The dog says: %s", as_string(ccdk_v_json(stack, "{\"woof\": \"woof\"}")))));
    ccdk_v_set(p, "Doubly", ccdk_v_string(stack, str(ccdk_fmt(stack, "hello %s", str("world")))));
    ccdk_v_set(p, "Number", ccdk_v_string(stack, ccdk_fmt(stack, "the number is %s", as_string(ccdk_v_number(stack, 1)))));
    ccdk_v_set(p, "Bucket", ccdk_v_string(stack, ccdk_fmt(stack, "my bucket is named %s", as_string(ccdk_v_json(stack, "{\"Ref\": \"MyBucket\"}")))));
    ccdk_v_set(p, "Initial", ccdk_v_string(stack, ccdk_fmt(stack, "%s world", str("Hello"))));
    ccdk_v_set(p, "SideBySide", ccdk_v_string(stack, ccdk_fmt(stack, "%s%s", str("Hello "), as_string(ccdk_v_string(stack, "world")))));

    ccdk_value *keys = ccdk_v_object(stack);
    ccdk_v_set(keys, str("I am a string"), ccdk_v_string(stack, ccdk_fmt(stack, "boom %s", str("I am a string"))));
    ccdk_v_set(keys, str(str("nested string")), ccdk_v_string(stack, "nested"));
    ccdk_v_set(keys, str(ccdk_fmt(stack, "%s the woot", str("toot"))), ccdk_v_string(stack, "boom chicago"));
    ccdk_v_set(p, "Keys", keys);

    const char *counted = ccdk_lazy_string(stack, count, NULL);
    ccdk_value *c = ccdk_v_list(stack);
    ccdk_v_push(c, ccdk_v_string(stack, counted));
    ccdk_v_push(c, ccdk_v_string(stack, counted));
    ccdk_v_push(c, ccdk_v_string(stack, ccdk_fmt(stack, "->%s", counted)));
    ccdk_v_set(p, "Counted", c);

    ccdk_strs other = ccdk_token_as_list(any(ccdk_v_json(stack, "{\"Ref\": \"Other\"}")));
    ccdk_v_set(p, "ListToken", list_of(other));
    ccdk_v_set(p, "Select", ccdk_v_string(stack, ccdk_fn_select(stack, 1, list_of(other))));
    ccdk_v_set(p, "Join", ccdk_v_string(stack, ccdk_fn_join(stack, "/", other)));
    ccdk_v_set(p, "JoinString", ccdk_v_string(stack, ccdk_fn_join(stack, "/", other)));
    ccdk_v_set(p, "Answer", ccdk_v_string(stack, ccdk_fmt(stack, "the answer is: %s", as_string(ccdk_v_number(stack, 86)))));

    ccdk_value *coerced = ccdk_v_list(stack);
    ccdk_v_push(coerced, ccdk_v_string(stack, as_string(ccdk_v_string(stack, as_string(ccdk_v_string(stack, "a string"))))));
    ccdk_v_push(coerced, list_of(ccdk_token_as_list(any(ccdk_v_string(stack, as_string(ccdk_v_string(stack, "a string")))))));
    ccdk_v_set(p, "Coerced", coerced);

    ccdk_cfn_resource_new(stack, "Res", "My::Resource", p);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
