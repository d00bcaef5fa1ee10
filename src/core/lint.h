/* lint.h - the deploy-time limits of CloudFormation and Lambda that aws-cdk-lib does not enforce at
 * synth, checked over a template (a ccdk_value): the one table of limits (value, source), the
 * checks, and their findings. Used by synth (validation-report.json, strict mode) and by the `ccdk
 * lint` command (tools/ccdk/lint.c). Layer 6 (needs values only): see types.h.
 *
 * Rule ids: where aws-cdk-lib 2.276.0's bundled validator (@aws/cloudformation-validate 1.14.0)
 * has the rule, its id, severity and message (F0003 parameters, F0004 outputs, F0007 resources,
 * F0008 mappings, F3004 circular dependencies, F0018 / F3016 an UpdateReplacePolicy / DeletionPolicy
 * CloudFormation does not take, F3002 an SSM parameter's tag key or a function's environment variable
 * name its schema does not allow, F3031 not matching a pattern (tag keys and values of queues, roles,
 * users and signing profiles among them), F3032 too many or too few items, F3033 too long or short
 * (tag keys and values too), F3034 out of
 * range (a function's (its capacity provider config, scaling, durable config, reserved concurrency and
 * timeout among them), a Function URL's, a capacity provider's scaling policies' and vCPU count, an
 * event source mapping's and event invoke config's numbers, and EFS access points' and file systems'
 * properties; a string the validator coerces is checked as its number), W3030 not in the
 * enum, E3510 an identity policy's Resource/NotResource that is not an ARN, E3663 reserved
 * environment variable, E3717 timeout, W2531/E2531/E2533 deprecated runtime;
 * F3020 excluded properties (an alias' RoutingConfig, a lifecycle rule's AbortIncompleteMultipartUpload),
 * W2530 SnapStart without a version, W3694 an SNS subscription's endpoint of another type; E1150/E1151/
 * E1154/E1156 id and role ARN formats and the schema's patterns, lengths and enums by path (prop_checks); F3006 unknown
 * AWS:: types; F0006/F2003/F6004 logical ids; W9012 the account override; F3012 a value of another
 * type than the schema's and W9003 a string the validator coerces to it (Lambda's and EFS's numbers
 * and booleans: prop_checks' typed rows); F1012 an Fn::FindInMap of a mapping the template lacks;
 * with unused_rules: F0001 no resources, W2001/W7001/W8001 unused parameter/mapping/condition);
 * W3010 a literal availability zone (not in a template with AWS::CDK::Metadata), W3045 an S3
 * AccessControl, W3663 a Lambda permission's SourceArn without an account, F1020 a Ref of
 * Properties that names nothing, F6101 such a Ref in an output, E1028 an Fn::If of a condition the
 * template lacks, E3019 duplicate primary identifiers, E1027 an ssm-secure reference where
 * CloudFormation takes none, E1050 a dynamic reference of too many parts, W2501 a literal password,
 * W2508 a security group open to the world on a sensitive port, W2512 an Allow with NotAction,
 * F3037 duplicate ManagedPolicyArns;
 * else ccdk's own id (CL0xx).
 *
 * Limits: each has a name; the context key "ccdk:lint:<name>" (a number) overrides its value. */
#ifndef CCDK_LINT_H
#define CCDK_LINT_H

#include <stdint.h>

#include "value.h"

typedef struct {
    const char *name;   /* the context key is "ccdk:lint:<name>" */
    double value;       /* the default */
    const char *unit;
    const char *what;
    const char *source; /* where AWS documents it */
} ccdk__lint_limit;

