/* expiredObjectDeleteMarker with tag filters (an empty map counts: parseTagFilters gives []) */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule,
                                        {.expired_object_delete_marker = CCDK_TRUE, .tag_filters = CCDK_EMPTY_LIST}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
