/* core: stack.test.ts's template-level options and artifact properties: templateFormatVersion,
 * addMetadata (a key set again keeps its place), addTransform, a long description;
 * suppressTemplateIndentation; the terminationProtection setter; notificationArns (given, given
 * empty, not given; a legacy stack's). */
#include <string.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    char desc[513];
    memset(desc, 'd', 512);
    desc[512] = '\0';
    ccdk_stack *options = ccdk_stack_new(app, "Options", &(ccdk_stack_props){.description = desc});
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(options, "Stage", &(ccdk_cfn_parameter_props){
        .type = "String",
        .default_value = ccdk_v_string(options, "dev"),
    });
    ccdk_stack_set_template_format_version(options, "2010-09-09");
    ccdk_stack_add_transform(options, "AWS::Serverless-2016-10-31");
    ccdk_value *group = ccdk_v_object(options);
    ccdk_v_set(group, "Label", ccdk_v_json(options, "{\"default\": \"Deployment\"}"));
    ccdk_v_set(group, "Parameters", ccdk_v_push(ccdk_v_list(options), ccdk_v_string(options, ccdk_cfn_element_logical_id(param))));
    ccdk_value *iface = ccdk_v_object(options);
    ccdk_v_set(iface, "ParameterGroups", ccdk_v_push(ccdk_v_list(options), group));
    ccdk_stack_add_metadata(options, "AWS::CloudFormation::Interface", iface);
    ccdk_value *owner = ccdk_v_object(options);
    ccdk_v_set(owner, "Account", ccdk_v_string(options, ccdk_stack_account(options)));
    ccdk_v_set(owner, "Stage", ccdk_v_string(options, ccdk_cfn_parameter_value_as_string(param)));
    ccdk_stack_add_metadata(options, "Owner", owner);
    ccdk_stack_add_metadata(options, "Instances", ccdk_v_json(options, "{\"Description\": \"Information about the instances\"}"));
    ccdk_stack_add_metadata(options, "Owner", ccdk_v_string(options, ccdk_fmt(options, "team-%s", ccdk_stack_region(options))));
    ccdk_cfn_resource_new(options, "Thing", "AWS::SNS::Topic", NULL);

    ccdk_stack *compact = ccdk_stack_new(app, "Compact", &(ccdk_stack_props){
        .suppress_template_indentation = CCDK_TRUE,
        .notification_arns = CCDK_STRS("arn:aws:sns:us-east-1:123456789012:Events", "arn:aws:sns:us-east-1:123456789012:More"),
    });
    ccdk_stack_set_termination_protection(compact, 1);
    ccdk_lambda_function_new(compact, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(compact, "lambda-handler", NULL),
    });

    ccdk_stack *cleared = ccdk_stack_new(app, "Cleared", &(ccdk_stack_props){
        .notification_arns = CCDK_EMPTY_LIST,
        .termination_protection = CCDK_TRUE,
        .suppress_template_indentation = CCDK_FALSE,
    });
    ccdk_stack_set_termination_protection(cleared, 0);
    ccdk_cfn_resource_new(cleared, "Thing", "AWS::SNS::Topic", NULL);

    ccdk_stack *legacy = ccdk_stack_new(app, "Legacy", &(ccdk_stack_props){
        .legacy_synthesizer = CCDK_TRUE,
        .stack_name = "legacy-stack",
        .notification_arns = CCDK_STRS("arn:aws:sns:eu-west-1:123456789012:Legacy"),
        .suppress_template_indentation = CCDK_TRUE,
    });
    ccdk_cfn_resource_new(legacy, "Thing", "AWS::SNS::Topic", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
