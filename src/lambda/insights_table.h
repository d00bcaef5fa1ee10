/* insights_table.h - the Lambda Insights facts of aws-cdk-lib's region-info (insights_table.c is generated). */
#ifndef CCDK_INSIGHTS_TABLE_H
#define CCDK_INSIGHTS_TABLE_H

#include "region_fact.h"

typedef struct {
    const char *version, *arch;
    int region; /* index into ccdk__regions (core: RegionInfo.regions) */
    const char *arn;
} ccdk__insights_arn;

extern const char *const ccdk__insights_versions[];            /* the VERSION_* constants, NULL-terminated */
extern const ccdk__insights_arn ccdk__insights_arns[];         /* {NULL}-terminated */

#endif