enum {
    CCDK__LINT_TEMPLATE_SIZE, CCDK__LINT_TEMPLATE_BODY_SIZE, CCDK__LINT_RESOURCES, CCDK__LINT_OUTPUTS,
    CCDK__LINT_PARAMETERS, CCDK__LINT_MAPPINGS, CCDK__LINT_ENV_SIZE, CCDK__LINT_MEMORY_MIN, CCDK__LINT_MEMORY_MAX,
    CCDK__LINT_TIMEOUT_MAX, CCDK__LINT_EPHEMERAL_MIN, CCDK__LINT_EPHEMERAL_MAX, CCDK__LINT_LAYERS,
    CCDK__LINT_CODE_SIZE, CCDK__LINT_INLINE_CODE_SIZE, CCDK__LINT_URL_METHODS, CCDK__LINT_URL_METHOD_LENGTH,
    CCDK__LINT_URL_MAX_AGE, CCDK__LINT_NLIMITS
};
extern const ccdk__lint_limit ccdk__lint_limits[CCDK__LINT_NLIMITS];

/* the rules that are not limits (a fixed list, no override) */
extern const char *const ccdk__lint_reserved_env[]; /* Lambda's reserved keys, NULL-terminated */
extern const char *const ccdk__lint_url_methods[];  /* the methods a Function URL's CORS accepts */

typedef struct {
    const char *rule;       /* "F3034", "CL001" */
    int error;              /* 1: error (the validator's FATAL/ERROR), 0: warning */
    int cfn;                /* the validator has this rule (same id, severity and message) */
    const char *category;   /* the validator's category ("Schema", "Structure", "Resource"), or NULL */
    const char *logical_id; /* NULL: the stack itself */
    const char *type;       /* the resource's Type, or NULL */
    const char *prop_path;  /* "Properties.MemorySize", or NULL */
    const char *message;    /* as the validator describes it: "MemorySize: 64 is less than ..." */
    const char *fix;        /* the validator's suggestedFix, or NULL */
    uint64_t order;         /* where in the template (the validator's order within a rule) */
} ccdk__lint_finding;

typedef struct ccdk__lint ccdk__lint;
struct ccdk__lint {
    ccdk_app *app; /* the arena of the messages */
    double limit[CCDK__LINT_NLIMITS];
    /* the unzipped size in bytes of an S3 code location (a function's Code, a layer's Content),
     * or -1 when it cannot be known; NULL: code sizes are not checked */
    int64_t (*code_size)(ccdk__lint *l, const ccdk_value *code);
    void *ctx;
    size_t template_bytes; /* the template's size as written */
    int template_is_asset; /* the template is uploaded as an asset (stackTemplateAssetObjectUrl) */
    int unused_rules;      /* also F0001, W2001, W7001, W8001 (a stack artifact's whole template) */
    const char *account;   /* the stack artifact's account (W9012), NULL: unknown (environment-agnostic) */
    const char *region;    /* the stack artifact's region (the validator's AWS::Region), NULL: unknown */
    ccdk__lint_finding *f; /* malloc'd */
    size_t n, cap;
    char today[16];        /* "YYYY-MM-DD" (UTC), once asked ("": not yet) */
    const char *runtime_seen; /* the last Runtime check_runtime looked up in this template, or NULL */
    size_t runtime_at;        /* its place in the deprecations (their count: none) */
};

/* Starts a lint: the limits' defaults, each overridden by lookup(ctx, "ccdk:lint:<name>") when that
 * returns a value (a number or a numeric string); lookup may be NULL. 0, or -1 and *bad set to the
 * context key whose value is not a number. */
int ccdk__lint_init(ccdk__lint *l, ccdk_app *app, ccdk_value *(*lookup)(void *ctx, const char *key), void *ctx,
                    const char **bad);
/* Checks one template; its findings are appended, sorted as the validator orders them (errors
 * first, then by rule id, then by place in the template). */
void ccdk__lint_template(ccdk__lint *l, const ccdk_value *tpl);
void ccdk__lint_free(ccdk__lint *l);
/* the bytes of the regular files under a directory (the unzipped size of a directory asset);
 * -1 when it cannot be read (lint.c) */
int64_t ccdk__lint_dir_bytes(const char *path);

#endif
