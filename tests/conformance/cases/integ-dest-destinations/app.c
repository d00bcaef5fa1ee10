/* Conformance case 'integ-dest-destinations': aws-cdk's integ.destinations.ts (framework-integ/test/aws-lambda-destinations); the IntegTest and its invokeFunction/receiveMessage assertions dropped; app.synth() added */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-destinations", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    /* STANDARD_NODEJS_RUNTIME is NODEJS_18_X */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "SnsSqs", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (event) => {\n"
                                             "        if (event.status === 'OK') return 'success';\n"
                                             "        throw new Error('failure');\n"
                                             "      };"),
        .on_failure = ccdk_lambda_destinations_sns_destination(topic),
        .on_success = ccdk_lambda_destinations_sqs_destination(queue),
        .max_event_age = ccdk_duration_hours(3),
        .retry_attempts = CCDK_NUM(1),
    });
    ccdk_lambda_function *on_success_lambda = ccdk_lambda_function_new(stack, "OnSucces", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (event) => {\n"
                                             "        console.log(event);\n"
                                             "      };"),
    });
    ccdk_lambda_function_new(stack, "EventBusLambda", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (event) => {\n"
                                             "        if (event.status === 'OK') return 'success';\n"
                                             "        throw new Error('failure');\n"
                                             "      };"),
        .on_failure = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
        .on_success = ccdk_lambda_destinations_lambda_destination(on_success_lambda, NULL),
    });
    ccdk_s3_bucket *success_bucket = ccdk_s3_bucket_new(stack, "OnSuccessBucket", NULL);
    ccdk_s3_bucket *failure_bucket = ccdk_s3_bucket_new(stack, "OnFailureBucket", NULL);
    ccdk_lambda_function_new(stack, "S3", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (event) => {\n"
                                             "        if (event.status === 'OK') return 'success';\n"
                                             "        throw new Error('failure');\n"
                                             "      };"),
        .on_failure = ccdk_lambda_destinations_s3_destination(failure_bucket),
        .on_success = ccdk_lambda_destinations_s3_destination(success_bucket),
        .max_event_age = ccdk_duration_hours(4),
        .retry_attempts = CCDK_NUM(2),
    });
    /* fn.addVersion(name) (deprecated) */
    ccdk_lambda_version *version = ccdk_lambda_function_add_version(fn, "MySpecialVersion", NULL, NULL, (ccdk_opt_num){0}, NULL);
    ccdk_lambda_alias_new(stack, "MySpecialAlias", &(ccdk_lambda_alias_props){
        .alias_name = "MySpecialAlias",
        .version = version,
        .on_success = ccdk_lambda_destinations_sqs_destination(queue),
        .on_failure = ccdk_lambda_destinations_sns_destination(topic),
        .max_event_age = ccdk_duration_hours(2),
        .retry_attempts = CCDK_NUM(0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
