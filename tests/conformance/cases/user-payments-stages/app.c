/* Conformance case 'user-payments-stages': see app.js. The Stage subclass is a function here. */
#include <string.h>

#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

typedef struct {
    const char *account;
    const char *region;
    const char *stage_name;
    const char *organization_id;
    const char *partner_account;
    const char *legacy_account;
} payments_stage_props;

static ccdk_stage *payments_stage(ccdk_app *app, const char *id, const payments_stage_props *p)
{
    int prod = strcmp(p->stage_name, "prod") == 0;
    ccdk_stage *stage = ccdk_stage_new(app, id, &(ccdk_stage_props){
        .account = p->account,
        .region = p->region,
        .stage_name = p->stage_name,
    });

    ccdk_stack *core = ccdk_stack_new(stage, "Core", &(ccdk_stack_props){
        .description = ccdk_fmt(stage, "Payments core (%s)", p->stage_name),
        .termination_protection = prod ? CCDK_TRUE : CCDK_FALSE,
    });

    ccdk_lambda_layer_version *common = ccdk_lambda_layer_version_new(core, "PaymentsCommon", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(core, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X, CCDK_LAMBDA_RUNTIME_NODEJS_22_X),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "money helpers",
        .license = "Apache-2.0",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_lambda_layer_version_add_permission(common, "Organization", &(ccdk_lambda_layer_version_permission){
        .account_id = "*",
        .organization_id = p->organization_id,
    });
    ccdk_lambda_layer_version_add_permission(common, "Partner", &(ccdk_lambda_layer_version_permission){
        .account_id = p->partner_account,
    });

    ccdk_lambda_function *payments = ccdk_lambda_function_new(core, "Payments", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "payments.handler",
        .code = ccdk_lambda_code_from_asset(core, "handlers", NULL),
        .layers = CCDK_LIST(common),
        .memory_size = CCDK_NUM(512),
        .timeout = ccdk_duration_seconds(10),
        .environment = CCDK_KVS({"STAGE", p->stage_name}),
    });

    ccdk_lambda_version *release = ccdk_lambda_version_new(core, "PaymentsRelease", &(ccdk_lambda_version_props){
        .lambda = payments,
        .description = ccdk_fmt(core, "release for %s", p->stage_name),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        .provisioned_concurrent_executions = CCDK_NUM(prod ? 4 : 1),
        .max_event_age = ccdk_duration_hours(1),
        .retry_attempts = CCDK_NUM(1),
    });

    ccdk_lambda_function_add_permission(payments, "OrgInvoke", &(ccdk_lambda_permission){
        .principal = ccdk_iam_organization_principal(core, p->organization_id),
    });
    ccdk_lambda_function_add_permission(release, "DropBucket", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(core, "s3.amazonaws.com"),
        .source_account = ccdk_stack_account(core),
        .source_arn = ccdk_fmt(core, "arn:aws:s3:::payments-drop-%s", p->stage_name),
    });
    ccdk_lambda_function_add_permission(payments, "PublicUrl", &(ccdk_lambda_permission){
        .principal = ccdk_iam_any_principal(core),
        .action = "lambda:InvokeFunctionUrl",
        .function_url_auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
    });
    ccdk_lambda_function_add_function_url(payments, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
    });

    ccdk_stack *edge = ccdk_stack_new(stage, "Edge", &(ccdk_stack_props){
        .description = ccdk_fmt(stage, "Payments edge (%s)", p->stage_name),
    });
    ccdk_lambda_function *payments_ref = ccdk_lambda_function_from_function_attributes(edge, "PaymentsRef", &(ccdk_lambda_function_attributes){
        .function_arn = ccdk_lambda_function_arn(payments),
        .same_environment = CCDK_TRUE,
    });
    ccdk_lambda_function *gateway = ccdk_lambda_function_new(edge, "Gateway", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "gateway.handler",
        .code = ccdk_lambda_code_from_asset(edge, "handlers", NULL),
        .environment = CCDK_KVS({"PAYMENTS_FUNCTION", ccdk_lambda_function_name(payments)},
                                {"PAYMENTS_RELEASE", ccdk_lambda_version_arn(release)}),
    });
    ccdk_lambda_function_grant_invoke(payments_ref, gateway);

    ccdk_lambda_function *legacy = ccdk_lambda_function_from_function_attributes(edge, "LegacyBilling", &(ccdk_lambda_function_attributes){
        .function_arn = ccdk_fmt(edge, "arn:aws:lambda:%s:%s:function:legacy-billing", p->region, p->legacy_account),
        .skip_permissions = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(legacy, gateway);

    ccdk_iam_role *operators = ccdk_iam_role_new(edge, "Operators", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(edge),
        .description = "on-call operators",
    });
    ccdk_lambda_function_grant_invoke(payments_ref, operators);
    ccdk_lambda_function_grant_invoke(legacy, operators);

    ccdk_cfn_output_new(edge, "GatewayName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(gateway)});
    return stage;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tags_add(app, "service", "payments");

    payments_stage(app, "Beta", &(payments_stage_props){
        .account = "111111111111",
        .region = "us-east-1",
        .stage_name = "beta",
        .organization_id = "o-a1b2c3d4e5",
        .partner_account = "222222222222",
        .legacy_account = "333333333333",
    });
    ccdk_stage *prod = payments_stage(app, "Prod", &(payments_stage_props){
        .account = "444444444444",
        .region = "eu-west-1",
        .stage_name = "prod",
        .organization_id = "o-a1b2c3d4e5",
        .partner_account = "222222222222",
        .legacy_account = "333333333333",
    });
    ccdk_tags_add(prod, "criticality", "high");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
