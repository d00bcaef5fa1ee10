/* synth.c - synthesis: aspects, dependencies, validation, template rendering, the
 * DefaultStackSynthesizer's asset manifest, and writing the cloud assembly atomically. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fingerprint.h"
#include "synth.h"
#include "assembly_tables.h"

#define SCHEMA_VERSION "55.0.0"
/* Manifest.cliVersion() of the cloud-assembly-schema aws-cdk-lib 2.276.0 bundles: saveManifest adds it
 * to every manifest.json as "minimumCliVersion", last */
#define MIN_CLI_VERSION "2.1148.2"

/* ------------------------------------------------------------------ environment placeholders */

/* StringSpecializer.specialize (construct.c): ${Qualifier} and the account/region when the stack
 * knows them */
#define specialize ccdk__stack_specialize

static ccdk_value *cfnify(ccdk_app *app, const char *s)
{
    if (strstr(s, "${"))
        return ccdk__v_intrinsic(app, "Fn::Sub", ccdk__v_str(app, s));
    return ccdk__v_str(app, s);
}

struct legacy_path {
    ccdk_stack *s;
    const ccdk__file_asset *a;
};

/* the asset's fileName as it is at synth: a bundle's or a nested template's staged name is known
 * only after the asset is added */
static ccdk_value *legacy_asset_path(void *ctx)
{
    const struct legacy_path *p = ctx;
    ccdk_app *app = p->s->node.app;
    const char *name = p->a->staged_name;
    if (*p->s->asset_up && name[0] != '/' && !p->a->in_assembly_dir)
        name = ccdk__sprintf(app, "%s%s", p->s->asset_up, name);
    return ccdk__v_str(app, name);
}

/* LegacyStackSynthesizer.doAddFileAsset: the asset's three parameters under the stack's
 * "AssetParameters" construct (FileAssetParameters, made at the asset's first use with its
 * "aws:cdk:asset" metadata on the stack); the bucket is the S3Bucket parameter, the key the two
 * halves of the S3VersionKey parameter around "||" (ASSET_PREFIX_SEPARATOR), joined. */
static void legacy_file_location(ccdk_stack *s, const ccdk__file_asset *a, const char *hash, ccdk__asset_location *loc)
{
    ccdk_app *app = s->node.app;
    if (!s->legacy_asset_params)
        s->legacy_asset_params = ccdk_construct_new(s, "AssetParameters");
    ccdk_construct *params = ccdk_node_try_find_child(s->legacy_asset_params, hash);
    ccdk_cfn_parameter *bucket, *key;
    if (!params) {
        params = ccdk_construct_new(s->legacy_asset_params, hash);
        bucket = ccdk_cfn_parameter_new(params, "S3Bucket", &(ccdk_cfn_parameter_props){
            .type = "String", .description = ccdk__sprintf(app, "S3 bucket for asset \"%s\"", hash)});
        key = ccdk_cfn_parameter_new(params, "S3VersionKey", &(ccdk_cfn_parameter_props){
            .type = "String", .description = ccdk__sprintf(app, "S3 key for asset version \"%s\"", hash)});
        ccdk_cfn_parameter *artifact = ccdk_cfn_parameter_new(params, "ArtifactHash", &(ccdk_cfn_parameter_props){
            .type = "String", .description = ccdk__sprintf(app, "Artifact hash for asset \"%s\"", hash)});
        ccdk_value *m = ccdk__v_obj(app);
        struct legacy_path *lp = ccdk__alloc(app, sizeof *lp);
        lp->s = s;
        lp->a = a;
        ccdk__v_set(m, "path", ccdk__v_lazy(app, legacy_asset_path, lp));
        ccdk__v_set(m, "id", ccdk__v_str(app, hash));
        ccdk__v_set(m, "packaging", ccdk__v_str(app, a->packaging));
        ccdk__v_set(m, "sourceHash", ccdk__v_str(app, hash));
        ccdk__v_set(m, "s3BucketParameter", ccdk__v_from_string(app, ccdk__element_logical_id_token((ccdk__node *)bucket)));
        ccdk__v_set(m, "s3KeyParameter", ccdk__v_from_string(app, ccdk__element_logical_id_token((ccdk__node *)key)));
        ccdk__v_set(m, "artifactHashParameter",
                    ccdk__v_from_string(app, ccdk__element_logical_id_token((ccdk__node *)artifact)));
        ccdk_node_add_metadata(s, "aws:cdk:asset", m);
    } else {
        bucket = (ccdk_cfn_parameter *)ccdk_node_try_find_child(params, "S3Bucket");
        key = (ccdk_cfn_parameter *)ccdk_node_try_find_child(params, "S3VersionKey");
    }
    const char *bucket_name = ccdk_cfn_parameter_value_as_string(bucket);
    const char *encoded = ccdk_cfn_parameter_value_as_string(key);
    ccdk_value *parts = ccdk_fn_split(s, "||", encoded);
    const char *object_key = ccdk__sprintf(app, "%s%s", ccdk_fn_select(s, 0, parts), ccdk_fn_select(s, 1, parts));
    loc->bucket_name = ccdk__v_from_string(app, bucket_name);
    loc->object_key = ccdk__v_from_string(app, object_key);
    loc->s3_object_url = ccdk__sprintf(app, "s3://%s/%s", bucket_name, object_key);
}

/* LegacyStackSynthesizer.doAddDockerImageAsset: the image's "aws:cdk:asset" metadata on the stack
 * (once per source hash, the build options under their DockerImageAssetSource names) and
 * "<account>.dkr.ecr.<region>.<urlSuffix>/<repository>:<hash>", the repository "aws-cdk/assets"
 * unless the "assets-ecr-repository-name" context names another. */
static const char *legacy_image_uri(ccdk_stack *s, const char *hash, const char *path, ccdk_value *build)
{
    ccdk_app *app = s->node.app;
    ccdk_value *ctx = ccdk__node_context(&s->node, "assets-ecr-repository-name");
    const char *repository = ctx && ctx->kind != CCDK__V_NULL && ctx->kind != CCDK__V_UNDEF ? ccdk__js_string(app, ctx)
                                                                                            : "aws-cdk/assets";
    int seen = 0;
    for (size_t i = 0; i < s->legacy_images_n; i++)
        seen |= !strcmp(s->legacy_images[i], hash);
    if (!seen) {
        if (s->legacy_images_n == s->legacy_images_cap)
            s->legacy_images = ccdk__arena_grow(app, s->legacy_images, s->legacy_images_n, &s->legacy_images_cap,
                                                sizeof *s->legacy_images, 4);
        s->legacy_images[s->legacy_images_n++] = ccdk__strdup(app, hash);
        ccdk_value *m = ccdk__v_obj(app);
        ccdk__v_set(m, "repositoryName", ccdk__v_str(app, repository));
        ccdk__v_set(m, "imageTag", ccdk__v_str(app, hash));
        ccdk__v_set(m, "id", ccdk__v_str(app, hash));
        ccdk__v_set(m, "packaging", ccdk__v_str(app, "container-image"));
        ccdk__v_set(m, "path", ccdk__v_str(app, path));
        ccdk__v_set(m, "sourceHash", ccdk__v_str(app, hash));
        static const char *const names[][2] = {
            {"dockerBuildArgs", "buildArgs"}, {"dockerBuildContexts", "buildContexts"},
            {"dockerBuildSecrets", "buildSecrets"}, {"dockerBuildSsh", "buildSsh"}, {"dockerBuildTarget", "target"},
            {"dockerFile", "file"}, {"networkMode", "networkMode"}, {"platform", "platform"},
            {"dockerOutputs", "outputs"}, {"cacheFrom", "cacheFrom"}, {"cacheTo", "cacheTo"},
            {"cacheDisabled", "cacheDisabled"}};
        for (size_t i = 0; build && i < sizeof names / sizeof names[0]; i++) {
            ccdk_value *v = ccdk__v_get(build, names[i][0]);
            if (v)
                ccdk__v_set(m, names[i][1], v);
        }
        ccdk_node_add_metadata(s, "aws:cdk:asset", m);
    }
    return ccdk__sprintf(app, "%s.dkr.ecr.%s.%s/%s:%s", ccdk_stack_account(s), ccdk_stack_region(s),
                         ccdk_stack_url_suffix(s), repository, hash);
}

/* The extension of a file asset's object key: the synthesizers' path.extname(asset.fileName), from
 * the last dot, so an archive staged as asset.<hash>.tar.gz is uploaded as <hash>.gz (aws-cdk-lib's
 * way: only the staged file keeps the whole ".tar.gz"). ext, *n: the staged extension
 * (ccdk__asset_ext); returns the key's, *n its length. */
static const char *key_extension(const char *ext, size_t *n)
{
    for (size_t i = *n; i-- > 0;)
        if (ext[i] == '.') {
            *n -= i;
            return ext + i;
        }
    return ext;
}

/* A file asset's object key: the synthesizer's bucketPrefix (specialized), then <hash>.zip for a
 * directory, else <hash> and key_extension's part of the staged extension */
static const char *asset_object_key(ccdk_app *app, const char *prefix, const char *hash, const char *source_path,
                                    int is_dir)
{
    if (is_dir)
        return ccdk__sprintf(app, "%s%s.zip", prefix, hash);
    size_t n;
    const char *ext = ccdk__asset_ext(source_path, &n);
    ext = key_extension(ext, &n);
    return ccdk__sprintf(app, "%s%s%.*s", prefix, hash, (int)n, ext);
}

static ccdk__asset_location add_asset(ccdk_stack *s, const char *hash, const char *source_path, int is_dir,
                                      const char *display_name, const ccdk__fingerprint_opts *opts, int docker)
{
    ccdk_app *app = s->node.app;
    if (s->nested_parent) /* NestedStackSynthesizer: the parent's assets (nested_stack.c) */
        s = ccdk__nested_asset_owner(s, &display_name);
    if (s->syn_bootstrapless && !s->bootstrapless_refused) {
        /* its addFileAsset and addDockerImageAsset throw (the first one: aws-cdk-lib stops there) */
        s->bootstrapless_refused = 1;
        ccdk__unscoped_error(app, "Cannot add assets to a Stack that uses the BootstraplessSynthesizer");
    }
    ccdk__file_asset *a = NULL;
    for (ccdk__file_asset *x = s->assets; x; x = x->next)
        if (!strcmp(x->hash, hash))
            a = x;
    size_t extn;
    const char *ext = ccdk__asset_ext(source_path, &extn);
    if (!a) {
        a = ccdk__alloc(app, sizeof *a);
        a->hash = ccdk__strdup(app, hash);
        a->source_path = ccdk__strdup(app, source_path);
        a->is_dir = is_dir;
        a->packaging = is_dir ? "zip" : "file";
        a->staged_name = ccdk__sprintf(app, "asset.%s%.*s", hash, (int)extn, ext);
        /* AssetStaging with aws:cdk:disable-asset-staging (cdk synth --no-staging, as SAM needs): the
         * asset is not copied, its stagedPath is the source's absolute path. ccdk's embedded
         * handlers (no source on disk) are staged all the same. */
        ccdk_value *ns = ccdk__node_context(&s->node, "aws:cdk:disable-asset-staging");
        if (ns && ccdk__truthy(ns) && source_path[0] == '/' && strcmp(source_path, "/ccdk-embedded-asset")) {
            a->staged_name = a->source_path;
            a->not_staged = 1;
        }
        if (opts)
            a->opts = *opts;
        a->display_name = ccdk__strdup(app, display_name);
        if (s->assets_tail)
            s->assets_tail->next = a;
        else
            s->assets = a;
        s->assets_tail = a;
        s->nassets++;
    }
    ccdk__asset_location loc;
    const char *bucket = specialize(app, s, s->syn_bucket);
    const char *key = asset_object_key(app, specialize(app, s, s->syn_bucket_prefix), hash, source_path, is_dir);
    loc.bucket_name = cfnify(app, bucket);
    loc.object_key = cfnify(app, key);
    loc.s3_object_url = ccdk__sprintf(app, "s3://%s/%s", bucket, key);
    loc.http_url = NULL;
    /* as the template sees it: from the stack's assembly directory (a Stage's is one level down) */
    loc.staged_name = *s->asset_up && a->staged_name[0] != '/' ? ccdk__sprintf(app, "%s%s", s->asset_up, a->staged_name) : a->staged_name;
    if (s->syn_legacy && !docker)
        legacy_file_location(s, a, hash, &loc);
    return loc;
}

ccdk__asset_location ccdk__stack_add_file_asset(ccdk_stack *s, const char *hash, const char *source_path, int is_dir,
                                                const char *display_name, const ccdk__fingerprint_opts *opts)
{
    return add_asset(s, hash, source_path, is_dir, display_name, opts, 0);
}

ccdk__asset_location ccdk__stack_add_memory_asset(ccdk_stack *s, const char *hash, const ccdk__memfile *files,
                                                  size_t nfiles, const char *display_name)
{
    /* a source path without an extension: staged as asset.<hash>, packaged as a zip */
    ccdk__asset_location loc = ccdk__stack_add_file_asset(s, hash, "/ccdk-embedded-asset", 1, display_name, NULL);
    s = ccdk__nested_asset_owner(s, NULL);
    for (ccdk__file_asset *x = s->assets; x; x = x->next)
        if (!strcmp(x->hash, hash) && !x->mem) {
            x->mem = files;
            x->nmem = nfiles;
        }
    return loc;
}

/* Writes an in-memory directory asset into dest (which does not exist): 0, or -1 with errno. */
static int stage_memory(const ccdk__file_asset *a, const char *dest)
{
    if (mkdir(dest, 0755) != 0)
        return -1;
    for (size_t i = 0; i < a->nmem; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dest, a->mem[i].name);
        int fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0)
            return -1;
        size_t off = 0;
        while (off < a->mem[i].len) {
            ssize_t w = write(fd, a->mem[i].data + off, a->mem[i].len - off);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                int e = w < 0 ? errno : EIO;
                close(fd);
                errno = e;
                return -1;
            }
            off += (size_t)w;
        }
        if (close(fd) != 0)
            return -1;
    }
    return 0;
}

const char *ccdk__stack_add_docker_image_asset(ccdk_stack *s, const char *hash, const char *source_path,
                                               const char *display_name, int display_given, const char *asset_name,
                                               const ccdk__fingerprint_opts *opts, ccdk_value *build_options,
                                               const char **staged_name)
{
    ccdk_app *app = s->node.app;
    ccdk_stack *owner = ccdk__nested_asset_owner(s, NULL);
    /* the dockerImages key: "<assetName>-<hash>" with an assetName (defaultAddDockerImageAsset) */
    const char *key = asset_name ? ccdk__sprintf(app, "%s-%s", asset_name, hash) : hash;
    ccdk__asset_location loc = add_asset(s, hash, source_path, 1, display_name, opts, 1);
    ccdk__file_asset *entry = NULL, *first = NULL;
    for (ccdk__file_asset *x = owner->assets; x; x = x->next)
        if (!strcmp(x->hash, hash)) {
            if (!first)
                first = x;
            if (x->docker && !strcmp(x->image_key ? x->image_key : x->hash, key))
                entry = x;
        }
    /* a key seen before keeps its first asset's source and displayName (addDockerImageAsset) */
    if (!entry) {
        if (first->docker) {
            /* the same staged directory under another key: an entry of its own, staged once (the
             * stager skips a staged name it has seen) */
            entry = ccdk__alloc(app, sizeof *entry);
            *entry = *first;
            entry->next = NULL;
            entry->display_name = NULL;
            owner->assets_tail->next = entry;
            owner->assets_tail = entry;
            owner->nassets++;
            if (!display_given) { /* the stack-relative path, as ccdk__stack_add_file_asset renders it */
                const char *dn = display_name;
                ccdk__nested_asset_owner(s, &dn);
                entry->display_name = ccdk__strdup(app, dn);
            }
        } else {
            entry = first; /* the asset just added (or a file asset of the same hash, as before) */
        }
        entry->docker = 1;
        entry->image_key = key == hash ? NULL : key;
        entry->docker_build = build_options;
        if (display_given) /* the user's displayName as given, also in a nested stack */
            entry->display_name = ccdk__strdup(app, display_name);
    }
    *staged_name = loc.staged_name;
    if (owner->syn_legacy)
        return legacy_image_uri(owner, hash, loc.staged_name, build_options);
    /* <repository>:<dockerTagPrefix><hash>, both specialized */
    const char *uri = specialize(app, owner, ccdk__sprintf(app, "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/%s:%s%s",
                                                           owner->syn_repository, owner->syn_docker_prefix, hash));
    return ccdk__token_str(app, cfnify(app, uri));
}

