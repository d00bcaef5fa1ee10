/* Conformance case 'unit-iam-managed-policy-grants': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

static ccdk_stack *mk(ccdk_app *app, const char *name)
{
    return ccdk_stack_new(app, name, &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
}

static ccdk_iam_managed_policy *policy(ccdk_stack *stack)
{
    return ccdk_iam_managed_policy_new(stack, "Policy", &(ccdk_iam_managed_policy_props){.managed_policy_name = "MyManagedPolicyName"});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = mk(app, "PrincipalPermissions");
        ccdk_iam_grant_add_to_principal(policy(stack), CCDK_STRS("dummy:Action"), CCDK_STRS("*"));
    }
    {
        ccdk_stack *stack = mk(app, "OnBucket");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "mybucketname");
        ccdk_s3_bucket_grant_read(bucket, policy(stack), NULL);
    }
    {
        ccdk_stack *stack = mk(app, "OnFunction");
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_name(stack, "Function", "myfunctionname");
        ccdk_lambda_function_grant_invoke(fn, policy(stack));
    }
    {
        ccdk_stack *stack = mk(app, "OnQueue");
        ccdk_iam_managed_policy *mp = policy(stack);
        ccdk_iam_managed_policy_add_statements(mp, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("sqs:ListQueues"), .resources = CCDK_STRS("*")}));
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        ccdk_sqs_queue_grant_send_messages(queue, mp);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
