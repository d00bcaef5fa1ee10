/* cfn-lambda-l1-cross-stack: a CfnAlias in one stack on a CfnFunction's ref and a CfnVersion's attrVersion from another: exports and Fn::ImportValue (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(producer, "MyLambda", ccdk_v_json(producer, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\"}"));
    ccdk_value *ver_props = ccdk_v_json(producer, "{}");
    ccdk_v_set(ver_props, "FunctionName", ccdk_v_string(producer, ccdk_cfn_resource_ref(fn)));
    ccdk_cfn_resource *ver = ccdk_lambda_cfn_version_new(producer, "Version1", ver_props);
    ccdk_value *alias_props = ccdk_v_json(consumer, "{\"Name\": \"prod\"}");
    ccdk_v_set(alias_props, "FunctionName", ccdk_v_string(consumer, ccdk_cfn_resource_ref(fn)));
    ccdk_v_set(alias_props, "FunctionVersion", ccdk_v_string(consumer, ccdk_cfn_resource_get_att(ver, "Version")));
    ccdk_cfn_resource *alias = ccdk_lambda_cfn_alias_new(consumer, "Alias1", alias_props);
    ccdk_cfn_output_new(consumer, "AliasArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(alias, "AliasArn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