/* ------------------------------------------------------------------ prepare */

/* The aspects invoked on one node so far (aws-cdk-lib's invokedByPath entry), in order: two inline,
 * more in inv (cap > 0). */
typedef struct {
    const ccdk__node *node;
    const ccdk__aspect *inl[2];
    const ccdk__aspect **inv;
    size_t n, cap;
} invoked_slot;

typedef struct {
    ccdk_app *app;
    invoked_slot *slots; /* in the order the nodes were first met; node->aspect_slot finds them */
    size_t cap, used;
    int warned; /* invokeAspects (no stabilization): its one "added via another Aspect" warning */
    int failed;
} aspect_run;

static const ccdk__aspect **invoked_items(invoked_slot *s) { return s->cap ? s->inv : s->inl; }

/* the node's slot: the index it keeps is trusted only when the slot points back at it (it may be
 * another run's: a Stage's, or an earlier synth's) */
static invoked_slot *invoked_of(aspect_run *r, const ccdk__node *n)
{
    uint32_t k = n->aspect_slot;
    if (k && k <= r->used && r->slots[k - 1].node == n)
        return &r->slots[k - 1];
    if (r->used == r->cap) {
        /* in the arena: its pages are faulted in already (a fresh malloc'd table's are not) */
        size_t cap = r->cap ? r->cap * 2 : (size_t)r->app->nnodes + 64;
        if (cap > UINT32_MAX)
            abort();
        invoked_slot *s = ccdk__alloc(r->app, cap * sizeof *s);
        if (r->used)
            memcpy(s, r->slots, r->used * sizeof *s);
        r->slots = s;
        r->cap = cap;
    }
    invoked_slot *s = &r->slots[r->used++];
    memset(s, 0, sizeof *s);
    s->node = n;
    ((ccdk__node *)n)->aspect_slot = (uint32_t)r->used;
    return s;
}

static void invoked_push(invoked_slot *s, const ccdk__aspect *a)
{
    if (!s->cap && s->n < 2) {
        s->inl[s->n++] = a;
        return;
    }
    if (!s->cap) {
        s->cap = 8;
        s->inv = malloc(s->cap * sizeof *s->inv);
        if (!s->inv)
            abort();
        memcpy(s->inv, s->inl, sizeof s->inl);
    } else if (s->n == s->cap) {
        s->cap *= 2;
        s->inv = realloc(s->inv, s->cap * sizeof *s->inv);
        if (!s->inv)
            abort();
    }
    s->inv[s->n++] = a;
}

/* the same aspect (aws-cdk-lib's object identity: here the function and its context) */
static int same_aspect(const ccdk__aspect *a, const ccdk__aspect *b)
{
    return a->fn == b->fn && a->ctx == b->ctx;
}

static size_t own_aspects(const ccdk__node *n)
{
    size_t own = 0;
    for (const ccdk__aspect *a = n->ext ? n->ext->aspects : NULL; a; a = a->next)
        own++;
    return own;
}

/* aws-cdk-lib's sortAspectsByPriority: the inherited and the node's own aspects by priority, a
 * stable sort in which an inherited one goes before an own one of the same priority. inherited is
 * sorted already: each own aspect goes after every inherited or earlier own one of a priority not
 * above its own. Returns the count; *all is small or malloc'd. */
static size_t aspects_here(const ccdk__node *n, ccdk__aspect **inherited, size_t ninh, ccdk__aspect **small,
                           ccdk__aspect ***all)
{
    size_t own = own_aspects(n);
    *all = ninh + own + 1 <= 32 ? small : malloc((ninh + own + 1) * sizeof **all);
    if (!*all)
        abort();
    if (ninh) /* inherited is NULL at the root: memcpy(x, NULL, 0) is undefined */
        memcpy(*all, inherited, ninh * sizeof **all);
    size_t k = ninh;
    for (ccdk__aspect *a = n->ext ? n->ext->aspects : NULL; a; a = a->next) {
        size_t at = k;
        while (at > 0 && (*all)[at - 1]->priority > a->priority)
            at--;
        memmove(*all + at + 1, *all + at, (k - at) * sizeof **all);
        (*all)[at] = a;
        k++;
    }
    return k;
}

/* aws-cdk-lib's invokeAspects (@aws-cdk/core:aspectStabilization false): one walk; an aspect added
 * while the aspects run is not invoked where it was added, and the first such addition is a warning */
static void aspects_once(aspect_run *r, ccdk__node *n, ccdk__aspect **inherited, size_t ninh)
{
    ccdk__aspect *small[32], **all;
    size_t k = aspects_here(n, inherited, ninh, small, &all);
    size_t own0 = own_aspects(n);
    for (size_t i = 0; i < k; i++) {
        /* an aspect met twice on the way down (added to a parent and to this node) is invoked
         * once per node: the first time, at its lower priority */
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = same_aspect(all[j], all[i]);
        if (seen)
            continue;
        all[i]->fn(n, all[i]->ctx);
        if (!r->warned && own_aspects(n) != own0) {
            ccdk__warning(n, "@aws-cdk/core:ignoredAspect",
                          "We detected an Aspect was added via another Aspect, and will not be applied");
            r->warned = 1;
        }
    }
    /* the children as they are after this node's aspects (node.children is a copy there) */
    size_t nch = n->nchildren;
    for (size_t i = 0; i < nch; i++)
        if (!ccdk__is_stage(n->children[i])) /* a Stage is synthesized apart: invoke_aspects */
            aspects_once(r, n->children[i], all, k);
    if (all != small)
        free(all);
}

enum { ASPECTS_NOTHING, ASPECTS_INVOKED, ASPECTS_ABORT };

/* one pass of aws-cdk-lib's invokeAspectsV2: every aspect not yet invoked on a node is, in priority
 * order; an aspect added meanwhile (anywhere) ends the pass, which then starts over at the root */
static int aspects_pass(aspect_run *r, ccdk__node *n, ccdk__aspect **inherited, size_t ninh)
{
    int ret = ASPECTS_NOTHING;
    unsigned long rev0 = r->app->aspect_revision;
    ccdk__aspect *small[32], **all;
    size_t k = aspects_here(n, inherited, ninh, small, &all);
    for (size_t i = 0; i < k; i++) {
        invoked_slot *s = invoked_of(r, n);
        const ccdk__aspect **inv = invoked_items(s);
        int seen = 0;
        for (size_t j = 0; j < s->n && !seen; j++)
            seen = same_aspect(inv[j], all[i]);
        if (seen)
            continue;
        const ccdk__aspect *last = s->n ? inv[s->n - 1] : NULL;
        if (last && last->priority > all[i]->priority) {
            /* aspect.constructor.name there: a C aspect has no class, and "Object" is what an
             * object-literal aspect is named */
            ccdk__unscoped_error(r->app,
                                 "Cannot invoke Aspect Object with priority %d on node %s: an Aspect Object with a lower "
                                 "priority (added at %s with priority %d) was already invoked on this node.",
                                 all[i]->priority, n->path, last->scope->path, last->priority);
            r->failed = 1;
            ret = ASPECTS_ABORT;
            break;
        }
        all[i]->fn(n, all[i]->ctx);
        ret = ASPECTS_INVOKED;
        invoked_push(invoked_of(r, n), all[i]); /* (the visit may have grown the table) */
        if (r->app->aspect_revision != rev0) {
            ret = ASPECTS_ABORT;
            break;
        }
    }
    /* the children as they are after this node's aspects (node.children is a copy there): one
     * made later is met in the next pass */
    size_t nch = ret == ASPECTS_ABORT ? 0 : n->nchildren;
    for (size_t i = 0; i < nch; i++) {
        if (ccdk__is_stage(n->children[i])) /* a Stage is synthesized apart: invoke_aspects */
            continue;
        int c = aspects_pass(r, n->children[i], all, k);
        if (c != ASPECTS_NOTHING)
            ret = c;
        if (ret == ASPECTS_ABORT)
            break;
    }
    if (all != small)
        free(all);
    return ret;
}

/* aws-cdk-lib's synthesize(root): invokeAspectsV2 under @aws-cdk/core:aspectStabilization (on when
 * not set), passes until one invokes nothing (at most 102), else invokeAspects. The flag is the
 * App's: a nested Stage's synth gets the App's synth options, aspectStabilization included, and
 * never reads the flag where the Stage is (a context the Stage sets is ignored there too). */
static void aspects_of_root(ccdk_app *app, ccdk__node *root)
{
    if (!app->aspect_revision)
        return; /* no aspect was ever added: every pass would invoke nothing */
    aspect_run r = {.app = app};
    if (!ccdk__feature_flag(&app->node, "@aws-cdk/core:aspectStabilization")) {
        aspects_once(&r, root, NULL, 0);
    } else {
        /* A whole pass (not ended by an added aspect) that made no construct leaves nothing for the
         * next pass to invoke: that pass is skipped (every app with a role has an aspect), as long
         * as aws-cdk-lib would still run it (passes 1 to 101 of the loop). */
        size_t nodes0 = app->nnodes;
        unsigned long rev0 = app->aspect_revision;
        int ret = aspects_pass(&r, root, NULL, 0);
        int settled = !r.failed && ret != ASPECTS_ABORT && app->nnodes == nodes0 && app->aspect_revision == rev0;
        for (int i = 0; i <= 100 && !r.failed && !settled; i++) {
            nodes0 = app->nnodes;
            rev0 = app->aspect_revision;
            ret = aspects_pass(&r, root, NULL, 0);
            settled = !r.failed && (ret == ASPECTS_NOTHING || (i < 100 && ret != ASPECTS_ABORT &&
                                                               app->nnodes == nodes0 && app->aspect_revision == rev0));
        }
        if (!settled && !r.failed)
            ccdk__unscoped_error(app, "We have detected a possible infinite loop while invoking Aspects. Please check your "
                                      "Aspects and verify there is no configuration that would cause infinite Aspect "
                                      "or Node creation.");
    }
    for (size_t i = 0; i < r.used; i++)
        if (r.slots[i].cap)
            free(r.slots[i].inv);
}

/* The aspects of root and its stages as aws-cdk-lib's synthesize(root) invokes them: the stages
 * under root first (synthNestedAssemblies: each stage's synth starts over at the stage, so an
 * aspect added above a Stage, Tags.of(app) included, never reaches inside it), then root's own
 * tree up to those stages. */
static void invoke_aspects(ccdk__node *root, ccdk__node *n)
{
    for (size_t i = 0; i < n->nchildren; i++)
        invoke_aspects(ccdk__is_stage(n->children[i]) ? n->children[i] : root, n->children[i]);
    if (n == root)
        aspects_of_root(root->app, root);
}

static void walk(ccdk__node *n, int validate)
{
    if (validate) {
        if (n->kind->validate)
            n->kind->validate(n);
        for (ccdk__validation *v = n->ext ? n->ext->validations : NULL; v; v = v->next) {
            ccdk_validation_errors errors = {n};
            v->fn(n, v->ctx, &errors);
        }
    } else if (n->kind->prepare) {
        n->kind->prepare(n);
    }
    for (size_t i = 0; i < n->nchildren; i++)
        walk(n->children[i], validate);
}

/* ------------------------------------------------------------------ template */

/* The stack's elements in tree order, collected once: nothing is added to the tree after
 * preparation (ccdk__node_init refuses), and synth walks them several times. */
static ccdk__node **stack_elements(ccdk_stack *s, size_t *n)
{
    if (!s->dfs_elements) {
        size_t cap = 0;
        s->ndfs_elements = 0;
        ccdk__collect_elements(&s->node, 0, &s->dfs_elements, &s->ndfs_elements, &cap);
    }
    *n = s->ndfs_elements;
    return s->dfs_elements;
}

static void add_bootstrap_rule(ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    ccdk_cfn_parameter_props pp = {
        .type = "AWS::SSM::Parameter::Value<String>",
        .default_value = ccdk__v_str(app, specialize(app, s, s->syn_ssm)),
        .description = "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM "
                       "Parameter Store. [cdk:skip]",
    };
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(s, "BootstrapVersion", &pp);
    (void)p;
}

/* the CheckBootstrapVersion rule, built as its JSON text would parse (a parse per stack cost ~14,000
 * instructions): {"Assertions": [{"Assert": {"Fn::Not": [{"Fn::Contains": [["1", "2", "3", "4", "5"],
 * {"Ref": "BootstrapVersion"}]}]}, "AssertDescription": "CDK bootstrap stack version 6 required. ..."}]}.
 * Fresh values per template, as the parse made them: nothing is shared between templates. */
static void render_rule(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *tpl)
{
    (void)ctx;
    ccdk_app *app = n->app;
    /* the versions below the one the deploy role needs (6; 22 with session tags) */
    static const char *const versions[] = {"1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9",  "10", "11",
                                           "12", "13", "14", "15", "16", "17", "18", "19", "20", "21"};
    int required = n->stack->syn_deploy_version;
    ccdk_value *known = ccdk__v_list(app);
    for (int i = 0; i < required - 1 && i < (int)(sizeof versions / sizeof *versions); i++)
        ccdk__v_push(known, ccdk__v_str_nocopy(app, versions[i]));
    ccdk_value *contains = ccdk__v_list(app);
    ccdk__v_push(contains, known);
    ccdk__v_push(contains, ccdk__v_intrinsic(app, "Ref", ccdk__v_str_nocopy(app, "BootstrapVersion")));
    ccdk_value *not_args = ccdk__v_list(app);
    ccdk__v_push(not_args, ccdk__v_intrinsic(app, "Fn::Contains", contains));
    ccdk_value *assertion = ccdk__v_obj_sized(app, 2);
    ccdk__v_append_unique(assertion, "Assert", ccdk__v_intrinsic(app, "Fn::Not", not_args));
    ccdk__v_append_unique(assertion, "AssertDescription",
                          required == 6 ? ccdk__v_str_nocopy(app, "CDK bootstrap stack version 6 required. Please run "
                                                                  "'cdk bootstrap' with a recent version of the CDK CLI.")
                                        : ccdk__v_str(app, ccdk__sprintf(app, "CDK bootstrap stack version %d required. "
                                                                              "Please run 'cdk bootstrap' with a recent "
                                                                              "version of the CDK CLI.", required)));
    ccdk_value *assertions = ccdk__v_list(app);
    ccdk__v_push(assertions, assertion);
    ccdk_value *rule = ccdk__v_intrinsic(app, "Assertions", assertions);
    ccdk_value *sec = ccdk__v_get(tpl, "Rules");
    if (!sec) {
        sec = ccdk__v_obj(app);
        ccdk__v_set(tpl, "Rules", sec);
    }
    ccdk__v_set(sec, ccdk__element_logical_id(n), rule);
}

static const ccdk__kind kind_rule = {.fqn = "aws-cdk-lib.CfnRule", .element = CCDK__EL_RULE, .render = render_rule};


/* ------------------------------------------------------------------ writing templates
 *
 * A template is resolved on the calling thread, in a scratch arena, and serialised -- streamed
 * into <dir>/<artifact>.template.json while its SHA-256 (the asset hash of the template) is taken
 * -- by a writer thread, with the stack's metadata file and asset manifest; tree.json is written
 * by a thread of its own (tree_main), each stack's part once the stack is rendered (its L1s'
 * props are kept by their render); without that thread (CCDK_NO_TREE_THREAD=1), by the writer
 * once every template is.
 * Serialising only reads the resolved values and writes through its own malloc'd buffer, and the
 * tree is only read (a construct added or removed meanwhile waits for app->tree_mu): the calling
 * thread keeps every other piece of state to itself. At most WRITER_QUEUE resolved templates wait
 * for the writer, so memory stays at a few stacks' worth; when the thread falls behind, the
 * calling thread runs a job itself. A third thread flushes what is written (flusher) so that the
 * flush before the swap has little left to do.
 *
 * Tried and left (session 18): the writer making each stack's tree.json subtree after its files,
 * and the L1s' tree.json props from the resolved values there instead of during the render. Same
 * bytes, but the 1,000-function bench took 37 ms instead of 29 and 44 ms of CPU instead of 28
 * (perf: memmove of the growing subtree buffers, more pages faulted in): a loss on 2 cores.
 *
 * Everything cached during resolution must live outside the scratch arena: logical ids are
 * computed in the persistent arena (cfn.c), annotations and errors are malloc'd. */

