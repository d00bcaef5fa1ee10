/* singleton.c - lambda.SingletonFunction: a FunctionBase of its own at scope/id that stands for one
 * Function per stack (aws-cdk-lib's singleton-lambda.ts). */
#include <string.h>

#include "ccdk/lambda_singleton.h"
#include "lambda_internal.h"

struct ccdk_lambda_singleton_function {
    ccdk__fnbase base; /* fkind CCDK__FN_SINGLETON; base.lambda: the Function */
};

static const ccdk__kind kind_singleton = {.fqn = "aws-cdk-lib.aws_lambda.SingletonFunction", .class_name = "SingletonFunction2"};

/* ensureLambda: Stack.of(this).node.tryFindChild(constructName) ?? new Function(stack, constructName) */
static ccdk_lambda_function *ensure_lambda(ccdk__node *n, const char *name, const ccdk_lambda_function_props *props)
{
    ccdk_stack *stack = n->stack;
    if (!stack) {
        ccdk__error(n, "SingletonFunction must be defined within a Stack");
        stack = ccdk__nil_stack(); /* a harmless handle, in no App that is synthesized */
    }
    ccdk__node *existing = ccdk__node_find_child(&stack->node, name);
    if (existing) {
        ccdk_lambda_function *fn = ccdk__as_function(existing);
        if (fn)
            return fn;
        ccdk__error(n, "%s in the stack is not a Lambda Function", name);
        stack = ccdk__nil_stack(); /* never NULL: a harmless handle, in no App that is synthesized */
    }
    return ccdk_lambda_function_new(stack, name, props);
}

ccdk_lambda_singleton_function *ccdk_lambda_singleton_function_new(void *scope, const char *id,
                                                                   const ccdk_lambda_singleton_function_props *props)
{
    ccdk_lambda_singleton_function *s = ccdk__construct(ccdk_lambda_singleton_function, &kind_singleton, scope, id);
    ccdk__node *n = &s->base.node;
    s->base.fn_magic = CCDK__FN_MAGIC;
    s->base.fkind = CCDK__FN_SINGLETON;
    ccdk_app *app = n->app;
    static const ccdk_lambda_singleton_function_props none = {.uuid = ""};
    if (!props || !props->uuid) {
        ccdk__error(n, "uuid is required");
        props = &none; /* go on with a harmless handle: the synth fails on the error */
    }
    /* constructName: (lambdaPurpose || 'SingletonLambda') + uuid without non-alphanumerics */
    const char *purpose = props->lambda_purpose && *props->lambda_purpose ? props->lambda_purpose : "SingletonLambda";
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, purpose);
    for (const char *c = props->uuid; *c; c++)
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9'))
            ccdk__buf_putc(&b, *c);
    const char *name = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    ccdk_lambda_function *fn = ensure_lambda(n, name, &props->function);
    /* the FunctionBase fields are the Function's */
    s->base.lambda = fn;
    s->base.arn = fn->base.arn;
    s->base.name = fn->base.name;
    s->base.role = fn->base.role;
    s->base.grant_principal = fn->base.grant_principal;
    s->base.can_create_permissions = 1;
    return s;
}

ccdk_lambda_function *ccdk_lambda_singleton_function_lambda(ccdk_lambda_singleton_function *s)
{
    return ccdk__handle_ok(s, __func__) ? s->base.lambda : NULL;
}

void ccdk_lambda_singleton_function_add_dependency(ccdk_lambda_singleton_function *s, void *construct)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_handle_ok(construct, __func__, "construct"))
        return;
    if (construct)
        ccdk_node_add_dependency(s->base.lambda, construct);
}

void ccdk_lambda_singleton_function_depend_on(ccdk_lambda_singleton_function *s, void *construct)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_handle_ok(construct, __func__, "construct"))
        return;
    if (construct)
        ccdk_node_add_dependency(construct, s->base.lambda);
}
