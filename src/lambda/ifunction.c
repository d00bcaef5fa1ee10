/* ifunction.c - what every IFunction (Function, Version, Alias, imported function) answers through
 * the public API, for the modules that take any of them (events targets) without lambda's internals. */
#include <string.h>

#include "lambda_internal.h"

static int new_alias(const ccdk__fnbase *fb)
{
    return fb->fkind == CCDK__FN_ALIAS && fb->lambda && !ccdk__alias_is_import((const ccdk_lambda_alias *)fb);
}

const char *ccdk__fnbase_arn(ccdk__fnbase *fb)
{
    if (new_alias(fb)) /* getResourceArnAttribute(ref, {resourceName: `${this.lambda.functionName}:...`}) */
        ccdk__token_read(fb->node.app, fb->lambda->base.name);
    return ccdk__token_read(fb->node.app, fb->arn);
}

const char *ccdk__fnbase_name(ccdk__fnbase *fb)
{
    if (new_alias(fb)) /* `${this.stack.splitArn(this.functionArn, ...).resourceName}:${this.aliasName}` */
        ccdk__fnbase_arn(fb);
    return ccdk__token_read(fb->node.app, fb->name);
}

const char *ccdk_lambda_ifunction_arn(void *fn)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn);
    return fb ? ccdk__fnbase_arn(fb) : NULL;
}

/* Resource.env: _customAccount/_customRegion, which only an imported function sets (its Import passes
 * environmentFromArn: functionArn), else the stack's. Arn.split keeps a literal ARN's fields as text
 * (token fields included: "arn:${Partition}:lambda:${Region}:..." of fromFunctionName gives the
 * stack's tokens); an ARN that does not start with "arn:" and is a token is parseTokenArn's
 * Fn.select(i, Fn.split(':', arn)). */
/* components[3] and [4] of arn.split(":"), tokens or not (the ARN starts with "arn:"); 0 when the
 * ARN has fewer fields (aws-cdk-lib's Import has thrown by then: ccdk__arn_check recorded it) */
static int arn_fields(ccdk_app *app, const char *arn, const char **account, const char **region)
{
    const char *f[6];
    int n = 0;
    const char *p = arn;
    f[n++] = p;
    while (n < 6 && (p = strchr(p, ':')))
        f[n++] = ++p;
    if (n < 5)
        return 0;
    *region = ccdk__strndup(app, f[3], (size_t)(f[4] - f[3] - 1));
    *account = n == 6 ? ccdk__strndup(app, f[4], (size_t)(f[5] - f[4] - 1)) : ccdk__strdup(app, f[4]);
    return 1;
}

static const char *function_env(void *fn, int field /* 3 region, 4 account */)
{
    ccdk__fnbase *fb = fn ? ccdk__fnbase_of(fn) : NULL;
    if (!fb)
        return NULL;
    ccdk_app *app = fb->node.app;
    if (fb->fkind == CCDK__FN_IMPORTED && fb->arn && *fb->arn) {
        if (!strncmp(fb->arn, "arn:", 4)) {
            const char *account = NULL, *region = NULL;
            if (arn_fields(app, fb->arn, &account, &region))
                return field == 3 ? region : account;
        } else if (ccdk__is_unresolved(fb->arn)) {
            return ccdk_fn_select(fb, field, ccdk_fn_split(fb, ":", fb->arn));
        }
    }
    ccdk_stack *stack = fb->node.stack;
    if (!stack)
        return NULL;
    return field == 3 ? ccdk_stack_region(stack) : ccdk_stack_account(stack);
}

const char *ccdk_lambda_function_env_account(void *fn) { return function_env(fn, 4); }
const char *ccdk_lambda_function_env_region(void *fn) { return function_env(fn, 3); }