#define WRITER_QUEUE 2
/* _synthesizeTemplate's warning: JSON.stringify(template, undefined, 1) over 80 % of 1,000,000 bytes */
#define TEMPLATE_WARN_BYTES 800000

struct meta_prep;

typedef struct {
    ccdk_stack *s;
    ccdk_value *tpl;
    ccdk__arena arena; /* the scratch the template was resolved in */
    /* the files' paths, in arena (the job's own memory: a job of 12 KiB of path buffers made the
     * jobs table of a hundred stacks fault in a page per path as it was filled) */
    const char *path;
    int rc;
    int claimed, done, reclaimed;
    /* the stack's metadata file, written by the thread after the template (meta_write) when meta
     * is set: in arena, so gone once the job is reclaimed; meta_nann and meta_rc stay */
    struct meta_prep *meta;
    size_t meta_nann;
    int meta_done, meta_rc;
    const char *meta_path;
    /* the same for the asset manifest (assets_write), which needs the template's hash */
    struct assets_prep *assets;
    size_t assets_n;
    int assets_done, assets_rc;
    const char *assets_path;
    /* the lint rules, run over tpl as it is written (validation.c: its own arena); the calling
     * thread finishes it once the templates are written (phase_render) */
    ccdk__lint_job *lint;
} tpl_job;

/* The early flush. The assembly is flushed to disk before the swap (syncfs, assembly.c), and on a
 * virtual disk a flush costs in proportion to what it has to write (measured here: 12 MB 10 ms;
 * 8 MB then 4 MB, 6 ms and 3 ms). This thread flushes what the writer has written so far while the
 * calling thread goes on resolving, so that the flush before the swap has only the last files
 * left. It sleeps in syncfs, so it costs the other threads little CPU. */
#define FLUSH_EVERY (512u << 10) /* bytes written between two early flushes, at least */

typedef struct {
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int fd;             /* the staging directory (its file system is the one flushed) */
    int on;             /* the thread runs */
    int kicked, stop;
    size_t unflushed;   /* bytes written since the last kick (writer side, under mu) */
} flusher;

/* early flushes asked for in this process, for the tests: counted when the thread is kicked (a
 * flush the thread had no time to start before the synth's own is not one less) */
static size_t early_flushes;

size_t ccdk__early_flush_count(void)
{
    return __atomic_load_n(&early_flushes, __ATOMIC_RELAXED);
}

static void *flusher_main(void *arg)
{
    flusher *f = arg;
    pthread_mutex_lock(&f->mu);
    for (;;) {
        while (!f->kicked && !f->stop)
            pthread_cond_wait(&f->cv, &f->mu);
        if (f->stop)
            break;
        f->kicked = 0;
        pthread_mutex_unlock(&f->mu);
        syncfs(f->fd); /* a failure shows again in the flush before the swap, which reports it */
        pthread_mutex_lock(&f->mu);
    }
    pthread_mutex_unlock(&f->mu);
    return NULL;
}

/* only where a writer thread runs and the assembly is flushed at all */
static void flusher_start(flusher *f, int fd)
{
    memset(f, 0, sizeof *f);
    if (fd < 0 || !ccdk__durable())
        return;
    /* its own descriptor: a failed commit closes the staging directory's while a flush may run */
    f->fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (f->fd < 0)
        return;
    pthread_mutex_init(&f->mu, NULL);
    pthread_cond_init(&f->cv, NULL);
    f->on = pthread_create(&f->th, NULL, flusher_main, f) == 0;
    if (!f->on) {
        pthread_mutex_destroy(&f->mu);
        pthread_cond_destroy(&f->cv);
        close(f->fd);
    }
}

/* n more bytes are written: a flush starts once FLUSH_EVERY have gathered (any thread) */
static void flusher_wrote(flusher *f, size_t n)
{
    if (!f || !f->on)
        return;
    pthread_mutex_lock(&f->mu);
    f->unflushed += n;
    if (f->unflushed >= FLUSH_EVERY) {
        f->unflushed = 0;
        f->kicked = 1;
        __atomic_add_fetch(&early_flushes, 1, __ATOMIC_RELAXED);
        pthread_cond_signal(&f->cv);
    }
    pthread_mutex_unlock(&f->mu);
}

/* No more flushes: the thread ends after the one under way, if any */
static void flusher_stop(flusher *f)
{
    if (!f->on)
        return;
    pthread_mutex_lock(&f->mu);
    f->stop = 1;
    pthread_cond_signal(&f->cv);
    pthread_mutex_unlock(&f->mu);
}

/* Ends the thread (stopping it first), waiting for a flush under way: called after the flush
 * before the swap, which waits for the same writeback anyway. */
static void flusher_join(flusher *f)
{
    if (!f->on)
        return;
    flusher_stop(f);
    pthread_join(f->th, NULL);
    pthread_mutex_destroy(&f->mu);
    pthread_cond_destroy(&f->cv);
    close(f->fd);
    f->on = 0;
}

typedef struct {
    ccdk_app *app;
    pthread_t th;
    int threaded;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    tpl_job *jobs;
    size_t njobs, next, ndone;
    size_t reclaimed_upto; /* jobs[0, reclaimed_upto) are reclaimed (calling thread only) */
    int closed;
    char tree_path[4200]; /* tree.json, written first when set */
    int tree_rc;
    int tree_written; /* by the thread (it does not when the synth fails before writer_close) */
    pthread_mutex_t tree_mu; /* held by the thread while it writes tree.json (app->tree_mu) */
    flusher *fl; /* told what each job wrote, or NULL */
    /* tree.json's own thread (tree_main): it writes the tree as the stacks are rendered, on a CPU
     * the other two leave idle; 0: the writer thread writes it after the templates */
    pthread_t tree_th;
    int tree_th_on;
    int tree_go;   /* the tree is final (validated, logical ids made): the thread may start */
    int tree_over; /* no more stack will be rendered (done, or the synth failed): no more waits */
    pthread_cond_t tree_cv; /* (its own: a stack rendered wakes the tree thread alone, when it waits) */
    int tree_waiting;
} tpl_writer;

/* tree_main's writer, while it writes: a stack's part waits until the stack is rendered (its
 * L1s' props and the logical ids settled by the render are in place then) */
static __thread tpl_writer *tree_waiter;

static void tree_node(ccdk__buf *b, ccdk__node *n);
static void tree_head(ccdk__buf *b, ccdk__node *n);
static size_t tree_children(ccdk__buf *b, ccdk__node *n, size_t from, size_t to, size_t shown);
static int meta_write(const struct meta_prep *m, const char *path);
static struct meta_prep *meta_prepare(ccdk_stack *s);
static struct assets_prep *assets_prepare(ccdk_stack *s);
static int assets_write(ccdk_app *app, const struct assets_prep *p, const char *hash, const char *path);

/* opens a file of the staging directory, reusing the old assembly's file of the same name where it
 * comes out the same (a synth that changes little writes, flushes and frees little) */
static int out_open(ccdk_app *app, ccdk__buf *b, const char *path, ccdk__sha256_ctx *sha)
{
    size_t n = app->out_tmp ? strlen(app->out_tmp) : 0;
    if (n && !strncmp(path, app->out_tmp, n) && path[n] == '/')
        return ccdk__buf_open_reuse(b, path, app->out_old_dir, path + n + 1, sha);
    return ccdk__buf_open(b, path, sha);
}

static void serialize_template(tpl_job *j)
{
    ccdk__sha256_ctx sha;
    ccdk__sha256_init(&sha);
    ccdk__buf b;
    j->rc = out_open(j->s->node.app, &b, j->path, &sha);
    if (j->rc == 0) {
        ccdk__json_write(&b, j->tpl, j->s->suppress_indent ? 0 : 1);
        j->rc = ccdk__buf_close(&b);
    }
    unsigned char d[32];
    j->s->template_len = sha.len; /* the bytes written (the template-size warning) */
    ccdk__sha256_final(&sha, d);
    ccdk__hex(d, 32, j->s->template_hash);
    /* the lint rules read the same resolved template, before its scratch goes back */
    ccdk__lint_job_run(j->lint, j->tpl);
}

static int write_tree(ccdk_app *app, const char *path)
{
    ccdk__buf tb;
    if (out_open(app, &tb, path, NULL) != 0)
        return -1;
    ccdk__buf_puts(&tb, "{\"version\":\"tree-0.1\",\"tree\":");
    tree_node(&tb, &app->node);
    ccdk__buf_putc(&tb, '}');
    return ccdk__buf_close(&tb);
}

/* marks j written and wakes whoever waits for it (called with w->mu not held) */
static void job_finished(tpl_writer *w, tpl_job *j)
{
    pthread_mutex_lock(&w->mu);
    j->done = 1;
    w->ndone++;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

/* a job's files: the template, then the asset manifest and the metadata file when prepared (by
 * the thread, or by the calling thread when the thread is behind; only reads) */
static void run_job(tpl_writer *w, tpl_job *j)
{
    serialize_template(j);
    if (j->assets && j->rc == 0) {
        j->assets_rc = assets_write(w->app, j->assets, j->s->template_hash, j->assets_path);
        j->assets_done = 1;
    }
    /* the metadata next, unless the template is large enough for the size warning, which the
     * calling thread adds once every template is written */
    if (j->meta && j->rc == 0 && j->s->template_len <= TEMPLATE_WARN_BYTES) {
        j->meta_rc = meta_write(j->meta, j->meta_path);
        j->meta_done = 1;
    }
    flusher_wrote(w->fl, j->s->template_len);
}

static void *writer_main(void *arg)
{
    tpl_writer *w = arg;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (w->next < w->njobs && w->jobs[w->next].claimed)
            w->next++;
        if (w->next < w->njobs) {
            tpl_job *j = &w->jobs[w->next++];
            j->claimed = 1;
            pthread_mutex_unlock(&w->mu);
            run_job(w, j);
            /* the job's scratch is done with: zeroed here, off the calling thread, which takes
             * its blocks back (reclaim) for the next stacks' scratch */
            ccdk__arena_zero(&j->arena);
            job_finished(w, j);
            pthread_mutex_lock(&w->mu);
            continue;
        }
        if (w->closed)
            break;
        pthread_cond_wait(&w->cv, &w->mu);
    }
    pthread_mutex_unlock(&w->mu);
    /* tree.json last, once every template is queued: its nodes carry the logical ids and the
     * version-reporting constructs, and nothing changes the tree any more (the calling thread
     * writes the asset manifests, the metadata and manifest.json meanwhile, reading only). */
    if (w->tree_path[0] && !w->tree_th_on) {
        pthread_mutex_lock(&w->tree_mu);
        w->tree_rc = write_tree(w->app, w->tree_path);
        w->tree_written = 1;
        pthread_mutex_unlock(&w->tree_mu);
    }
    return NULL;
}

/* tree.json as the stacks are rendered, rather than after the last template while the calling
 * thread waits for it (shared-asset: 11-14 ms). At the normal priority: SCHED_IDLE kept it off
 * the CPUs the other two threads use, but on a machine busy with other work it starved, and a
 * 150 ms synth took 4.5 s (an unprivileged thread cannot leave SCHED_IDLE again). */
static void *tree_main(void *arg)
{
    tpl_writer *w = arg;
    pthread_mutex_lock(&w->mu);
    w->tree_waiting = 1;
    while (!w->tree_go && !w->tree_over)
        pthread_cond_wait(&w->tree_cv, &w->mu);
    w->tree_waiting = 0;
    int go = w->tree_go;
    pthread_mutex_unlock(&w->mu);
    if (!go)
        return NULL; /* the synth failed before the tree was final: writer_join writes it, if at all */
    tree_waiter = w;
    pthread_mutex_lock(&w->tree_mu);
    w->tree_rc = write_tree(w->app, w->tree_path);
    pthread_mutex_lock(&w->mu);
    w->tree_written = 1;
    pthread_mutex_unlock(&w->mu);
    pthread_mutex_unlock(&w->tree_mu);
    tree_waiter = NULL;
    return NULL;
}

/* the tree is final: the tree thread may start writing */
static void writer_tree_go(tpl_writer *w)
{
    if (!w->tree_th_on)
        return;
    pthread_mutex_lock(&w->mu);
    w->tree_go = 1;
    if (w->tree_waiting)
        pthread_cond_signal(&w->tree_cv);
    pthread_mutex_unlock(&w->mu);
}

/* stack s is rendered (or, s NULL, no more will be): the tree thread may write its part */
static void writer_tree_ready(tpl_writer *w, ccdk_stack *s)
{
    if (!w->tree_th_on)
        return;
    pthread_mutex_lock(&w->mu);
    if (s)
        s->tree_ready = 1;
    else
        w->tree_over = 1;
    if (w->tree_waiting)
        pthread_cond_signal(&w->tree_cv);
    pthread_mutex_unlock(&w->mu);
}

/* gives finished jobs' arenas back (calling thread only: the spare list is not shared) */
static void reclaim(tpl_writer *w)
{
    while (w->reclaimed_upto < w->njobs && w->jobs[w->reclaimed_upto].reclaimed)
        w->reclaimed_upto++;
    for (size_t i = w->reclaimed_upto; i < w->njobs; i++) {
        tpl_job *j = &w->jobs[i];
        if (j->reclaimed)
            continue;
        int done = 1;
        if (w->threaded) { /* j->done is written by the thread, under the lock */
            pthread_mutex_lock(&w->mu);
            done = j->done;
            pthread_mutex_unlock(&w->mu);
        }
        if (done) {
            ccdk__scratch_recycle(w->app, &j->arena);
            j->reclaimed = 1;
        }
    }
}

/* tree_path: where tree.json goes (the thread writes it before any template), or NULL */
static void writer_start(tpl_writer *w, ccdk_app *app, size_t nstacks, int use_thread, const char *tree_path, flusher *fl)
{
    memset(w, 0, sizeof *w);
    w->app = app;
    w->fl = fl;
    if (tree_path)
        snprintf(w->tree_path, sizeof w->tree_path, "%s", tree_path);
    w->jobs = calloc(nstacks ? nstacks : 1, sizeof *w->jobs);
    if (!w->jobs)
        abort();
    if (use_thread) {
        pthread_mutex_init(&w->mu, NULL);
        pthread_cond_init(&w->cv, NULL);
        pthread_mutex_init(&w->tree_mu, NULL);
        app->tree_mu = &w->tree_mu; /* before the thread reads the tree */
        app->tree_stale = 0;
        for (size_t i = 0; i < app->nstacks; i++)
            app->stacks[i]->tree_ready = 0;
        pthread_cond_init(&w->tree_cv, NULL);
        w->tree_th_on = w->tree_path[0] && !getenv("CCDK_NO_TREE_THREAD") &&
                        pthread_create(&w->tree_th, NULL, tree_main, w) == 0;
        w->threaded = pthread_create(&w->th, NULL, writer_main, w) == 0;
        if (!w->threaded) {
            if (w->tree_th_on) {
                writer_tree_ready(w, NULL);
                pthread_join(w->tree_th, NULL);
                w->tree_th_on = 0;
            }
            app->tree_mu = NULL;
            pthread_mutex_destroy(&w->mu);
            pthread_cond_destroy(&w->cv);
            pthread_cond_destroy(&w->tree_cv);
            pthread_mutex_destroy(&w->tree_mu);
        }
    }
}

/* Resolves stack s and queues its template for writing. */
/* Stack.maxResources: the @aws-cdk/core:stackResourceLimit context (parseInt(x, 10): a number that
 * does not parse, or 0, turns the check off), else 500 */
