/* aws-iam role.test.ts: role.withoutPolicyUpdates() (made once): its statements, inline and managed
 * policies go nowhere, a Policy attached to it still names the role, grants to it are dropped or,
 * with addGrantsToResources, go to a queue's policy; role.attachInlinePolicy on a role and on its
 * ImmutableRole. */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/sqs.h>

static ccdk_iam_policy_statement *statement(ccdk_stack *stack, const char *action)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS("*")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_iam_role *immutable = ccdk_iam_role_without_policy_updates(role, NULL);
    ccdk_iam_role *again = ccdk_iam_role_without_policy_updates(
        role, &(ccdk_iam_without_policy_updates_options){.add_grants_to_resources = CCDK_TRUE});
    if (again != immutable) {
        fprintf(stderr, "not memoized\n");
        return 1;
    }
    ccdk_iam_role_add_to_policy(immutable, statement(stack, "s3:GetObject"));
    ccdk_iam_role_add_managed_policy(immutable, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "ReadOnlyAccess"));
    ccdk_iam_role_attach_inline_policy(immutable, ccdk_iam_policy_new(stack, "Dropped", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(statement(stack, "s3:PutObject"))}));
    ccdk_iam_policy_new(stack, "Attached", &(ccdk_iam_policy_props){
        .roles = CCDK_LIST(immutable), .statements = CCDK_LIST(statement(stack, "sqs:ReceiveMessage"))});
    ccdk_iam_role_attach_inline_policy(role, ccdk_iam_policy_new(stack, "Inline", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(statement(stack, "sns:Publish"))}));
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_grant_send_messages(queue, ccdk_iam_role_principal(immutable));
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(immutable)});
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(immutable)});

    ccdk_iam_role *other = ccdk_iam_role_new(stack, "Other", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_iam_role *to_resources = ccdk_iam_role_without_policy_updates(
        other, &(ccdk_iam_without_policy_updates_options){.add_grants_to_resources = CCDK_TRUE});
    ccdk_sqs_queue_grant_consume_messages(queue, ccdk_iam_role_principal(to_resources));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
