/* aws-iam principals.test.ts 'standardized Service Principal behavior':
 * ccdk_iam_service_principal_with_options (new ServicePrincipal(service, {region, conditions})):
 * "<name>.<region>.amazonaws.com" only where the region is opt-in and not the stack's (an agnostic
 * stack's region token is not it); in a trust policy, with conditions, as a Lambda permission's
 * principal, and statements merged under minimizePolicies by the principal's dedupe string (a region
 * or none are two principals); statement.addServicePrincipal(service, opts)
 * (ccdk_iam_policy_statement_add_service_principal_with_options). Three stacks: us-east-1, af-south-1, agnostic. */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

static ccdk_stack *stack;

static ccdk_iam_principal *sp(const char *service, const char *region)
{
    return ccdk_iam_service_principal_with_options(stack, service, &(ccdk_iam_service_principal_options){.region = region});
}

static void doc(const char *id, ccdk_iam_policy_statement_list statements)
{
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(ccdk_iam_policy_document_new(stack, statements)));
    ccdk_cfn_resource_new(stack, id, "Custom::Doc", props);
}

static ccdk_iam_policy_statement *stmt(const char *action, ccdk_iam_principal_list principals)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS(action), .resources = CCDK_STRS("*"), .principals = principals});
}

#define STMTS(...) (ccdk_iam_policy_statement_list)CCDK_LIST(__VA_ARGS__)
#define PRINCIPALS(...) (ccdk_iam_principal_list)CCDK_LIST(__VA_ARGS__)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    /* made once, outside the stacks, as the test's */
    ccdk_iam_principal *agnostic_states = ccdk_iam_service_principal(app, "states.amazonaws.com");
    ccdk_iam_principal *af_south1_states = ccdk_iam_service_principal_with_options(
        app, "states.amazonaws.com", &(ccdk_iam_service_principal_options){.region = "af-south-1"});
    static const char *const ids[] = {"T1", "T2", "T3"};
    static const char *const regions[] = {"us-east-1", "af-south-1", NULL};
    for (int i = 0; i < 3; i++) {
        stack = ccdk_stack_new(app, ids[i], regions[i] ? &(ccdk_stack_props){.region = regions[i]} : NULL);
        doc("Agnostic", STMTS(stmt("service:action", PRINCIPALS(agnostic_states))));
        doc("OptIn", STMTS(stmt("service:action", PRINCIPALS(af_south1_states))));
        doc("Both", STMTS(stmt("service:action", PRINCIPALS(agnostic_states, af_south1_states))));
        doc("Twice", STMTS(stmt("service:action", PRINCIPALS(af_south1_states, af_south1_states,
                                                             sp("states.amazonaws.com", "af-south-1")))));
        doc("Others", STMTS(stmt("service:other", PRINCIPALS(sp("sns", "me-south-1"), sp("sqs.amazonaws.com", "us-west-2"),
                                                             sp("logs.amazonaws.com", "ap-east-1"),
                                                             sp("foo.bar.example.com", "af-south-1")))));
        doc("Merge", STMTS(stmt("s3:GetObject", PRINCIPALS(sp("states.amazonaws.com", "af-south-1"))),
                           stmt("s3:PutObject", PRINCIPALS(sp("states.amazonaws.com", "af-south-1"))),
                           stmt("sqs:SendMessage", PRINCIPALS(ccdk_iam_service_principal(stack, "states.amazonaws.com"))),
                           stmt("sqs:SendMessage", PRINCIPALS(sp("states.amazonaws.com", "eu-south-1")))));
        ccdk_iam_policy_statement *sh = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:action"), .resources = CCDK_STRS("*")});
        ccdk_iam_policy_statement_add_service_principal_with_options(sh, "states.amazonaws.com",
            &(ccdk_iam_service_principal_options){
                .region = "af-south-1", .conditions = ccdk_v_json(stack, "{\"Bool\": {\"aws:SecureTransport\": \"true\"}}")});
        ccdk_iam_policy_statement *sh2 = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("service:other"), .resources = CCDK_STRS("*")});
        ccdk_iam_policy_statement_add_service_principal_with_options(sh2, "sns",
                                                                     &(ccdk_iam_service_principal_options){.region = "ap-east-1"});
        doc("Shorthand", STMTS(sh, sh2));
        ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal_with_options(stack, "lambda.amazonaws.com",
                &(ccdk_iam_service_principal_options){
                    .region = "af-south-1",
                    .conditions = ccdk_v_json(stack, "{\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}")})});
        ccdk_iam_role_new(stack, "Composite", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_composite_principal(stack, PRINCIPALS(af_south1_states, sp("events", "il-central-1")))});
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        });
        ccdk_lambda_function_grant_invoke(fn, sp("events.amazonaws.com", "me-central-1"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
