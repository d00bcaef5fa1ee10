/* ccdk/ssm.h - SSM parameters a stack reads (aws-cdk-lib/aws-ssm StringParameter's static methods):
 * at deploy time (a CfnParameter of type AWS::SSM::Parameter::Value<String>, or a dynamic reference),
 * or at synth time through the cdk CLI's "ssm" context provider (valueFromLookup). */
#ifndef CCDK_SSM_H
#define CCDK_SSM_H

#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

/** ssm.ParameterType (deprecated in aws-cdk-lib, kept for valueForTypedStringParameter, the type of
 *  StringParameterAttributes and StringParameterProps). */
typedef enum {
    CCDK_SSM_PARAMETER_TYPE_UNSET = 0,     /* "String", the default */
    CCDK_SSM_PARAMETER_TYPE_STRING,        /* "String" */
    CCDK_SSM_PARAMETER_TYPE_SECURE_STRING, /* "SecureString" */
    CCDK_SSM_PARAMETER_TYPE_STRING_LIST,   /* "StringList" */
    CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID /* "AWS::EC2::Image::Id" */
} ccdk_ssm_parameter_type;

/* IStringParameter (an imported one): ccdk_ssm_string_parameter, declared in ccdk/core.h */

/** StringParameterAttributes for fromStringParameterAttributes. */
typedef struct {
    const char *parameter_name;         /* required */
    ccdk_opt_num version;               /* a version: the value is {{resolve:ssm:<name>:<version>}} */
    ccdk_tristate force_dynamic_reference; /* no version: {{resolve:ssm:<name>}} instead of a CfnParameter */
    const char *value_type;             /* ParameterValueType; default "String" */
    ccdk_tristate simple_name;          /* a name without a leading "/"; required for a token name */
    /** type (deprecated in aws-cdk-lib; before value_type): STRING or AWS_EC2_IMAGE_ID; SECURE_STRING
     *  and STRING_LIST are aws-cdk-lib's error on scope ("fromStringParameterAttributes does not
     *  support StringList. Please use ParameterType.STRING or ParameterType.AWS_EC2_IMAGE_ID"). */
    ccdk_ssm_parameter_type type;
} ccdk_ssm_string_parameter_attributes;

/** StringParameter.fromStringParameterAttributes(scope, id, attrs): an existing parameter. Owned by
 *  the App; never NULL. An empty or missing name is aws-cdk-lib's error on scope ("parameterName
 *  cannot be an empty string"); its ARN's are on the import ("Parameter names must be fully
 *  qualified ...", a token name without simple_name: "Unable to determine ARN separator ...", a
 *  simple_name that contradicts the name). */
ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_string_parameter_attributes(
    void *scope, const char *id, const ccdk_ssm_string_parameter_attributes *attrs);
/** StringParameter.fromStringParameterName(scope, id, name): fromStringParameterAttributes with the
 *  name alone. Owned by the App; never NULL; errors as above. */
ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_string_parameter_name(void *scope, const char *id,
                                                                                const char *string_parameter_name);
/** parameter.stringValue: the value at deploy time, a string token owned by the App. Without a
 *  version, the first call adds the CfnParameter "<id>.Parameter" (type
 *  AWS::SSM::Parameter::Value<String>, default the name) beside the import, as aws-cdk-lib does.
 *  NULL for NULL. */
const char *ccdk_ssm_string_parameter_string_value(ccdk_ssm_string_parameter *parameter);
/** parameter.parameterArn: arn:<partition>:ssm:<region>:<account>:parameter/<name> (a path name
 *  keeps its own "/"), owned by the App; NULL for NULL or after its error. */
const char *ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter *parameter);
/** parameter.grantRead(grantee) (ssm:DescribeParameters, GetParameters, GetParameter,
 *  GetParameterHistory) / grantWrite (ssm:PutParameter): into the grantee's policy. 1 when a
 *  statement was added, else 0 (also for NULL arguments: a NULL parameter or grantee is an error on
 *  the process-wide list). */
int ccdk_ssm_string_parameter_grant_read(ccdk_ssm_string_parameter *parameter, ccdk_iam_principal *grantee);
int ccdk_ssm_string_parameter_grant_write(ccdk_ssm_string_parameter *parameter, ccdk_iam_principal *grantee);
/** parameter.parameterName (the name given; owned by the App); NULL for NULL. */
const char *ccdk_ssm_string_parameter_name(ccdk_ssm_string_parameter *parameter);

