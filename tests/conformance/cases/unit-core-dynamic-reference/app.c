/* aws-cdk's core dynamic-reference.test.ts: a CfnDynamicReference of each service (a key with colons),
 * alone and inside a string. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    const char *ssm = ccdk_cfn_dynamic_reference(stack, CCDK_CFN_DYNAMIC_REFERENCE_SSM, "a:b:c");
    ccdk_cfn_output_new(stack, "Ssm", &(ccdk_cfn_output_props){.value = ssm});
    const char *secure = ccdk_cfn_dynamic_reference(stack, CCDK_CFN_DYNAMIC_REFERENCE_SSM_SECURE, "param:1");
    const char *secret = ccdk_cfn_dynamic_reference(stack, CCDK_CFN_DYNAMIC_REFERENCE_SECRETS_MANAGER, "MySecret:SecretString:password");
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Secure", ccdk_v_string(stack, secure));
    ccdk_v_set(props, "Mixed", ccdk_v_string(stack, ccdk_fmt(stack, "user=%s;pass=%s!", ccdk_aws_region(stack), secret)));
    ccdk_v_set(props, "Text", ccdk_v_string(stack, ccdk_fmt(stack, "x-%s", ssm)));
    ccdk_cfn_resource_new(stack, "R", "AWS::Foo::Bar", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
