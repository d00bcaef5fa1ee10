/* Secrets a function reads and writes: replicas, fromSecretAttributes, grantWrite (see app.js). */
#include <stdio.h>

#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key *replica_key =
        ccdk_kms_key_from_key_arn(stack, "ReplicaKey", "arn:aws:kms:eu-central-1:123456789012:key/11111111-2222-3333-4444-555555555555");
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .encryption_key = key,
        .replica_regions = (ccdk_secretsmanager_replica_region_list)CCDK_LIST(
            (ccdk_secretsmanager_replica_region){.region = "eu-west-1"},
            (ccdk_secretsmanager_replica_region){.region = "eu-central-1", .encryption_key = replica_key}),
    });
    ccdk_secretsmanager_secret_add_replica_region(secret, "us-west-2", NULL);
    ccdk_secretsmanager_secret *complete = ccdk_secretsmanager_secret_from_secret_attributes(
        stack, "Complete", &(ccdk_secretsmanager_secret_attributes){
            .secret_complete_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-creds-AbCdEf",
            .encryption_key = key,
        });
    ccdk_secretsmanager_secret *partial = ccdk_secretsmanager_secret_from_secret_attributes(
        stack, "Partial",
        &(ccdk_secretsmanager_secret_attributes){.secret_partial_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:api-key"});
    ccdk_secretsmanager_secret *legacy = ccdk_secretsmanager_secret_from_secret_attributes(
        stack, "Legacy", &(ccdk_secretsmanager_secret_attributes){.secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:legacy"});
    char legacy_env[512];
    snprintf(legacy_env, sizeof legacy_env, "%s|%s", ccdk_secretsmanager_secret_full_arn(legacy), ccdk_secretsmanager_secret_name(legacy));
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS({"SECRET", ccdk_secretsmanager_secret_arn(secret)},
                                {"COMPLETE", ccdk_secretsmanager_secret_name(complete)},
                                {"PARTIAL", ccdk_secretsmanager_secret_name(partial)},
                                {"LEGACY", legacy_env}),
    });
    ccdk_secretsmanager_secret_grant_read(secret, fn);
    ccdk_secretsmanager_secret_grant_write(secret, fn);
    ccdk_secretsmanager_secret_grant_read(complete, fn);
    ccdk_secretsmanager_secret_grant_write(complete, fn);
    ccdk_secretsmanager_secret_grant_read(partial, fn);
    ccdk_secretsmanager_secret_grant_write(partial, fn);
    ccdk_secretsmanager_secret_grant_read(legacy, fn);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