/** StringParameter.valueForStringParameter(scope, name, version): the parameter's value at deploy
 *  time, through one import per name in scope's stack (id "SsmParameterValue:<name>:C96584B6-...",
 *  reused by later calls). A string token owned by the App; "" after an error (as above). */
const char *ccdk_ssm_string_parameter_value_for_string_parameter(void *scope, const char *parameter_name,
                                                                 ccdk_opt_num version);

/** ssm.ParameterValueType: the type of a parameter's value, as CloudFormation's parameter types
 *  AWS::SSM::Parameter::Value<type> name it. */
typedef enum {
    CCDK_SSM_PARAMETER_VALUE_TYPE_UNSET = 0,                  /* "String", the default */
    CCDK_SSM_PARAMETER_VALUE_TYPE_STRING,                     /* "String" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_AVAILABILITYZONE_NAME, /* "AWS::EC2::AvailabilityZone::Name" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_IMAGE_ID,           /* "AWS::EC2::Image::Id" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_INSTANCE_ID,        /* "AWS::EC2::Instance::Id" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_KEYPAIR_KEYNAME,    /* "AWS::EC2::KeyPair::KeyName" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_SECURITYGROUP_GROUPNAME, /* "AWS::EC2::SecurityGroup::GroupName" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_SECURITYGROUP_ID,   /* "AWS::EC2::SecurityGroup::Id" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_SUBNET_ID,          /* "AWS::EC2::Subnet::Id" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_VOLUME_ID,          /* "AWS::EC2::Volume::Id" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_VPC_ID,             /* "AWS::EC2::VPC::Id" */
    CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_ROUTE53_HOSTEDZONE_ID   /* "AWS::Route53::HostedZone::Id" */
} ccdk_ssm_parameter_value_type;

/** StringParameter.valueForTypedStringParameterV2(scope, name, type, version): as
 *  valueForStringParameter, the CfnParameter's type AWS::SSM::Parameter::Value<type>. An import made
 *  before under the name (by any valueFor* call) is reused, whatever its type. A type out of the
 *  enum is an error on scope; "" after an error. */
const char *ccdk_ssm_string_parameter_value_for_typed_string_parameter_v2(void *scope, const char *parameter_name,
                                                                          ccdk_ssm_parameter_value_type type,
                                                                          ccdk_opt_num version);
/** StringParameter.valueForTypedStringParameter(scope, name, type, version) (deprecated): as the V2,
 *  with a ParameterType. aws-cdk-lib's errors on scope: STRING_LIST ("valueForTypedStringParameter
 *  does not support STRING_LIST, use valueForTypedListParameter instead"), SECURE_STRING on the stack
 *  ("fromStringParameterAttributes does not support SecureString. Please use ParameterType.STRING or
 *  ParameterType.AWS_EC2_IMAGE_ID"). "" after an error. */
const char *ccdk_ssm_string_parameter_value_for_typed_string_parameter(void *scope, const char *parameter_name,
                                                                       ccdk_ssm_parameter_type type, ccdk_opt_num version);
/** StringParameter.valueForSecureStringParameter(scope, name, version): the dynamic reference
 *  {{resolve:ssm-secure:<name>}} ({{resolve:ssm-secure:<name>:<version>}} with a version other than 0),
 *  through one fromSecureStringParameterAttributes import per name in scope's stack (the valueFor*
 *  id, reused). A string owned by the App; "" after an error (no stack, an empty name; the import's
 *  ARN errors as fromStringParameterAttributes'). */
const char *ccdk_ssm_string_parameter_value_for_secure_string_parameter(void *scope, const char *parameter_name,
                                                                        ccdk_opt_num version);

/** StringParameter.fromStringParameterArn(scope, id, arn): a parameter of this region, maybe of
 *  another account, by ARN. parameterName is the ARN's last "/"-separated part, parameterArn the ARN;
 *  its stringValue is a CfnParameter "<id>.Parameter" of type AWS::SSM::Parameter::Value<String>
 *  whose Default is the ARN. aws-cdk-lib's errors on scope: a token ARN ("stringParameterArn cannot be
 *  an unresolved token"), an ARN without exactly six ":"-separated parts ("unexpected
 *  StringParameterArn format"), another region than the stack's ("stringParameterArn must be in the
 *  same region as the stack"); in a stack without a region, the warning "Cross-account references
 *  will only work within the same region". Owned by the App; never NULL. */
ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_string_parameter_arn(void *scope, const char *id,
                                                                               const char *string_parameter_arn);