static long max_resources(ccdk_stack *s)
{
    ccdk_value *v = ccdk__node_context(&s->node, "@aws-cdk/core:stackResourceLimit");
    if (!v || v->kind == CCDK__V_UNDEF)
        return 500;
    const char *str = ccdk__js_string(s->node.app, v);
    while (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r')
        str++;
    char *end;
    long n = strtol(str, &end, 10);
    return end == str ? 0 : n;
}

/* _synthesizeTemplate's resource count: over the limit is aws-cdk-lib's error, from 80 % its info */
static void check_resource_count(ccdk_stack *s, ccdk_value *tpl)
{
    long max = max_resources(s);
    if (max <= 0)
        return;
    ccdk_value *res = ccdk__v_get(tpl, "Resources");
    size_t n = res && res->kind == CCDK__V_OBJ ? res->u.obj.n : 0;
    ccdk_app *app = s->node.app;
    if ((long)n > max) {
        /* "<Type> (<count>)" per type, in order of first appearance */
        ccdk__buf b = {0};
        unsigned char *done = calloc(n, 1);
        if (!done)
            abort();
        for (size_t i = 0; i < n; i++) {
            if (done[i])
                continue;
            ccdk_value *ti = ccdk__v_get(res->u.obj.e[i].val, "Type");
            const char *type = ti && ti->kind == CCDK__V_STR ? ti->u.str.s : "undefined";
            size_t c = 0;
            for (size_t k = i; k < n; k++) {
                ccdk_value *tk = ccdk__v_get(res->u.obj.e[k].val, "Type");
                const char *t2 = tk && tk->kind == CCDK__V_STR ? tk->u.str.s : "undefined";
                if (!strcmp(type, t2)) {
                    done[k] = 1;
                    c++;
                }
            }
            ccdk__buf_printf(&b, "%s%s (%zu)", b.len ? ", " : "", type, c);
        }
        free(done);
        ccdk__error(s, "Number of resources in stack '%s': %zu is greater than allowed maximum of %ld: %s", s->node.path, n, max,
                    b.data ? b.data : "");
        ccdk__buf_free(&b);
    } else if ((double)n >= (double)max * 0.8) {
        ccdk_annotations_add_info(s, ccdk__sprintf(app, "Number of resources: %zu is approaching allowed maximum of %ld", n, max));
    }
}

ccdk_value *ccdk__stack_render(ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    ccdk__resolve_ctx ctx = {app, s, 0, 0, NULL};
    app->cur_stack = s;
    ccdk_value *tpl = ccdk__v_obj(app);
    if (s->description)
        ccdk__v_set(tpl, "Description", ccdk__resolve(&ctx, ccdk__v_str(app, s->description)));
    if (s->ntransforms == 1) {
        ccdk__v_set(tpl, "Transform", ccdk__v_str(app, s->transforms[0]));
    } else if (s->ntransforms > 1) { /* Array.from(new Set(transforms)) */
        ccdk_value *list = ccdk__v_list(app);
        for (size_t i = 0; i < s->ntransforms; i++) {
            size_t j = 0;
            while (j < i && strcmp(s->transforms[j], s->transforms[i]))
                j++;
            if (j == i)
                ccdk__v_push(list, ccdk__v_str(app, s->transforms[i]));
        }
        ccdk__v_set(tpl, "Transform", list);
    }
    if (s->template_format_version)
        ccdk__v_set(tpl, "AWSTemplateFormatVersion", ccdk__resolve(&ctx, ccdk__v_str(app, s->template_format_version)));
    if (s->template_metadata)
        ccdk__v_set(tpl, "Metadata", ccdk__resolve(&ctx, s->template_metadata));
    size_t n = 0;
    ccdk__node **els = stack_elements(s, &n);
    for (size_t i = 0; i < n; i++) {
        ctx.el = els[i];
        els[i]->kind->render(els[i], &ctx, tpl);
    }
    ccdk__stack_check_renames(s);
    app->cur_stack = NULL;
    return tpl;
}

/* queues a job that this thread runs itself (w->mu held): the writer thread skips it */
static tpl_job *push_claimed(tpl_writer *w, const tpl_job *job)
{
    tpl_job *j = &w->jobs[w->njobs++];
    *j = *job;
    j->claimed = 1;
    return j;
}

/* meta_early: the thread may write the stack's metadata file after its template (see phase_render) */
static void render_stack(tpl_writer *w, ccdk_stack *s, const char *dir, int last, int meta_early)
{
    ccdk_app *app = s->node.app;
    ccdk__scratch_begin(app);
    ccdk_value *tpl = ccdk__stack_render(s);
    {
        /* the logical ids the render was to settle and did not (a function left out of its
         * template): settled here, on this thread, before the writer reads any */
        size_t n = 0;
        ccdk__node **els = stack_elements(s, &n);
        for (size_t k = 0; k < n; k++)
            if (((ccdk__element *)els[k])->deferred_logical_id)
                ccdk__element_logical_id(els[k]);
    }
    check_resource_count(s, tpl);
    /* the lint rules: with the template's writing (on the thread), else here (strict mode) */
    ccdk__lint_job *lint = app->lint ? ccdk__lint_job_new(app, s) : NULL;
    if (lint && !ccdk__lint_job_threadable(lint)) {
        size_t n = 0;
        ccdk__node **els = stack_elements(s, &n); /* cached on the stack by the render */
        ccdk__lint_job_run(lint, tpl);
        ccdk__lint_job_finish(app, s, lint, els, n);
        lint = NULL;
    }
    s->rendered = NULL;
    free((char *)s->template_json); /* read back on demand by ccdk_stack_template_json */
    s->template_json = NULL;
    /* the stack's annotations are all made now (its resource count's among them), but for the
     * template size warning: gathered here, in the scratch handed to the thread */
    int early = meta_early && w->threaded && !last;
    struct meta_prep *meta = early ? meta_prepare(s) : NULL;
    struct assets_prep *assets = early && !s->syn_legacy && !s->syn_bootstrapless ? assets_prepare(s) : NULL;

    /* (in the scratch, before it goes with the job) */
    const char *assets_path = ccdk__sprintf(app, "%s/%s%s.assets.json", dir, s->assembly_dir, s->artifact_id);
    const char *tpl_path = ccdk__sprintf(app, "%s/%s%s.template.json", dir, s->assembly_dir, s->artifact_id);
    const char *meta_path = ccdk__sprintf(app, "%s/%s%s.metadata.json", dir, s->assembly_dir, s->artifact_id);
    tpl_job job = {.s = s, .tpl = tpl, .arena = ccdk__scratch_detach(app), .meta = meta, .meta_nann = app->nannotations,
                   .assets = assets, .assets_n = s->nassets, .lint = lint,
                   .path = tpl_path, .meta_path = meta_path, .assets_path = assets_path};
    if (w->threaded && last) {
        /* nothing left to resolve: write this one here while the thread finishes the others */
        pthread_mutex_lock(&w->mu);
        tpl_job *j = push_claimed(w, &job);
        pthread_mutex_unlock(&w->mu);
        serialize_template(j);
        job_finished(w, j);
        reclaim(w);
        return;
    }
    if (!w->threaded) {
        w->jobs[w->njobs++] = job;
        serialize_template(&w->jobs[w->njobs - 1]);
        reclaim(w);
        return;
    }
    pthread_mutex_lock(&w->mu);
    if (w->njobs - w->ndone >= WRITER_QUEUE) {
        /* the thread is behind (many small stacks: three files each): this one is written here
         * rather than waited for, so that neither thread idles while the other has work */
        tpl_job *j = push_claimed(w, &job);
        pthread_mutex_unlock(&w->mu);
        run_job(w, j);
        job_finished(w, j);
        reclaim(w);
        return;
    }
    w->jobs[w->njobs++] = job;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
    reclaim(w);
}

/* Waits for the templates; 0 when all were written. */
static int writer_wait_templates(tpl_writer *w)
{
    if (w->threaded) {
        pthread_mutex_lock(&w->mu);
        /* the jobs the thread has not started yet are run here, from the last (it takes them from
         * the first): each writes files of its own, so which thread runs it does not show */
        for (size_t i = w->njobs; i-- > w->next;) {
            tpl_job *j = &w->jobs[i];
            if (j->claimed)
                continue;
            j->claimed = 1;
            pthread_mutex_unlock(&w->mu);
            run_job(w, j);
            job_finished(w, j);
            pthread_mutex_lock(&w->mu);
        }
        while (w->ndone < w->njobs)
            pthread_cond_wait(&w->cv, &w->mu);
        pthread_mutex_unlock(&w->mu);
    }
    reclaim(w);
    for (size_t i = 0; i < w->njobs; i++)
        if (w->jobs[i].rc != 0)
            return -1;
    return 0;
}

/* No more templates: the writer thread ends. */
static void writer_close(tpl_writer *w)
{
    if (w->threaded) {
        pthread_mutex_lock(&w->mu);
        w->closed = 1;
        pthread_cond_broadcast(&w->cv);
        pthread_mutex_unlock(&w->mu);
    }
}

/* Joins the writer (or writes tree.json here when there is no thread); returns tree.json's result
 * (0 when there was none to write). */
static int writer_join(tpl_writer *w)
{
    if (w->threaded) {
        pthread_join(w->th, NULL);
        if (w->tree_th_on) {
            writer_tree_ready(w, NULL); /* (a failed synth: the stacks not rendered wait no more) */
            pthread_join(w->tree_th, NULL);
            w->tree_th_on = 0;
        }
        w->app->tree_mu = NULL;
        pthread_mutex_destroy(&w->mu);
        pthread_cond_destroy(&w->cv);
        pthread_cond_destroy(&w->tree_cv);
        pthread_mutex_destroy(&w->tree_mu);
        w->threaded = 0;
        if (w->tree_path[0] && !w->tree_written)
            w->tree_rc = write_tree(w->app, w->tree_path);
    } else if (w->tree_path[0]) {
        w->tree_rc = write_tree(w->app, w->tree_path);
    }
    reclaim(w);
    for (size_t i = 0; i < w->njobs; i++)
        ccdk__lint_job_free(w->jobs[i].lint); /* not finished: the synth failed */
    free(w->jobs);
    w->jobs = NULL;
    return w->tree_path[0] ? w->tree_rc : 0;
}

/* ------------------------------------------------------------------ asset manifest */

/* An asset destination's id: "<account>-<region>-" and 8 hex digits of the SHA-256 of its JSON. */
static const char *destination_id(ccdk_app *app, ccdk_stack *s, const ccdk_value *d)
{
    ccdk__buf b = {0};
    ccdk__json_write(&b, d, 0);
    char h[65];
    ccdk__sha256_hex(b.data, b.len, h);
    ccdk__buf_free(&b);
    h[8] = 0;
    return ccdk__sprintf(app, "%s-%s-%s", ccdk__stack_is_env_agnostic_account(s) ? "current_account" : s->account,
                         ccdk__stack_is_env_agnostic_region(s) ? "current_region" : s->region, h);
}

/* a publishing role of an asset destination: assumeRoleArn, assumeRoleExternalId, assumeRoleAdditionalOptions */
static void set_role(ccdk_app *app, ccdk_stack *s, ccdk_value *d, const char *role, const char *ext, ccdk_value *opts)
{
    ccdk__v_set(d, "assumeRoleArn", ccdk__v_str(app, specialize(app, s, role)));
    if (ext)
        ccdk__v_set(d, "assumeRoleExternalId", ccdk__v_str(app, ext));
    if (opts)
        ccdk__v_set(d, "assumeRoleAdditionalOptions", opts);
}

static void add_destination(ccdk_app *app, ccdk_stack *s, ccdk_value *dests, const char *bucket, const char *key)
{
    ccdk_value *d = ccdk__v_obj(app);
    ccdk__v_set(d, "bucketName", ccdk__v_str(app, bucket));
    ccdk__v_set(d, "objectKey", ccdk__v_str(app, key));
    if (!ccdk__stack_is_env_agnostic_region(s))
        ccdk__v_set(d, "region", ccdk__v_str(app, s->region));
    if (s->syn_file_role)
        set_role(app, s, d, s->syn_file_role, s->syn_file_ext, s->syn_file_opts);
    ccdk__v_set(dests, destination_id(app, s, d), d);
}

static void jw_kv_str(ccdk__jw *w, const char *k, const char *v)
{
    ccdk__jw_key(w, k);
    ccdk__jw_str(w, v);
}

/* A role's assumeRoleExternalId (ext, NULL: none), then assumeRoleArn when arn is given (the stack
 * artifact has it there, emitArtifact's order), then assumeRoleAdditionalOptions (opts, NULL:
 * none): the deploy role, the lookup role and the template's publishing role */
static void jw_role_extras(ccdk__jw *w, const char *ext, const char *arn, const ccdk_value *opts)
{
    if (ext)
        jw_kv_str(w, "assumeRoleExternalId", ext);
    if (arn)
        jw_kv_str(w, "assumeRoleArn", arn);
    if (opts) {
        ccdk__jw_key(w, "assumeRoleAdditionalOptions");
        ccdk__jw_value(w, opts);
    }
}

/* <Stack>.assets.json but for the template's entry, whose hash is known once the template is
 * written: gathered on the calling thread (the arena), written by assets_write, which only reads
 * it (the writer thread runs it). */
typedef struct assets_prep {
    ccdk_value *files;  /* the file assets' entries, by hash */
    ccdk_value *images; /* the docker image assets' */
    const char *display, *source; /* the template's displayName and source path */
    const char *bucket, *region, *role; /* its destination (region, role: NULL when left out) */
    const char *key_prefix; /* the bucketPrefix of its object key */
    const char *role_ext; /* the role's external id (NULL: none) */
    const ccdk_value *role_opts; /* its AssumeRole options (NULL: none), only read */
    const char *id_prefix; /* its destination id but for the hash of the destination's JSON */
    size_t nassets; /* s->nassets when made: an asset added later makes it out of date */
} assets_prep;

static assets_prep *assets_prepare(ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    assets_prep *p = ccdk__alloc(app, sizeof *p);
    p->nassets = s->nassets;
    ccdk_value *files = ccdk__v_obj(app);
    const char *bucket = specialize(app, s, s->syn_bucket);
    const char *prefix = specialize(app, s, s->syn_bucket_prefix);
    for (ccdk__file_asset *a = s->assets; a; a = a->next) {
        if (a->docker)
            continue;
        ccdk_value *f = ccdk__v_obj(app);
        if (a->display_name)
            ccdk__v_set(f, "displayName", ccdk__v_str(app, a->display_name));
        ccdk_value *src = ccdk__v_obj(app);
        ccdk__v_set(src, "path", ccdk__v_str(app, ccdk__sprintf(app, "%s%s", a->in_assembly_dir || a->staged_name[0] == '/' ? "" : s->asset_up, a->staged_name)));
        ccdk__v_set(src, "packaging", ccdk__v_str(app, a->packaging));
        ccdk__v_set(f, "source", src);
        ccdk_value *dests = ccdk__v_obj(app);
        add_destination(app, s, dests, bucket, asset_object_key(app, prefix, a->hash, a->source_path, a->is_dir));
        ccdk__v_set(f, "destinations", dests);
        ccdk__v_set(files, a->hash, f);
    }
    p->files = files;
    p->display = ccdk__sprintf(app, "%s Template", s->stack_name);
    p->source = ccdk__sprintf(app, "%s.template.json", s->artifact_id);
    p->bucket = bucket;
    p->key_prefix = prefix;
    p->region = ccdk__stack_is_env_agnostic_region(s) ? NULL : s->region;
    p->role = s->syn_file_role ? specialize(app, s, s->syn_file_role) : NULL;
    p->role_ext = p->role ? s->syn_file_ext : NULL;
    p->role_opts = p->role ? s->syn_file_opts : NULL;
    p->id_prefix = ccdk__sprintf(app, "%s-%s-", ccdk__stack_is_env_agnostic_account(s) ? "current_account" : s->account,
                                 ccdk__stack_is_env_agnostic_region(s) ? "current_region" : s->region);
    ccdk_value *images = ccdk__v_obj(app);
    for (ccdk__file_asset *a = s->assets; a; a = a->next) {
        if (!a->docker)
            continue;
        ccdk_value *img = ccdk__v_obj(app);
        if (a->display_name)
            ccdk__v_set(img, "displayName", ccdk__v_str(app, a->display_name));
        ccdk_value *isrc = ccdk__v_obj(app);
        ccdk__v_set(isrc, "directory", ccdk__v_str(app, ccdk__sprintf(app, "%s%s", a->staged_name[0] == '/' ? "" : s->asset_up, a->staged_name)));
        for (size_t k = 0; a->docker_build && k < a->docker_build->u.obj.n; k++)
            ccdk__v_set(isrc, a->docker_build->u.obj.e[k].key, a->docker_build->u.obj.e[k].val);
        ccdk__v_set(img, "source", isrc);
        ccdk_value *d = ccdk__v_obj(app);
        ccdk__v_set(d, "repositoryName", ccdk__v_str(app, specialize(app, s, s->syn_repository)));
        ccdk__v_set(d, "imageTag", ccdk__v_str(app, ccdk__sprintf(app, "%s%s", specialize(app, s, s->syn_docker_prefix), a->hash)));
        if (!ccdk__stack_is_env_agnostic_region(s))
            ccdk__v_set(d, "region", ccdk__v_str(app, s->region));
        if (s->syn_image_role)
            set_role(app, s, d, s->syn_image_role, s->syn_image_ext, s->syn_image_opts);
        ccdk_value *idests = ccdk__v_obj(app);
        ccdk__v_set(idests, destination_id(app, s, d), d);
        ccdk__v_set(img, "destinations", idests);
        ccdk__v_set(images, a->image_key ? a->image_key : a->hash, img);
    }
    p->images = images;
    return p;
}

/* the template's destination, as add_destination makes it: written once compact for its id (the
 * hash of its JSON), once into the manifest */
static void jw_template_destination(ccdk__jw *w, const assets_prep *p, const char *key)
{
    ccdk__jw_obj(w);
    jw_kv_str(w, "bucketName", p->bucket);
    jw_kv_str(w, "objectKey", key);
    if (p->region)
        jw_kv_str(w, "region", p->region);
    if (p->role) {
        jw_kv_str(w, "assumeRoleArn", p->role);
        jw_role_extras(w, p->role_ext, NULL, p->role_opts);
    }
    ccdk__jw_end_obj(w);
}

/* the template's entry: its destination (destination_id: the first 8 hex digits of the SHA-256 of
 * the destination's JSON) */
static void assets_template_entry(ccdk__jw *w, const assets_prep *p, const char *hash)
{
    /* <bucketPrefix><hash>.json; malloc'd: the writer thread has no arena */
    size_t kl = strlen(p->key_prefix) + strlen(hash) + sizeof ".json";
    char *key = malloc(kl);
    if (!key)
        abort();
    snprintf(key, kl, "%s%s.json", p->key_prefix, hash);
    ccdk__buf d = {0};
    ccdk__jw dw;
    ccdk__jw_init(&dw, &d, 0);
    jw_template_destination(&dw, p, key);
    char h[65];
    ccdk__sha256_hex(d.data, d.len, h);
    ccdk__buf_free(&d);
    h[8] = 0;
    size_t pl = strlen(p->id_prefix);
    char *id = malloc(pl + 9);
    if (!id)
        abort();
    memcpy(id, p->id_prefix, pl);
    memcpy(id + pl, h, 9);
    ccdk__jw_key(w, hash);
    ccdk__jw_obj(w);
    jw_kv_str(w, "displayName", p->display);
    ccdk__jw_key(w, "source");
    ccdk__jw_obj(w);
    jw_kv_str(w, "path", p->source);
    jw_kv_str(w, "packaging", "file");
    ccdk__jw_end_obj(w);
    ccdk__jw_key(w, "destinations");
    ccdk__jw_obj(w);
    ccdk__jw_key(w, id);
    jw_template_destination(w, p, key);
    ccdk__jw_end_obj(w);
    ccdk__jw_end_obj(w);
    free(id);
    free(key);
}

/* <Stack>.assets.json, streamed from p and the template's hash; reads p only (no arena, no App
 * state): the writer thread runs it. An asset whose hash is the template's (a file asset with the
 * template's bytes) gives its place to the template's entry, as the object's key does. */
static int assets_write(ccdk_app *app, const assets_prep *p, const char *hash, const char *path)
{
    ccdk__buf b;
    if (out_open(app, &b, path, NULL) != 0)
        return -1;
    ccdk__jw w;
    ccdk__jw_init(&w, &b, 2);
    ccdk__jw_obj(&w);
    jw_kv_str(&w, "version", SCHEMA_VERSION);
    ccdk__jw_key(&w, "files");
    ccdk__jw_obj(&w);
    int done = 0;
    for (size_t i = 0; i < p->files->u.obj.n; i++) {
        const ccdk__entry *e = &p->files->u.obj.e[i];
        if (!strcmp(e->key, hash)) {
            assets_template_entry(&w, p, hash);
            done = 1;
        } else if (e->val && e->val->kind != CCDK__V_UNDEF) {
            ccdk__jw_key(&w, e->key);
            ccdk__jw_value(&w, e->val);
        }
    }
    if (!done)
        assets_template_entry(&w, p, hash);
    ccdk__jw_end_obj(&w);
    ccdk__jw_key(&w, "dockerImages");
    ccdk__jw_value(&w, p->images);
    ccdk__jw_end_obj(&w);
    return ccdk__buf_close(&b);
}

/* ------------------------------------------------------------------ manifest.json and tree.json */

/* an entry's data: the message of an annotation, else its JSON or its value resolved in the stack */
static ccdk_value *meta_data(ccdk_stack *s, const ccdk__annotation *a)
{
    ccdk_app *app = s->node.app;
    if (a->data) {
        ccdk__resolve_ctx ctx = {app, s, 0, 0, NULL};
        return ccdk__resolve(&ctx, a->data);
    }
    return a->json ? ccdk__json_parse(app, a->msg, strlen(a->msg), NULL) : ccdk__v_str(app, a->msg);
}


/* What <Stack>.metadata.json needs that takes the App (the arena, the resolver, the context),
 * gathered on the calling thread, so that meta_write, which only reads the construct tree, can run
 * on the writer thread: the stack's annotations sorted by path (a run per construct), each one's
 * entry type and data (resolved), the stack's tags, and whether logical ids are written. In the
 * arena current when made (a stack's render scratch, handed to the writer with its template). */
typedef struct {
    const char *path; /* the construct's */
    size_t order;     /* the annotation's index in app->annotations */
    int late;
    const char *type; /* the entry's type */
    ccdk_value *data;
} meta_item;

typedef struct meta_prep {
    ccdk_stack *s;
    meta_item *ix; /* copies (app->annotations grows while the writer reads), by path then order */
    size_t nix;
    ccdk_value *tags; /* aws:cdk:stack-tags' list, or NULL */
    ccdk_value *tags_warning; /* the aws:cdk:warning on tags with deploy-time values, or NULL */
    int logical_ids;
    size_t nannotations; /* app->nannotations when made: later ones are not in it */
} meta_prep;

static int cmp_meta_item(const void *x, const void *y)
{
    const meta_item *a = x, *b = y;
    int c = strcmp(a->path, b->path);
    return c ? c : (a->order < b->order ? -1 : a->order > b->order);
}

static int under_stack(const ccdk_stack *s, const char *p, size_t pl)
{
    return !strncmp(p, s->node.path, pl) && (!p[pl] || p[pl] == '/');
}

static struct meta_prep *meta_prepare(ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    meta_prep *m = ccdk__alloc(app, sizeof *m);
    m->s = s;
    ccdk_value *nolid = ccdk__node_context(&s->node, "aws:cdk:disable-logicalId-metadata");
    m->logical_ids = !(nolid && ccdk__truthy(nolid));
    m->nannotations = app->nannotations;
    size_t pl = strlen(s->node.path), n = 0;
    for (size_t i = 0; i < app->nannotations; i++)
        n += under_stack(s, app->annotations[i].path, pl);
    if (n) {
        m->ix = ccdk__alloc(app, n * sizeof *m->ix);
        for (size_t i = 0; i < app->nannotations; i++) {
            const ccdk__annotation *a = &app->annotations[i];
            if (!under_stack(s, a->path, pl))
                continue;
            meta_item *it = &m->ix[m->nix++];
            it->path = a->path;
            it->order = i;
            it->late = a->late;
            it->type = a->raw ? a->level : ccdk__sprintf(app, "aws:cdk:%s", a->level);
            it->data = meta_data(s, a);
        }
        qsort(m->ix, m->nix, sizeof *m->ix, cmp_meta_item);
    }
    /* addStackArtifactToAssembly: tags whose key or value is a token are left out of
     * aws:cdk:stack-tags and named (as <TOKEN>) in a warning added before it; the manifest's tags
     * keep them all */
    ccdk_value *tg = ccdk__stack_tags(s);
    ccdk__buf unresolved = {0};
    for (size_t k = 0; k < tg->u.obj.n; k++) {
        const char *key = tg->u.obj.e[k].key;
        ccdk_value *val = tg->u.obj.e[k].val;
        const char *vs = val && val->kind == CCDK__V_STR ? val->u.str.s : NULL;
        int tok_k = ccdk__is_unresolved(key), tok_v = vs && ccdk__is_unresolved(vs);
        if (tok_k || tok_v) {
            if (unresolved.len)
                ccdk__buf_puts(&unresolved, ", ");
            ccdk__buf_puts(&unresolved, tok_k ? "<TOKEN>" : key);
            ccdk__buf_putc(&unresolved, '=');
            ccdk__buf_puts(&unresolved, tok_v ? "<TOKEN>" : vs ? vs : "");
            continue;
        }
        if (!m->tags)
            m->tags = ccdk__v_list(app);
        ccdk_value *kv = ccdk__v_obj(app);
        ccdk__v_set(kv, "key", ccdk__v_str(app, key));
        ccdk__v_set(kv, "value", val);
        ccdk__v_push(m->tags, kv);
    }
    if (unresolved.len) {
        const char *msg = ccdk__sprintf(app,
                                        "Ignoring stack tags that contain deploy-time values (found: %s). Apply tags "
                                        "containing deploy-time values to resources only, avoid tagging stacks (for example "
                                        "using { excludeResourceTypes: ['aws:cdk:stack'] }).",
                                        unresolved.data);
        m->tags_warning = ccdk__v_str(app, msg);
    }
    ccdk__buf_free(&unresolved);
    return m;
}

/* was an annotation made under stack s since there were nann (a later stack's render annotating
 * a construct of an earlier one)? Then its metadata written early is out of date. */
static int meta_stale(ccdk_stack *s, size_t nann)
{
    ccdk_app *app = s->node.app;
    size_t pl = strlen(s->node.path);
    for (size_t i = nann; i < app->nannotations; i++)
        if (under_stack(s, app->annotations[i].path, pl))
            return 1;
    return 0;
}

/* the run of m's annotations at path (NULL, 0: none), by binary search; *first: its index */
static size_t annotations_at(const meta_prep *m, const char *path, size_t *first)
{
    size_t lo = 0, hi = m->nix;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(m->ix[mid].path, path) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t e = lo;
    while (e < m->nix && !strcmp(m->ix[e].path, path))
        e++;
    *first = lo;
    return e - lo;
}

static void meta_entry(ccdk__jw *w, const char *type, const ccdk_value *data)
{
    ccdk__jw_item(w);
    ccdk__jw_obj(w);
    jw_kv_str(w, "type", type);
    if (data && data->kind != CCDK__V_UNDEF) { /* as an object member: left out */
        ccdk__jw_key(w, "data");
        ccdk__jw_value(w, data);
    }
    ccdk__jw_end_obj(w);
}

/* the cached logical id of an element (phase_logical_ids made every one), or NULL */
static const char *cached_logical_id(ccdk__node *n)
{
    ccdk__element *el = (ccdk__element *)n;
    if (el->logical_id_override && *el->logical_id_override)
        return el->logical_id_override;
    return el->logical_id;
}

/* <Stack>.metadata.json, as collectStackMetadata writes it: the metadata of each construct of the
 * stack, breadth first, keyed by "/" + its path. Other top-level stacks are left out, but not
 * nested stacks (_isTopLevelStack is false for them): their constructs, at any depth, are the
 * top-level stack's, and their metadata is resolved in it. A construct's metadata is in the order
 * aws-cdk-lib adds it: an element's aws:cdk:logicalId (its constructor), the annotations made
 * while the app was built, then, on a stack (the top-level one or a nested one, whose
 * synthesizer runs before its parent's collects), the aws:cdk:templateFile entry of
 * _synthesizeTemplate and the annotations made while synthesizing (the resource count, the
 * template size), and on the top-level stack its tags (aws:cdk:stack-tags, from
 * addStackArtifactToAssembly, which nested stacks do not reach). With
 * aws:cdk:disable-logicalId-metadata the logical ids are left out.
 * It reads the tree and m only (no arena, no App state changed): the writer thread runs it. 0, or
 * -1 (errno); -2: an element's logical id was not made yet (only the calling thread can). */
static int meta_write(const meta_prep *m, const char *path)
{
    ccdk_stack *s = m->s;
    ccdk_app *app = s->node.app;
    ccdk__buf b;
    if (out_open(app, &b, path, NULL) != 0)
        return -1;
    ccdk__jw w;
    ccdk__jw_init(&w, &b, 2);
    ccdk__jw_obj(&w);
    char *key = NULL; /* "/" + a path, reused */
    size_t keycap = 0;
    int rc = 0;
    size_t cap = 64, head = 0, tail = 0;
    ccdk__node **q = malloc(cap * sizeof *q);
    if (!q)
        abort();
    q[tail++] = &s->node;
    while (head < tail) {
        ccdk__node *n = q[head++];
        ccdk_stack *ns = n->stack == (ccdk_stack *)n ? (ccdk_stack *)n : NULL; /* n is a stack */
        if (ns && ns != s && !ns->nested_parent)
            continue; /* another top-level stack */
        size_t first = 0;
        size_t na = m->nix ? annotations_at(m, n->path, &first) : 0;
        const char *lid = NULL;
        if (m->logical_ids && n->kind->element && !(lid = cached_logical_id(n))) {
            rc = -2;
            break;
        }
        int tags = n == &s->node && m->tags;
        if (!na && !ns && !lid)
            goto children; /* most constructs: nothing */
        size_t pl2 = strlen(n->path);
        if (pl2 + 2 > keycap) {
            keycap = 2 * (pl2 + 2);
            key = realloc(key, keycap);
            if (!key)
                abort();
        }
        key[0] = '/';
        memcpy(key + 1, n->path, pl2 + 1);
        ccdk__jw_key(&w, key);
        ccdk__jw_list(&w);
        if (lid)
            meta_entry(&w, "aws:cdk:logicalId", &(ccdk_value){.kind = CCDK__V_STR, .u.str = {lid, strlen(lid)}});
        for (size_t i = first; i < first + na; i++)
            if (!m->ix[i].late)
                meta_entry(&w, m->ix[i].type, m->ix[i].data);
        if (ns) {
            char tf[4300];
            if (!ns->nested)
                snprintf(tf, sizeof tf, "%s.template.json", ns->artifact_id);
            const char *f = ns->nested ? ns->nested->template_file : tf;
            meta_entry(&w, "aws:cdk:templateFile", &(ccdk_value){.kind = CCDK__V_STR, .u.str = {f, strlen(f)}});
        }
        for (size_t i = first; i < first + na; i++)
            if (m->ix[i].late)
                meta_entry(&w, m->ix[i].type, m->ix[i].data);
        if (n == &s->node && m->tags_warning)
            meta_entry(&w, "aws:cdk:warning", m->tags_warning);
        if (tags)
            meta_entry(&w, "aws:cdk:stack-tags", m->tags);
        ccdk__jw_end_list(&w);
    children:
        if (tail + n->nchildren > cap) {
            while (tail + n->nchildren > cap)
                cap *= 2;
            q = realloc(q, cap * sizeof *q);
        }
        for (size_t i = 0; i < n->nchildren; i++)
            if (!n->children[i]->detached)
                q[tail++] = n->children[i];
    }
    free(q);
    free(key);
    ccdk__jw_end_obj(&w);
    int crc = ccdk__buf_close(&b);
    return rc ? rc : crc;
}


/* tree.json, streamed: {"id","path","constructInfo",["attributes"],["children"]} per node, as
 * TreeMetadata builds it (a node's attributes are set before its children are added). */
static void tree_wait_rendered(tpl_writer *w, ccdk_stack *s)
{
    pthread_mutex_lock(&w->mu);
    if (s->tree_ready || w->tree_over) {
        pthread_mutex_unlock(&w->mu);
        return;
    }
    /* (tree_mu is not held meanwhile: the calling thread never waits for this one) */
    pthread_mutex_unlock(&w->tree_mu);
    w->tree_waiting = 1;
    while (!s->tree_ready && !w->tree_over)
        pthread_cond_wait(&w->tree_cv, &w->mu);
    w->tree_waiting = 0;
    pthread_mutex_unlock(&w->mu);
    pthread_mutex_lock(&w->tree_mu);
}

static void tree_node(ccdk__buf *b, ccdk__node *n)
{
    if (tree_waiter && n->kind->is_stack)
        tree_wait_rendered(tree_waiter, (ccdk_stack *)n);
    tree_head(b, n);
    if (tree_children(b, n, 0, n->nchildren + 1, 0))
        ccdk__buf_putc(b, '}');
    ccdk__buf_putc(b, '}');
}

/* a node's object up to its children: {"id","path","constructInfo"[,"attributes"] */
static void tree_head(ccdk__buf *b, ccdk__node *n)
{
    const char *id = n->parent ? n->id : "App";
    ccdk__buf_puts(b, "{\"id\":");
    ccdk__json_write_cstr(b, id);
    ccdk__buf_puts(b, ",\"path\":");
    ccdk__json_write_cstr(b, n->path);
    ccdk__buf_puts(b, ",\"constructInfo\":{\"fqn\":");
    ccdk__json_write_cstr(b, n->kind->fqn);
    ccdk__buf_puts(b, ",\"version\":\"");
    ccdk__buf_puts(b, ccdk__library_version(n->kind->fqn));
    ccdk__buf_puts(b, "\"}");
    if (ccdk__is_generated_l1(n)) {
        /* CfnResource.inspect of a generated L1 class; a plain CfnResource (custom resources,
         * CDKMetadata) has none */
        const char *t = ((ccdk_cfn_resource *)n)->type;
        const char *lid = ccdk__element_logical_id(n);
        ccdk__buf_puts(b, ",\"attributes\":{\"aws:cdk:cloudformation:type\":");
        ccdk__json_write_cstr(b, t);
        ccdk__buf_puts(b, ",\"aws:cdk:cloudformation:logicalId\":");
        ccdk__json_write_cstr(b, lid);
        const char *props = ((ccdk_cfn_resource *)n)->tree_props;
        if (props) { /* kept by the template's render (cfn.c) */
            ccdk__buf_puts(b, ",\"aws:cdk:cloudformation:props\":");
            ccdk__buf_puts(b, props);
        }
        ccdk__buf_putc(b, '}');
    }
}

/* the node's children from..to (to <= nchildren + 1, the place after the last), after `shown`
 * shown already: "children":{ opened before the first; returns the count shown so far */
static size_t tree_children(ccdk__buf *b, ccdk__node *n, size_t from, size_t to, size_t shown)
{
    /* the TreeMetadata construct itself, a child of the App added at synth after the aspects
     * (tree_at): after every construct made before, before those made in prepare or validation */
    size_t tree_at = n->parent ? SIZE_MAX : n->app->tree_at && n->app->tree_at < n->nchildren ? n->app->tree_at : n->nchildren;
    for (size_t i = from; i < to && i <= n->nchildren; i++) {
        if (i == tree_at) {
            ccdk__buf_puts(b, shown++ ? "," : ",\"children\":{");
            ccdk__buf_puts(b, "\"Tree\":{\"id\":\"Tree\",\"path\":\"Tree\",\"constructInfo\":{\"fqn\":\"constructs.Construct\","
                              "\"version\":\"10.8.1\"}}");
        }
        if (i == n->nchildren || n->children[i]->detached)
            continue;
        ccdk__buf_puts(b, shown++ ? "," : ",\"children\":{");
        ccdk__json_write_cstr(b, n->children[i]->id);
        ccdk__buf_putc(b, ':');
        tree_node(b, n->children[i]);
    }
    return shown;
}

/* a list of one string: the manifest's dependencies on the stack's asset manifest */
static void jw_str_list1(ccdk__jw *w, const char *v)
{
    ccdk__jw_list(w);
    ccdk__jw_item(w);
    ccdk__jw_str(w, v);
    ccdk__jw_end_list(w);
}

/* generateFeatureFlagReport: each flag of the report with the user's value first (the context at
 * the assembly's root, when set), in every assembly's manifest */
static void write_flag_report(ccdk__jw *w, ccdk__node *root)
{
    ccdk_app *app = root->app;
    ccdk__jw_key(w, "aws-cdk-lib/feature-flag-report");
    ccdk__jw_obj(w);
    jw_kv_str(w, "type", "cdk:feature-flag-report");
    ccdk__jw_key(w, "properties");
    ccdk__jw_obj(w);
    jw_kv_str(w, "module", "aws-cdk-lib");
    ccdk__jw_key(w, "flags");
    ccdk__jw_obj(w);
    for (const ccdk__flag_report_entry *f = ccdk__flag_report; f->flag; f++) {
        ccdk__jw_key(w, f->flag);
        ccdk__jw_obj(w);
        ccdk_value *user = ccdk__node_context(root, f->flag);
        if (user && user->kind != CCDK__V_NULL && user->kind != CCDK__V_UNDEF) { /* ?? undefined */
            ccdk__jw_key(w, "userValue");
            ccdk__jw_value(w, user);
        }
        ccdk_value *rest = ccdk__json_parse(app, f->json, strlen(f->json), NULL);
        for (size_t k = 0; rest && k < rest->u.obj.n; k++) {
            ccdk__jw_key(w, rest->u.obj.e[k].key);
            ccdk__jw_value(w, rest->u.obj.e[k].val);
        }
        ccdk__jw_end_obj(w);
    }
    ccdk__jw_end_obj(w);
    ccdk__jw_end_obj(w);
    ccdk__jw_end_obj(w);
}

/* the artifact's notificationArns: props.notificationArns as given (absent when not given) */
static void jw_notification_arns(ccdk__jw *w, const ccdk_stack *s)
{
    if (!s->notification_arns)
        return;
    ccdk__jw_key(w, "notificationArns");
    ccdk__jw_list(w);
    for (size_t i = 0; i < s->nnotification_arns; i++) {
        ccdk__jw_item(w);
        ccdk__jw_str(w, s->notification_arns[i]);
    }
    ccdk__jw_end_list(w);
}

/* manifest.json, streamed (the metadata of a thousand functions is most of it) */
/* A LegacyStackSynthesizer stack's artifact (emitArtifact without options): no roles, no bootstrap
 * version, no template URL, no asset manifest (its assets are "aws:cdk:asset" metadata), and
 * "dependencies" only when it depends on other stacks. A BootstraplessSynthesizer stack's is the
 * same with its deploy and CloudFormation execution roles. */
static void legacy_stack_artifact(ccdk__jw *w, ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    ccdk__jw_key(w, s->artifact_id);
    ccdk__jw_obj(w);
    jw_kv_str(w, "type", "aws:cloudformation:stack");
    jw_kv_str(w, "environment",
              ccdk__sprintf(app, "aws://%s/%s", ccdk__stack_is_env_agnostic_account(s) ? "unknown-account" : s->account,
                            ccdk__stack_is_env_agnostic_region(s) ? "unknown-region" : s->region));
    ccdk__jw_key(w, "properties");
    ccdk__jw_obj(w);
    jw_kv_str(w, "templateFile", ccdk__sprintf(app, "%s.template.json", s->artifact_id));
    ccdk__jw_key(w, "terminationProtection");
    ccdk__jw_bool(w, s->termination_protection);
    ccdk_value *tg = ccdk__stack_tags(s);
    if (tg->u.obj.n) {
        ccdk__jw_key(w, "tags");
        ccdk__jw_value(w, tg);
    }
    ccdk__jw_key(w, "validateOnSynth");
    ccdk__jw_bool(w, 0);
    jw_notification_arns(w, s);
    if (s->syn_bootstrapless) { /* BootstraplessSynthesizer's emitArtifact: the two roles only */
        jw_kv_str(w, "assumeRoleArn", specialize(app, s, s->syn_deploy_role));
        jw_kv_str(w, "cloudFormationExecutionRoleArn", specialize(app, s, s->syn_exec_role));
    }
    if (strcmp(s->stack_name, s->artifact_id))
        jw_kv_str(w, "stackName", s->stack_name);
    ccdk__jw_end_obj(w); /* properties */
    if (s->nstack_deps) {
        ccdk__jw_key(w, "dependencies");
        ccdk__jw_list(w);
        for (size_t d = 0; d < s->nstack_deps; d++) {
            ccdk__jw_item(w);
            ccdk__jw_str(w, s->stack_deps[d]->artifact_id);
        }
        ccdk__jw_end_list(w);
    }
    jw_kv_str(w, "additionalMetadataFile", ccdk__sprintf(app, "%s.metadata.json", s->artifact_id));
    jw_kv_str(w, "displayName", s->node.path);
    ccdk__jw_end_obj(w);
}

/* The stacks of an assembly in the order aws-cdk-lib's synthesizeTree meets them: the tree in
 * post-order, not entering Stages (a stack inside another stack comes before it). That is the
 * creation order while every stack is a child of the assembly's root (and none has an id that is an
 * array index: construct.c add_child), the common case. */
static void assembly_stacks_walk(ccdk__node *n, ccdk_stack **out, size_t *k)
{
    for (size_t i = 0; i < n->nchildren; i++)
        if (!ccdk__is_stage(n->children[i]))
            assembly_stacks_walk(n->children[i], out, k);
    if (n->kind->is_stack && &n->stack->node == n && !n->stack->nested_parent && !n->detached)
        out[(*k)++] = n->stack;
}

static ccdk_stack **assembly_stacks(ccdk_app *app, ccdk_stage *assembly, size_t *n)
{
    ccdk__node *root = assembly ? &assembly->node : &app->node;
    ccdk_stack **out = malloc((app->nstacks ? app->nstacks : 1) * sizeof *out);
    if (!out)
        abort();
    size_t k = 0;
    int flat = 1;
    for (size_t i = 0; i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->node.detached || s->stage != assembly || s->nested_parent)
            continue;
        /* an id starting with a digit may be an array index, which the tree puts first */
        flat = flat && s->node.parent == root && !(s->node.id[0] >= '0' && s->node.id[0] <= '9');
        out[k++] = s;
    }
    if (!flat) {
        k = 0;
        assembly_stacks_walk(root, out, &k);
    }
    *n = k;
    return out;
}

