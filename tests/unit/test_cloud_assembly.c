/* test_cloud_assembly.c - the cloud assembly beyond templates (issue 15): the version-reporting
 * analytics string is a valid gzip stream (checked against the format, not against ccdk's own
 * output), Annotations.acknowledgeWarning, and the LegacyStackSynthesizer's assembly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/sqs.h>

#include "internal.h"
#include "testlib.h"

static char g_tmp[] = "/tmp/ccdk-cloud-assembly-XXXXXX";

static int b64val(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static size_t b64decode(const char *s, size_t n, unsigned char *out)
{
    size_t o = 0;
    unsigned v = 0;
    int bits = 0;
    for (size_t i = 0; i < n && s[i] != '='; i++) {
        int d = b64val(s[i]);
        if (d < 0)
            break;
        v = v << 6 | (unsigned)d;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (unsigned char)(v >> bits);
        }
    }
    return o;
}

/* CRC-32 (IEEE), bit by bit: independent of ccdk's table */
static unsigned crc32_bits(const unsigned char *p, size_t n)
{
    unsigned c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return buf;
}

TEST(analytics_is_a_gzip_stream_of_stored_blocks)
{
    char out[256];
    snprintf(out, sizeof out, "%s/vr", g_tmp);
    setenv("JSII_AGENT", "unit test/1", 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1,
                                                   .context = CCDK_KVS({"aws:cdk:version-reporting", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_sqs_queue_new(stack, "Q", NULL);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    ccdk_app_free(app);
    unsetenv("JSII_AGENT");
    char path[300];
    snprintf(path, sizeof path, "%s/S.template.json", out);
    const char *t = read_all(path);
    if (!CHECK_RET(t != NULL))
        return;
    const char *a = strstr(t, "\"Analytics\": \"v2:deflate64:");
    if (!CHECK_RET(a != NULL))
        return;
    a += strlen("\"Analytics\": \"v2:deflate64:");
    const char *end = strchr(a, '"');
    static unsigned char gz[1 << 16];
    size_t n = b64decode(a, (size_t)(end - a), gz);
    if (!CHECK_RET(n > 18))
        return;
    /* RFC 1952 header: magic, deflate, no flags, mtime 0, OS 255 (unknown, as aws-cdk-lib sets it) */
    CHECK(gz[0] == 0x1f && gz[1] == 0x8b && gz[2] == 8 && gz[3] == 0);
    CHECK(gz[4] == 0 && gz[5] == 0 && gz[6] == 0 && gz[7] == 0 && gz[9] == 0xff);
    /* RFC 1951 stored blocks */
    static unsigned char text[1 << 16];
    size_t off = 10, tl = 0;
    int final = 0;
    while (!final && off + 5 <= n) {
        final = gz[off] & 1;
        CHECK((gz[off] >> 1 & 3) == 0);
        size_t len = gz[off + 1] | (size_t)gz[off + 2] << 8;
        size_t nlen = gz[off + 3] | (size_t)gz[off + 4] << 8;
        CHECK(len == (~nlen & 0xFFFF));
        memcpy(text + tl, gz + off + 5, len);
        tl += len;
        off += 5 + len;
    }
    CHECK(final);
    if (!CHECK_RET(off + 8 == n))
        return;
    unsigned crc = gz[off] | gz[off + 1] << 8 | gz[off + 2] << 16 | (unsigned)gz[off + 3] << 24;
    unsigned isize = gz[off + 4] | gz[off + 5] << 8 | gz[off + 6] << 16 | (unsigned)gz[off + 7] << 24;
    CHECK(crc == crc32_bits(text, tl));
    CHECK(isize == tl);
    text[tl] = 0;
    /* the runtime entry from $JSII_AGENT, sanitized as getJsiiAgentVersion does (" " -> "-") */
    CHECK_CONTAINS((const char *)text, "unit-test/1!jsii-runtime.Runtime");
    CHECK_CONTAINS(t, "\"CDKMetadataAvailable\"");
}

TEST(acknowledged_warnings)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_annotations_add_warning(q, "lib:a", "first");
    ccdk_annotations_add_warning(q, "lib:b", "second");
    ccdk_annotations_add_warning(stack, "lib:a", "on the stack");
    CHECK_INT_EQ(ccdk_app_warning_count(app), 3);
    ccdk_annotations_acknowledge_warning(q, "lib:a", "why");
    /* only below the acknowledging construct */
    CHECK_INT_EQ(ccdk_app_warning_count(app), 2);
    CHECK_STR_EQ(ccdk_app_warning(app, 0), "second [ack: lib:b]");
    ccdk_annotations_add_warning(q, "lib:a", "again"); /* acknowledged before: not added */
    CHECK_INT_EQ(ccdk_app_warning_count(app), 2);
    ccdk_annotations_acknowledge_warning(stack, "lib:b", NULL);
    CHECK_INT_EQ(ccdk_app_warning_count(app), 1);
    ccdk_annotations_add_warning(q, NULL, "no id: never acknowledged");
    CHECK_INT_EQ(ccdk_app_warning_count(app), 2);
    ccdk_app_free(app);
}

/* Annotations.addDeprecation under $CDK_BLOCK_DEPRECATIONS: aws-cdk-lib's error (annotations.test.ts
 * 'CDK_BLOCK_DEPRECATIONS will throw if a deprecated API is used'), no warning; without it, the
 * warning (core-annotations-deprecation compares that one) */
TEST(blocked_deprecations)
{
    setenv("CDK_BLOCK_DEPRECATIONS", "1", 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_construct *c1 = ccdk_construct_new(stack, "Hello");
    ccdk_annotations_add_deprecation(c1, "foo", "bar");
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0),
                   "MyStack/Hello: The API foo is deprecated: bar. This API will be removed in the next major release");
    CHECK_INT_EQ(ccdk_app_warning_count(app), 0);
    setenv("CDK_BLOCK_DEPRECATIONS", "", 1); /* empty: not set, for JavaScript */
    ccdk_annotations_add_deprecation(c1, "foo", "bar");
    CHECK_INT_EQ(ccdk_app_warning_count(app), 1);
    CHECK_STR_EQ(ccdk_app_warning(app, 0),
                 "The API foo is deprecated: bar. This API will be removed in the next major release [ack: Deprecated:foo]");
    unsetenv("CDK_BLOCK_DEPRECATIONS");
    ccdk_app_free(app);
}

TEST(metadata_text_must_be_utf8)
{
    /* a metadata file is JSON: a type, an annotation or a value that is not UTF-8 fails the synth
     * (found by fuzz_ids: the synth succeeded and wrote a metadata file that did not parse) */
    char out[600];
    snprintf(out, sizeof out, "%s/utf8", g_tmp);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_node_add_metadata(q, "type\xff", ccdk_v_string(stack, "v"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "S/Q: Invalid UTF-8 in a metadata type \"type\\xFF\"");
    ccdk_annotations_add_info(q, "bad \xc3");
    CHECK_INT_EQ(ccdk_app_error_count(app), 2);
    CHECK(ccdk_app_synth(app) != 0);
    struct stat st;
    CHECK(stat(out, &st) != 0); /* nothing written */
    ccdk_app_free(app);
    /* a value resolved into the metadata file: an error there fails the synth too */
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    stack = ccdk_stack_new(app, "S", NULL);
    q = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_node_add_metadata(q, "type", ccdk_v_string(stack, "value \x99"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(stat(out, &st) != 0);
    ccdk_app_free(app);
}

TEST(legacy_stack_synthesizer)
{
    /* newStyleStackSynthesis false: the LegacyStackSynthesizer, unless the stack is given a
     * synthesizer; a legacy stack writes no asset manifest and has no bootstrap version */
    char out[600];
    snprintf(out, sizeof out, "%s/legacy", g_tmp);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .quiet = 1, .outdir = out, .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_sqs_queue_new(s, "Q", NULL);
    ccdk_stack *t = ccdk_stack_new(app, "T", &(ccdk_stack_props){.synthesizer = &(ccdk_default_stack_synthesizer_props){0}});
    ccdk_sqs_queue_new(t, "Q", NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char p[700];
    struct stat st;
    snprintf(p, sizeof p, "%s/S.assets.json", out);
    CHECK(stat(p, &st) != 0);
    snprintf(p, sizeof p, "%s/T.assets.json", out);
    CHECK(stat(p, &st) == 0);
    const char *tpl = ccdk_stack_template_json(s);
    CHECK(tpl && !strstr(tpl, "BootstrapVersion"));
    tpl = ccdk_stack_template_json(t);
    CHECK(tpl && strstr(tpl, "BootstrapVersion"));
    ccdk_app_free(app);
    /* legacy_synthesizer: CCDK_FALSE keeps the default one whatever the context; with another
     * synthesizer it is an error */
    snprintf(out, sizeof out, "%s/legacy-false", g_tmp);
    app = ccdk_app_new(&(ccdk_app_props){
        .quiet = 1, .outdir = out, .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.legacy_synthesizer = CCDK_FALSE});
    ccdk_sqs_queue_new(s, "Q", NULL);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    tpl = ccdk_stack_template_json(s);
    CHECK(tpl && strstr(tpl, "BootstrapVersion"));
    ccdk_app_free(app);
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack_new(app, "T", &(ccdk_stack_props){.legacy_synthesizer = CCDK_TRUE,
                                                  .synthesizer = &(ccdk_default_stack_synthesizer_props){0}});
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "A stack has one synthesizer");
    ccdk_app_free(app);
}

TEST(one_synthesizer_per_stack)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack_new(app, "S", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){0},
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){0},
    });
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "A stack has one synthesizer");
    ccdk_app_free(app);
    /* the BootstraplessSynthesizer with another one, the legacy one among them */
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack_new(app, "S", &(ccdk_stack_props){
        .bootstrapless_synthesizer = &(ccdk_bootstrapless_synthesizer_props){0},
        .cli_credentials_synthesizer = &(ccdk_cli_credentials_stack_synthesizer_props){0},
    });
    ccdk_stack_new(app, "T", &(ccdk_stack_props){
        .bootstrapless_synthesizer = &(ccdk_bootstrapless_synthesizer_props){0},
        .legacy_synthesizer = CCDK_TRUE,
    });
    CHECK_INT_EQ(ccdk_app_error_count(app), 2);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "A stack has one synthesizer");
    CHECK_CONTAINS(ccdk_app_error(app, 1), "A stack has one synthesizer");
    CHECK_INT_EQ(ccdk_app_synth(app), -1);
    ccdk_app_free(app);
}

int main(void)
{
    if (!mkdtemp(g_tmp))
        return 1;
    RUN(analytics_is_a_gzip_stream_of_stored_blocks);
    RUN(acknowledged_warnings);
    RUN(blocked_deprecations);
    RUN(metadata_text_must_be_utf8);
    RUN(legacy_stack_synthesizer);
    RUN(one_synthesizer_per_stack);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", g_tmp);
    if (system(cmd) != 0)
        return 1;
    return TEST_DONE();
}
