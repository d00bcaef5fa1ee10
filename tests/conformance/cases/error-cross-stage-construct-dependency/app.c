/* error: a construct dependency between stacks of the App and of a Stage (see app.js) */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *producer = ccdk_stack_new(stage, "Producer", NULL);
    ccdk_cfn_resource *bucket = ccdk_cfn_resource_new(producer, "Bucket", "AWS::S3::Bucket", NULL);
    ccdk_stack *top = ccdk_stack_new(app, "Top", NULL);
    ccdk_cfn_resource *queue = ccdk_cfn_resource_new(top, "Queue", "AWS::SQS::Queue", NULL);
    ccdk_node_add_dependency(queue, bucket);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
