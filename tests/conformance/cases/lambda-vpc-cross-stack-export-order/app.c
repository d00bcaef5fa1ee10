/* Conformance case 'lambda-vpc-cross-stack-export-order': see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *network = ccdk_stack_new(app, "Network", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(network, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(1),
        .nat_gateways = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
    });
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(network, "FnSg", &(ccdk_ec2_security_group_props){.vpc = vpc});

    ccdk_stack *compute = ccdk_stack_new(app, "Compute", NULL);
    ccdk_lambda_function_new(compute, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(compute, "def handler(event, context):\n    return None\n"),
        .vpc = vpc,
        .security_groups = CCDK_LIST(sg),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