/** SecureStringParameterAttributes */
typedef struct {
    const char *parameter_name;   /* required */
    ccdk_opt_num version;         /* 0 or not given: the latest */
    ccdk_kms_key *encryption_key; /* the key the value is encrypted with: grants decrypt / encrypt with it */
    ccdk_tristate simple_name;    /* as ccdk_ssm_string_parameter_attributes' */
} ccdk_ssm_secure_string_parameter_attributes;
/** StringParameter.fromSecureStringParameterAttributes(scope, id, attrs): a SecureString parameter.
 *  stringValue is the dynamic reference {{resolve:ssm-secure:<name>[:<version>]}}, parameterType
 *  "SecureString"; grantRead also grants kms:Decrypt on the key (key.grantDecrypt), grantWrite the
 *  key's encrypt actions (key.grantEncrypt). ARN errors as fromStringParameterAttributes'. Owned by
 *  the App; never NULL. */
ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(
    void *scope, const char *id, const ccdk_ssm_secure_string_parameter_attributes *attrs);

/** StringParameterLookupOptions */
typedef struct {
    const char *additional_cache_key; /* part of the context key, to look the value up again */
} ccdk_ssm_string_parameter_lookup_options;
/** StringParameter.valueFromLookup(scope, name, defaultValue, options): the value in the context
 *  "ssm:account=..:parameterName=..:region=.." (cdk.context.json, once the CLI has looked it up);
 *  until then the lookup is reported missing (mustExist unless default_value is given) and the value
 *  is default_value, or "dummy-value-for-<name>" when it is NULL or "". default_value and options
 *  may be NULL. Owned by the App. In an environment-agnostic stack aws-cdk-lib's error on scope
 *  ("Cannot retrieve value from context provider ssm since account/region are not specified at the
 *  stack level. ...") and "". */
const char *ccdk_ssm_string_parameter_value_from_lookup(void *scope, const char *parameter_name,
                                                        const char *default_value,
                                                        const ccdk_ssm_string_parameter_lookup_options *options);

/* ---------------------------------------------------------------- new StringParameter */

/** ssm.ParameterTier */
typedef enum {
    CCDK_SSM_PARAMETER_TIER_UNSET = 0,          /* no Tier: CloudFormation's default (Standard) */
    CCDK_SSM_PARAMETER_TIER_STANDARD,           /* "Standard" */
    CCDK_SSM_PARAMETER_TIER_ADVANCED,           /* "Advanced" */
    CCDK_SSM_PARAMETER_TIER_INTELLIGENT_TIERING /* "Intelligent-Tiering" */
} ccdk_ssm_parameter_tier;

/** ssm.ParameterDataType */
typedef enum {
    CCDK_SSM_PARAMETER_DATA_TYPE_UNSET = 0,
    CCDK_SSM_PARAMETER_DATA_TYPE_TEXT,         /* "text" */
    CCDK_SSM_PARAMETER_DATA_TYPE_AWS_EC2_IMAGE /* "aws:ec2:image" */
} ccdk_ssm_parameter_data_type;

/** StringParameterProps. (The deprecated `type` prop is not offered: a StringParameter is of type
 *  "String".) */
typedef struct {
    const char *string_value;     /* required (a token is fine) */
    const char *parameter_name;   /* default: CloudFormation names it (then parameterName is a Ref) */
    const char *description;      /* at most 1,024 characters */
    const char *allowed_pattern;  /* a JavaScript regular expression string_value must match */
    ccdk_ssm_parameter_tier tier;
    ccdk_ssm_parameter_data_type data_type;
    ccdk_tristate simple_name;    /* a name without a leading "/"; must not be false without a name */
    /** type (deprecated in aws-cdk-lib): the Type written, default String; AWS_EC2_IMAGE_ID is
     *  aws-cdk-lib's error ("The type must either be ParameterType.STRING or
     *  ParameterType.STRING_LIST. Did you mean to set dataType: ParameterDataType.AWS_EC2_IMAGE
     *  instead?"): use data_type. */
    ccdk_ssm_parameter_type type;
} ccdk_ssm_string_parameter_props;

