/* Resource-level reference strength (ccdk_cfn_resource_apply_cross_stack_reference_strength):
 * weak, none, both and strong resources of us-east-1 read by a stack of the same region and by a
 * us-west-2 stack with cross_region_references. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_resource *weak = ccdk_cfn_resource_new(producer, "WeakResource", "AWS::S3::Bucket", NULL);
    ccdk_cfn_resource_apply_cross_stack_reference_strength(weak, CCDK_REFERENCE_STRENGTH_WEAK);
    ccdk_cfn_resource *plain = ccdk_cfn_resource_new(producer, "PlainResource", "AWS::S3::Bucket", NULL);
    ccdk_cfn_resource *both = ccdk_cfn_resource_new(producer, "BothResource", "AWS::S3::Bucket", NULL);
    ccdk_cfn_resource_apply_cross_stack_reference_strength(both, CCDK_REFERENCE_STRENGTH_BOTH);
    ccdk_cfn_resource *strong = ccdk_cfn_resource_new(producer, "StrongResource", "AWS::S3::Bucket", NULL);
    ccdk_cfn_resource_apply_cross_stack_reference_strength(strong, CCDK_REFERENCE_STRENGTH_STRONG);

    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-east-1"});
    ccdk_value *props = ccdk_v_object(consumer);
    ccdk_v_set(props, "Weak", ccdk_v_string(consumer, ccdk_cfn_resource_get_att(weak, "Arn")));
    ccdk_v_set(props, "Plain", ccdk_v_string(consumer, ccdk_cfn_resource_get_att(plain, "Arn")));
    ccdk_v_set(props, "Both", ccdk_v_string(consumer, ccdk_cfn_resource_ref(both)));
    ccdk_v_set(props, "Strong", ccdk_v_string(consumer, ccdk_cfn_resource_ref(strong)));
    ccdk_cfn_resource_new(consumer, "ConsumerResource", "AWS::Lambda::Function", props);

    ccdk_stack *west = ccdk_stack_new(app, "ConsumerWest", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2", .cross_region_references = CCDK_TRUE});
    ccdk_value *wprops = ccdk_v_object(west);
    ccdk_v_set(wprops, "Weak", ccdk_v_string(west, ccdk_cfn_resource_get_att(weak, "Arn")));
    ccdk_v_set(wprops, "Plain", ccdk_v_string(west, ccdk_cfn_resource_get_att(plain, "Arn")));
    ccdk_v_set(wprops, "Both", ccdk_v_string(west, ccdk_cfn_resource_ref(both)));
    ccdk_cfn_resource_new(west, "ConsumerResource", "AWS::Lambda::Function", wprops);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
