/* kms-key: a minimal kms.Key (key.test.ts: default key, options, aliases, grants, fromKeyArn). */
#include <ccdk/iam.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_kms_key_new(stack, "DefaultKey", NULL);
    ccdk_kms_key_new(stack, "DestroyKey", &(ccdk_kms_key_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){
        .description = "my key",
        .enable_key_rotation = CCDK_TRUE,
        .alias = "alias/xoo",
    });
    const char *foo_alias = ccdk_kms_key_add_alias(key, "foo");
    /* alias.aliasName is the alias's Ref under @aws-cdk/aws-kms:aliasNameRef (cli+init), else the name */
    ccdk_cfn_output_new(stack, "FooAliasName", &(ccdk_cfn_output_props){.value = foo_alias});
    ccdk_kms_key_add_alias(key, "alias/bar");

    ccdk_iam_role *role = ccdk_iam_role_new(stack, "User", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });
    ccdk_kms_key_grant_decrypt(key, role);
    ccdk_kms_key *other = ccdk_kms_key_new(stack, "OtherKey", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_FALSE});
    ccdk_kms_key_grant_encrypt(other, role);
    ccdk_kms_key_grant_encrypt_decrypt(other, role);
    ccdk_kms_key_grant_decrypt(other, ccdk_iam_service_principal(stack, "logs.amazonaws.com"));
    ccdk_kms_key *rotated = ccdk_kms_key_new(stack, "RotatedKey", &(ccdk_kms_key_props){
        .rotation_period = ccdk_duration_days(180),
        .pending_window = ccdk_duration_days(7),
        .enabled = CCDK_FALSE,
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE,
    });
    ccdk_kms_key_grant_admin(rotated, role);

    ccdk_kms_key *imported = ccdk_kms_key_from_key_arn(stack, "Imported",
        "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012");
    ccdk_kms_key_grant_encrypt_decrypt(imported, role);
    ccdk_cfn_output_new(stack, "ImportedKeyId", &(ccdk_cfn_output_props){.value = ccdk_kms_key_id(imported)});
    ccdk_cfn_parameter *key_arn_param = ccdk_cfn_parameter_new(stack, "KeyArnParam", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_kms_key *from_token = ccdk_kms_key_from_key_arn(stack, "FromToken", ccdk_cfn_parameter_value_as_string(key_arn_param));
    ccdk_kms_key_grant_decrypt(from_token, role);
    ccdk_cfn_output_new(stack, "FromTokenKeyId", &(ccdk_cfn_output_props){.value = ccdk_kms_key_id(from_token)});
    ccdk_cfn_output_new(stack, "KeyArn", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(key)});
    ccdk_cfn_output_new(stack, "KeyId", &(ccdk_cfn_output_props){.value = ccdk_kms_key_id(key)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
