/* error: size.test.ts's 'negative amount': Size.kibibytes(-1) (Storage amounts cannot be negative. Received: -1) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_value *p = ccdk_v_object(stack);
    ccdk_v_set(p, "k", ccdk_v_number(stack, ccdk_size_to(stack, ccdk_size_kibibytes(-1), CCDK_SIZE_KIBIBYTES, CCDK_SIZE_ROUNDING_UNSET)));
    ccdk_cfn_resource_new(stack, "R", "AWS::Test::Sizes", p);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
