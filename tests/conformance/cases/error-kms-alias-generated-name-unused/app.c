/* Conformance case 'error-kms-alias-generated-name-unused': see app.js. */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key *alias = ccdk_kms_alias_new(stack, "Alias", &(ccdk_kms_alias_props){
        .alias_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED,
        .target_key = key,
    });
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_arn(alias)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
