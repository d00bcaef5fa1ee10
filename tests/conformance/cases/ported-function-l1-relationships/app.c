/* ported-function-l1-relationships: function.test.ts describe('L1 Relationships') (see app.js): a
 * CfnFunction given a Role's ARN, LayerVersions' ARNs, and a layers list pushed to afterwards. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_value *zip_function_props(ccdk_stack *stack, ccdk_iam_role *role)
{
    ccdk_value *props = ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\"}");
    ccdk_v_set(props, "Role", ccdk_v_string(stack, ccdk_iam_role_arn(role)));
    return props;
}

static ccdk_iam_role *some_role(ccdk_stack *stack)
{
    return ccdk_iam_role_new(stack, "SomeRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
}

static ccdk_lambda_layer_version *layer(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_layer_version_new(stack, id, &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_14),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SimpleUnion", NULL);
        ccdk_iam_role *role = some_role(stack);
        ccdk_lambda_cfn_function_new(stack, "MyLambda", zip_function_props(stack, role));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ArrayOfUnions", NULL);
        ccdk_iam_role *role = some_role(stack);
        ccdk_lambda_layer_version *layer1 = layer(stack, "LayerVersion1");
        ccdk_lambda_layer_version *layer2 = layer(stack, "LayerVersion2");
        ccdk_value *props = zip_function_props(stack, role);
        ccdk_value *layers = ccdk_v_list(stack);
        ccdk_v_push(layers, ccdk_v_string(stack, ccdk_lambda_layer_version_arn(layer1)));
        ccdk_v_push(layers, ccdk_v_string(stack, ccdk_lambda_layer_version_arn(layer2)));
        ccdk_v_set(props, "Layers", layers);
        ccdk_lambda_cfn_function_new(stack, "MyLambda", props);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ArrayReference", NULL);
        ccdk_iam_role *role = some_role(stack);
        ccdk_lambda_layer_version *layer1 = layer(stack, "LayerVersion1");
        ccdk_value *layer_array = ccdk_v_list(stack);
        ccdk_v_push(layer_array, ccdk_v_string(stack, ccdk_lambda_layer_version_arn(layer1)));
        ccdk_v_push(layer_array, ccdk_v_string(stack, "layer2Arn"));
        ccdk_value *props = zip_function_props(stack, role);
        ccdk_v_set(props, "Layers", layer_array);
        ccdk_lambda_cfn_function_new(stack, "MyLambda", props);

        ccdk_v_push(layer_array, ccdk_v_string(stack, "layer3Arn"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
