/* a CapacityProvider whose validated props are all tokens (see app.js)
 * Ported from aws-cdk: capacity-provider.test.ts 'accepts tokens for all validated fields' */
#include <stdio.h>

#include <ccdk/ec2.h>
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    const char *token_name = ccdk_fn_ref(stack, "CapacityProviderNameParam");
    const char *token_max_vcpu = ccdk_fn_ref(stack, "MaxVCpuParam");
    ccdk_strs token_subnets = ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_fn_ref(stack, "SubnetIdsParam")));
    ccdk_strs token_security_groups =
        ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_fn_ref(stack, "SecurityGroupIdsParam")));
    /* tokenSubnets.map(...): a list token is one element */
    ccdk_ec2_subnet *subnets[16];
    ccdk_ec2_security_group *groups[16];
    char id[32];
    for (size_t i = 0; i < token_subnets.count && i < 16; i++) {
        snprintf(id, sizeof id, "TokenSubnet%zu", i);
        subnets[i] = ccdk_ec2_subnet_from_subnet_id(stack, id, token_subnets.items[i]);
    }
    for (size_t i = 0; i < token_security_groups.count && i < 16; i++) {
        snprintf(id, sizeof id, "TokenSG%zu", i);
        groups[i] = ccdk_ec2_security_group_from_security_group_id(stack, id, token_security_groups.items[i], CCDK_UNSET, CCDK_UNSET);
    }
    ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .capacity_provider_name = token_name,
        .max_v_cpu_count = CCDK_NUM_TOKEN(token_max_vcpu),
        .subnets = CCDK_LIST_N(subnets, token_subnets.count),
        .security_groups = CCDK_LIST_N(groups, token_security_groups.count),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
