/* cfn-function-tags: a CfnFunction's own tags with Tags.of()'s (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack,
        "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\","
        " \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\","
        " \"Tags\": [{\"Key\": \"team\", \"Value\": \"blue\"}, {\"Key\": \"app\", \"Value\": \"orders\"}]}"));
    ccdk_tags_add(fn, "stage", "prod");
    ccdk_tags_add(stack, "team", "red");
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(fn, "Arn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
