/* Conformance case 'core-stage-aspects-tags': see app.js. */
#include <string.h>

#include <ccdk/core.h>
#include <ccdk/sqs.h>

/* the RetainQueues aspect */
static void retain_queues(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && !strcmp(ccdk_cfn_resource_type(r), "AWS::SQS::Queue"))
        ccdk_cfn_resource_apply_removal_policy(r, CCDK_REMOVAL_POLICY_RETAIN);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tags_add(app, "app-tag", "everywhere?");
    ccdk_aspects_add(app, retain_queues, NULL);

    ccdk_stack *shared = ccdk_stack_new(app, "Shared", NULL);
    ccdk_sqs_queue_new(shared, "SharedQueue", &(ccdk_sqs_queue_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});

    ccdk_stage *dev = ccdk_stage_new(app, "Dev", NULL);
    ccdk_tags_add(dev, "stage", "dev");
    ccdk_aspects_add(dev, retain_queues, NULL);
    ccdk_stack *service = ccdk_stack_new(dev, "Service", &(ccdk_stack_props){.tags = CCDK_KVS({"team", "core"})});
    ccdk_sqs_queue_new(service, "Work", &(ccdk_sqs_queue_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_tags_add(service, "component", "service");

    ccdk_stage *canary = ccdk_stage_new(dev, "Canary", NULL);
    ccdk_tags_add(canary, "canary", "true");
    ccdk_stack *probe = ccdk_stack_new(canary, "Probe", NULL);
    ccdk_sqs_queue_new(probe, "Probes", &(ccdk_sqs_queue_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});

    ccdk_stage *other = ccdk_stage_new(app, "Other", NULL);
    ccdk_stack *quiet = ccdk_stack_new(other, "Quiet", NULL);
    ccdk_sqs_queue_new(quiet, "Untagged", &(ccdk_sqs_queue_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