static int write_manifest(ccdk_app *app, const char *dir, ccdk_stage *assembly)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%smanifest.json", dir, assembly ? assembly->dir : "");
    ccdk__buf b;
    if (out_open(app, &b, path, NULL) != 0)
        return -1;
    ccdk__jw w;
    ccdk__jw_init(&w, &b, 2);
    ccdk__jw_obj(&w);
    jw_kv_str(&w, "version", SCHEMA_VERSION);
    ccdk__jw_key(&w, "artifacts");
    ccdk__jw_obj(&w);
    /* the nested assemblies first: aws-cdk-lib adds them when the Stage is constructed */
    for (size_t i = 0; i < app->nstages; i++) {
        ccdk_stage *st = app->stages[i];
        if (st->parent_stage != assembly || st->node.detached)
            continue;
        ccdk__jw_key(&w, st->artifact_id);
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "type", "cdk:cloud-assembly");
        ccdk__jw_key(&w, "properties");
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "directoryName", st->artifact_id);
        jw_kv_str(&w, "displayName", st->node.path);
        ccdk__jw_end_obj(&w);
        ccdk__jw_end_obj(&w);
    }
    size_t nstacks;
    ccdk_stack **stacks = assembly_stacks(app, assembly, &nstacks);
    /* artifacts is an object of aws-cdk-lib's: a stack artifact whose id is an array index ("0",
     * "12") comes before every other artifact, in ascending order (its "<id>.assets" keeps its place) */
    size_t nfirst = 0;
    ccdk_stack **first = NULL;
    for (size_t i = 0; i < nstacks; i++) {
        uint64_t k;
        if ((unsigned)(stacks[i]->artifact_id[0] - '0') <= 9u && ccdk__array_index_key(stacks[i]->artifact_id, &k)) {
            if (!first && !(first = calloc(nstacks, sizeof *first)))
                abort();
            size_t at = nfirst++;
            uint64_t o;
            for (; at > 0 && ccdk__array_index_key(first[at - 1]->artifact_id, &o) && o > k; at--)
                first[at] = first[at - 1];
            first[at] = stacks[i];
        }
    }
    for (size_t pass = nfirst ? 0 : 1; pass < 2; pass++)
    for (size_t i = 0; i < (pass ? nstacks : nfirst); i++) {
        ccdk_stack *s = pass ? stacks[i] : first[i];
        int early = 0; /* its stack artifact written in the first pass */
        for (size_t k = 0; pass && k < nfirst && !early; k++)
            early = first[k] == s;
        const char *aid = ccdk__sprintf(app, "%s.assets", s->artifact_id);
        const char *ssm = specialize(app, s, s->syn_ssm);
        if (s->syn_legacy || s->syn_bootstrapless) {
            if (!early)
                legacy_stack_artifact(&w, s);
            continue;
        }
        if (!pass)
            goto stack_artifact;
        ccdk__jw_key(&w, aid);
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "type", "cdk:asset-manifest");
        ccdk__jw_key(&w, "properties");
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "file", ccdk__sprintf(app, "%s.json", aid));
        if (!s->syn_cli_credentials) {
            ccdk__jw_key(&w, "requiresBootstrapStackVersion");
            ccdk__jw_num(&w, s->syn_assets_version);
            jw_kv_str(&w, "bootstrapStackVersionSsmParameter", ssm);
        }
        ccdk__jw_end_obj(&w);
        ccdk__jw_end_obj(&w);
        if (early)
            continue;
    stack_artifact:
        ccdk__jw_key(&w, s->artifact_id);
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "type", "aws:cloudformation:stack");
        jw_kv_str(&w, "environment",
                  ccdk__sprintf(app, "aws://%s/%s", ccdk__stack_is_env_agnostic_account(s) ? "unknown-account" : s->account,
                                ccdk__stack_is_env_agnostic_region(s) ? "unknown-region" : s->region));
        ccdk__jw_key(&w, "properties");
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "templateFile", ccdk__sprintf(app, "%s.template.json", s->artifact_id));
        ccdk__jw_key(&w, "terminationProtection");
        ccdk__jw_bool(&w, s->termination_protection);
        {
            ccdk_value *tg = ccdk__stack_tags(s);
            if (tg->u.obj.n) {
                ccdk__jw_key(&w, "tags");
                ccdk__jw_value(&w, tg);
            }
        }
        ccdk__jw_key(&w, "validateOnSynth");
        ccdk__jw_bool(&w, 0);
        jw_notification_arns(&w, s);
        if (!s->syn_cli_credentials) {
            /* the external id before the role: the synthesizer's order */
            jw_role_extras(&w, s->syn_deploy_ext, specialize(app, s, s->syn_deploy_role), s->syn_deploy_opts);
            jw_kv_str(&w, "cloudFormationExecutionRoleArn", specialize(app, s, s->syn_exec_role));
        }
        jw_kv_str(&w, "stackTemplateAssetObjectUrl",
                  ccdk__sprintf(app, "s3://%s/%s%s.json", specialize(app, s, s->syn_bucket),
                                specialize(app, s, s->syn_bucket_prefix), s->template_hash));
        if (!s->syn_cli_credentials) {
            ccdk__jw_key(&w, "requiresBootstrapStackVersion");
            ccdk__jw_num(&w, s->syn_deploy_version);
            jw_kv_str(&w, "bootstrapStackVersionSsmParameter", ssm);
        }
        ccdk__jw_key(&w, "additionalDependencies");
        jw_str_list1(&w, aid);
        if (!s->syn_cli_credentials && !s->syn_no_lookup_role) { /* useLookupRoleForStackOperations */
            ccdk__jw_key(&w, "lookupRole");
            ccdk__jw_obj(&w);
            jw_kv_str(&w, "arn", specialize(app, s, s->syn_lookup_role));
            jw_role_extras(&w, s->syn_lookup_ext, NULL, s->syn_lookup_opts);
            ccdk__jw_key(&w, "requiresBootstrapStackVersion");
            ccdk__jw_num(&w, s->syn_lookup_version);
            jw_kv_str(&w, "bootstrapStackVersionSsmParameter", ssm);
            ccdk__jw_end_obj(&w);
        }
        if (strcmp(s->stack_name, s->artifact_id)) /* last: the synthesizer adds it after the others */
            jw_kv_str(&w, "stackName", s->stack_name);
        ccdk__jw_end_obj(&w); /* properties */
        ccdk__jw_key(&w, "dependencies");
        ccdk__jw_list(&w);
        for (size_t d = 0; d < s->nstack_deps; d++) {
            ccdk__jw_item(&w);
            ccdk__jw_str(&w, s->stack_deps[d]->artifact_id);
        }
        ccdk__jw_item(&w);
        ccdk__jw_str(&w, aid);
        ccdk__jw_end_list(&w);
        /* always: every stack's metadata has its aws:cdk:templateFile entry */
        jw_kv_str(&w, "additionalMetadataFile", ccdk__sprintf(app, "%s.metadata.json", s->artifact_id));
        jw_kv_str(&w, "displayName", s->node.path);
        ccdk__jw_end_obj(&w);
    }
    free(first);
    free(stacks);
    if (!assembly && !app->no_tree) {
        ccdk__jw_key(&w, "Tree");
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "type", "cdk:tree");
        ccdk__jw_key(&w, "properties");
        ccdk__jw_obj(&w);
        jw_kv_str(&w, "file", "tree.json");
        ccdk__jw_end_obj(&w);
        ccdk__jw_end_obj(&w);
    }
    write_flag_report(&w, assembly ? &assembly->node : &app->node);
    ccdk__jw_end_obj(&w); /* artifacts */
    ccdk_value *missing = ccdk__missing_context(app, assembly); /* lookups.c */
    if (missing) {
        ccdk__jw_key(&w, "missing");
        ccdk__jw_value(&w, missing);
    }
    jw_kv_str(&w, "minimumCliVersion", MIN_CLI_VERSION);
    ccdk__jw_end_obj(&w);
    return ccdk__buf_close(&b);
}

