/* user-prefixed-bucket-weak-consumer: see app.js */
#include <ccdk/core.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *api = ccdk_stack_new(app, "Api", &(ccdk_stack_props){
        .account = "111111111111", .region = "eu-west-1",
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .qualifier = "myq", .bucket_prefix = "apps/api/", .docker_tag_prefix = "api-"},
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(api, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(api, "exports.handler = async () => 1;"),
        .environment = CCDK_KVS({"SUFFIX", ccdk_stack_regional_fact(api, "domainSuffix", NULL)}),
    });
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_node_set_context(consumer, "@aws-cdk/core:defaultCrossStackReferences", "\"weak\"");
    ccdk_cfn_output_new(consumer, "FnArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(fn)});
    ccdk_stack *agnostic = ccdk_stack_new(app, "Agnostic", NULL);
    ccdk_cfn_output_new(agnostic, "Suffix", &(ccdk_cfn_output_props){.value = ccdk_stack_regional_fact(agnostic, "domainSuffix", NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
