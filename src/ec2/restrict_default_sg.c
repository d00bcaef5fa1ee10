/* restrict_default_sg.c - Vpc.restrictDefaultSecurityGroup() (aws-cdk-lib/aws-ec2/lib/vpc.ts):
 * a Custom::VpcRestrictDefaultSG resource, and the stack's one provider of it, a
 * CustomResourceProvider (core/lib/custom-resource-provider: core's custom_resource_provider.c)
 * with the same Role and Handler resources and logical ids. The handler code is ccdk's own
 * (restrict-default-sg-handler/ and src/core/cr-entrypoint/, tested by tests/handlers/run.js),
 * compiled in (restrict_default_sg_files.h), so its asset hash is not aws-cdk-lib's:
 * tests/conformance/cases/vpc-default/exception says so. */
#include <string.h>

#include "ec2_internal.h"
#include "fingerprint.h"
#include "restrict_default_sg_files.h"

#define PROVIDER_ID "Custom::VpcRestrictDefaultSGCustomResourceProvider"

typedef ccdk__cr_provider provider;

static const ccdk__kind kind_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase",
                                         .class_name = "RestrictDefaultSgProvider"};
static const ccdk__kind kind_custom_resource = {.fqn = "aws-cdk-lib.CustomResource", .class_name = "CustomResource2"};

/* The handler's files, carried in memory (restrict_default_sg_files.h) and written straight into
 * the staging directory at synth, as an in-memory asset: nothing is written outside the cloud
 * assembly (a read-only or full $TMPDIR does not fail the synth), and the hash is the one of a
 * directory holding these files. */
static const ccdk__memfile *handler_files(ccdk_app *app, size_t *n)
{
    size_t nfiles = sizeof restrict_default_sg_files / sizeof *restrict_default_sg_files;
    ccdk__memfile *files = ccdk__alloc(app, nfiles * sizeof *files);
    for (size_t i = 0; i < nfiles; i++)
        files[i] = (ccdk__memfile){restrict_default_sg_files[i].name,
                                   (const unsigned char *)restrict_default_sg_files[i].data,
                                   strlen(restrict_default_sg_files[i].data)};
    *n = nfiles;
    return files;
}

/* RestrictDefaultSgProvider.getOrCreateProvider(scope, 'Custom::VpcRestrictDefaultSG', {description}) */
static provider *get_or_create_provider(ccdk_ec2_vpc *vpc)
{
    ccdk_app *app = vpc->node.app;
    ccdk_stack *stack = vpc->node.stack;
    int taken;
    provider *p = (provider *)ccdk__stack_singleton(stack, PROVIDER_ID, &kind_provider, &taken);
    if (p || taken)
        return p;
    void *scope = stack;
    p = ccdk__construct(provider, &kind_provider, scope, PROVIDER_ID);
    /* the code: an asset of the handler's files */
    size_t nfiles = 0;
    const ccdk__memfile *files = handler_files(app, &nfiles);
    const char *description = "Lambda function for removing all inbound/outbound rules from the VPC default security group";
    ccdk__cr_provider_init(p, &(ccdk__cr_provider_props){.files = files, .nfiles = nfiles, .description = ccdk__v_str(app, description)});
    return p;
}

void ccdk__ec2_restrict_default_sg(ccdk_ec2_vpc *vpc)
{
    ccdk_app *app = vpc->node.app;
    provider *p = get_or_create_provider(vpc);
    if (!p)
        return;
    /* provider.addToRolePolicy({Effect, Action, Resource}) */
    ccdk_value *s = ccdk__v_obj(app);
    ccdk__v_set(s, "Effect", ccdk__v_str(app, "Allow"));
    ccdk_value *actions = ccdk__v_list(app);
    static const char *const acts[] = {"ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress",
                                       "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress"};
    for (size_t i = 0; i < 4; i++)
        ccdk__v_push(actions, ccdk__v_str(app, acts[i]));
    ccdk__v_set(s, "Action", actions);
    ccdk_value *res = ccdk__v_list(app);
    ccdk__v_push(res, ccdk__v_from_string(app, ccdk_stack_format_arn(vpc->node.stack, "ec2", "security-group", "/",
                                                                    vpc->default_sg)));
    ccdk__v_set(s, "Resource", res);
    ccdk__v_push(p->statements, s);

    /* new CustomResource(this, 'RestrictDefaultSecurityGroupCustomResource', ...) */
    void *scope = vpc;
    ccdk__node *cr = ccdk__construct(ccdk__node, &kind_custom_resource, scope, "RestrictDefaultSecurityGroupCustomResource");
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(cr, "Default", "Custom::VpcRestrictDefaultSG", &ccdk__kind_cfn_resource);
    ccdk_value *props = ccdk__v_obj(app);
    ccdk__v_set(props, "ServiceToken", ccdk__v_getatt(app, &p->handler->el.node, "Arn"));
    ccdk__v_set(props, "DefaultSecurityGroupId", ccdk__v_from_string(app, vpc->default_sg));
    ccdk__v_set(props, "Account", ccdk__v_from_string(app, ccdk_stack_account(vpc->node.stack)));
    r->props = props;
    ccdk_cfn_resource_apply_removal_policy(r, CCDK_REMOVAL_POLICY_DESTROY);
}
