/* Conformance case 'iam-role-from-role-name-options': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

static void one_stack(ccdk_app *app, const char *id, const char *account, const char *region)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, &(ccdk_stack_props){.account = account, .region = region});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);

    ccdk_iam_role *named = ccdk_iam_role_from_role_name_with_options(
        stack, "Named", "NamedRole", &(ccdk_iam_from_role_arn_options){.default_policy_name = "MyPolicy"});
    ccdk_iam_role_add_to_policy(named, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sqs:ReceiveMessage"), .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue))}));

    ccdk_iam_role *fixed = ccdk_iam_role_from_role_name_with_options(
        stack, "Fixed", "FixedRole", &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE});
    ccdk_iam_role_add_to_policy(fixed, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sqs:DeleteMessage"), .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue))}));
    ccdk_sqs_queue_grant_purge(queue, ccdk_iam_role_principal(fixed));

    ccdk_iam_role *to_resources = ccdk_iam_role_from_role_name_with_options(
        stack, "ToResources", "ReaderRole",
        &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE, .add_grants_to_resources = CCDK_TRUE});
    ccdk_sqs_queue_grant_send_messages(queue, ccdk_iam_role_principal(to_resources));

    ccdk_cfn_output_new(stack, "NamedArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(named)});
    ccdk_cfn_output_new(stack, "FixedName", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(fixed)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    one_stack(app, "Agnostic", NULL, NULL);
    one_stack(app, "WithAccount", "123456789012", "eu-west-1");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
