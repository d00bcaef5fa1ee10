/* insights_table.h - the Lambda Insights facts of aws-cdk-lib's region-info (insights_table.c is generated). */
#ifndef CCDK_INSIGHTS_TABLE_H
#define CCDK_INSIGHTS_TABLE_H

#include "region_fact.h"

#include <stdint.h>

/* strings as offsets + 1 into ccdk__insights_pool (0: none), read with CCDK__INSIGHTS_STR (a set
 * one): a table of pointers would be relocated at every start of a position-independent executable */
typedef struct {
    uint32_t version, arch;
    int region; /* index into ccdk__regions (core: RegionInfo.regions) */
    uint32_t arn;
} ccdk__insights_arn;

extern const char ccdk__insights_pool[];
#define CCDK__INSIGHTS_STR(off) (ccdk__insights_pool + (off) - 1) /* (off != 0) */

extern const char *const ccdk__insights_versions[];            /* the VERSION_* constants, NULL-terminated */
extern const ccdk__insights_arn ccdk__insights_arns[];         /* {NULL}-terminated */

#endif
