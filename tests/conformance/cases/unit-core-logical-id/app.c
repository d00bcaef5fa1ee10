/* aws-cdk's core logical-id.test.ts: top-level ids kept as they are (255 characters at most,
 * non-alphanumerics dropped), a 256-character one trimmed with a hash, A/BC next to AB/C, "Resource"
 * dropped and "Default" transparent in the human part, non-alphanumerics dropped from nested paths,
 * long alphanumeric ids, and too long nested ids kept unique. (Random ids of the test are fixed
 * strings here.) */
#include <string.h>
#include <ccdk/core.h>

static char *rep(char *buf, const char *s, int n)
{
    buf[0] = 0;
    for (int i = 0; i < n; i++)
        strcat(buf, s);
    return buf;
}

int main(void)
{
    static char b1[1024], b2[1024];
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource_new(ccdk_construct_new(stack, "A"), "BC", "Resource", NULL);
    ccdk_cfn_resource_new(ccdk_construct_new(stack, "AB"), "C", "Resource", NULL);
    ccdk_cfn_resource_new(stack, "MyAwesomeness", "Resource", NULL);
    ccdk_cfn_resource_new(stack, rep(b1, "x", 255), "Resource", NULL);
    ccdk_cfn_resource_new(stack, rep(b1, "*y-", 255), "Resource", NULL);
    ccdk_cfn_resource_new(stack, rep(b1, "z", 256), "Resource", NULL);

    ccdk_construct *parent = ccdk_construct_new(stack, "Parent");
    ccdk_cfn_resource_new(ccdk_construct_new(ccdk_construct_new(parent, "Child"), "Resource"), "HeyThere", "AWS::TAAS::Thing", NULL);
    ccdk_cfn_resource_new(ccdk_construct_new(parent, "Default"), "HeyThere", "AWS::TAAS::Thing", NULL);

    ccdk_construct *scope = CCDK_CONSTRUCT(stack);
    static const char *const ids[] = {"Foo-bar", "B00m", "Hello_World", "&&Horray Horray."};
    for (int i = 0; i < 4; i++)
        scope = CCDK_CONSTRUCT(ccdk_cfn_resource_new(scope, ids[i], "Foo", NULL));
    ccdk_cfn_resource_new(stack, "Single-one", "Foo", NULL);

    rep(b1, "abcdefghijklmnopqrstuvwxyz", 8);
    b1[200] = 0;
    ccdk_cfn_resource_new(stack, b1, "R", NULL);
    ccdk_cfn_resource_new(stack, rep(b1, "0123456789", 20), "R", NULL);

    ccdk_construct *a = ccdk_construct_new(stack, rep(b1, "q", 100));
    ccdk_construct *b = ccdk_construct_new(a, rep(b1, "r", 100));
    rep(b1, "s", 60);
    ccdk_cfn_resource_new(b, strcat(strcpy(b2, b1), "tttttttttttttttttttttttttttttttttttttttt"), "Resource", NULL);
    ccdk_cfn_resource_new(b, strcat(strcpy(b2, b1), "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu"), "Resource", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
