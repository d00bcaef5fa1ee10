/* stack.availabilityZones: environment-agnostic (Fn::GetAZs), before the CLI's lookup (dummy
 * values, reported missing), and looked up (the context the CLI passes from cdk.context.json). */
#include <ccdk/core.h>

static void output(ccdk_stack *s)
{
    ccdk_cfn_output_new(s, "Azs", &(ccdk_cfn_output_props){.value = ccdk_fn_join(s, ",", ccdk_stack_availability_zones(s))});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS(
        {"availability-zones:account=123456789012:region=eu-west-1", "[\"eu-west-1a\", \"eu-west-1b\", \"eu-west-1c\"]"})});
    output(ccdk_stack_new(app, "Agnostic", NULL));
    output(ccdk_stack_new(app, "Fresh", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"}));
    output(ccdk_stack_new(app, "Known", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
