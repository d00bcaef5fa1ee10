/* s3.Bucket intelligentTieringConfigurations (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Tiered", &(ccdk_s3_bucket_props){
        .intelligent_tiering_configurations = CCDK_LIST_OF(ccdk_s3_intelligent_tiering_configuration,
            {
                .name = "foo",
                .prefix = "bar",
                .archive_access_tier_time = ccdk_duration_days(90),
                .deep_archive_access_tier_time = ccdk_duration_hours(24 * 180),
                .tags = CCDK_KVS({"test", "bazz"}, {"team", "a"}),
            },
            {.name = "deep-only", .deep_archive_access_tier_time = ccdk_duration_days(180)},
            {.name = "none"}),
    });
    ccdk_s3_bucket_new(stack, "Empty", &(ccdk_s3_bucket_props){.intelligent_tiering_configurations = CCDK_EMPTY_LIST});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
