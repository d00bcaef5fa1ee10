/* aws-lambda/test/function.test.ts (first half): initialPolicy, BYORole, dead letter queues and
 * tracing, a stack per test (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#define FLAG "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"

static ccdk_stack *new_stack(ccdk_app *app, const char *id, const char *flag)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    if (flag)
        ccdk_node_set_context(stack, FLAG, flag);
    return stack;
}

static ccdk_lambda_function *foo_fn(ccdk_stack *stack, ccdk_lambda_function_props props)
{
    props.code = ccdk_lambda_code_from_inline(stack, "foo");
    props.handler = "index.handler";
    props.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST;
    return ccdk_lambda_function_new(stack, "MyLambda", &props);
}

static ccdk_iam_policy_statement *allow_all(ccdk_stack *stack, const char *action)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS("*")});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    foo_fn(new_stack(app, "DefaultFunction", NULL), (ccdk_lambda_function_props){0});
    {
        ccdk_stack *stack = new_stack(app, "AddsPolicyPermissions", NULL);
        foo_fn(stack, (ccdk_lambda_function_props){.initial_policy = CCDK_LIST(allow_all(stack, "*"))});
    }
    const char *byo[2][2] = {{"ByoRoleEnabled", "true"}, {"ByoRoleDisabled", "false"}};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = new_stack(app, byo[i][0], byo[i][1]);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "SomeRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
        ccdk_iam_role_add_to_policy(role, allow_all(stack, "confirm:itsthesame"));
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "test"),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
            .handler = "index.test",
            .role = role,
            .initial_policy = CCDK_LIST(allow_all(stack, "inline:inline")),
        });
        ccdk_lambda_function_add_to_role_policy(fn, allow_all(stack, "explicit:explicit"));
    }
    const char *named[2][2] = {{"DlqNamedEnabled", "true"}, {"DlqNamedDisabled", "false"}};
    for (int i = 0; i < 2; i++)
        foo_fn(new_stack(app, named[i][0], named[i][1]), (ccdk_lambda_function_props){
            .function_name = "OneFunctionToRuleThemAll", .dead_letter_queue_enabled = CCDK_TRUE});
    foo_fn(new_stack(app, "DlqEnabled", NULL), (ccdk_lambda_function_props){.dead_letter_queue_enabled = CCDK_TRUE});
    foo_fn(new_stack(app, "DlqDisabled", NULL), (ccdk_lambda_function_props){.dead_letter_queue_enabled = CCDK_FALSE});
    const char *queue_ids[2] = {"DlqQueue", "DlqQueueEnabled"};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = new_stack(app, queue_ids[i], NULL);
        ccdk_sqs_queue *dl_queue = ccdk_sqs_queue_new(stack, "DeadLetterQueue", &(ccdk_sqs_queue_props){
            .queue_name = "MyLambda_DLQ", .retention_period = ccdk_duration_days(14)});
        foo_fn(stack, (ccdk_lambda_function_props){
            .dead_letter_queue = dl_queue, .dead_letter_queue_enabled = i ? CCDK_TRUE : CCDK_UNSET});
    }
    {
        ccdk_stack *stack = new_stack(app, "DlqTopic", NULL);
        foo_fn(stack, (ccdk_lambda_function_props){.dead_letter_topic = ccdk_sns_topic_new(stack, "DeadLetterTopic", NULL)});
    }
    struct { const char *id; ccdk_lambda_tracing tracing; const char *flag; } tracings[] = {
        {"TracingActiveEnabled", CCDK_LAMBDA_TRACING_ACTIVE, "true"},
        {"TracingActiveDisabled", CCDK_LAMBDA_TRACING_ACTIVE, "false"},
        {"TracingPassThroughEnabled", CCDK_LAMBDA_TRACING_PASS_THROUGH, "true"},
        {"TracingPassThroughDisabled", CCDK_LAMBDA_TRACING_PASS_THROUGH, "false"},
        {"TracingDisabled", CCDK_LAMBDA_TRACING_DISABLED, NULL},
    };
    for (size_t i = 0; i < sizeof tracings / sizeof *tracings; i++)
        foo_fn(new_stack(app, tracings[i].id, tracings[i].flag), (ccdk_lambda_function_props){.tracing = tracings[i].tracing});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
