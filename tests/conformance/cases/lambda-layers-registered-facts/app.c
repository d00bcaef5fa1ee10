/* lambda-layers-registered-facts: see app.js. The facts are registered on the App
 * (ccdk_fact_register) before the stacks. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const ccdk_lambda_architecture *architecture)
{
    return ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .architecture = architecture,
        .insights_version = architecture ? NULL : CCDK_LAMBDA_INSIGHTS_VERSION(1_0_54_0),
        .params_and_secrets = architecture ? &(ccdk_lambda_params_and_secrets){
            .version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103} : NULL,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_fact_register(app, "af-south-1", "cloudwatch-lambda-insights-version:1_0_54_0_x86_64",
                       "arn:aws:lambda:af-south-1:111111111111:layer:MyInsights:3", 0);
    ccdk_fact_register(app, "af-south-1", "adot-lambda-layer:JAVA_SDK_1_31_0_x86_64",
                       "arn:aws:lambda:af-south-1:111111111111:layer:MyAdotJava:1", 0);
    ccdk_fact_register(app, "eu-central-2", "params-and-secrets-layer:1_0_103_arm64",
                       "arn:aws:lambda:eu-central-2:222222222222:layer:MyParamsAndSecrets-Arm64:2", 0);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CapeTown", &(ccdk_stack_props){.region = "af-south-1"});
        fn(stack, NULL);
        ccdk_stack_export_value(stack, ccdk_lambda_adot_layer_arn(stack,
            (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, "1.31.0"}, CCDK_LAMBDA_ARCHITECTURE_X86_64),
            &(ccdk_stack_export_value_options){.name = "JavaV1310"});
    }
    fn(ccdk_stack_new(app, "Agnostic", NULL), NULL);
    fn(ccdk_stack_new(app, "Zurich", &(ccdk_stack_props){.region = "eu-central-2"}), CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
