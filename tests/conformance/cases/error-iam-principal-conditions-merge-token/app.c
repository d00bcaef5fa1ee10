/* error: withConditions twice with one StringEquals, the second a Lazy (principals.ts mergeConditions: multiple "StringEquals" conditions cannot be merged) */
#include <ccdk/iam.h>

static ccdk_value *produce(void *ctx) { return ccdk_v_json((ccdk_stack *)ctx, "{\"aws:SourceArn\": \"arn:aws:s3:::b\"}"); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_principal *p = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "a.amazonaws.com"),
        ccdk_v_json(stack, "{\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}"));
    ccdk_value *cond = ccdk_v_object(stack);
    ccdk_v_set(cond, "StringEquals", ccdk_lazy_value(stack, produce, stack));
    p = ccdk_iam_principal_with_conditions(p, cond);
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = p});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
