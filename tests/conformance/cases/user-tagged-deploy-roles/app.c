/* Conformance case 'user-tagged-deploy-roles': see app.js. */
#include <stdio.h>
#include <ccdk/core.h>
#include <ccdk/lambda.h>

static ccdk_stack *stack(ccdk_app *app, const char *id, ccdk_value *tags)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){
        .account = "111122223333",
        .region = "eu-central-1",
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .deploy_role_external_id = "platform-deploy",
            .file_asset_publishing_external_id = "platform-publish",
            .deploy_role_additional_options = tags,
        },
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_value *tag = ccdk_v_object(app);
    ccdk_v_set(tag, "Key", ccdk_v_string(app, "CostCenter"));
    ccdk_v_set(tag, "Value", ccdk_v_string(app, "cc-42"));
    ccdk_value *tags = ccdk_v_set(ccdk_v_object(app), "Tags", ccdk_v_push(ccdk_v_list(app), tag));

    ccdk_stack *shared = stack(app, "SharedServices", tags);
    ccdk_lambda_function *ingest = ccdk_lambda_function_new(shared, "Ingest", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(shared, "lambda-handler", NULL),
        .environment = CCDK_KVS({"OWN_STACK", ccdk_scoped_aws_stack_name(shared)}),
    });

    ccdk_stack *api = stack(app, "OrdersApi", tags);
    ccdk_lambda_function *handler = ccdk_lambda_function_new(api, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(api, "lambda-handler", NULL),
        .environment = CCDK_KVS({"SHARED_STACK", ccdk_scoped_aws_stack_name(shared)},
                                {"SHARED_REGION", ccdk_scoped_aws_region(shared)},
                                {"INGEST_FN", ccdk_lambda_function_name(ingest)}),
    });
    ccdk_lambda_function_grant_invoke(ingest, handler);
    char where[256];
    snprintf(where, sizeof where, "%s:%s", ccdk_scoped_aws_account_id(shared), ccdk_scoped_aws_url_suffix(shared));
    ccdk_cfn_output_new(api, "Where", &(ccdk_cfn_output_props){.value = where});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
