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

typedef struct {
    const char *type;                         /* "AWS::Lambda::Alias" */
    const char *fqn;                          /* "aws-cdk-lib.aws_lambda.CfnAlias" (tree.json) */
    const char *cls;                          /* "CfnAlias" (error messages) */
    const ccdk__lambda_cfn_required *required; /* in the constructor's order, {NULL, NULL}-ended; or NULL */
    const char *tags;                         /* the CloudFormation name of its tags property, or NULL */
    int tag_kind;                             /* ccdk_cfn_resource.tag_kind for them (0: not taggable) */
    int tags_initial;                         /* the constructor hands them to its TagManager (CfnFunction) */
    const char *const *props;                 /* every property's CloudFormation name, NULL-ended */
} ccdk__lambda_cfn_spec;

/* new lambda.CfnX(scope, id, props) for the class `spec` describes: see ccdk_lambda_cfn_function_new */
ccdk_cfn_resource *ccdk__lambda_cfn_new(void *scope, const char *id, const ccdk__lambda_cfn_spec *spec,
                                        ccdk_value *properties);

/* aws-cdk-lib's cfn.attrX for the class `spec` describes: ccdk_cfn_resource_get_att(r, attr) once r
 * is a resource of the class's type; else a process-wide error naming func, and NULL */
const char *ccdk__lambda_cfn_attr(ccdk_cfn_resource *r, const ccdk__lambda_cfn_spec *spec, const char *attr,
                                  const char *func);

#endif
