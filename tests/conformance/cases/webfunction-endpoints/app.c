/* A WebFunction with a perRegion default endpoint (the "prod-<hash>" name, replica regions without the
 * stack's own), addEndpoint with APPLICATION_MANAGED auth (its warning), a multiRegion one, endpoint
 * grants to a role (its policy) and to a service principal with conditions and an account (the
 * function's ResourcePolicy), addToResourcePolicy, a WebFunctionEndpoint of its own in the same stack
 * and one in another stack (the cross-stack policy ARN), and an imported endpoint granted to a role. */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});

    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-code-bucket");

    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(stack, "PerRegionApi", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", "version-id"),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
        .default_endpoint = {
            .endpoint_location = ccdk_lambda_web_function_endpoint_location_per_region(
                CCDK_STRS("us-west-2", "us-east-1", "eu-central-1")),
        },
    });

    ccdk_lambda_web_function_endpoint *internal = ccdk_lambda_web_function_add_endpoint(fn, "Internal",
        &(ccdk_lambda_web_function_endpoint_options){.auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_APPLICATION_MANAGED});
    ccdk_lambda_web_function_endpoint *global = ccdk_lambda_web_function_add_endpoint(fn, "Global",
        &(ccdk_lambda_web_function_endpoint_options){
            .auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
            .endpoint_location = ccdk_lambda_web_function_endpoint_location_multi_region(CCDK_STRS("eu-west-1")),
            .endpoint_description = "global",
        });

    ccdk_iam_role *caller = ccdk_iam_role_new(stack, "Caller", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_lambda_web_function_endpoint *endpoint = ccdk_lambda_web_function_default_endpoint(fn);
    ccdk_lambda_web_function_endpoint_grant_invoke(endpoint, ccdk_iam_role_principal(caller));
    ccdk_value *cond = ccdk_v_json(stack,
        "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE\"}}");
    ccdk_lambda_web_function_endpoint_grant_invoke(endpoint,
        ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "cloudfront.amazonaws.com"), cond));
    ccdk_lambda_web_function_endpoint_grant_invoke(global, ccdk_iam_account_principal(stack, "210987654321"));
    ccdk_lambda_web_function_add_to_resource_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_account_principal(stack, "111122223333")),
        .actions = CCDK_STRS("lambda:InvokeWebFunctionEndpoint"),
        .resources = CCDK_STRS(ccdk_lambda_web_function_endpoint_arn(internal)),
    }));

    ccdk_lambda_web_function_endpoint *own = ccdk_lambda_web_function_endpoint_new(stack, "OwnEndpoint", &(ccdk_lambda_web_function_endpoint_props){
        .web_function = fn,
        .traffic = ccdk_lambda_web_function_traffic_single(ccdk_lambda_web_function_revision_id(fn)),
        .options = {.auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH, .rate_limit = CCDK_NUM(100)},
    });
    ccdk_lambda_web_function_endpoint_grant_invoke(own, ccdk_iam_service_principal(stack, "events.amazonaws.com"));

    ccdk_stack *other = ccdk_stack_new(app, "OtherStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_lambda_web_function_endpoint *remote = ccdk_lambda_web_function_endpoint_new(other, "RemoteEndpoint", &(ccdk_lambda_web_function_endpoint_props){
        .web_function = fn,
        .traffic = ccdk_lambda_web_function_traffic_single(ccdk_lambda_web_function_revision_id(fn)),
        .options = {.auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH, .endpoint_name = "remote"},
    });
    ccdk_lambda_web_function_endpoint_grant_invoke(remote, ccdk_iam_account_principal(other, "444455556666"));

    ccdk_lambda_web_function_endpoint *imported = ccdk_lambda_web_function_endpoint_from_web_function_endpoint_attributes(other, "Imported",
        &(ccdk_lambda_web_function_endpoint_attributes){
            .endpoint_arn = "arn:aws:lambda:us-west-2:123456789012:web-function/my-function/endpoint/prod",
            .domain_name = "abcd1234.lambda-web.us-west-2.on.aws",
            .endpoint_type = CCDK_LAMBDA_WEB_FUNCTION_ENDPOINT_TYPE_HOME_REGION,
            .auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
        });
    ccdk_iam_role *other_caller = ccdk_iam_role_new(other, "OtherCaller", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(other)});
    ccdk_lambda_web_function_endpoint_grant_invoke(imported, ccdk_iam_role_principal(other_caller));
    ccdk_cfn_output_new(other, "ImportedFunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_endpoint_web_function_arn(imported)});
    ccdk_cfn_output_new(other, "ImportedDomain", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_endpoint_domain_name(imported)});
    ccdk_cfn_output_new(other, "RemoteDomain", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_endpoint_domain_name(remote)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
