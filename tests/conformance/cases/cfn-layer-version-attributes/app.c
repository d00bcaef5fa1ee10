/* cfn-layer-version-attributes: a CfnLayerVersionPermission on a CfnLayerVersion's attrLayerVersionArn; the layer's ref in an output (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *layer = ccdk_lambda_cfn_layer_version_new(stack, "Layer1", ccdk_v_json(stack, "{\"Content\": {\"S3Bucket\": \"b\", \"S3Key\": \"k.zip\"}}"));
    ccdk_value *lvp_props = ccdk_v_json(stack, "{\"Action\": \"lambda:GetLayerVersion\", \"Principal\": \"*\"}");
    ccdk_v_set(lvp_props, "LayerVersionArn", ccdk_v_string(stack, ccdk_cfn_resource_get_att(layer, "LayerVersionArn")));
    ccdk_cfn_resource *lvp = ccdk_lambda_cfn_layer_version_permission_new(stack, "LayerPermission1", lvp_props);
    ccdk_cfn_output_new(stack, "LayerRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(layer)});
    ccdk_cfn_output_new(stack, "LayerPermissionId", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(lvp, "Id")});
    ccdk_cfn_output_new(stack, "LayerPermissionRef", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_ref(lvp)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
