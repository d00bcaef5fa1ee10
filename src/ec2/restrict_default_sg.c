/* restrict_default_sg.c - Vpc.restrictDefaultSecurityGroup() (aws-cdk-lib/aws-ec2/lib/vpc.ts):
 * a Custom::VpcRestrictDefaultSG resource, and the stack's one provider of it, a
 * CustomResourceProvider (core/lib/custom-resource-provider: core's custom_resource_provider.c)
 * with the same Role and Handler resources and logical ids. The handler code is ccdk's own
 * (restrict-default-sg-handler/ and src/core/cr-entrypoint/, tested by tests/handlers/run.js),
 * compiled in (restrict_default_sg_files.h), so its asset hash is not aws-cdk-lib's:
 * tests/conformance/cases/vpc-default/exception says so. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ec2_internal.h"
#include "fingerprint.h"
#include "restrict_default_sg_files.h"

#define PROVIDER_ID "Custom::VpcRestrictDefaultSGCustomResourceProvider"

typedef ccdk__cr_provider provider;

static const ccdk__kind kind_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase",
                                         .class_name = "RestrictDefaultSgProvider"};
static const ccdk__kind kind_custom_resource = {.fqn = "aws-cdk-lib.CustomResource", .class_name = "CustomResource2"};

/* The handler's files in a directory of their own, named after their contents, under $TMPDIR:
 * written once (into a temporary name, then renamed into place), then reused by every synth. The
 * asset is staged from it at synth, as AssetStaging copies from aws-cdk-lib's temporary copy. */
static const char *handler_dir(ccdk_app *app)
{
    ccdk__sha256_ctx c;
    ccdk__sha256_init(&c);
    size_t nfiles = sizeof restrict_default_sg_files / sizeof *restrict_default_sg_files;
    for (size_t i = 0; i < nfiles; i++) {
        ccdk__sha256_update(&c, restrict_default_sg_files[i].name, strlen(restrict_default_sg_files[i].name) + 1);
        ccdk__sha256_update(&c, restrict_default_sg_files[i].data, strlen(restrict_default_sg_files[i].data) + 1);
    }
    unsigned char d[32];
    char hex[65];
    ccdk__sha256_final(&c, d);
    ccdk__hex(d, 16, hex);
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    const char *dir = ccdk__sprintf(app, "%s/ccdk-handler-restrict-default-sg-%s", tmp, hex);
    struct stat st;
    if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
        return dir;
    char *work = ccdk__sprintf(app, "%s.XXXXXX", dir);
    if (!mkdtemp(work)) {
        ccdk__unscoped_error(app, "cannot write the custom resource handler into %s: %s", tmp, strerror(errno));
        return NULL;
    }
    for (size_t i = 0; i < nfiles; i++) {
        const char *path = ccdk__sprintf(app, "%s/%s", work, restrict_default_sg_files[i].name);
        const char *data = restrict_default_sg_files[i].data;
        if (ccdk__write_file(path, data, strlen(data)) != 0) {
            ccdk__unscoped_error(app, "cannot write %s: %s", path, strerror(errno));
            ccdk__rm_rf(work);
            return NULL;
        }
        chmod(path, 0644);
    }
    chmod(work, 0755);
    if (rename(work, dir) != 0) {
        /* another process put it there first: the same contents */
        ccdk__rm_rf(work);
        if (!(stat(dir, &st) == 0 && S_ISDIR(st.st_mode))) {
            ccdk__unscoped_error(app, "cannot write the custom resource handler into %s: %s", dir, strerror(errno));
            return NULL;
        }
    }
    return dir;
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
    /* the code: the asset of the handler directory */
    const char *dir = ccdk__failed(app) ? NULL : handler_dir(app);
    const char *description = "Lambda function for removing all inbound/outbound rules from the VPC default security group";
    ccdk__cr_provider_init(p, &(ccdk__cr_provider_props){.dir = dir, .description = ccdk__v_str(app, description)});
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
