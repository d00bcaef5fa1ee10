/* SingletonFunction is a construct of its own that delegates to the stack's one Function: grants,
 * permissions, event sources, URLs and dependencies, each where aws-cdk-lib puts them. */
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_construct *group = ccdk_construct_new(stack, "Group");
    ccdk_lambda_singleton_function_props props = {
        .uuid = "84c0de93-353f-4217-9b0b-45b6c993251a",
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        },
    };
    ccdk_lambda_singleton_function *first = ccdk_lambda_singleton_function_new(stack, "First", &props);
    ccdk_lambda_singleton_function *second = ccdk_lambda_singleton_function_new(group, "Second", &props);
    ccdk_lambda_function_grant_invoke(first, ccdk_iam_service_principal(stack, "events.amazonaws.com"));
    ccdk_lambda_function_add_permission(second, "S3", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "s3.amazonaws.com"), .source_account = "123456789012"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_lambda_function_add_event_source(second, ccdk_lambda_sqs_event_source(queue, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5)}));
    ccdk_lambda_function_add_environment(ccdk_lambda_singleton_function_lambda(first), "STAGE", "prod");
    ccdk_lambda_function_add_function_url(first, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Caller", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_lambda_function_grant_invoke(second, role);
    ccdk_cfn_resource *waits = ccdk_cfn_resource_new(stack, "Waits", "AWS::SNS::Topic", NULL);
    ccdk_lambda_singleton_function_depend_on(first, waits);
    ccdk_lambda_singleton_function_add_dependency(first, queue);
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_ifunction_arn(second)});
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_name(ccdk_lambda_singleton_function_lambda(first))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
