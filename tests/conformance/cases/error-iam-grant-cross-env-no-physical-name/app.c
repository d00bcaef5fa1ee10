/* Conformance case 'error-iam-grant-cross-env-no-physical-name': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *owner = ccdk_stack_new(app, "Owner", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_stack *user = ccdk_stack_new(app, "User", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(user, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(user, "lambda.amazonaws.com"),
        .role_name = "user-role",
    });
    ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(owner, "Queue", NULL), role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
