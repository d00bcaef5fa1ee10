/* synth.h - `ccdk synth` and `ccdk ls` with a cdk.json: run the app as the cdk CLI (2.1148.1)
 * does, without Node (cdkjson.c: configuration, context, environment; synth.c: the commands;
 * yaml.c: the template as the CLI prints it). */
#ifndef CCDK_TOOL_SYNTH_H
#define CCDK_TOOL_SYNTH_H

#include <stdio.h>

#include "tool.h"

/* the cdk CLI this mimics: its version and its cloud assembly schema version, which it passes to
 * the app (CDK_CLI_VERSION, CDK_CLI_ASM_VERSION) */
#define TOOL_CDK_CLI_VERSION "2.1148.1"
#define TOOL_CDK_CLI_ASM_VERSION "55.0.0"

typedef struct {
    const char *command;      /* "synth" or "ls" */
    const char *app;          /* --app/-a: a command line or a cloud assembly directory */
    const char *output;       /* --output/-o */
    const char *profile;      /* --profile: the region comes from its section */
    ccdk_value *context;      /* -c key=value, in order */
    int version_reporting;    /* -1 unset, else 0/1 */
    int path_metadata;        /* -1 unset */
    int asset_metadata;       /* -1 unset */
    int staging;              /* --no-staging: 0 */
    int lookups;              /* -1 unset */
    int validation;           /* -1 unset; --no-validation: 0 */
    int debug;                /* --debug */
    int color;                /* -1 auto; --color 1; --no-color 0 (yargs: "color" negated) */
    int no_color;             /* --noColor: the CLI's own no-color option, as yargs names it */
    int exclusively, quiet, json, strict, ignore_errors, long_list, show_deps;
    int settings_quiet;       /* out: cdk.json's "quiet" (tool_cdk_run_app), -1 when absent */
    const char **stacks;      /* patterns */
    size_t nstacks;
} tool_cdk_opts;

/* Reads ~/.cdk.json, cdk.json and cdk.context.json and the options as the CLI does, runs the build
 * and app commands with the CLI's environment, and returns the assembly directory in *dir (the
 * --app directory itself when it is one). 0, or the exit status to return (the error printed). */
int tool_cdk_run_app(tool *t, tool_cdk_opts *o, const char **dir);

/* JavaScript's key order (what JSON.parse gives): array-index keys first in numeric order, then the
 * others as they came; recursively, in place */
void tool_js_order(ccdk_value *v);

/* the template as `cdk synth` prints it: yaml.stringify(v, {schema: 'yaml-1.1', lineWidth: 0}) */
void tool_yaml(ccdk__buf *b, const ccdk_value *v);

/* where the CLI's info and warning messages go: stderr, stdout in CI (--ci, or $CI set and not
 * "false"/"0": "logs will be sent to stdout instead of stderr"); errors always go to stderr */
extern FILE *tool_cdk_info;
extern int tool_cdk_ci;

/* the commands */
int tool_synth_cmd(tool *t, tool_cdk_opts *o);
int tool_ls_cmd(tool *t, tool_cdk_opts *o);
/* parses the cdk-style options of synth/ls from argv[from..]; 0, or 2 after a message */
int tool_cdk_parse(tool *t, tool_cdk_opts *o, int argc, char **argv, int from);

#endif