/* ------------------------------------------------------------------ writing */

/* Staging. The assets are final once the app is validated (bundles and fingerprints were made as
 * the constructs were, nested templates are not staged), so a thread stages them into the
 * staging directory while this one resolves and writes the templates: the copies are the file
 * system's work, the templates the CPU's. It touches no arena and no App state but the assets'
 * (read only); what failed is reported by stager_finish, the first in the assets' order. */
typedef struct {
    const ccdk__file_asset *a;
    int unique;     /* the first asset of its staged name */
    int failed;     /* 1: the bundle leftover's link, 2: the asset */
    int err_no;
    char *err;      /* a copy's message (malloc'd) */
} stage_item;

typedef struct {
    const char *dir, *old_outdir;
    stage_item *items;
    size_t n;
    pthread_t th;
    int threaded, running;
    flusher *fl; /* told what the copies wrote (early flushes), or NULL */
    ccdk_app *app; /* its early copies (spec_stage.c): waited for, placed, the rest removed */
} stager;

static void stager_copied(void *ud, size_t bytes)
{
    flusher_wrote(ud, bytes);
}

static void stage_item_run(stager *sg, stage_item *it, ccdk__stage_job *jobs, size_t *nj, size_t *of)
{
    const ccdk__file_asset *a = it->a;
    const char *dir = sg->dir, *old_outdir = sg->old_outdir;
    struct stat st;
    if (a->bundle_leftover && old_outdir) { /* written into the outdir while bundling */
        char from[4096], to[4096];
        snprintf(from, sizeof from, "%s/%s", old_outdir, a->bundle_leftover);
        snprintf(to, sizeof to, "%s/%s", dir, a->bundle_leftover);
        if (lstat(to, &st) != 0 && lstat(from, &st) == 0 && ccdk__link_tree(from, to) != 0) {
            it->failed = 1;
            it->err_no = errno;
            return;
        }
    }
    if (!it->unique)
        return;
    char dest[4096];
    snprintf(dest, sizeof dest, "%s/%s", dir, a->staged_name);
    if (lstat(dest, &st) == 0)
        return;
    if (old_outdir) {
        /* what the last synth staged under the same hash is linked, never moved: the old
         * assembly stays whole until the new one replaces it */
        char old[4096];
        snprintf(old, sizeof old, "%s/%s", old_outdir, a->staged_name);
        if (lstat(old, &st) == 0 && ccdk__link_tree(old, dest) == 0)
            return;
    }
    if (a->mem) {
        if (stage_memory(a, dest) != 0) {
            it->failed = 2;
            it->err_no = errno;
        }
        return;
    }
    /* copied after the others, all at once */
    of[*nj] = (size_t)(it - sg->items);
    jobs[*nj].path = a->source_path;
    jobs[*nj].dest = strdup(dest);
    if (!jobs[*nj].dest)
        abort();
    jobs[*nj].opts = &a->opts;
    (*nj)++;
}

