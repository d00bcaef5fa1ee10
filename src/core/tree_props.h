/* tree_props.h - tree.json's aws:cdk:cloudformation:props: a generated L1's resolved properties
 * under the JavaScript names of its cfnProperties (tree_props.c), from the table that
 * scripts/gen-tree-props-table.js generates from aws-cdk-lib (tree_props_table.c). */
#ifndef CCDK_TREE_PROPS_H
#define CCDK_TREE_PROPS_H

#include <stddef.h>
#include <stdint.h>

#include "types.h"

/* how a field's value is written */
enum {
    CCDK__TP_KEEP = 0,     /* as it is: primitives, Json, maps and lists of primitives */
    CCDK__TP_STRUCT = 1,   /* an object of struct `sub` */
    CCDK__TP_LIST = 2,     /* a list of them */
    CCDK__TP_LISTLIST = 3, /* a list of lists of them */
    CCDK__TP_MAP = 4,      /* a map (keys kept) of them */
    CCDK__TP_DATE = 5,     /* a Date: dateToCloudFormation's "...:SSZ" in the template, toJSON()'s "...:SS.000Z" here */
};

/* names are offsets + 1 into ccdk__tp_pool, read with CCDK__TP_STR: a table of pointers would be
 * relocated at every start of a position-independent executable (3,300 relocations) */
typedef struct {
    uint32_t cfn, js;      /* CloudFormation name (the template's), JavaScript name */
    unsigned short ord;    /* place in the output: cfnProperties' order, or the L2's */
    unsigned char shape;   /* CCDK__TP_* */
    unsigned short sub;    /* the struct of a STRUCT..MAP */
} ccdk__tp_field;

/* struct flags */
enum {
    CCDK__TP_INSERTION = 1, /* built by the L2 in aws-cdk-lib's order, kept in tree.json, sorted in the template */
    CCDK__TP_DEEP = 2,      /* INSERTION, or holds such a struct */
};

typedef struct {
    unsigned short first, n; /* fields[first .. first + n), sorted by cfn (strcmp) */
    unsigned char flags;     /* CCDK__TP_* */
} ccdk__tp_struct;

typedef struct {
    uint32_t type;         /* "AWS::Lambda::Function" */
    unsigned short root;   /* the struct of its properties */
} ccdk__tp_type;

extern const char ccdk__tp_pool[];
#define CCDK__TP_STR(off) (ccdk__tp_pool + (off) - 1) /* (off != 0) */
extern const ccdk__tp_field ccdk__tp_fields[];
extern const ccdk__tp_struct ccdk__tp_structs[];
extern const ccdk__tp_type ccdk__tp_types[]; /* sorted by type (strcmp) */
extern const size_t ccdk__tp_ntypes;

/* The compact JSON of props -- a resource of type `type`, resolved, with CloudFormation names
 * (NULL: none) -- as aws-cdk-lib's tree.json shows that L1's cfnProperties: names and order of its
 * class and structs. Names the table does not know are kept. given: the L1's properties are a user's
 * (lambda.CfnUrl's, say): its structs show in the user's order, as aws-cdk-lib keeps the props' objects.
 * In app's persistent arena. */
const char *ccdk__tree_props_json(ccdk_app *app, const char *type, const ccdk_value *props, int given);

/* The template's order for the INSERTION structs in props (resolved, of type `type`): sorted by
 * CloudFormation name, in place, as the generated L1's convert functions write them. */
void ccdk__tree_props_sort(const char *type, ccdk_value *props);

/* Every struct in props (resolved, of type `type`; its own keys left alone) sorted by CloudFormation
 * name, in place, as the convert functions write them whatever order their caller built them in: for
 * an L1 whose properties a user gave (lambda.CfnFunction, CfnUrl's Cors, ...). Json values and maps
 * keep their order, as in aws-cdk-lib. */
void ccdk__tree_props_sort_structs(const char *type, ccdk_value *props);

/* props (resolved, of type `type`) in place in tree.json's order: the order of the L1's
 * cfnProperties and of the structs as the L2 builds them, which is the order in which aws-cdk-lib's
 * findAllReferences meets their tokens (it resolves `this.cfnProperties` before rendering them).
 * Keys the table does not know follow in their own order. */
void ccdk__tree_props_order(const char *type, ccdk_value *props);

/* 1 when `name` is a property of the generated L1 of `type` (its CloudFormation name), 0 when it is
 * not, -1 when the table does not know the type. */
int ccdk__tree_props_has(const char *type, const char *name);

#endif
