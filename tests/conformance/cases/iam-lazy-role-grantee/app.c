/* A LazyRole as a grantee (its own grantPrincipal): grants to it wait for the role and make none
 * (unread: no role, no policy); its ARN read after a grant, or before one (an unread one's invalid
 * props: no error); addToPrincipalPolicy / addToPolicy / attachInlinePolicy / addManagedPolicy;
 * grant, grantPassRole and grantAssumeRole (they make the role), another LazyRole as their grantee;
 * a Grant's dependency (empty while the role is not made); a PrincipalWithConditions around it; as a
 * Function's role (the Function reads its ARN: ccdk_iam_lazy_role_role), fn.grantInvoke (its
 * policyFragment makes the role) and fn.grantInvokeUrl (does not); SQS (with a KMS key), KMS and
 * DynamoDB grants (DynamoDB's isServicePrincipal reads the policyFragment); as a statement's
 * principal and as a Role's assumedBy (both make it); under customizeRoles. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

static ccdk_iam_lazy_role *lazy(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_lazy_role_new(stack, id, &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
}

static ccdk_iam_policy_statement *allow(ccdk_stack *stack, const char *action)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS("*")});
}

static ccdk_lambda_function *new_fn(ccdk_stack *stack, const char *id, ccdk_iam_role *role,
                                    ccdk_iam_policy_statement_list initial_policy)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .role = role,
        .initial_policy = initial_policy,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        /* grants to a LazyRole that nothing reads: no role, no policy (nor an error of its props) */
        ccdk_stack *stack = ccdk_stack_new(app, "Unread", NULL);
        ccdk_iam_lazy_role *role = lazy(stack, "Lazy");
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(stack, "Queue", NULL), role);
        ccdk_iam_grant_on_principal(role, CCDK_STRS("s3:GetObject"), CCDK_STRS("*"));
        ccdk_iam_principal_add_to_policy(role, allow(stack, "sns:Publish"));
        ccdk_lambda_function_grant_invoke_url(new_fn(stack, "Fn", NULL, (ccdk_iam_policy_statement_list){0}), role);
        /* props are Role's to check: a LazyRole never made has no error */
        ccdk_iam_lazy_role_new(stack, "Invalid", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"), .role_name = "bad name"});
    }
    {
        /* grants, then the ARN read: the role with every statement */
        ccdk_stack *stack = ccdk_stack_new(app, "GrantThenRead", NULL);
        ccdk_iam_lazy_role *role = lazy(stack, "Lazy");
        ccdk_sqs_queue_grant_consume_messages(ccdk_sqs_queue_new(stack, "Queue", NULL), role);
        ccdk_iam_principal_add_to_policy(role, allow(stack, "sns:Publish"));
        ccdk_iam_lazy_role_add_managed_policy(role, ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "ReadOnlyAccess"));
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(role)});
        ccdk_sqs_queue_grant_purge(ccdk_sqs_queue_new(stack, "Later", NULL), role);
    }
    {
        /* the name read first, then grants (straight to the role's policy) */
        ccdk_stack *stack = ccdk_stack_new(app, "ReadThenGrant", NULL);
        ccdk_iam_lazy_role *role = lazy(stack, "Lazy");
        ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_name(role)});
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(stack, "Queue", NULL), role);
        ccdk_iam_lazy_role_add_to_policy(role, allow(stack, "sns:Publish"));
    }
    {
        /* grant / grantPassRole / grantAssumeRole make the role; another LazyRole as their grantee waits */
        ccdk_stack *stack = ccdk_stack_new(app, "RoleGrants", NULL);
        ccdk_iam_lazy_role *role = lazy(stack, "Lazy");
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
        ccdk_iam_lazy_role_grant_pass_role(role, user);
        ccdk_iam_lazy_role_grant(role, user, CCDK_STRS("iam:GetRole", "iam:TagRole"));
        ccdk_iam_lazy_role *other = ccdk_iam_lazy_role_new(stack, "Other", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_account_root_principal(stack)});
        ccdk_iam_lazy_role_grant_assume_role(role, other);
        ccdk_iam_lazy_role *third = lazy(stack, "Third");
        ccdk_iam_lazy_role_grant_pass_role(role, third);
        ccdk_cfn_output_new(stack, "ThirdId", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_id(third)});
    }
    {
        /* a Grant's dependency: the LazyRole (nothing while no role is made), then its DefaultPolicy */
        ccdk_stack *stack = ccdk_stack_new(app, "Dependency", NULL);
        ccdk_iam_lazy_role *unread = lazy(stack, "Unread");
        ccdk_cfn_resource *first = ccdk_cfn_resource_new(stack, "First", "CDK::Test::Resource", NULL);
        ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal(unread, CCDK_STRS("s3:GetObject"), CCDK_STRS("*")), first);
        ccdk_iam_lazy_role *read = lazy(stack, "Read");
        ccdk_cfn_resource *second = ccdk_cfn_resource_new(stack, "Second", "CDK::Test::Resource", NULL);
        ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal(read, CCDK_STRS("s3:GetObject"), CCDK_STRS("*")), second);
        ccdk_iam_lazy_role_arn(read);
        ccdk_cfn_resource *third = ccdk_cfn_resource_new(stack, "Third", "CDK::Test::Resource", NULL);
        ccdk_iam_grant_apply_before(ccdk_iam_grant_on_principal(read, CCDK_STRS("s3:PutObject"), CCDK_STRS("*")), third);
        /* a PrincipalWithConditions around it: grants reach the LazyRole */
        ccdk_iam_lazy_role *wrapped = lazy(stack, "Wrapped");
        ccdk_iam_grant_on_principal(ccdk_iam_principal_with_conditions(ccdk_iam_lazy_role_principal(wrapped),
                                                                       ccdk_v_json(stack, "{\"StringEquals\":{\"aws:something\":\"happy\"}}")),
                                    CCDK_STRS("s3:DeleteObject"), CCDK_STRS("*"));
        ccdk_cfn_output_new(stack, "WrappedArn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(wrapped)});
    }
    {
        /* as a Function's role: statements added before wait, the Function reads the ARN */
        ccdk_stack *stack = ccdk_stack_new(app, "FunctionRole", NULL);
        ccdk_iam_lazy_role *role = lazy(stack, "Lazy");
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(stack, "Queue", NULL), role);
        ccdk_iam_policy_statement *initial = allow(stack, "sns:Publish");
        ccdk_lambda_function *fn = new_fn(stack, "Fn", ccdk_iam_lazy_role_role(role), (ccdk_iam_policy_statement_list)CCDK_LIST(initial));
        ccdk_lambda_function_add_to_role_policy(fn, allow(stack, "s3:GetObject"));
        /* fn.grantInvoke reads the policyFragment (its identifier): the role is made */
        ccdk_lambda_function_grant_invoke(fn, lazy(stack, "Invoker"));
        /* fn.grantInvokeUrl names it by toString(): nothing made */
        ccdk_lambda_function_grant_invoke_url(fn, lazy(stack, "UrlInvoker"));
        /* across accounts: the Permission's principal is the role's ARN */
        ccdk_lambda_function *imported = ccdk_lambda_function_from_function_attributes(stack, "Imported", &(ccdk_lambda_function_attributes){
            .function_arn = "arn:aws:lambda:us-east-1:222222222222:function:other", .skip_permissions = CCDK_TRUE});
        ccdk_lambda_function_grant_invoke_url(imported, lazy(stack, "CrossInvoker"));
    }
    {
        /* KMS, SQS with a key, DynamoDB */
        ccdk_stack *stack = ccdk_stack_new(app, "Services", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
        ccdk_kms_key_grant_decrypt(key, lazy(stack, "KmsLazy"));
        ccdk_iam_lazy_role *sqs_role = lazy(stack, "SqsLazy");
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.encryption_master_key = key}),
                                           sqs_role);
        ccdk_cfn_output_new(stack, "SqsArn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(sqs_role)});
        ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
            .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}});
        ccdk_dynamodb_table_grant_read_data(table, lazy(stack, "TableLazy"));
    }
    {
        /* as a principal: of a resource policy's statement, of a Role's trust policy */
        ccdk_stack *stack = ccdk_stack_new(app, "AsPrincipal", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        ccdk_iam_lazy_role *in_policy = lazy(stack, "InPolicy");
        ccdk_sqs_queue_add_to_resource_policy(queue, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:SendMessage"), .resources = CCDK_STRS(ccdk_sqs_queue_arn(queue)),
            .principals = CCDK_LIST(ccdk_iam_lazy_role_principal(in_policy))}));
        ccdk_iam_lazy_role *trusted = lazy(stack, "Trusted");
        ccdk_iam_role_new(stack, "Trusting", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_lazy_role_principal(trusted)});
        ccdk_iam_lazy_role *composite = lazy(stack, "InComposite");
        ccdk_iam_role_new(stack, "TrustingComposite", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_composite_principal(stack, (ccdk_iam_principal_list)CCDK_LIST(
                ccdk_iam_lazy_role_principal(composite), ccdk_iam_service_principal(stack, "ec2.amazonaws.com")))});
    }
    {
        /* under customizeRoles: grants go to the precreated role's report once the role is made */
        ccdk_stack *stack = ccdk_stack_new(app, "Precreated", NULL);
        ccdk_iam_role_customize_roles(stack, &(ccdk_iam_customize_roles_options){
            .use_precreated_roles = CCDK_KVS({"Precreated/Lazy/Default", "precreated-role"})});
        ccdk_iam_lazy_role *role = lazy(stack, "Lazy");
        ccdk_sqs_queue_grant_send_messages(ccdk_sqs_queue_new(stack, "Queue", NULL), role);
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(role)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
