/* Conformance case 'core-bootstrapless-synthesizer': see app.js
 * (ccdk_stack_props.bootstrapless_synthesizer). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>

static void fn(ccdk_stack *stack)
{
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"hello\";"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *plain = ccdk_stack_new(app, "Plain", &(ccdk_stack_props){
        .bootstrapless_synthesizer = &(ccdk_bootstrapless_synthesizer_props){0},
    });
    fn(plain);
    ccdk_stack *custom = ccdk_stack_new(app, "Custom", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "eu-west-1",
        .stack_name = "custom-bootstrapless",
        .bootstrapless_synthesizer = &(ccdk_bootstrapless_synthesizer_props){
            .qualifier = "myqual",
            .deploy_role_arn = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/deploy-${Qualifier}-${AWS::Region}",
            .cloud_formation_execution_role_arn = "arn:aws:iam::123456789012:role/exec-${Qualifier}",
        },
    });
    fn(custom);
    ccdk_ec2_security_group_from_lookup_by_id(custom, "Group", "sg-1234");
    ccdk_stack_add_dependency(custom, plain);
    fn(ccdk_stack_new(app, "Default", NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
