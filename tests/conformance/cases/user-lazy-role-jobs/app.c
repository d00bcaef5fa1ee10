/* user-lazy-role-jobs: an app as a user writes it around one shared LazyRole (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "JobsStack", NULL);
    ccdk_iam_lazy_role *job_role = ccdk_iam_lazy_role_new(stack, "JobRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .description = "runs the nightly jobs",
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(
            stack, "service-role/AWSLambdaBasicExecutionRole")),
    });
    ccdk_sqs_queue *work = ccdk_sqs_queue_new(stack, "Work", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(5),
    });
    ccdk_sqs_queue_grant_consume_messages(work, job_role);
    ccdk_s3_bucket *out = ccdk_s3_bucket_new(stack, "Out", NULL);
    ccdk_s3_bucket_grant_write(out, CCDK_IAM_GRANTABLE(job_role), "reports/*");
    ccdk_iam_lazy_role_new(stack, "Unused", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_iam_lazy_role *deployer = ccdk_iam_lazy_role_new(stack, "Deployer", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack),
    });

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Job", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ ok: true });"),
        .role = ccdk_iam_lazy_role_role(job_role),
        .timeout = ccdk_duration_minutes(1),
        .environment = CCDK_KVS({"BUCKET", ccdk_s3_bucket_name(out)}),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(work, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(5),
    }));
    ccdk_iam_lazy_role_grant_pass_role(job_role, ccdk_iam_lazy_role_principal(deployer));

    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Code", ccdk_v_set(ccdk_v_object(stack), "ZipFile",
        ccdk_v_string(stack, "def handler(event, context):\n    return {\"ok\": True}\n")));
    ccdk_v_set(props, "Handler", ccdk_v_string(stack, "index.handler"));
    ccdk_v_set(props, "Runtime", ccdk_v_string(stack, "python3.12"));
    ccdk_v_set(props, "Role", ccdk_v_string(stack, ccdk_iam_lazy_role_arn(job_role)));
    ccdk_v_set(props, "Tags", ccdk_v_json(stack, "[{\"Key\": \"job\", \"Value\": \"legacy\"}]"));
    ccdk_cfn_resource *legacy = ccdk_lambda_cfn_function_new(stack, "Legacy", props);
    ccdk_cfn_resource_add_property_override(legacy, "Timeout", ccdk_v_number(stack, 30));
    ccdk_cfn_resource_add_property_override(legacy, "Environment.Variables.QUEUE", ccdk_v_string(stack, ccdk_sqs_queue_url(work)));

    ccdk_stack *api = ccdk_stack_new(app, "ApiStack", NULL);
    ccdk_lambda_function *reader = ccdk_lambda_function_new(api, "Reader", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(api, "def handler(e, c):\n    return e\n"),
    });
    ccdk_iam_lazy_role *invoker = ccdk_iam_lazy_role_new(api, "Invoker", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(api, "apigateway.amazonaws.com"),
        .role_name = "api-invoker",
    });
    ccdk_lambda_function_grant_invoke(reader, ccdk_iam_lazy_role_principal(invoker));
    ccdk_iam_lazy_role *ghost = ccdk_iam_lazy_role_new(api, "Ghost", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(api, "apigateway.amazonaws.com"),
    });
    ccdk_lambda_function_grant_invoke(reader, ccdk_iam_lazy_role_principal(ghost));
    ccdk_cfn_output_new(api, "InvokerName", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_name(invoker)});
    ccdk_iam_lazy_role_add_to_policy(invoker, ccdk_iam_policy_statement_new(api, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("logs:PutLogEvents"),
        .resources = CCDK_STRS("*"),
    }));

    ccdk_tags_add(stack, "app", "jobs");
    ccdk_cfn_output_new(stack, "JobRoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_lazy_role_arn(job_role)});
    ccdk_cfn_output_new(stack, "LegacyArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(legacy, "Arn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
