/* secret.attach (SecretTargetAttachment), a stack per test of secret.test.ts: attach to targets,
 * a rotation schedule of an attached secret, a function granted read and write on an attached
 * secret with a key. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

static ccdk_lambda_function *fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .code = ccdk_lambda_code_from_inline(stack, "export.handler = event => event;"),
        .handler = "index.handler",
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T1", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
        ccdk_secretsmanager_secret_attach(secret, "target-id", CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_DOCDB_DB_INSTANCE);
        ccdk_secretsmanager_secret_attach(ccdk_secretsmanager_secret_new(stack, "Proxy", NULL), "proxy-id",
                                          CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_RDS_DB_PROXY);
        /* AttachmentTargetType.CLUSTER (deprecated) is RDS_DB_CLUSTER */
        ccdk_secretsmanager_secret_attach(ccdk_secretsmanager_secret_new(stack, "Cluster", NULL), "cluster-id",
                                          CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_RDS_DB_CLUSTER);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T2", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
        ccdk_secretsmanager_secret *attached = ccdk_secretsmanager_secret_attach(secret, "target-id",
            CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_DOCDB_DB_INSTANCE);
        ccdk_secretsmanager_secret_add_rotation_schedule(attached, "RotationSchedule", fn(stack), NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T3", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
            .encryption_key = key, .secret_name = "db-creds"});
        ccdk_secretsmanager_secret *attached = ccdk_secretsmanager_secret_attach(secret, "cluster-1",
            CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_RDS_DB_CLUSTER);
        ccdk_lambda_function *f = fn(stack);
        ccdk_secretsmanager_secret_grant_read(attached, f);
        ccdk_secretsmanager_secret_grant_write(attached, f);
        ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(attached)});
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_arn(attached)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
