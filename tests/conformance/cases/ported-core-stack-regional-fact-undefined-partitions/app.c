/* Conformance case 'ported-core-stack-regional-fact-undefined-partitions': see app.js. The facts are the App's
 * (ccdk_fact_register), not the process's as aws-cdk-lib's Fact.register. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_fact_register(app, "us-east-1", "MyFact", "x.amazonaws.com", 0);
    ccdk_fact_register(app, "eu-west-1", "MyFact", "x.amazonaws.com", 0);
    ccdk_fact_register(app, "cn-north-1", "MyFact", "x.amazonaws.com.cn", 0);

    ccdk_fact_register(app, "us-east-1", "WeirdFact", "oneformat", 0);
    ccdk_fact_register(app, "eu-west-1", "WeirdFact", "otherformat", 0);

    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/core:target-partitions", "\"undefined\"");
    ccdk_cfn_output_new(stack, "TheFact", &(ccdk_cfn_output_props){.value = ccdk_stack_regional_fact(stack, "WeirdFact", NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
