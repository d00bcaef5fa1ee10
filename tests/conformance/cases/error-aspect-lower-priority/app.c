/* Conformance case 'error-aspect-lower-priority': see app.js. */
#include <string.h>
#include <ccdk/s3.h>

static void mark_a(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r)
        ccdk_cfn_resource_add_metadata(r, "a", ccdk_v_string(r, "visited"));
}

static void nothing(void *construct, void *ctx)
{
    (void)construct;
    (void)ctx;
}

static void weird(void *construct, void *ctx)
{
    int *processed = ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && !strcmp(ccdk_cfn_resource_type(r), "AWS::S3::Bucket") && !*processed) {
        ccdk_aspects_add_with_priority(ccdk_stack_of(r), nothing, NULL, 0);
        *processed = 1;
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *root = ccdk_stack_new(app, "My-Stack", NULL);
    ccdk_s3_bucket *child = ccdk_s3_bucket_new(root, "my-bucket", &(ccdk_s3_bucket_props){.bucket_name = "my-bucket"});
    static int processed;
    ccdk_aspects_add_with_priority(root, mark_a, NULL, 10);
    ccdk_aspects_add_with_priority(child, weird, &processed, 20);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
