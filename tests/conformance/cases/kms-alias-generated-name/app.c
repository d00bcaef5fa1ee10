/* Conformance case 'kms-alias-generated-name': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>

#define G CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "OwnerStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_kms_key *key = ccdk_kms_key_new(a, "Key", NULL);
    ccdk_kms_key *alias = ccdk_kms_alias_new(a, "Alias", &(ccdk_kms_alias_props){.alias_name = G, .target_key = key});
    ccdk_cfn_output_new(a, "OwnArn", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_arn(alias)});
    ccdk_cfn_output_new(a, "OwnName", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_name(alias)});
    ccdk_kms_key *named = ccdk_kms_alias_new(a, "Named", &(ccdk_kms_alias_props){.alias_name = "mine", .target_key = key});

    ccdk_stack *b = ccdk_stack_new(app, "UserStack", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(b, "User", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(b, "lambda.amazonaws.com"),
        .role_name = G,
    });
    ccdk_kms_key_grant_decrypt(alias, role);
    ccdk_cfn_output_new(b, "AliasName", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_name(alias)});
    ccdk_cfn_output_new(b, "AliasArn", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_arn(alias)});
    ccdk_cfn_output_new(b, "KeyId", &(ccdk_cfn_output_props){.value = ccdk_kms_key_id(alias)});
    ccdk_cfn_output_new(b, "NamedName", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_name(named)});
    ccdk_cfn_output_new(b, "NamedArn", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_arn(named)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
