/* A Vpc in a stack with an account and region: its AZs from the context lookup
 * "availability-zones:account=...:region=..." (given in the app's context); maxAzs 2 of 3. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"availability-zones:account=123456789012:region=eu-central-1",
                             "[\"eu-central-1a\",\"eu-central-1b\",\"eu-central-1c\"]"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-central-1",
    });
    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2), .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
