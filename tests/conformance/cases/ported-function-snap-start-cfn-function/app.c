/* ported-function-snap-start-cfn-function: function.test.ts describe('SnapStart') 'set SnapStart to
 * desired value' (see app.js): a CfnFunction with SnapStart in the Default stack (a NULL id). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W2530", "SnapStart is incomplete, we know");

    ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack,
        "{\"Code\": {\"S3Bucket\": \"my-bucket\", \"S3Key\": \"java11-test-function.zip\"},"
        " \"FunctionName\": \"MyCDK-SnapStart-Function\","
        " \"Handler\": \"example.Handler::handleRequest\","
        " \"Role\": \"testRole\","
        " \"Runtime\": \"java11\","
        " \"SnapStart\": {\"ApplyOn\": \"PublishedVersions\"}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
