/* ported-efs-access-point: aws-cdk's access-point.test.ts ported literally (see app.js): its tests
 * that synthesize, a stack each, 'addAccessPoint correctly' in the Default stack (a NULL id). */
#include <ccdk/efs.h>

typedef struct {
    ccdk_stack *stack;
    ccdk_efs_file_system *file_system;
} given_t;

/* beforeEach: stack = new Stack(); vpc = new ec2.Vpc(stack, 'VPC'); fileSystem = new FileSystem(...) */
static given_t given(ccdk_app *app, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    return (given_t){stack, ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = vpc})};
}

static void output(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

static void outputs(ccdk_stack *stack, ccdk_efs_access_point *imported, ccdk_efs_access_point *ap)
{
    output(stack, "ImportedAccessPointId", ccdk_efs_access_point_id(imported));
    output(stack, "AccessPointId", ccdk_efs_access_point_id(ap));
    output(stack, "ImportedAccessPointArn", ccdk_efs_access_point_arn(imported));
    output(stack, "AccessPointArn", ccdk_efs_access_point_arn(ap));
    output(stack, "ImportedFileSystem", ccdk_efs_file_system_id(ccdk_efs_access_point_file_system(imported)));
    output(stack, "FileSystem", ccdk_efs_file_system_id(ccdk_efs_access_point_file_system(ap)));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_efs_file_system_add_access_point(given(app, NULL).file_system, "MyAccessPoint", NULL);
    {
        given_t g = given(app, "NewAccessPoint");
        ccdk_efs_access_point_new(g.stack, "MyAccessPoint", g.file_system, NULL);
    }
    {
        given_t g = given(app, "Tags");
        ccdk_efs_access_point *access_point = ccdk_efs_access_point_new(g.stack, "MyAccessPoint", g.file_system, NULL);
        ccdk_tags_add(access_point, "key1", "value1");
        ccdk_tags_add(access_point, "key2", "value2");
        ccdk_tags_add(access_point, "Name", "MyAccessPointName");
    }
    {
        given_t g = given(app, "FromAccessPointId");
        ccdk_efs_access_point *ap = ccdk_efs_access_point_new(g.stack, "MyAccessPoint", g.file_system, NULL);
        ccdk_efs_access_point *imported =
            ccdk_efs_access_point_from_access_point_id(g.stack, "ImportedAccessPoint", ccdk_efs_access_point_id(ap));
        output(g.stack, "ImportedAccessPointId", ccdk_efs_access_point_id(imported));
        output(g.stack, "AccessPointId", ccdk_efs_access_point_id(ap));
    }
    {
        given_t g = given(app, "FromAttributesId");
        ccdk_efs_access_point *ap = ccdk_efs_access_point_new(g.stack, "MyAccessPoint", g.file_system, NULL);
        ccdk_efs_access_point *imported = ccdk_efs_access_point_from_access_point_attributes(g.stack, "ImportedAccessPoint",
            &(ccdk_efs_access_point_attributes){.access_point_id = ccdk_efs_access_point_id(ap), .file_system = g.file_system});
        outputs(g.stack, imported, ap);
    }
    const char *by_arn[] = {"FromAttributesArn", "ImportUsingArn"};
    for (int i = 0; i < 2; i++) {
        given_t g = given(app, by_arn[i]);
        ccdk_efs_access_point *ap = ccdk_efs_access_point_new(g.stack, "MyAccessPoint", g.file_system, NULL);
        ccdk_efs_access_point *imported = ccdk_efs_access_point_from_access_point_attributes(g.stack, "ImportedAccessPoint",
            &(ccdk_efs_access_point_attributes){.access_point_arn = ccdk_efs_access_point_arn(ap), .file_system = g.file_system});
        outputs(g.stack, imported, ap);
    }
    {
        given_t g = given(app, "Custom");
        ccdk_efs_access_point_new(g.stack, "MyAccessPoint", g.file_system, &(ccdk_efs_access_point_options){
            .create_acl = &(ccdk_efs_acl){.owner_gid = "1000", .owner_uid = "1000", .permissions = "755"},
            .path = "/export/share",
            .posix_user = &(ccdk_efs_posix_user){.gid = "1000", .uid = "1000", .secondary_gids = CCDK_STRS("1001", "1002")},
        });
    }
    {
        given_t g = given(app, "ClientToken");
        ccdk_efs_access_point_new(g.stack, "MyAccessPoint", g.file_system,
            &(ccdk_efs_access_point_options){.client_token = "client-token"});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
