/* an intelligent tiering archiveAccessTierTime that is not whole days */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Tiered", &(ccdk_s3_bucket_props){
        .intelligent_tiering_configurations = CCDK_LIST_OF(ccdk_s3_intelligent_tiering_configuration,
                                                           {.name = "foo", .archive_access_tier_time = ccdk_duration_hours(36)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
