/* core-synthesizer-options: DefaultStackSynthesizer options (custom qualifier and bucket, role
 * ARNs, repository, SSM parameter, no bootstrap version rule) and CliCredentialsStackSynthesizer. */
#include <ccdk/lambda.h>

static void fn(ccdk_stack *stack)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    fn(ccdk_stack_new(app, "Custom", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .qualifier = "myqual123",
            .file_assets_bucket_name = "my-assets-${Qualifier}-${AWS::AccountId}-${AWS::Region}",
        },
    }));
    fn(ccdk_stack_new(app, "Roles", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "eu-west-1",
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .deploy_role_arn = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/my-deploy-role",
            .cloud_formation_execution_role = "arn:aws:iam::123456789012:role/my-exec-role",
            .file_asset_publishing_role_arn = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/my-file-role",
            .image_asset_publishing_role_arn = "arn:aws:iam::123456789012:role/my-image-role",
            .lookup_role_arn = "arn:aws:iam::123456789012:role/my-lookup-role",
            .image_assets_repository_name = "my-repo-${Qualifier}",
            .bootstrap_stack_version_ssm_parameter = "/my-bootstrap/${Qualifier}/version",
        },
    }));
    fn(ccdk_stack_new(app, "NoRule", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){.generate_bootstrap_version_rule = CCDK_FALSE},
    }));
    fn(ccdk_stack_new(app, "CliCredentials", &(ccdk_stack_props){
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){0},
    }));
    fn(ccdk_stack_new(app, "CliCredentialsCustom", &(ccdk_stack_props){
        .region = "eu-west-1",
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){
            .qualifier = "other",
            .file_assets_bucket_name = "bucket-${Qualifier}-${AWS::Region}",
        },
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