/** new ssm.StringParameter(scope, id, props): an AWS::SSM::Parameter of type String (construct id
 *  "Resource" under it). Owned by the App; never NULL. The handle is an IStringParameter like an
 *  imported one: parameterName (the resource's Ref, named or not: aws-cdk-lib's
 *  getResourceNameAttribute within the stack's environment), parameterArn ("parameter/<Ref>" for a
 *  simple or generated name, "parameter<Ref>" for a path), stringValue (Fn::GetAtt Value) and the
 *  grants work on it. aws-cdk-lib's errors on the construct: a missing string_value ("<path>/Resource
 *  [AWS::SSM::Parameter] is missing required property: value"), a value that does not match
 *  allowed_pattern ("The supplied value (..) does not match the specified allowedPattern (..)"), a
 *  name longer than 2,048 characters or with characters other than letters, digits and .-_/, a
 *  description over 1,024 characters, a name with "/" not starting with "/", simple_name false
 *  without a name, and a simple_name that contradicts the name. */
ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_new(void *scope, const char *id,
                                                         const ccdk_ssm_string_parameter_props *props);
/** parameter.parameterType: the resource's Fn::GetAtt Type for a StringParameter; "String" for an
 *  import by attributes, name or ARN (aws-cdk-lib's ParameterType.STRING, whatever its value type),
 *  "SecureString" for a SecureString import. Owned by the App; NULL for NULL. */
const char *ccdk_ssm_string_parameter_type(ccdk_ssm_string_parameter *parameter);

/* ---------------------------------------------------------------- StringListParameter */

/* ccdk_ssm_string_list_parameter (IStringListParameter) is declared in ccdk/core.h. */

/** StringListParameterProps */
typedef struct {
    ccdk_strs string_list_value;  /* required: CCDK_STRS(...), or a list token */
    const char *parameter_name;   /* default: CloudFormation names it */
    const char *description;      /* at most 1,024 characters */
    const char *allowed_pattern;  /* each value must match it (unless the list is a token) */
    ccdk_ssm_parameter_tier tier;
    ccdk_tristate simple_name;
} ccdk_ssm_string_list_parameter_props;
/** new ssm.StringListParameter(scope, id, props): an AWS::SSM::Parameter of type StringList whose
 *  Value is Fn.join(",", values). Its stringListValue is Fn.split(",", the resource's Value), its
 *  parameterName and parameterArn as a StringParameter's. aws-cdk-lib's errors on the construct: a
 *  value with "," ("Values of a StringList SSM Parameter cannot contain the ',' character. Use a string
 *  parameter instead."), no list ("Cannot read properties of undefined (reading 'find')"), and the
 *  StringParameter's for the pattern, the name and the description. Owned by the App; never NULL. */
ccdk_ssm_string_list_parameter *ccdk_ssm_string_list_parameter_new(void *scope, const char *id,
                                                                   const ccdk_ssm_string_list_parameter_props *props);
/** StringListParameter.fromStringListParameterName(scope, id, name): stringListValue is
 *  Fn.split(",", "{{resolve:ssm:<name>}}"), parameterType "StringList". Owned by the App; never NULL;
 *  ARN errors as fromStringParameterAttributes' (a token name has no simple_name here: an error). */
ccdk_ssm_string_list_parameter *ccdk_ssm_string_list_parameter_from_string_list_parameter_name(
    void *scope, const char *id, const char *string_list_parameter_name);
/** ListParameterAttributes */
typedef struct {
    const char *parameter_name;                /* required */
    ccdk_ssm_parameter_value_type element_type; /* default String */
    ccdk_opt_num version;                      /* a version (not 0): a dynamic reference */
    ccdk_tristate simple_name;
} ccdk_ssm_list_parameter_attributes;
/** StringListParameter.fromListParameterAttributes(scope, id, attrs): parameterType
 *  "List<element type>"; stringListValue with a version is the dynamic reference
 *  {{resolve:ssm:<name>:<version>}} as a list token, else (made on first use) the CfnParameter
 *  "<id>.Parameter" of type AWS::SSM::Parameter::Value<List<element type>>, its valueAsList. An empty
 *  name is aws-cdk-lib's error on scope ("parameterName cannot be an empty string"). Owned by the App;
 *  never NULL. */
