/* singleton.c - lambda.SingletonFunction. */
#include <string.h>

#include "ccdk/lambda_singleton.h"
#include "lambda_internal.h"

static const ccdk__kind kind_singleton = {.fqn = "aws-cdk-lib.aws_lambda.SingletonFunction", .class_name = "SingletonFunction2"};

ccdk_lambda_function *ccdk_lambda_singleton_function_new(void *scope, const char *id,
                                                         const ccdk_lambda_singleton_function_props *props)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    /* the size of a Function, zeroed: code that recognises functions by fqn ("...Function") reads
     * fn_magic, which is 0 here */
    ccdk__node *n = ccdk__alloc(app, sizeof(ccdk_lambda_function));
    ccdk__node_init(n, &kind_singleton, scope, id);
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
    return ccdk_lambda_function_new(stack, name, &props->function);
}
