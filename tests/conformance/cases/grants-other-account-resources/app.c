/* Conformance case 'grants-other-account-resources': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/ecr.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>
#include <stdio.h>

static const char *id(const char *what, char k)
{
    static char buf[8][8];
    static int n;
    char *b = buf[n++ % 8];
    snprintf(b, 8, "%s%c", what, k);
    return b;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_iam_role *role = ccdk_iam_role_from_role_arn(stack, "R", "arn:aws:iam::999999999999:role/other");
    ccdk_iam_user *user = ccdk_iam_user_from_user_arn(stack, "U", "arn:aws:iam::999999999999:user/bob");
    ccdk_iam_principal *acct = ccdk_iam_account_principal(stack, "999999999999");
    ccdk_iam_principal *grantees[] = {ccdk_iam_role_principal(role), ccdk_iam_user_principal(user), acct};
    const char keys[] = "RUA";
    for (int i = 0; i < 3; i++) {
        ccdk_iam_principal *g = grantees[i];
        char k = keys[i];
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(stack, id("Q", k), NULL), g);
        ccdk_sns_topic_grant_publish(ccdk_sns_topic_new(stack, id("T", k), NULL), g);
        ccdk_kms_key_grant_decrypt(ccdk_kms_key_new(stack, id("K", k), NULL), g);
        ccdk_ecr_repository_grant_pull(ccdk_ecr_repository_new(stack, id("E", k), NULL), g);
        ccdk_dynamodb_table_grant_read_data(ccdk_dynamodb_table_new(stack, id("D", k), &(ccdk_dynamodb_table_props){
                                                .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING}}),
                                            g);
        if (k != 'A')
            ccdk_events_event_bus_grant_put_events_to(ccdk_events_event_bus_new(stack, id("B", k), NULL), g);
        ccdk_logs_log_group_grant_write(ccdk_logs_log_group_new(stack, id("L", k), NULL), g);
        ccdk_kinesis_stream_grant_read(ccdk_kinesis_stream_new(stack, id("S", k), NULL), g);
    }
    ccdk_iam_role *own = ccdk_iam_role_new(stack, "Own", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_logs_log_group_grant_write(
        ccdk_logs_log_group_from_log_group_arn(stack, "LI", "arn:aws:logs:us-east-1:999999999999:log-group:x:*"), own);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
