/* Conformance case 'integ-targets-lambda-cross-account': aws-cdk's lambda/integ.cross-account.ts (framework-integ/test/aws-events-targets);
 * the IntegTest dropped. The file's LambdaFunction `role` prop is not in aws-cdk-lib 2.276.0 (ignored there), so it is not given
 * here: the Role is made all the same. */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-events-cross-account", NULL);

    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(stack, "External",
                                                                      "arn:aws:lambda:eu-west-1:234567890123:function:MyFn");

    ccdk_events_rule *timer = ccdk_events_rule_new(stack, "Timer", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(1)),
    });

    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "events.amazonaws.com"),
    });

    ccdk_events_rule_add_target(timer, ccdk_events_targets_lambda_function(fn, NULL));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
