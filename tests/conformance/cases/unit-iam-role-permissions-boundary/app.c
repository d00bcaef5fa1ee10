/* Conformance case 'unit-iam-role-permissions-boundary': see app.js. */
#include <ccdk/iam.h>

static void role(ccdk_stack *stack)
{
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    role(ccdk_stack_new(ccdk_stage_new(app, "Stage", &(ccdk_stage_props){
        .permissions_boundary = {.name = "cdk-${Qualifier}-PermissionsBoundary"}}), "Default", NULL));
    role(ccdk_stack_new(ccdk_stage_new(app, "Placeholders", &(ccdk_stage_props){
        .region = "test-region", .account = "123456789012",
        .permissions_boundary = {.name = "cdk-${Qualifier}-PermissionsBoundary-${AWS::AccountId}-${AWS::Region}"}}), "Default", NULL));
    role(ccdk_stack_new(ccdk_stage_new(app, "Qualifier", &(ccdk_stage_props){
        .permissions_boundary = {.name = "cdk-${Qualifier}-PermissionsBoundary"}}), "MyStack", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){.qualifier = "custom"}}));
    role(ccdk_stack_new(ccdk_stage_new(app, "Custom", &(ccdk_stage_props){
        .permissions_boundary = {.name = "my-permissions-boundary"}}), "Default", NULL));
    role(ccdk_stack_new(ccdk_stage_new(app, "CliQualifier", &(ccdk_stage_props){
        .permissions_boundary = {.name = "my-${Qualifier}-permissions-boundary"}}), "MyStack", &(ccdk_stack_props){
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){.qualifier = "custom"}}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