static void *stager_main(void *arg)
{
    stager *sg = arg;
    /* the assets copied while they were fingerprinted (spec_stage.c; the copying may still be
     * under way): only their names are left to give. The App's early-staging state is this
     * thread's from here until stager_finish joins it. */
    ccdk__spec_wait(sg->app, 0);
    for (size_t i = 0; i < sg->n; i++) {
        stage_item *it = &sg->items[i];
        const ccdk__file_asset *a = it->a;
        if (it->unique && !a->mem && !a->bundle_leftover && ccdk__spec_place(sg->app, sg->dir, a->staged_name))
            it->unique = 0;
    }
    ccdk__spec_finish(sg->app); /* the early copies of no asset of the assembly go */
    ccdk__stage_job *jobs = calloc(sg->n, sizeof *jobs);
    size_t *of = calloc(sg->n, sizeof *of);
    if (!jobs || !of)
        abort();
    size_t nj = 0;
    for (size_t i = 0; i < sg->n; i++)
        stage_item_run(sg, &sg->items[i], jobs, &nj, of);
    ccdk__stage_progress pr = {stager_copied, sg->fl, NULL};
    if (nj && ccdk__stage_copy_all(jobs, nj, sg->fl ? &pr : NULL) != 0)
        for (size_t k = 0; k < nj; k++)
            if (jobs[k].rc != 0) {
                stage_item *it = &sg->items[of[k]];
                it->failed = 2;
                it->err = jobs[k].err;
                jobs[k].err = NULL;
            }
    for (size_t k = 0; k < nj; k++) {
        free((char *)jobs[k].dest);
        free(jobs[k].err);
    }
    free(jobs);
    free(of);
    /* on a thread: the copies are flushed now, while the templates are still being made, so that
     * the flush before the swap has only those left to write */
    if (sg->threaded && nj && ccdk__durable()) {
        int fd = open(sg->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            syncfs(fd);
            close(fd);
        }
    }
    return NULL;
}

/* the assets to stage into dir (the staging directory), linked from old_outdir where it has
 * them; on a thread when threaded (else stager_finish does it all) */
static void stager_start(stager *sg, ccdk_app *app, const char *dir, const char *old_outdir, int threaded, flusher *fl)
{
    memset(sg, 0, sizeof *sg);
    sg->dir = dir;
    sg->old_outdir = old_outdir;
    sg->fl = fl->on ? fl : NULL;
    sg->app = app;
    size_t n = 0;
    for (size_t i = 0; i < app->nstacks; i++)
        for (ccdk__file_asset *a = app->stacks[i]->assets; a; a = a->next)
            n += !a->not_staged;
    if (!n) {
        ccdk__spec_wait(app, 1);
        ccdk__spec_finish(app);
        return;
    }
    /* the staged names seen (an object: hash-indexed once large): the same asset in several stacks
     * is staged once */
    ccdk_value *seen = ccdk__v_obj(app);
    sg->items = calloc(n, sizeof *sg->items);
    if (!sg->items)
        abort();
    for (size_t i = 0; i < app->nstacks; i++)
        for (ccdk__file_asset *a = app->stacks[i]->assets; a; a = a->next)
            if (!a->not_staged) {
                stage_item *it = &sg->items[sg->n++];
                it->a = a;
                it->unique = !ccdk__v_get(seen, a->staged_name);
                if (it->unique)
                    ccdk__v_set(seen, a->staged_name, ccdk__v_bool(app, 1));
            }
    sg->running = 1;
    /* set before the thread starts: it reads it (a failed start clears it, with no thread) */
    sg->threaded = threaded;
    if (threaded && pthread_create(&sg->th, NULL, stager_main, sg) != 0)
        sg->threaded = 0;
}

/* waits for the staging (or does it): 0, or -1 with the first failure as the App's error */
static int stager_finish(stager *sg, ccdk_app *app)
{
    if (!sg->running)
        return 0;
    if (sg->threaded)
        pthread_join(sg->th, NULL);
    else
        stager_main(sg);
    sg->running = 0;
    int rc = 0;
    for (size_t i = 0; i < sg->n; i++) {
        stage_item *it = &sg->items[i];
        if (it->failed && !rc) {
            const ccdk__file_asset *a = it->a;
            if (it->failed == 1)
                ccdk__unscoped_error(app, "Failed to stage asset %s/%s: %s", sg->old_outdir, a->bundle_leftover,
                                     strerror(it->err_no));
            else if (it->err || !a->mem)
                ccdk__unscoped_error(app, "Failed to stage asset %s: %s", a->source_path, it->err ? it->err : "");
            else
                ccdk__unscoped_error(app, "Failed to stage asset %s: %s", a->staged_name, strerror(it->err_no));
            rc = -1;
        }
        free(it->err);
    }
    free(sg->items);
    sg->items = NULL;
    return rc;
}

static void print_annotations(ccdk_app *app)
{
    if (app->no_print)
        return;
    /* one write: stderr is unbuffered, and a thousand functions' warnings printed one by one were
     * a thousand system calls */
    ccdk__buf b = {0};
    for (size_t i = 0; i < app->nannotations; i++) {
        ccdk__annotation *a = &app->annotations[i];
        const char *what = !strcmp(a->level, "warning") ? "Warning" : !strcmp(a->level, "info") ? "Info"
                         : !strcmp(a->level, "error")   ? "Error" : NULL;
        if (!what)
            continue;
        ccdk__buf_puts(&b, "[");
        ccdk__buf_puts(&b, what);
        ccdk__buf_puts(&b, " at /");
        ccdk__buf_puts(&b, a->path);
        ccdk__buf_puts(&b, "] ");
        ccdk__buf_puts(&b, a->msg);
        ccdk__buf_putc(&b, '\n');
    }
    if (b.len)
        fwrite(b.data, 1, b.len, stderr);
    ccdk__buf_free(&b);
}

static int fail(ccdk_app *app)
{
    if (!app->no_print)
        for (size_t i = 0; i < app->nerrors; i++)
            fprintf(stderr, "Error: %s\n", app->errors[i]);
    return -1;
}

/* CCDK_TIMING=1: one line on stderr per synth phase, milliseconds since the previous mark (the
 * first since ccdk_app_new, i.e. the app's own construction time). */
typedef struct {
    int on;
    double last;
    double last_cpu; /* this thread's CPU time at the previous mark (0: since the process started) */
} phase_timer;

static double thread_cpu(void)
{
    struct timespec ts;
    return clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0 ? ts.tv_sec + ts.tv_nsec * 1e-9 : 0;
}

/* (the calling thread's CPU beside the wall time: a phase that waits -- on a file system, on a
 * thread -- shows as wall time without CPU) */
static void phase(phase_timer *t, const char *name)
{
    if (!t->on)
        return;
    double now = ccdk__now(), cpu = thread_cpu();
    fprintf(stderr, "ccdk timing: %-12s %8.2f ms  (CPU %.2f ms; arena mapped %.1f MiB)\n", name, (now - t->last) * 1e3,
            (cpu - t->last_cpu) * 1e3, (double)ccdk__mapped_bytes() / (1 << 20));
    t->last = now;
    t->last_cpu = cpu;
}

/* ------------------------------------------------------------------ the phases of a synth
 *
 * ccdk_app_synth runs them in order; any of them may fail, and every failure leaves through the
 * one exit at its end (the writer stopped, the staging directory removed, the errors printed). */

typedef struct {
    ccdk_app *app;
    ccdk__txn txn;       /* the transactional write (assembly.c) */
    tpl_writer w;
    int writer_on;       /* w started and not joined yet */
    int threads;
    char tree_path[4300];
    stager sg;
    flusher fl;          /* early flushes while a writer thread runs */
    phase_timer tm;
} synth_run;

/* aspects, prepare hooks (parents first), node dependencies, and each stack's bootstrap rule */
static int phase_prepare(synth_run *r)
{
    ccdk_app *app = r->app;
    size_t nerrors = app->nerrors;
    invoke_aspects(&app->node, &app->node);
    if (app->nerrors > nerrors)
        return -1; /* aws-cdk-lib's synth ends where an aspect (or the loop over them) throws */
    ccdk__add_metadata_resources(app);
    app->tree_at = app->node.nchildren;
    walk(&app->node, 0);
    /* prepareApp: reifyConstructDependencies, then resolveReferences. The order shows: a stack's
     * dependencies keep the order they were added in (the manifest's "dependencies"), and a cycle is
     * reported by the edge that closes it */
    ccdk__apply_dependencies(&app->node);
    ccdk__resolve_references(app);
    ccdk__nested_stacks_prepare(app); /* their templates become assets of their parents */
    if (app->nerrors > nerrors)
        return -1; /* prepareApp throws (a reference, a nested stack's rename): no validation after */
    for (size_t i = 0; i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->nested_parent || s->syn_no_bootstrap_rule)
            continue; /* a nested template has none; generateBootstrapVersionRule: false */
        add_bootstrap_rule(s);
        ccdk__element *rule = ccdk__alloc(app, sizeof *rule);
        ccdk__node_init(&rule->node, &kind_rule, s, "CheckBootstrapVersion");
    }
    phase(&r->tm, "prepare");
    return 0;
}

/* some file asset of the app is staged from a path (copied, unless the last synth has it) */
static int copies_files(ccdk_app *app)
{
    for (size_t i = 0; i < app->nstacks; i++)
        for (ccdk__file_asset *a = app->stacks[i]->assets; a; a = a->next)
            if (!a->not_staged && !a->mem)
                return 1;
    return 0;
}

/* The staging directory and the writer (tree.json, then templates). parents: make the output
 * directory's parents too (after validation only: a failed synth leaves no directory behind). */
static int start_writer(synth_run *r, int parents)
{
    if (ccdk__txn_mktmp(&r->txn, parents) != 0)
        return -1;
    snprintf(r->tree_path, sizeof r->tree_path, "%s/tree.json", r->txn.tmp);
    r->app->out_tmp = r->txn.tmp;
    r->app->out_old_dir = r->txn.old_fd;
    /* (an app of a few constructs and a large asset directory has the early flushes too: the copies
     * are flushed as they are made, so that the flush before the swap has only the last ones left) */
    flusher_start(&r->fl, r->threads || (copies_files(r->app) && !getenv("CCDK_NO_THREADS")) ? r->txn.lock_fd : -1);
    writer_start(&r->w, r->app, r->app->nstacks, r->threads, r->app->no_tree ? NULL : r->tree_path, &r->fl);
    r->writer_on = 1;
    return 0;
}

/* validation hooks; annotations at error level; the process-wide errors met meanwhile */
static int phase_validate(synth_run *r)
{
    ccdk_app *app = r->app;
    walk(&app->node, 1);
    phase(&r->tm, "validate");
    for (size_t i = 0; i < app->nannotations; i++)
        /* a context provider's trackable error (lookups.c) does not stop the synth, as in aws-cdk-lib:
         * it goes into the metadata, and the CLI fails the stacks it selects */
        if (!strcmp(app->annotations[i].level, "error") && !app->annotations[i].synth_goes_on &&
            !(app->annotations[i].id && !strcmp(app->annotations[i].id, CCDK__CONTEXT_PROVIDER_ERROR))) {
            char line[4400];
            snprintf(line, sizeof line, "%s", app->annotations[i].msg);
            ccdk__unscoped_error(app, "[Error at /%s] %s", app->annotations[i].path, line);
        }
    app->synthesized = 1; /* from here on no construct can be added */
    ccdk__take_process_errors(app); /* a bad scope met while preparing (an aspect's) */
    return app->nerrors ? -1 : 0;
}

