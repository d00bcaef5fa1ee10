/* Conformance case 'core-synthesizer-prefixes-lookup-role': see app.js
 * (use_lookup_role_for_stack_operations, bucket_prefix, docker_tag_prefix). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

static void fns(ccdk_stack *stack)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_lambda_function_new(stack, "ImageFn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(stack, "docker-handler", NULL),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *no_lookup = ccdk_stack_new(app, "NoLookupRole", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "eu-west-1",
        .synthesizer = &(ccdk_default_stack_synthesizer_props){.use_lookup_role_for_stack_operations = CCDK_FALSE},
    });
    ccdk_ec2_security_group_from_lookup_by_id(no_lookup, "Group", "sg-1234");
    ccdk_stack_new(app, "LookupRole", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){.use_lookup_role_for_stack_operations = CCDK_TRUE},
    });
    const ccdk_default_stack_synthesizer_props prefixes = {
        .qualifier = "myqual",
        .bucket_prefix = "${AWS::AccountId}/${Qualifier}/",
        .docker_tag_prefix = "${AWS::Region}-${Qualifier}-",
    };
    const ccdk_cli_credentials_stack_synthesizer_props cli_prefixes = {
        .qualifier = "myqual",
        .bucket_prefix = "${AWS::AccountId}/${Qualifier}/",
        .docker_tag_prefix = "${AWS::Region}-${Qualifier}-",
    };
    fns(ccdk_stack_new(app, "Prefixes", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1", .synthesizer = &prefixes}));
    fns(ccdk_stack_new(app, "PrefixesAgnostic", &(ccdk_stack_props){.synthesizer = &prefixes}));
    fns(ccdk_stack_new(app, "CliPrefixes", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1", .cli_credentials_synthesizer = &cli_prefixes}));
    fns(ccdk_stack_new(app, "CliPrefixesAgnostic", &(ccdk_stack_props){.cli_credentials_synthesizer = &cli_prefixes}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