ccdk_ssm_string_list_parameter *ccdk_ssm_string_list_parameter_from_list_parameter_attributes(
    void *scope, const char *id, const ccdk_ssm_list_parameter_attributes *attrs);
/** StringListParameter.valueForTypedListParameter(scope, name, type, version): the stringListValue of
 *  one fromListParameterAttributes import per name in scope's stack (the valueFor* id, reused; an
 *  earlier string import under the name gives an empty list, aws-cdk-lib's undefined). Owned by the
 *  App; an empty list after an error. */
ccdk_strs ccdk_ssm_string_list_parameter_value_for_typed_list_parameter(void *scope, const char *parameter_name,
                                                                        ccdk_ssm_parameter_value_type type,
                                                                        ccdk_opt_num version);
/** parameter.stringListValue: a list token (see ccdk_token_as_list), the same list at every call;
 *  owned by the App; an empty list for NULL and after an error. */
ccdk_strs ccdk_ssm_string_list_parameter_string_list_value(ccdk_ssm_string_list_parameter *parameter);
/** parameterName, parameterArn, parameterType (the resource's Fn::GetAtt Type for a new one), as the
 *  string parameter's getters; NULL for NULL. */
const char *ccdk_ssm_string_list_parameter_name(ccdk_ssm_string_list_parameter *parameter);
const char *ccdk_ssm_string_list_parameter_arn(ccdk_ssm_string_list_parameter *parameter);
const char *ccdk_ssm_string_list_parameter_type(ccdk_ssm_string_list_parameter *parameter);
/** grantRead / grantWrite: as the string parameter's. */
int ccdk_ssm_string_list_parameter_grant_read(ccdk_ssm_string_list_parameter *parameter, ccdk_iam_principal *grantee);
int ccdk_ssm_string_list_parameter_grant_write(ccdk_ssm_string_list_parameter *parameter, ccdk_iam_principal *grantee);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_ssm_string_parameter_from_string_parameter_attributes(scope, ...) ccdk_ssm_string_parameter_from_string_parameter_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_from_string_parameter_name(scope, ...) ccdk_ssm_string_parameter_from_string_parameter_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_grant_read(parameter, grantee) ccdk_ssm_string_parameter_grant_read(parameter, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_ssm_string_parameter_grant_write(parameter, grantee) ccdk_ssm_string_parameter_grant_write(parameter, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_ssm_string_parameter_value_for_string_parameter(scope, ...) ccdk_ssm_string_parameter_value_for_string_parameter(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_value_for_typed_string_parameter_v2(scope, ...) ccdk_ssm_string_parameter_value_for_typed_string_parameter_v2(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_value_for_typed_string_parameter(scope, ...) ccdk_ssm_string_parameter_value_for_typed_string_parameter(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_value_for_secure_string_parameter(scope, ...) ccdk_ssm_string_parameter_value_for_secure_string_parameter(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_from_string_parameter_arn(scope, ...) ccdk_ssm_string_parameter_from_string_parameter_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(scope, ...) ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_value_from_lookup(scope, ...) ccdk_ssm_string_parameter_value_from_lookup(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_ssm_string_parameter_new(scope, ...) ccdk_ssm_string_parameter_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_list_parameter_new(scope, ...) ccdk_ssm_string_list_parameter_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_list_parameter_from_string_list_parameter_name(scope, ...) ccdk_ssm_string_list_parameter_from_string_list_parameter_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_list_parameter_from_list_parameter_attributes(scope, ...) ccdk_ssm_string_list_parameter_from_list_parameter_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ssm_string_list_parameter_value_for_typed_list_parameter(scope, ...) ccdk_ssm_string_list_parameter_value_for_typed_list_parameter(CCDK_CONSTRUCT(scope), __VA_ARGS__)
#define ccdk_ssm_string_list_parameter_grant_read(parameter, grantee) ccdk_ssm_string_list_parameter_grant_read(parameter, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_ssm_string_list_parameter_grant_write(parameter, grantee) ccdk_ssm_string_list_parameter_grant_write(parameter, CCDK_IAM_GRANTABLE(grantee))
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
