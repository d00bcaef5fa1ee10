/* Conformance case 'user-payments-platform-policies': see app.js. */
#include <string.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

/* The platform's aspect: every CfnFunction gets DEPLOY_STAGE in its environment. */
static void stage_aspect(void *node, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *cfn = ccdk_cfn_resource_of(node);
    if (cfn && strcmp(ccdk_cfn_resource_type(cfn), "AWS::Lambda::Function") == 0)
        ccdk_cfn_resource_add_property_override(cfn, "Environment.Variables.DEPLOY_STAGE", ccdk_v_string(cfn, "prod"));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"payments:costCenter", "\"cc-4711\""},
                            {"@aws-cdk/aws-lambda:recognizeLayerVersion", "false"}),
    });
    const char *account = "210987654321", *region = "eu-west-1";

    ccdk_stack *layers_stack = ccdk_stack_new(app, "PaymentsLayers", &(ccdk_stack_props){
        .account = account, .region = region, .description = "Shared Lambda layers"});
    ccdk_lambda_layer_version *common = ccdk_lambda_layer_version_new(layers_stack, "Common", &(ccdk_lambda_layer_version_props){
        .layer_version_name = "payments-common",
        .code = ccdk_lambda_code_from_asset(layers_stack, "layers/common", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_11, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64, CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .license = "Apache-2.0",
        .description = "money and idempotency helpers",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_lambda_layer_version_add_permission(common, "Organization", &(ccdk_lambda_layer_version_permission){
        .account_id = "*", .organization_id = "o-a1b2c3d4e5"});

    ccdk_stack *api_stack = ccdk_stack_new(app, "PaymentsApi", &(ccdk_stack_props){.account = account, .region = region});
    ccdk_lambda_function *charge = ccdk_lambda_function_new(api_stack, "Charge", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "charge.handler",
        .code = ccdk_lambda_code_from_inline(api_stack, "def handler(event, context):\n    return {\"ok\": True}\n"),
        .layers = CCDK_LIST(common),
        .memory_size = CCDK_NUM(512),
        .environment = CCDK_KVS({"CURRENCY", "EUR"}),
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN, .description = "charge release"},
    });
    ccdk_lambda_alias *live = ccdk_lambda_alias_new(api_stack, "ChargeLive", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(charge),
        .provisioned_concurrent_executions = CCDK_NUM(2),
    });
    ccdk_lambda_function *refund = ccdk_lambda_function_new(api_stack, "Refund", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "refund.handler",
        .code = ccdk_lambda_code_from_inline(api_stack, "def handler(event, context):\n    return {\"ok\": True}\n"),
        .layers = CCDK_LIST(common),
    });
    ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(refund), "live", NULL);
    ccdk_stack_export_value(api_stack, ccdk_lambda_alias_arn(live), &(ccdk_stack_export_value_options){
        .name = "PaymentsChargeLiveArn"});

    ccdk_stack *jobs_stack = ccdk_stack_new(app, "PaymentsJobs", &(ccdk_stack_props){.account = account, .region = region});
    ccdk_stack_add_dependency(jobs_stack, api_stack);
    ccdk_cfn_parameter *stage = ccdk_cfn_parameter_new(jobs_stack, "Stage", &(ccdk_cfn_parameter_props){
        .type = "String",
        .allowed_values = CCDK_STRS("dev", "prod"),
        .default_value = ccdk_v_string(jobs_stack, "dev"),
    });
    ccdk_cfn_condition_new(jobs_stack, "IsProd", ccdk_fn_condition_equals(jobs_stack,
        ccdk_v_string(jobs_stack, ccdk_cfn_parameter_value_as_string(stage)), ccdk_v_string(jobs_stack, "prod")));
    ccdk_lambda_function *settle = ccdk_lambda_function_new(jobs_stack, "Settle", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "settle.handler",
        .code = ccdk_lambda_code_from_inline(jobs_stack, "def handler(event, context):\n    return None\n"),
        .layers = CCDK_LIST(common),
        .timeout = ccdk_duration_minutes(5),
        .environment = CCDK_KVS({"CHARGE_ALIAS_ARN", ccdk_fn_import_value(jobs_stack, "PaymentsChargeLiveArn")},
                                {"STAGE", ccdk_cfn_parameter_value_as_string(stage)}),
    });
    ccdk_lambda_function_grant_invoke(live, settle);
    ccdk_cfn_resource_add_property_override(ccdk_cfn_resource_of(ccdk_node_default_child(settle)),
        "ReservedConcurrentExecutions",
        ccdk_fn_condition_if(jobs_stack, "IsProd", ccdk_v_number(jobs_stack, 10),
                             ccdk_v_string(jobs_stack, ccdk_aws_no_value(jobs_stack))));

    /* Platform policies, applied app-wide. */
    ccdk_aspects_add(app, stage_aspect, NULL);
    ccdk_removal_policies_apply(api_stack, CCDK_REMOVAL_POLICY_DESTROY, &(ccdk_removal_policy_props){
        .exclude_resource_types = CCDK_STRS("AWS::Lambda::Version")});
    const char *cost_center = ccdk_node_try_get_context(app, "payments:costCenter");
    /* tryGetContext gives JSON text: the string without its quotes */
    size_t n = strlen(cost_center);
    ccdk_tags_add(app, "cost-center", ccdk_fmt(app, "%.*s", (int)(n - 2), cost_center + 1));
    ccdk_tags_add_with(app, "owner", "payments", &(ccdk_tag_props){
        .exclude_resource_types = CCDK_STRS("AWS::IAM::Role"), .priority = CCDK_NUM(300)});
    ccdk_tags_add_with(jobs_stack, "schedule", "nightly", &(ccdk_tag_props){
        .include_resource_types = CCDK_STRS("AWS::Lambda::Function")});
    ccdk_tags_remove(refund, "owner");

    ccdk_cfn_output_new(jobs_stack, "SettleFunction", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(settle)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
