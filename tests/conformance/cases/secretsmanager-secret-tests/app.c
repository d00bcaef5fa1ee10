/* aws-cdk's secret.test.ts, the tests no other case ports, a stack per test: secretValue in a
 * resource, the deprecated fromSecretArn and fromSecretName, the values and cfnDynamicReferenceKey of
 * imports, a token ARN of another stack, cross-environment grants, a function reading a secret's
 * JSON field from its environment. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

#define ARN "arn:aws:secretsmanager:eu-west-1:11111111111111:secret:MySecret-f3gDy9"
#define PARTIAL_ARN "arn:aws:secretsmanager:eu-west-1:11111111111111:secret:MySecret"

/* the values go into a resource's properties (dynamic references to Secrets Manager are only valid
 * there), one per stack: out() fills the object, done() makes the resource */
static ccdk_value *vals;
static void out(ccdk_stack *stack, const char *id, const char *value)
{
    if (!vals)
        vals = ccdk_v_object(stack);
    ccdk_v_set(vals, id, ccdk_v_string(stack, value));
}

static void done(ccdk_stack *stack)
{
    ccdk_cfn_resource_new(stack, "Values", "CDK::Phony::Values", vals);
    vals = NULL;
}

static ccdk_iam_role *root_role(ccdk_stack *stack)
{
    return ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T1", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "KMS", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
            .encryption_key = key});
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "value", ccdk_v_string(stack, ccdk_secretsmanager_secret_value(secret)));
        ccdk_cfn_resource_new(stack, "FakeResource", "CDK::Phony::Resource", props);
        out(stack, "Json", ccdk_secretsmanager_secret_value_from_json(secret, "password"));
        done(stack);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T2", NULL);
        ccdk_secretsmanager_secret *a = ccdk_secretsmanager_secret_from_secret_arn(stack, "Secret", ARN);
        out(stack, "AArn", ccdk_secretsmanager_secret_arn(a));
        out(stack, "AFull", ccdk_secretsmanager_secret_full_arn(a));
        out(stack, "AName", ccdk_secretsmanager_secret_name(a));
        out(stack, "AValue", ccdk_secretsmanager_secret_value(a));
        out(stack, "AJson", ccdk_secretsmanager_secret_value_from_json(a, "password"));
        ccdk_secretsmanager_secret *b = ccdk_secretsmanager_secret_from_secret_arn(stack, "SecretWithout", PARTIAL_ARN);
        out(stack, "BArn", ccdk_secretsmanager_secret_arn(b));
        out(stack, "BName", ccdk_secretsmanager_secret_name(b));
        out(stack, "Name5", ccdk_secretsmanager_secret_name(ccdk_secretsmanager_secret_from_secret_arn(stack, "Secret5",
            "arn:aws:secretsmanager:eu-west-1:11111111111111:secret:github-token")));
        out(stack, "Name6", ccdk_secretsmanager_secret_name(ccdk_secretsmanager_secret_from_secret_arn(stack, "Secret6",
            "arn:aws:secretsmanager:eu-west-1:11111111111111:secret:github-token-f3gDy9")));
        out(stack, "Name6Twice", ccdk_secretsmanager_secret_name(ccdk_secretsmanager_secret_from_secret_arn(stack, "Secret6Twice",
            "arn:aws:secretsmanager:eu-west-1:11111111111111:secret:github-token-f3gDy9-acb123")));
        ccdk_iam_role *role = root_role(stack);
        ccdk_secretsmanager_secret_grant_read(a, role);
        ccdk_secretsmanager_secret_grant_read(b, role);
        done(stack);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T3", NULL);
        ccdk_secretsmanager_secret *complete = ccdk_secretsmanager_secret_from_secret_complete_arn(stack, "Secret", ARN);
        out(stack, "CValue", ccdk_secretsmanager_secret_value(complete));
        out(stack, "CJson", ccdk_secretsmanager_secret_value_from_json(complete, "password"));
        out(stack, "KeyStage", ccdk_secretsmanager_secret_cfn_dynamic_reference_key(complete, &(ccdk_secretsmanager_secret_options){
            .json_field = "json-key", .version_stage = "version-stage"}));
        out(stack, "KeyId", ccdk_secretsmanager_secret_cfn_dynamic_reference_key(complete, &(ccdk_secretsmanager_secret_options){
            .json_field = "json-key", .version_id = "version-id"}));
        out(stack, "KeyDefaults", ccdk_secretsmanager_secret_cfn_dynamic_reference_key(complete, NULL));
        ccdk_secretsmanager_secret *partial = ccdk_secretsmanager_secret_from_secret_partial_arn(stack, "Partial", PARTIAL_ARN);
        out(stack, "PValue", ccdk_secretsmanager_secret_value(partial));
        out(stack, "PJson", ccdk_secretsmanager_secret_value_from_json(partial, "password"));
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "KMS", NULL);
        ccdk_secretsmanager_secret *attrs = ccdk_secretsmanager_secret_from_secret_attributes(stack, "Attrs",
            &(ccdk_secretsmanager_secret_attributes){.secret_complete_arn = ARN, .encryption_key = key});
        out(stack, "AttrsJson", ccdk_secretsmanager_secret_value_from_json(attrs, "password"));
        /* SecretValue.secretsManager(arn, {jsonField}): the same dynamic reference */
        out(stack, "Equivalent", ccdk_cfn_dynamic_reference(stack, CCDK_CFN_DYNAMIC_REFERENCE_SECRETS_MANAGER,
                                                            ARN ":SecretString:password::"));
        done(stack);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T4", NULL);
        ccdk_iam_role *role = root_role(stack);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_from_secret_name(stack, "Secret", "MySecret");
        ccdk_secretsmanager_secret_grant_read(secret, role);
        ccdk_secretsmanager_secret_grant_write(secret, role);
        out(stack, "Arn", ccdk_secretsmanager_secret_arn(secret));
        out(stack, "Name", ccdk_secretsmanager_secret_name(secret));
        out(stack, "Value", ccdk_secretsmanager_secret_value(secret));
        out(stack, "Json", ccdk_secretsmanager_secret_value_from_json(secret, "password"));
        done(stack);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T5", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "Secret", "MySecret");
        out(stack, "Value", ccdk_secretsmanager_secret_value(secret));
        out(stack, "Arn", ccdk_secretsmanager_secret_arn(secret));
        done(stack);
    }
    {
        ccdk_stack *stack_a = ccdk_stack_new(app, "StackA", NULL);
        ccdk_stack *stack_b = ccdk_stack_new(app, "StackB", NULL);
        ccdk_secretsmanager_secret *secret_a = ccdk_secretsmanager_secret_new(stack_a, "SecretA", NULL);
        ccdk_secretsmanager_secret *secret_b = ccdk_secretsmanager_secret_from_secret_complete_arn(stack_b, "SecretB",
            ccdk_secretsmanager_secret_arn(secret_a));
        ccdk_cfn_output_new(stack_b, "secretBSecretName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(secret_b)});
        out(stack_b, "secretBValue", ccdk_secretsmanager_secret_value_from_json(secret_b, "user"));
        ccdk_secretsmanager_secret_grant_read(secret_b, root_role(stack_b));
        done(stack_b);
    }
    {
        ccdk_stack *producer = ccdk_stack_new(app, "ProducerStack", &(ccdk_stack_props){.account = "111111111111", .region = "foo"});
        ccdk_stack *consumer = ccdk_stack_new(app, "ConsumerStack", &(ccdk_stack_props){.account = "111111111111", .region = "bar"});
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(producer, "Secret", &(ccdk_secretsmanager_secret_props){
            .secret_name = "MySecret"});
        ccdk_secretsmanager_secret *complete = ccdk_secretsmanager_secret_from_secret_complete_arn(producer, "Complete",
            "arn:aws:secretsmanager:foobar:111111111111:secret:secret-name-suffix");
        ccdk_secretsmanager_secret *partial = ccdk_secretsmanager_secret_from_secret_partial_arn(producer, "Partial",
            "arn:aws:secretsmanager:foobar:111111111111:secret:secret-name");
        ccdk_iam_role *role = root_role(consumer);
        ccdk_secretsmanager_secret_grant_read(secret, role);
        ccdk_secretsmanager_secret_grant_read(complete, role);
        ccdk_secretsmanager_secret_grant_read(partial, role);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T8", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
            .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
                .secret_string_template = "{\"username\":\"admin\"}", .generate_string_key = "password"}});
        ccdk_secretsmanager_secret *by_name = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "ByName", "db");
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
            .environment = CCDK_KVS({"USERNAME", ccdk_secretsmanager_secret_value_from_json(secret, "username")},
                                    {"WHOLE", ccdk_secretsmanager_secret_value(secret)},
                                    {"IMPORTED", ccdk_secretsmanager_secret_value_from_json(by_name, "host")}),
        });
        ccdk_secretsmanager_secret_grant_read(secret, fn);
    }
    {
        /* Token.asNumber(secretValueFromJson(...)) as memorySize: CCDK_NUM_TOKEN of the reference */
        ccdk_stack *stack = ccdk_stack_new(app, "T9", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_from_secret_complete_arn(stack, "Secret", ARN);
        ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "foo"),
            .handler = "bar",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .memory_size = CCDK_NUM_TOKEN(ccdk_secretsmanager_secret_value_from_json(secret, "LambdaFunctionMemorySize")),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T10", NULL);
        ccdk_secretsmanager_secret *three = ccdk_secretsmanager_secret_new(stack, "Three", &(ccdk_secretsmanager_secret_props){
            .secret_name = "my-secret-hyphenated"});
        ccdk_secretsmanager_secret *four = ccdk_secretsmanager_secret_new(stack, "Four", &(ccdk_secretsmanager_secret_props){
            .secret_name = "my-secret-with-hyphens"});
        ccdk_secretsmanager_secret *secret1 = ccdk_secretsmanager_secret_new(stack, "Secret1", NULL);
        ccdk_secretsmanager_secret *secret2 = ccdk_secretsmanager_secret_new(stack, "Secret2", &(ccdk_secretsmanager_secret_props){
            .secret_name = ccdk_secretsmanager_secret_name(secret1)});
        const struct {
            const char *id;
            ccdk_secretsmanager_secret *s;
        } outs[] = {{"ThreeName", three}, {"FourName", four}, {"MySecretName1", secret1}, {"MySecretName2", secret2}};
        for (size_t i = 0; i < sizeof outs / sizeof *outs; i++)
            ccdk_cfn_output_new(stack, outs[i].id, &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(outs[i].s)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
