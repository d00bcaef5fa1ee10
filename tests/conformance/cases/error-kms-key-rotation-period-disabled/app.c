/* error: rotationPeriod with enableKeyRotation false (key.test.ts: enableKeyRotation false with rotationPeriod) */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_FALSE, .rotation_period = ccdk_duration_days(180)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
