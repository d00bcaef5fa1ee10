/* core: environment.test.ts, a stack per test: no env, only a region, only an account, both,
 * Aws.ACCOUNT_ID / Aws.REGION tokens as the env, a token account with an explicit region. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    struct { const char *id, *account, *region; } envs[] = {
        {"None", NULL, NULL},
        {"OnlyRegion", NULL, "only-region"},
        {"OnlyAccount", "only-account", NULL},
        {"Both", "explicit-account", "explicit-region"},
        {"Tokens", ccdk_aws_account_id(app), ccdk_aws_region(app)},
        {"TokenAccount", ccdk_aws_account_id(app), "us-east-2"},
        {"TokenRegion", "123456789012", ccdk_aws_region(app)},
    };
    for (size_t i = 0; i < sizeof envs / sizeof *envs; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, envs[i].id, &(ccdk_stack_props){.account = envs[i].account, .region = envs[i].region});
        ccdk_cfn_output_new(stack, "Account", &(ccdk_cfn_output_props){.value = ccdk_stack_account(stack)});
        ccdk_cfn_output_new(stack, "Region", &(ccdk_cfn_output_props){.value = ccdk_stack_region(stack)});
        ccdk_cfn_output_new(stack, "Partition", &(ccdk_cfn_output_props){.value = ccdk_stack_partition(stack)});
        ccdk_cfn_output_new(stack, "UrlSuffix", &(ccdk_cfn_output_props){.value = ccdk_stack_url_suffix(stack)});
        ccdk_cfn_output_new(stack, "Env", &(ccdk_cfn_output_props){.value = ccdk_fmt(stack, "%s/%s", ccdk_stack_account(stack), ccdk_stack_region(stack))});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
