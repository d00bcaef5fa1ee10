/* error: pendingWindow of 31 days (key.test.ts: with pendingWindowInDays outside of range) */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.pending_window = ccdk_duration_days(31)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
