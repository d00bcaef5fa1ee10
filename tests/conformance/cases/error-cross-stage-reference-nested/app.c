/* error: a nested stack of the App references a resource of a stack in a Stage (see app.js) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *producer = ccdk_stack_new(stage, "Producer", NULL);
    ccdk_cfn_resource *bucket = ccdk_cfn_resource_new(producer, "Bucket", "AWS::S3::Bucket", NULL);
    ccdk_stack *top = ccdk_stack_new(app, "Top", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(top, "Nested", NULL);
    ccdk_cfn_output_new(nested, "BucketName", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(bucket)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
