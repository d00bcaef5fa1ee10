/* Conformance case 'lazy-role-secret-grant': see app.js. */
#include <stddef.h>

#include <ccdk/core.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/secretsmanager.h>

static ccdk_iam_lazy_role *lazy(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_lazy_role_new(stack, id, &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    for (int e = 0; e < 2; e++) {
        ccdk_stack *stack = ccdk_stack_new(app, e == 0 ? "Env" : "Agnostic",
                                           e == 0 ? &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"} : NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
        ccdk_iam_lazy_role *reader = lazy(stack, "Reader");
        ccdk_secretsmanager_secret_grant_read(secret, reader);
        ccdk_cfn_output_new(stack, "ReaderArn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(reader)});
        ccdk_iam_lazy_role *staged = lazy(stack, "Staged");
        ccdk_secretsmanager_secret_grant_read_version_stages(secret, staged, CCDK_STRS("AWSCURRENT"));
        ccdk_secretsmanager_secret_grant_write(secret, staged);
        ccdk_cfn_output_new(stack, "StagedName", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_name(staged)});
        /* granted to, never read: no role */
        ccdk_secretsmanager_secret_grant_read(secret, lazy(stack, "Unread"));
        ccdk_secretsmanager_secret *keyed = ccdk_secretsmanager_secret_new(stack, "Keyed", &(ccdk_secretsmanager_secret_props){
            .encryption_key = ccdk_kms_key_new(stack, "Key", NULL)});
        ccdk_iam_lazy_role *key_reader = lazy(stack, "KeyReader");
        ccdk_secretsmanager_secret_grant_read(keyed, key_reader);
        ccdk_secretsmanager_secret_grant_write(keyed, key_reader);
        ccdk_cfn_output_new(stack, "KeyReaderArn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(key_reader)});
    }
    {
        /* the LazyRole in another stack of the same environment */
        ccdk_stack_props env = {.account = "111111111111", .region = "eu-west-1"};
        ccdk_stack *producer = ccdk_stack_new(app, "Producer", &env);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(producer, "Secret", NULL);
        ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &env);
        ccdk_iam_lazy_role *role = lazy(consumer, "Lazy");
        ccdk_secretsmanager_secret_grant_read(secret, role);
        ccdk_cfn_output_new(consumer, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(role)});
    }
    {
        /* the LazyRole in another account: the grant goes to the secret's resource policy too (a
         * KMS key is required; the role named, for its ARN in the producer), and the LazyRole's
         * policy names the secret's ARN with the "-??????" suffix */
        ccdk_stack *producer = ccdk_stack_new(app, "NamedProducer", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
        ccdk_kms_key *key = ccdk_kms_key_new(producer, "Key", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(producer, "Secret", &(ccdk_secretsmanager_secret_props){
            .secret_name = "shared", .encryption_key = key});
        ccdk_stack *consumer = ccdk_stack_new(app, "OtherAccount", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
        ccdk_iam_lazy_role *role = ccdk_iam_lazy_role_new(consumer, "Lazy", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(consumer, "lambda.amazonaws.com"), .role_name = "reader"});
        ccdk_secretsmanager_secret_grant_read(secret, role);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
