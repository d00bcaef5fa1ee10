/* tests/tool/synth.sh: an app that needs a context lookup (the availability zones of its stack's
 * environment), for `ccdk synth` with and without the value in cdk.context.json. */
#include <stdio.h>

#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "LookupStack", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "eu-west-1",
    });
    ccdk_strs azs = ccdk_stack_availability_zones(stack);
    ccdk_sqs_queue_new(stack, azs.count && azs.items[0][0] == 'd' ? "QueueDummy" : "Queue", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
