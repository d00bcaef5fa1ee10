/* cfn_l1.h - the Lambda module's L1 classes (lambda.CfnFunction, CfnAlias, CfnPermission, ...) as
 * rows of a table that scripts/gen-lambda-cfn-table.js writes from aws-cdk-lib (cfn_l1_table.c),
 * made by one constructor (cfn_l1.c). */
#ifndef CCDK_LAMBDA_CFN_L1_H
#define CCDK_LAMBDA_CFN_L1_H

#include "ccdk/lambda.h"

/* a required property: the name aws-cdk-lib's error prints (the props' JavaScript name) and the
 * member the caller's object holds it under (its CloudFormation name) */
typedef struct {
    const char *js;
    const char *cfn;
} ccdk__lambda_cfn_required;

/* one check of a render-time validator: propertyValidator(js, <check>)(properties.js) */
typedef struct {
    const char *js;    /* the property's JavaScript name (the messages') */
    const char *cfn;   /* its CloudFormation name (ccdk's values') */
    const char *check; /* "R" required, "S" string, "N" number, "B" boolean, "O" object, "T" CfnTag, "V"
                        * struct `sub`; each "L" before them a list of, each "H" a map of */
    int sub;           /* the struct of a "V", else -1 */
} ccdk__lambda_cfn_check;

/* a validator (CfnFunctionPropsValidator, CfnFunctionCodePropertyValidator, ...) */
typedef struct {
    const char *name;             /* "CfnFunctionProps", "CodeProperty": the message's */
    unsigned short first, n;      /* its checks: ccdk__lambda_cfn_checks[first .. first + n) */
    unsigned short first_name, nnames; /* its properties: ccdk__lambda_cfn_struct_names[...] */
} ccdk__lambda_cfn_struct;

extern const ccdk__lambda_cfn_check ccdk__lambda_cfn_checks[];
extern const char *const ccdk__lambda_cfn_struct_names[];
extern const ccdk__lambda_cfn_struct ccdk__lambda_cfn_structs[];

/* a property that takes a reference interface or a string (CfnAlias.functionName: lambda.IFunctionRef |
 * string): anything else is the constructor's TypeError */
typedef struct {
    const char *js, *cfn;
    const char *types; /* "lambda.IFunctionRef | string": the message's */
    int list;          /* a list of them (CfnFunction.layers) */
} ccdk__lambda_cfn_refprop;

typedef struct {
    const char *type;                         /* "AWS::Lambda::Alias" */
    const char *fqn;                          /* "aws-cdk-lib.aws_lambda.CfnAlias" (tree.json) */
    const char *cls;                          /* "CfnAlias" (error messages) */
    const ccdk__lambda_cfn_required *required; /* in the constructor's order, {NULL, NULL}-ended; or NULL */
    const char *tags;                         /* the CloudFormation name of its tags property, or NULL */
    int tag_kind;                             /* ccdk_cfn_resource.tag_kind for them (0: not taggable) */
    int tags_initial;                         /* the constructor hands them to its TagManager (CfnFunction) */
    const char *const *props;                 /* every property's CloudFormation name, NULL-ended */
    int validator;                            /* its CfnXPropsValidator: ccdk__lambda_cfn_structs[validator] */
    const ccdk__lambda_cfn_refprop *refs;     /* in the constructor's order, {NULL}-ended; or NULL */
} ccdk__lambda_cfn_spec;

/* new lambda.CfnX(scope, id, props) for the class `spec` describes: see ccdk_lambda_cfn_function_new */
ccdk_cfn_resource *ccdk__lambda_cfn_new(void *scope, const char *id, const ccdk__lambda_cfn_spec *spec,
                                        ccdk_value *properties);

/* aws-cdk-lib's cfn.attrX for the class `spec` describes: ccdk_cfn_resource_get_att(r, attr) once r
 * is a resource of the class's type; else a process-wide error naming func, and NULL */
const char *ccdk__lambda_cfn_attr(ccdk_cfn_resource *r, const ccdk__lambda_cfn_spec *spec, const char *attr,
                                  const char *func);

#endif
