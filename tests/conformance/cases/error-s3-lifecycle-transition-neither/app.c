/* a lifecycle transition with neither transitionDate nor transitionAfter */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .transitions = CCDK_LIST_OF(ccdk_s3_transition, {.storage_class = CCDK_S3_STORAGE_CLASS_GLACIER}),
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
