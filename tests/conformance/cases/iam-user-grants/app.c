/* Conformance case 'iam-user-grants': see app.js. */
#include <stdio.h>

#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "UserGrants", NULL);
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "Deployer", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_lambda_function_grant_invoke(fn, user);
    ccdk_lambda_function_grant_invoke_url(fn, user);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_grant_send_messages(queue, user);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    ccdk_dynamodb_table_grant_read_data(table, user);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_topic_grant_publish(topic, user);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_s3_bucket_grant_read(bucket, user, NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key_grant_decrypt(key, user);
    ccdk_iam_user_add_to_principal_policy(user, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:ListAllMyBuckets"),
        .resources = CCDK_STRS("*"),
    }));
    ccdk_secretsmanager_secret_grant_read(ccdk_secretsmanager_secret_new(stack, "Secret", NULL), user);
    ccdk_secretsmanager_secret_grant_read(ccdk_secretsmanager_secret_new(stack, "KeyedSecret",
                                                                         &(ccdk_secretsmanager_secret_props){.encryption_key = key}),
                                          user);

    ccdk_iam_user *auditor = ccdk_iam_user_new(stack, "Auditor", &(ccdk_iam_user_props){.user_name = "auditor"});
    ccdk_iam_policy *policy = ccdk_iam_policy_new(stack, "AuditPolicy", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("cloudtrail:LookupEvents"),
            .resources = CCDK_STRS("*"),
        })),
    });
    ccdk_iam_policy_attach_to_user(policy, auditor);
    ccdk_iam_policy_attach_to_user(policy, auditor);
    ccdk_sqs_queue_grant_purge(queue, auditor);

    ccdk_stack *env_stack = ccdk_stack_new(app, "EnvUserGrants", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_iam_user *env_user = ccdk_iam_user_new(env_stack, "Invoker", NULL);
    ccdk_lambda_function *env_fn = ccdk_lambda_function_new(env_stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(env_stack, "def handler(e, c): return 1"),
    });
    ccdk_lambda_function_grant_invoke(env_fn, env_user);
    ccdk_lambda_function_grant_invoke(ccdk_lambda_function_current_version(env_fn), env_user);

    ccdk_iam_user *by_name = ccdk_iam_user_from_user_name(env_stack, "ByName", "team/alice");
    ccdk_iam_user *by_arn = ccdk_iam_user_from_user_arn(env_stack, "ByArn", "arn:aws:iam::999999999999:user/ops/bob");
    ccdk_cfn_parameter *arn_param = ccdk_cfn_parameter_new(env_stack, "UserArn", NULL);
    ccdk_iam_user *by_token = ccdk_iam_user_from_user_arn(env_stack, "ByToken", ccdk_cfn_parameter_value_as_string(arn_param));
    char formatted[256];
    snprintf(formatted, sizeof formatted, "arn:%s:iam::%s:user/team/carol", ccdk_stack_partition(env_stack),
             ccdk_stack_account(env_stack));
    ccdk_iam_user *by_formatted = ccdk_iam_user_from_user_arn(env_stack, "ByFormatted", formatted);
    ccdk_s3_bucket *env_bucket = ccdk_s3_bucket_new(env_stack, "Bucket", NULL);
    ccdk_iam_user *imported[] = {by_name, by_arn, by_token, by_formatted};
    for (int i = 0; i < 4; i++) {
        ccdk_lambda_function_grant_invoke(env_fn, imported[i]);
        ccdk_s3_bucket_grant_read(env_bucket, imported[i], NULL);
    }
    ccdk_secretsmanager_secret_grant_read(
        ccdk_secretsmanager_secret_new(env_stack, "Secret", &(ccdk_secretsmanager_secret_props){
            .encryption_key = ccdk_kms_key_new(env_stack, "Key", NULL)}),
        by_arn);
    ccdk_cfn_output_new(env_stack, "ByNameName", &(ccdk_cfn_output_props){.value = ccdk_iam_user_name(by_name)});
    ccdk_cfn_output_new(env_stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_iam_user_arn(by_name)});
    ccdk_cfn_output_new(env_stack, "ByTokenName", &(ccdk_cfn_output_props){.value = ccdk_iam_user_name(by_token)});
    ccdk_cfn_output_new(env_stack, "ByFormattedName", &(ccdk_cfn_output_props){.value = ccdk_iam_user_name(by_formatted)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
