/* Conformance case 'user-webhook-secrets': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Webhooks", &(ccdk_stack_props){
        .account = "111122223333", .region = "eu-central-1",
    });

    ccdk_secretsmanager_secret *stripe_key =
        ccdk_secretsmanager_secret_from_secret_name_v2(stack, "StripeKey", "prod/stripe/signing-secret");
    ccdk_secretsmanager_secret *hmac = ccdk_secretsmanager_secret_new(stack, "HmacSecret", &(ccdk_secretsmanager_secret_props){
        .description = "Shared HMAC key for forwarded webhooks",
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .password_length = CCDK_NUM(48), .exclude_punctuation = CCDK_TRUE},
    });
    ccdk_kms_key *param_key = ccdk_kms_key_from_key_arn(stack, "ParamKey",
        "arn:aws:kms:eu-central-1:111122223333:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
    ccdk_ssm_string_parameter *api_token = ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(
        stack, "ApiToken", &(ccdk_ssm_secure_string_parameter_attributes){
            .parameter_name = "/webhooks/api-token", .version = CCDK_NUM(3), .encryption_key = param_key});
    ccdk_ssm_string_parameter *forward_url =
        ccdk_ssm_string_parameter_from_string_parameter_name(stack, "ForwardUrl", "/webhooks/forward-url");
    const char *allowed_ips = ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/webhooks/allowed-ips", (ccdk_opt_num){0});
    ccdk_sns_topic *audit_topic = ccdk_sns_topic_from_topic_arn(stack, "AuditTopic",
        ccdk_fn_import_value(stack, "SharedAuditTopicArn"));

    ccdk_lambda_function *receiver = ccdk_lambda_function_new(stack, "Receiver", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {\"statusCode\": 200}\n"),
        .timeout = ccdk_duration_seconds(10),
        .memory_size = CCDK_NUM(256),
        .environment = CCDK_KVS(
            {"STRIPE_SECRET_ARN", ccdk_secretsmanager_secret_arn(stripe_key)},
            {"HMAC_SECRET_ARN", ccdk_secretsmanager_secret_arn(hmac)},
            {"API_TOKEN_PARAM", ccdk_ssm_string_parameter_name(api_token)},
            {"FORWARD_URL_PARAM", ccdk_ssm_string_parameter_name(forward_url)},
            {"ALLOWED_IPS", allowed_ips},
            {"AUDIT_TOPIC_ARN", ccdk_sns_topic_arn(audit_topic)}),
    });
    ccdk_lambda_function_add_environment(receiver, "POWERTOOLS_SERVICE_NAME", "webhooks");
    ccdk_lambda_function_url *public_url = ccdk_lambda_function_add_function_url(receiver, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://dashboard.stripe.com"),
            .allowed_methods = CCDK_STRS("POST"),
            .allowed_headers = CCDK_STRS("stripe-signature", "content-type"),
            .max_age = ccdk_duration_minutes(10),
        },
    });
    ccdk_secretsmanager_secret_grant_read(stripe_key, receiver);
    ccdk_secretsmanager_secret_grant_read(hmac, receiver);
    ccdk_ssm_string_parameter_grant_read(api_token, receiver);
    ccdk_ssm_string_parameter_grant_read(forward_url, receiver);
    ccdk_sns_topic_grant_publish(audit_topic, receiver);
    ccdk_value *conditions = ccdk_v_object(stack);
    ccdk_value *string_equals = ccdk_v_object(stack);
    ccdk_v_set(string_equals, "kms:ViaService",
               ccdk_v_string(stack, ccdk_fmt(stack, "secretsmanager.%s.amazonaws.com", ccdk_stack_region(stack))));
    ccdk_v_set(conditions, "StringEquals", string_equals);
    ccdk_lambda_function_add_to_role_policy(receiver, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kms:Decrypt"),
        .resources = CCDK_STRS(ccdk_stack_format_arn(stack, "kms", "key", NULL, "*")),
        .conditions = conditions,
    }));

    ccdk_lambda_function *admin = ccdk_lambda_function_new(stack, "Admin", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 204 });"),
        .environment = CCDK_KVS({"HMAC_SECRET_ARN", ccdk_secretsmanager_secret_arn(hmac)}),
        .description = "Rotates and inspects webhook secrets",
    });
    ccdk_secretsmanager_secret_grant_read(hmac, admin);
    ccdk_secretsmanager_secret_grant_write(hmac, admin);
    ccdk_lambda_function_url *admin_url = ccdk_lambda_function_add_function_url(admin, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://admin.example.com"),
            .allow_credentials = CCDK_TRUE,
            .allowed_methods = CCDK_STRS("GET", "POST"),
            .exposed_headers = CCDK_STRS("x-request-id"),
        },
    });
    ccdk_iam_role *ops_role = ccdk_iam_role_new(stack, "OpsRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "444455556666"),
        .role_name = "webhook-ops",
    });
    ccdk_lambda_function_url_grant_invoke_url(admin_url, ops_role);

    /* Escape hatches, as the team's reviewers asked for them. */
    ccdk_cfn_resource *cfn_receiver = ccdk_cfn_resource_of(ccdk_node_default_child(receiver));
    ccdk_cfn_resource_add_property_override(cfn_receiver, "Environment.Variables.LOG_LEVEL", ccdk_v_string(stack, "INFO"));
    ccdk_value *suppress = ccdk_v_list(stack);
    ccdk_value *w89 = ccdk_v_object(stack);
    ccdk_v_set(w89, "id", ccdk_v_string(stack, "W89"));
    ccdk_v_set(w89, "reason", ccdk_v_string(stack, "webhooks are public"));
    ccdk_value *w92 = ccdk_v_object(stack);
    ccdk_v_set(w92, "id", ccdk_v_string(stack, "W92"));
    ccdk_v_set(w92, "reason", ccdk_v_string(stack, "scales with traffic"));
    ccdk_v_push(suppress, w89);
    ccdk_v_push(suppress, w92);
    ccdk_cfn_resource_add_override(cfn_receiver, "Metadata.cfn_nag.rules_to_suppress", suppress);
    ccdk_cfn_resource_add_property_deletion_override(ccdk_cfn_resource_of(ccdk_node_default_child(public_url)), "Cors.MaxAge");
    ccdk_cfn_resource_add_deletion_override(ccdk_cfn_resource_of(ccdk_node_default_child(hmac)), "UpdateReplacePolicy");
    ccdk_node_add_dependency(admin, receiver);

    ccdk_cfn_output_new(stack, "WebhookUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(public_url)});
    ccdk_cfn_output_new(stack, "AdminUrl", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_url_url(admin_url), .export_name = "WebhookAdminUrl"});
    ccdk_cfn_output_new(stack, "HmacSecretName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(hmac)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
