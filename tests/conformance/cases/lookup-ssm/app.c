/* SSM parameters read at synth time (valueFromLookup: from the context, or reported missing with
 * aws-cdk-lib's dummy value) and at deploy time (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    const char *known = ccdk_ssm_string_parameter_value_from_lookup(stack, "/app/known", NULL, NULL);
    const char *unknown = ccdk_ssm_string_parameter_value_from_lookup(stack, "/app/unknown", NULL, NULL);
    const char *with_default = ccdk_ssm_string_parameter_value_from_lookup(stack, "feature-flag", "off", NULL);
    const char *keyed = ccdk_ssm_string_parameter_value_from_lookup(
        stack, "/app/known", NULL, &(ccdk_ssm_string_parameter_lookup_options){.additional_cache_key = "v2"});
    const char *deploy = ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/app/deploy-time", (ccdk_opt_num){0});
    const char *again = ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/app/deploy-time", (ccdk_opt_num){0});
    const char *versioned = ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/app/versioned", CCDK_NUM(3));
    ccdk_ssm_string_parameter *imported = ccdk_ssm_string_parameter_from_string_parameter_name(stack, "Imported", "plain-name");
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS({"KNOWN", known}, {"UNKNOWN", unknown}, {"WITH_DEFAULT", with_default}, {"KEYED", keyed},
                                {"DEPLOY", deploy}, {"AGAIN", again}, {"VERSIONED", versioned},
                                {"IMPORTED", ccdk_ssm_string_parameter_string_value(imported)}),
    });
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "210987654321", .region = "us-east-2"});
    ccdk_stack *in_stage = ccdk_stack_new(stage, "Service", NULL);
    ccdk_cfn_output_new(in_stage, "Endpoint", &(ccdk_cfn_output_props){
        .value = ccdk_ssm_string_parameter_value_from_lookup(in_stage, "/prod/endpoint", NULL, NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
