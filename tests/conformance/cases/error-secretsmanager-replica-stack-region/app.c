/* error-secretsmanager-replica-stack-region: see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "eu-west-3"});
    ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .replica_regions = (ccdk_secretsmanager_replica_region_list)CCDK_LIST((ccdk_secretsmanager_replica_region){.region = "eu-west-3"}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
