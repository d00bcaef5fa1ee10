/* `ccdk ls --assembly` against `cdk ls` (tests/tool/run.sh): a consumer stack defined before the
 * stack it imports from (the CLI keeps the manifest's order, it does not sort by dependencies) and
 * stages two deep beside a sibling stage (nested assemblies listed breadth first). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Jobs", NULL);
    ccdk_cfn_output_new(consumer, "JobsArn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(queue)});
    ccdk_stage *outer = ccdk_stage_new(app, "Outer", NULL);
    ccdk_stage *inner = ccdk_stage_new(outer, "Inner", NULL);
    ccdk_sqs_queue_new(ccdk_stack_new(inner, "Deep", NULL), "Q", NULL);
    ccdk_sqs_queue_new(ccdk_stack_new(outer, "Mid", NULL), "Q", NULL);
    ccdk_stage *side = ccdk_stage_new(app, "Side", NULL);
    ccdk_sqs_queue_new(ccdk_stack_new(side, "Next", &(ccdk_stack_props){.stack_name = "side-next"}), "Q", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
