/* assembly_tables.h - generated tables of the cloud assembly (assembly_tables.c, made by
 * scripts/gen-assembly-tables.js from aws-cdk-lib). */
#ifndef CCDK_ASSEMBLY_TABLES_H
#define CCDK_ASSEMBLY_TABLES_H

typedef struct {
    const char *flag;
    const char *json; /* {"recommendedValue":...,"explanation":...[,"unconfiguredBehavesLike":{...}]} */
} ccdk__flag_report_entry;

extern const ccdk__flag_report_entry ccdk__flag_report[];    /* ends with {NULL, NULL} */
extern const char *const ccdk__cdk_metadata_regions[];       /* ends with NULL */

#endif
