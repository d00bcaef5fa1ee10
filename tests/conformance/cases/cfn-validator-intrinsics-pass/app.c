/* cfn-validator-intrinsics-pass: lambda.CfnFunction and CfnEventSourceMapping properties that the validators cannot inspect (an Fn::If struct, a dynamic reference where a number goes, a Ref where a list goes, null members): they pass, rendered as given (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_function_new(stack, "Fn1", ccdk_v_json(stack, "{\"Code\": {\"Fn::If\": [\"C\", {\"ZipFile\": \"a\"}, {\"ZipFile\": \"b\"}]}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\", \"MemorySize\": \"{{resolve:ssm:/mem}}\", \"Layers\": {\"Ref\": \"LayerParam\"}, \"Environment\": {\"Variables\": {\"A\": {\"Fn::Sub\": \"x\"}}}}"));
    ccdk_lambda_cfn_event_source_mapping_new(stack, "Esm1", ccdk_v_json(stack, "{\"FunctionName\": \"f\", \"BatchSize\": {\"Fn::GetAtt\": [\"X\", \"Y\"]}, \"FilterCriteria\": {\"Filters\": [{\"Pattern\": \"{}\"}]}, \"Topics\": [\"t\"]}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
