/* error-cfn-validator-function-nested: a lambda.CfnFunction with a file system config missing its arn (a list element), a number environment variable, a code given as a string: the whole tree, in the validator's order (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_function_new(stack, "Fn1", ccdk_v_json(stack, "{\"Code\": \"s3://bucket/key\", \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\", \"FileSystemConfigs\": [{\"Arn\": \"arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1\", \"LocalMountPath\": \"/mnt/a\"}, {\"LocalMountPath\": \"/mnt/b\"}], \"Environment\": {\"Variables\": {\"A\": \"x\", \"B\": 1}}, \"Timeout\": true, \"TracingConfig\": {\"Mode\": [\"Active\"]}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