/* logical ids are cached on the elements: computed here, in the persistent arena */
static void phase_logical_ids(synth_run *r)
{
    for (size_t i = 0; i < r->app->nstacks; i++) {
        size_t n = 0;
        ccdk__node **els = stack_elements(r->app->stacks[i], &n);
        for (size_t k = 0; k < n; k++)
            if (!((ccdk__element *)els[k])->deferred_logical_id) /* settled by the render */
                ccdk__element_logical_id(els[k]);
    }
    phase(&r->tm, "logical-ids");
}

/* resolves every stack; the writer serialises the templates (the last one on this thread) */
static int phase_render(synth_run *r)
{
    ccdk_app *app = r->app;
    /* the Stages' assembly directories, parents first (creation order) */
    for (size_t i = 0; i < app->nstages; i++) {
        char p[4200];
        snprintf(p, sizeof p, "%s/%s", r->txn.tmp, app->stages[i]->dir);
        if (ccdk__mkdir_p(p) != 0) {
            ccdk__unscoped_error(app, "Failed to write the cloud assembly into %s: %s", r->txn.tmp, strerror(errno));
            return -1;
        }
    }
    size_t last = app->nstacks;
    for (size_t i = 0; i < app->nstacks; i++)
        if (!app->stacks[i]->node.detached)
            last = i;
    /* The thread writes each stack's metadata file after its template, while this thread resolves
     * the next stack's: not with nested stacks (a parent's metadata holds theirs, rendered at
     * their own turn), nor in the linter's strict mode (its errors come once every stack is
     * rendered). Its default report mode annotates nothing: validation-report.json only. (An
     * annotation added after the thread wrote a stack's metadata makes phase_write write it again:
     * meta_stale.) */
    int meta_early = !ccdk__lint_strict(app);
    for (size_t i = 0; meta_early && i < app->nstacks; i++)
        meta_early = !app->stacks[i]->nested_parent;
    app->tree_props_on = 1; /* the generated L1s keep tree.json's props as they render */
    writer_tree_go(&r->w);
    for (size_t i = 0; i < app->nstacks; i++)
        if (!app->stacks[i]->node.detached) {
            render_stack(&r->w, app->stacks[i], r->txn.tmp, i == last, meta_early);
            writer_tree_ready(&r->w, app->stacks[i]);
        }
    app->tree_props_on = 0;
    /* the templates are resolved: the blocks faulted in ahead (through preparation and the render,
     * whose values the writer still reads) go to the scratch arenas of what follows */
    ccdk__prefetch_drain(app);
    phase(&r->tm, "resolve");
    int ok = writer_wait_templates(&r->w) == 0;
    /* the lint findings, in the stacks' order */
    for (size_t i = 0; i < r->w.njobs; i++) {
        tpl_job *j = &r->w.jobs[i];
        if (!j->lint)
            continue;
        size_t n = 0;
        ccdk__node **els = stack_elements(j->s, &n);
        ccdk__lint_job_finish(app, j->s, j->lint, els, n);
        j->lint = NULL;
    }
    phase(&r->tm, "templates");
    /* _synthesizeTemplate: JSON.stringify(template, undefined, 1) over 80 % of 1,000,000 bytes */
    for (size_t i = 0; ok && i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (!s->node.detached && s->template_len > TEMPLATE_WARN_BYTES)
            ccdk__warning(s, "@aws-cdk/core:Stack.templateSize",
                          "Template size %s limit: %zu/1000000. %s.",
                          s->template_len > 1000000 ? "exceeds" : "is approaching", s->template_len,
                          s->suppress_indent ? "Split resources into multiple stacks to reduce template size"
                                             : "Split resources into multiple stacks or set "
                                               "suppressTemplateIndentation to reduce template size");
    }
    if (ok)
        ccdk__lint_sizes(app);
    if (app->nerrors)
        return -1;
    print_annotations(app);
    writer_close(&r->w);
    if (!ok) {
        ccdk__unscoped_error(app, "Failed to write the cloud assembly into %s: %s", r->txn.tmp, strerror(errno));
        return -1;
    }
    return 0;
}

/* the `cdk.out` file of an assembly directory (dir: "" or a Stage's "assembly-X/") */
static int write_cdk_out(const char *tmp, const char *dir)
{
    static const char body[] = "{\"version\":\"" SCHEMA_VERSION "\"}";
    char p[4200];
    snprintf(p, sizeof p, "%s/%scdk.out", tmp, dir);
    return ccdk__write_file(p, body, sizeof body - 1);
}

/* asset manifests, staged assets, manifest.json, tree.json (the writer's), and the cdk.out file */
static int phase_write(synth_run *r)
{
    ccdk_app *app = r->app;
    const char *tmp = r->txn.tmp;
    int ok = 1;
    size_t job = 0; /* the stacks' template jobs are in the stacks' order */
    for (size_t i = 0; ok && i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->node.detached || s->nested_parent)
            continue;
        char apath[8400];
        snprintf(apath, sizeof apath, "%s/%s%s.assets.json", tmp, s->assembly_dir, s->artifact_id);
        ccdk__scratch_begin(app);
        /* both written by the thread already, unless it could not, or an asset or an annotation
         * was added since */
        while (job < r->w.njobs && r->w.jobs[job].s != s)
            job++;
        tpl_job *j = job < r->w.njobs ? &r->w.jobs[job] : NULL;
        if (s->syn_legacy || s->syn_bootstrapless) {
            /* no asset manifest */
        } else if (!(j && j->assets_done && j->assets_rc == 0 && j->assets_n == s->nassets)) {
            if (j && j->assets_done)
                unlink(apath);
            ok = assets_write(app, assets_prepare(s), s->template_hash, apath) == 0;
        }
        char mpath[8400];
        snprintf(mpath, sizeof mpath, "%s/%s%s.metadata.json", tmp, s->assembly_dir, s->artifact_id);
        if (!(j && j->meta_done && j->meta_rc == 0 && !meta_stale(s, j->meta_nann))) {
            if (j && j->meta_done)
                unlink(mpath); /* a partial or stale one */
            ok = ok && meta_write(meta_prepare(s), mpath) == 0;
        }
        ccdk__scratch_end(app);
    }
    phase(&r->tm, "asset-manifests");
    ok = ok && stager_finish(&r->sg, app) == 0;
    phase(&r->tm, "assets");
    if (ok) {
        ccdk__scratch_begin(app);
        ok = write_manifest(app, tmp, NULL) == 0;
        for (size_t i = 0; ok && i < app->nstages; i++) {
            ccdk_stage *st = app->stages[i];
            if (st->node.detached)
                continue;
            ok = write_manifest(app, tmp, st) == 0 && write_cdk_out(tmp, st->dir) == 0;
        }
        ccdk__scratch_end(app);
    }
    phase(&r->tm, "manifest");
    /* what constructs add to the assembly themselves (attachCustomSynthesis: iam's policy report) */
    for (size_t i = 0; ok && i < app->ncustom_synths; i++)
        if (!app->custom_synths[i].node->detached)
            ok = app->custom_synths[i].fn(app->custom_synths[i].node, tmp) == 0;
    int tree_ok = writer_join(&r->w) == 0;
    r->writer_on = 0;
    ok = ok && tree_ok;
    phase(&r->tm, "tree");
    if (ok)
        ok = ccdk__write_validation_report(app, tmp, SCHEMA_VERSION) == 0;
    if (ok)
        ok = write_cdk_out(tmp, "") == 0;
    if (!ok && !app->nerrors)
        ccdk__unscoped_error(app, "Failed to write the cloud assembly into %s: %s", tmp, strerror(errno));
    return ok ? 0 : -1;
}

/* Stage.synth's error when constructs were added after the first synth (ccdk__node_init keeps them
 * in app->added_after): their paths in the tree's preorder (a new child after its parent's older
 * subtree), sorted by length, the sort keeping that order among equals (constructPathSetsDiff) */
static void report_added_after_synth(ccdk_app *app)
{
    size_t n = app->nadded_after, k = 0;
    const char **paths = calloc(n, sizeof *paths);
    ccdk__node **stack = NULL;
    size_t *next = NULL, depth = 0, cap = 0;
    if (!paths)
        abort();
    /* iterative preorder over the tree, Stages left out; a node's new children after its own */
    ccdk__node *cur = &app->node;
    for (;;) {
        if (depth == cap) {
            cap = cap ? 2 * cap : 64;
            stack = realloc(stack, cap * sizeof *stack);
            next = realloc(next, cap * sizeof *next);
            if (!stack || !next)
                abort();
        }
        stack[depth] = cur;
        next[depth++] = 0;
        cur = NULL;
        while (depth && !cur) {
            ccdk__node *top = stack[depth - 1];
            while (next[depth - 1] < top->nchildren && ccdk__is_stage(top->children[next[depth - 1]]))
                next[depth - 1]++;
            if (next[depth - 1] < top->nchildren) {
                cur = top->children[next[depth - 1]++];
                break;
            }
            for (size_t i = 0; i < n; i++)
                if (app->added_after[i]->parent == top)
                    paths[k++] = top == &app->node ? app->added_after[i]->id
                                                   : ccdk__sprintf(app, "%s/%s", top->path, app->added_after[i]->id);
            depth--;
        }
        if (!cur)
            break;
    }
    free(stack);
    free(next);
    for (size_t i = 1; i < k; i++) /* insertion sort by length: stable */
        for (size_t j = i; j > 0 && strlen(paths[j - 1]) > strlen(paths[j]); j--) {
            const char *t = paths[j];
            paths[j] = paths[j - 1];
            paths[j - 1] = t;
        }
    ccdk__buf b = {0};
    for (size_t i = 0; i < k; i++)
        ccdk__buf_puts(&b, i ? ", +" : "+"), ccdk__buf_puts(&b, paths[i]);
    ccdk__buf_putc(&b, '\0');
    ccdk__error(&app->node,
                "Synthesis has been called multiple times and the construct tree was modified after the first synthesis "
                "(%s) This is not allowed. Remove multple synth() calls and do not modify the construct tree after the "
                "first synth().",
                b.data ? b.data : "");
    ccdk__buf_free(&b);
    free(paths);
}

static int synth_app(ccdk_app *app);

int ccdk_app_synth(ccdk_app *app)
{
    if (!app)
        return -1;
    /* (aws-cdk-lib typos "multple": kept) */
    if (app->nadded_after) {
        report_added_after_synth(app);
        app->nadded_after = 0; /* reported once: every later synth fails on the App's errors */
    }
    app->in_synth = 1;
    int rc = synth_app(app);
    app->in_synth = 0;
    if (rc == 0)
        app->synth_done = 1;
    return rc;
}

static int synth_app(ccdk_app *app)
{
    synth_run r;
    memset(&r, 0, sizeof r);
    r.app = app;
    const char *tenv = getenv("CCDK_TIMING");
    r.tm = (phase_timer){tenv && *tenv && strcmp(tenv, "0"), app->t_start, 0};
    ccdk__take_process_errors(app);
    /* the output directory is checked first: aws-cdk-lib's App constructor throws for it */
    if (ccdk__txn_begin(app, &r.txn, app->outdir) != 0 || app->nerrors)
        goto failed;
    ccdk__spec_adopt(app, &r.txn); /* the staging directory the assets were copied into early */
    phase(&r.tm, "construct");
    int validate = !app->synthesized;
    ccdk__lint_init_app(app);
    if (validate && phase_prepare(&r) != 0)
        goto failed;
    for (size_t i = 0; i < app->nstacks; i++)
        app->stacks[i]->synth_ok = 0;
    /* A writer thread pays off from a few hundred constructs on. It starts before validation (and
     * the tree thread with it, which waits for the tree to be final: writer_tree_go), then
     * serialises the templates as this thread resolves them. That needs the
     * staging directory before validation: it is made then only when the output directory's
     * parent exists (a failed synth leaves no directory behind), else after validation. */
    /* (CCDK_THREADS=1: the threads for any app, as the tests use to run every case through them) */
    const char *force = getenv("CCDK_THREADS");
    r.threads = (app->nnodes >= 300 || (force && !strcmp(force, "1"))) && !getenv("CCDK_NO_THREADS");
    if (validate)
        start_writer(&r, 0);
    if (validate && phase_validate(&r) != 0)
        goto failed;
    phase_logical_ids(&r);
    if (!r.writer_on && start_writer(&r, 1) != 0) {
        ccdk__unscoped_error(app, "Cannot create the staging directory %s.ccdk-tmp-%ld-<n>: %s", r.txn.target,
                             (long)getpid(), strerror(errno));
        goto failed;
    }
    stager_start(&r.sg, app, r.txn.tmp, r.txn.exists ? r.txn.target : NULL, r.threads, &r.fl);
    /* (writing the metadata files resolves the entries' data: an error met there fails the synth
     * as one met rendering a template does) */
    if (phase_render(&r) != 0 || phase_write(&r) != 0 || app->nerrors)
        goto failed;
    app->out_tmp = NULL; /* r's */
    flusher_stop(&r.fl);
    int committed = ccdk__txn_commit(app, &r.txn, app->outdir) == 0;
    flusher_join(&r.fl);
    if (!committed)
        goto failed;
    const char *outdir = app->outdir;
    if (outdir[0] == '/') {
        app->outdir_abs = outdir;
    } else {
        char cwd[4096];
        app->outdir_abs = getcwd(cwd, sizeof cwd) ? ccdk__sprintf(app, "%s/%s", cwd, outdir) : outdir;
    }
    for (size_t i = 0; i < app->nstacks; i++)
        app->stacks[i]->synth_ok = !app->stacks[i]->node.detached;
    phase(&r.tm, "swap");
    if (r.tm.on) {
        /* the calling thread's own CPU time: what decides the wall time, and steadier than it on a
         * busy machine */
        struct rusage ru;
        if (getrusage(RUSAGE_THREAD, &ru) == 0)
            fprintf(stderr, "ccdk timing: this thread's CPU %.2f ms (user %.2f, sys %.2f)\n",
                    (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3,
                    ru.ru_utime.tv_sec * 1e3 + ru.ru_utime.tv_usec / 1e3, ru.ru_stime.tv_sec * 1e3 + ru.ru_stime.tv_usec / 1e3);
    }
    /* the assembly stays (aws-cdk-lib validates the templates it has written, and its report
     * points at the copy in the assembly), but the synth fails when the report says so */
    if (ccdk__print_validation_report(app))
        return fail(app);
    return 0;

failed: /* the one way out of a failed synth: nothing of it is left, the old assembly stays */
    if (r.sg.running) {
        size_t nerrors = app->nerrors; /* the synth's own error is the one reported */
        stager_finish(&r.sg, app);
        for (size_t i = nerrors; i < app->nerrors; i++)
            free(app->errors[i]);
        app->nerrors = nerrors;
    }
    /* the stager waited for the early copies; else no early copy may go on writing into what is
     * removed below */
    ccdk__spec_wait(app, 1);
    if (r.writer_on) {
        writer_close(&r.w);
        writer_join(&r.w);
    }
    flusher_join(&r.fl);
    app->out_tmp = NULL; /* r's (the writer is done with it) */
    ccdk__txn_abort(&r.txn);
    return fail(app);
}

/* ------------------------------------------------------------------ summary */

void ccdk_app_print_summary(const ccdk_app *app, FILE *out)
{
    if (!app || !out)
        return;
    fprintf(out, "Synthesized into %s/\n", app->outdir);
    for (size_t i = 0; i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (!s->synth_ok)
            continue;
        ccdk__node **els = NULL;
        size_t n = 0, cap = 0, nres = 0;
        ccdk__collect_elements(&s->node, 0, &els, &n, &cap);
        for (size_t k = 0; k < n; k++)
            nres += els[k]->kind->element == CCDK__EL_RESOURCE;
        fprintf(out, "  stack %s (%s.template.json): %zu resource%s, %zu asset%s\n", s->stack_name, s->artifact_id, nres,
                nres == 1 ? "" : "s", s->nassets, s->nassets == 1 ? "" : "s");
        for (size_t k = 0; k < n; k++)
            if (els[k]->kind->element == CCDK__EL_RESOURCE)
                fprintf(out, "    %-48s %s\n", ccdk__element_logical_id(els[k]), ((ccdk_cfn_resource *)els[k])->type);
        free(els);
        for (ccdk__file_asset *a = s->assets; a; a = a->next)
            fprintf(out, "    asset %s <- %s (%s)\n", a->staged_name, a->source_path, a->packaging);
    }
}
