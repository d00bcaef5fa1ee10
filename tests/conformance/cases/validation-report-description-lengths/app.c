/* Conformance case 'validation-report-description-lengths': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/ec2.h>
#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/ssm.h>
#include <string.h>

int main(void)
{
    char notes[301], notes256[257], notes255[256];
    memset(notes, 'x', 300), notes[300] = 0;
    memcpy(notes, "Release 2026.12: ", 17);
    memcpy(notes256, notes, 256), notes256[256] = 0;
    memcpy(notes255, notes, 255), notes255[255] = 0;

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ReleaseNotes", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .description = notes256,
        .current_version_options = &(ccdk_lambda_version_options){.description = notes},
    });
    ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live", .version = ccdk_lambda_function_current_version(fn), .description = notes});
    ccdk_lambda_layer_version_new(stack, "Helpers", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer", NULL), .description = notes});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(1),
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "isolated", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_ec2_security_group_new(stack, "ApiSg", &(ccdk_ec2_security_group_props){.vpc = vpc, .description = notes});
    ccdk_ec2_security_group_new(stack, "WorkerSg", &(ccdk_ec2_security_group_props){.vpc = vpc, .description = notes255});
    ccdk_cloudwatch_alarm_new(stack, "Errors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(fn, NULL), .threshold = CCDK_NUM(1),
        .evaluation_periods = CCDK_NUM(1), .alarm_description = notes});
    ccdk_events_rule_new(stack, "Nightly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_days(1)), .description = notes});
    ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){.description = notes});
    ccdk_ssm_string_parameter_new(stack, "Param", &(ccdk_ssm_string_parameter_props){.string_value = "v", .description = notes});
    ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){.description = notes});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
