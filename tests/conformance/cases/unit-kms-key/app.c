/* key.test.ts: the tests the kms-key* cases left out (see app.js). */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/kms.h>

#define KEY_ARN "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"

static ccdk_iam_role *any_role(ccdk_stack *stack, const char *name)
{
    return ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_any_principal(stack), .role_name = name});
}

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    {
        ccdk_stack *stack = ccdk_stack_new(app, "test-stack", &(ccdk_stack_props){.account = "000000000000", .region = "us-west-2"});
        ccdk_kms_key *key = ccdk_kms_key_from_key_arn(stack, "Key", "arn:aws:kms:eu-north-1:000000000000:key/e3ab59e5-3dc3-4bc4-9c3f-c790231d2287");
        ccdk_stack *role_stack = ccdk_stack_new(app, "RoleStack", &(ccdk_stack_props){.account = "000000000000", .region = "eu-north-1"});
        ccdk_iam_role *role = ccdk_iam_role_new(role_stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_account_principal(role_stack, "000000000000")});
        ccdk_kms_key_grant_encrypt_decrypt(key, role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Append", NULL);
        ccdk_iam_policy_statement *statement = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .resources = CCDK_STRS("*"), .actions = CCDK_STRS("kms:Put*")});
        ccdk_iam_policy_statement_add_arn_principal(statement, "arn:aws:iam::111122223333:root");
        ccdk_kms_key_add_to_resource_policy(ccdk_kms_key_new(stack, "MyKey", NULL), statement);
    }
    {
        ccdk_stack *principal_stack = ccdk_stack_new(app, "PrincipalStack", NULL);
        ccdk_iam_role *principal = any_role(principal_stack, NULL);
        ccdk_stack *key_stack = ccdk_stack_new(app, "KeyStack", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(key_stack, "Key", NULL);
        ccdk_stack_add_dependency(principal_stack, key_stack);
        ccdk_kms_key_grant_encrypt(key, principal);
    }
    {
        ccdk_stack *principal_stack = ccdk_stack_new(app, "RegionPrincipalStack", &(ccdk_stack_props){.region = "testregion1"});
        ccdk_iam_role *principal = any_role(principal_stack, "MyRolePhysicalName");
        ccdk_stack *key_stack = ccdk_stack_new(app, "RegionKeyStack", &(ccdk_stack_props){.region = "testregion2"});
        ccdk_kms_key_grant_encrypt(ccdk_kms_key_new(key_stack, "Key", NULL), principal);
    }
    {
        ccdk_stack *principal_stack = ccdk_stack_new(app, "AccountPrincipalStack", &(ccdk_stack_props){.account = "0123456789012"});
        ccdk_iam_role *principal = any_role(principal_stack, "MyRolePhysicalName");
        ccdk_stack *key_stack = ccdk_stack_new(app, "AccountKeyStack", &(ccdk_stack_props){.account = "111111111111"});
        ccdk_kms_key_grant_encrypt(ccdk_kms_key_new(key_stack, "Key", NULL), principal);
    }
    {
        ccdk_stack *principal_stack = ccdk_stack_new(app, "ImmutablePrincipalStack", &(ccdk_stack_props){.account = "0123456789012"});
        ccdk_iam_role *principal = any_role(principal_stack, "MyRolePhysicalName");
        ccdk_stack *key_stack = ccdk_stack_new(app, "ImmutableKeyStack", &(ccdk_stack_props){.account = "111111111111"});
        ccdk_kms_key *key = ccdk_kms_key_new(key_stack, "Key", NULL);
        ccdk_stack_add_dependency(principal_stack, key_stack);
        ccdk_kms_key_grant_encrypt(key, ccdk_iam_role_without_policy_updates(principal, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Admins", NULL);
        ccdk_iam_role *admin = ccdk_iam_role_from_role_arn(stack, "Admin", "arn:aws:iam::123456789012:role/TrustedAdmin");
        ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){.admins = CCDK_LIST(ccdk_iam_role_principal(admin))});
        ccdk_iam_role *owned = ccdk_iam_role_new(stack, "AdminRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_account_root_principal(stack)});
        ccdk_kms_key_new(stack, "OwnedAdminKey", &(ccdk_kms_key_props){.admins = CCDK_LIST(ccdk_iam_role_principal(owned))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Options", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "MyKey", &(ccdk_kms_key_props){
            .enable_key_rotation = CCDK_TRUE, .enabled = CCDK_FALSE,
            .pending_window = ccdk_duration_days(7), .rotation_period = ccdk_duration_days(180)});
        ccdk_tags_add(key, "tag1", "value1");
        ccdk_tags_add(key, "tag2", "value2");
        ccdk_tags_add(key, "tag3", "");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Stack2", NULL);
        ccdk_kms_key *imported = ccdk_kms_key_from_key_arn(stack, "MyKeyImported", KEY_ARN);
        ccdk_kms_key_add_alias(imported, "alias/hello");
        out(stack, "KeyId", ccdk_kms_key_id(imported));
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
        ccdk_kms_key_grant_generate_mac(imported, user);
        ccdk_kms_key_grant_verify_mac(imported, user);
        ccdk_kms_key *other = ccdk_kms_key_from_key_arn(stack, "iKey", "arn:aws:kms:key-region:222222222222:key:key-name");
        out(stack, "OtherRegion", ccdk_kms_key_env_region(other));
        out(stack, "OtherAccount", ccdk_kms_key_env_account(other));
        out(stack, "OtherKeyId", ccdk_kms_key_id(other));
        static const char *const arns[][2] = {
            {"Smk", "arn:aws:smk:us-east-1:123456789012:key/keyId"},
            {"AliasArn", "arn:aws:kms:us-east-1:123456789012:alias/aliasName"},
            {"Colon", "arn:aws:kms:r:1:key/a:b"},
            {"LeadingSlash", "arn:aws:kms:r:1:/key/x"},
        };
        for (size_t i = 0; i < sizeof arns / sizeof arns[0]; i++) {
            char id[32];
            snprintf(id, sizeof id, "%sKeyId", arns[i][0]);
            out(stack, id, ccdk_kms_key_id(ccdk_kms_key_from_key_arn(stack, arns[i][0], arns[i][1])));
        }
        out(stack, "ImportedRegion", ccdk_kms_key_env_region(imported));
        ccdk_kms_key *made = ccdk_kms_key_new(stack, "Made", NULL);
        out(stack, "MadeAccount", ccdk_kms_key_env_account(made));
        out(stack, "MadeRegion", ccdk_kms_key_env_region(made));
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
