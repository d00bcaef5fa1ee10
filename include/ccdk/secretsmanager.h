/* ccdk/secretsmanager.h - the minimal secretsmanager.Secret that Lambda features need (Kafka event
 * sources' credentials and root CA certificates, secrets a function reads): the secret, its
 * imports by ARN or name, its resource policy, and grantRead (aws-cdk-lib/aws-secretsmanager). */
#ifndef CCDK_SECRETSMANAGER_H
#define CCDK_SECRETSMANAGER_H

#include "ccdk/core.h"
#include "ccdk/iam.h"
#include "ccdk/lambda.h" /* a RotationSchedule's rotationLambda */

#ifdef __cplusplus
extern "C" {
#endif

/* ccdk_secretsmanager_secret is declared in ccdk/core.h (a construct handle). */

/** SecretStringGenerator (generateSecretString): how Secrets Manager makes the secret's value. A
 *  field left zero is not given. */
typedef struct {
    const char *exclude_characters;
    ccdk_tristate exclude_lowercase, exclude_numbers, exclude_punctuation, exclude_uppercase;
    /** with secret_string_template (both or neither): the JSON key the generated value goes in */
    const char *generate_string_key;
    ccdk_tristate include_space;
    ccdk_opt_num password_length;
    ccdk_tristate require_each_included_type;
    /** a JSON object's text the generated value is added to, under generate_string_key */
    const char *secret_string_template;
} ccdk_secretsmanager_secret_string_generator;

/** ReplicaRegion: a region the secret is replicated to, and the key there (NULL: the default). */
typedef struct {
    const char *region;
    ccdk_kms_key *encryption_key;
} ccdk_secretsmanager_replica_region;
typedef CCDK_LIST_TYPE(ccdk_secretsmanager_replica_region) ccdk_secretsmanager_replica_region_list;

/** SecretProps, as far as ccdk goes: no secretStringBeta1 (give its value as secret_string_value). */
typedef struct {
    const char *description;
    /** The physical name (Name); default: CloudFormation makes one up. */
    const char *secret_name;
    /** A kms.Key (or an imported one) encrypting the secret (KmsKeyId: its ARN). A key made in this
     *  App gets two key policy statements, as aws-cdk-lib writes them: Secrets Manager may use it
     *  (kms:Decrypt, Encrypt, ReEncrypt*, GenerateDataKey*, and kms:CreateGrant, DescribeKey) on
     *  behalf of the account, with the condition kms:ViaService secretsmanager.<region>.amazonaws.com. */
    ccdk_kms_key *encryption_key;
    ccdk_removal_policy removal_policy; /* default DESTROY, as aws-cdk-lib */
    /** generateSecretString (GenerateSecretString); NULL: `{}` unless a value is given below. The
     *  fields go into the template (and tree.json) in their CloudFormation order. */
    const ccdk_secretsmanager_secret_string_generator *generate_secret_string;
    /** secretStringValue: the value SecretValue.unsafeUnwrap() gives (SecretValue.unsafePlainText's
     *  text, or a token such as a dynamic reference), as SecretString. */
    const char *secret_string_value;
    /** secretObjectValue: key/value pairs (each value as secret_string_value), as SecretString the
     *  JSON text of the object, keys in the order given (JSON.stringify's order: keys that are array
     *  indices, such as "1", would come first in JavaScript; give them first). */
    ccdk_kvs secret_object_value;
    /** replicaRegions: each as ccdk_secretsmanager_secret_add_replica_region, in order:
     *  (ccdk_secretsmanager_replica_region_list)CCDK_LIST((ccdk_secretsmanager_replica_region){"eu-west-1", key}) */
    ccdk_secretsmanager_replica_region_list replica_regions;
} ccdk_secretsmanager_secret_props;

/** new secretsmanager.Secret(scope, id, props): an AWS::SecretsManager::Secret; props may be NULL.
 *  aws-cdk-lib's errors on the secret: a template without a key or a key without a template
 *  ("`secretStringTemplate` and `generateStringKey` must be specified together."), more than one of
 *  generate_secret_string, secret_string_value, secret_object_value ("Cannot specify more than one
 *  of ..."). Owned by the App. A bad scope goes to the process-wide list; never NULL. */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_new(void *scope, const char *id,
                                                           const ccdk_secretsmanager_secret_props *props);
/** Secret.fromSecretCompleteArn(scope, id, arn): a secret imported by its full ARN (with the
 *  6-character suffix Secrets Manager adds: "...:secret:name-AbCdEf"; a token ARN is taken as
 *  complete). Grants name the ARN itself. Errors are aws-cdk-lib's, on scope: a NULL or "" ARN
 *  ("must use only one of `secretCompleteArn` or `secretPartialArn`"), no suffix ("`secretCompleteArn`
 *  does not appear to be complete; missing 6-character suffix"), a malformed ARN, an ARN without a
 *  secret name. Owned by the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_complete_arn(void *scope, const char *id,
                                                                                const char *secret_complete_arn);
/** Secret.fromSecretPartialArn(scope, id, arn): a secret imported by its ARN without the suffix;
 *  grants name "<arn>-??????". Errors as for a complete ARN (but for the suffix). */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_partial_arn(void *scope, const char *id,
                                                                               const char *secret_partial_arn);
/** SecretAttributes */
typedef struct {
    const char *secret_complete_arn; /* the full ARN (with the 6-character suffix) */
    const char *secret_partial_arn;  /* or the ARN without the suffix */
    const char *secret_arn;          /* deprecated: an ARN taken as complete, unchecked */
    ccdk_kms_key *encryption_key;    /* the key the secret is encrypted with: grants use it */
} ccdk_secretsmanager_secret_attributes;
/** Secret.fromSecretAttributes(scope, id, attrs): a secret imported by one of its ARNs, with its
 *  encryption key: grantRead then adds kms:Decrypt for the grantee through Secrets Manager
 *  (kms:ViaService secretsmanager.<region of scope's stack>.amazonaws.com) to the key's policy (a key
 *  of this App; an imported key has none), grantWrite the encrypt actions. aws-cdk-lib's errors on
 *  scope: secret_arn with another ARN ("cannot use `secretArn` with `secretCompleteArn` or
 *  `secretPartialArn`"), both or neither of the complete and partial ARN, and those of
 *  fromSecretCompleteArn / fromSecretPartialArn. attrs may be NULL (the error). Owned by the App;
 *  never NULL. */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_attributes(
    void *scope, const char *id, const ccdk_secretsmanager_secret_attributes *attrs);
/** Secret.fromSecretNameV2(scope, id, name): a secret of the scope's stack's account and region
 *  imported by name; its ARN is formatted in that stack (arn:<partition>:secretsmanager:<region>:
 *  <account>:secret:<name>), and grants name "<that ARN>-??????". Owned by the App; a bad scope goes
 *  to the process-wide list; never NULL. */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_name_v2(void *scope, const char *id,
                                                                           const char *secret_name);
/** Secret.fromSecretArn(scope, id, arn) (deprecated in aws-cdk-lib): fromSecretAttributes with
 *  secretCompleteArn when the ARN looks complete (a token, or a name ending in "-" and 6 letters or
 *  digits), else secretPartialArn; their errors. Owned by the App; never NULL. */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_arn(void *scope, const char *id,
                                                                       const char *secret_arn);
/** Secret.fromSecretName(scope, id, name) (deprecated in aws-cdk-lib): secretArn and secretName are
 *  the name itself, no secretFullArn, and grants name the stack's
 *  arn:<partition>:secretsmanager:<region>:<account>:secret:<name>* (a "*", not "-??????"). Owned by
 *  the App; a bad scope goes to the process-wide list; never NULL. */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_from_secret_name(void *scope, const char *id,
                                                                        const char *secret_name);

/** SecretsManagerSecretOptions of cfnDynamicReferenceKey: every field optional. */
typedef struct {
    const char *json_field;    /* the key of the JSON value to read; default: the whole string */
    const char *version_stage; /* default: AWSCURRENT (at deploy time) */
    const char *version_id;    /* not with version_stage */
} ccdk_secretsmanager_secret_options;
/** secret.cfnDynamicReferenceKey(options): "<secretArn>:SecretString:<jsonField>:<versionStage>:<versionId>"
 *  (each "" when not given; a token ARN stays a token in the string). aws-cdk-lib's errors, without
 *  a path: version_stage and version_id both given ("versionStage: '<s>' and versionId: '<i>' were
 *  both provided but only one is allowed"), an empty ARN ("secretId cannot be empty"), a secretArn
 *  that is no ARN and has a ":" (fromSecretName's: "secret id \"<id>\" is not an ARN but contains
 *  \":\""); NULL then. options may be NULL. Owned by the App. */
const char *ccdk_secretsmanager_secret_cfn_dynamic_reference_key(ccdk_secretsmanager_secret *secret,
                                                                 const ccdk_secretsmanager_secret_options *options);
/** secret.secretValueFromJson(jsonField) / secret.secretValue (jsonField ""): the dynamic reference
 *  "{{resolve:secretsmanager:<secretArn>:SecretString:<jsonField>::}}" (SecretValue.secretsManager),
 *  as SecretValue.unsafeUnwrap() gives it: a string for a literal ARN, an Fn::Join where the ARN is a
 *  token. As a number property (Token.asNumber of it, such as a function's memory_size):
 *  CCDK_NUM_TOKEN(ccdk_secretsmanager_secret_value_from_json(secret, "MemorySize")). NULL after
 *  cfnDynamicReferenceKey's errors. Owned by the App. */
const char *ccdk_secretsmanager_secret_value_from_json(ccdk_secretsmanager_secret *secret, const char *json_field);
const char *ccdk_secretsmanager_secret_value(ccdk_secretsmanager_secret *secret);

/** secret.secretArn: the Secret's Ref, or the ARN imported / formatted. Owned by the App; NULL for
 *  NULL. */
const char *ccdk_secretsmanager_secret_arn(ccdk_secretsmanager_secret *secret);
/** secret.secretName: for a Secret, its name parsed from the ARN at deploy time as
 *  @aws-cdk/aws-secretsmanager:parseOwnedSecretName does (Fn::Select of the ARN's parts, the given
 *  name's "-"-separated parts rejoined; the given name itself when it is a token); for an import by
 *  ARN, the ARN's resource name without the "-XXXXXX" suffix (Fn::Select(6, ...) for a token ARN);
 *  for an import by name, the name. Owned by the App; NULL for NULL. */
const char *ccdk_secretsmanager_secret_name(ccdk_secretsmanager_secret *secret);
/** secret.secretFullArn: the ARN for a Secret and a complete-ARN import; NULL for a partial-ARN or
 *  by-name import (and for NULL). */
const char *ccdk_secretsmanager_secret_full_arn(ccdk_secretsmanager_secret *secret);
/** secret.encryptionKey: the key given (Secret) or NULL (imports, NULL). */
ccdk_kms_key *ccdk_secretsmanager_secret_encryption_key(ccdk_secretsmanager_secret *secret);
/** The CfnSecret (secret.node.defaultChild); NULL for an import or NULL. */
ccdk_cfn_resource *ccdk_secretsmanager_secret_resource(ccdk_secretsmanager_secret *secret);

/** secret.addToResourcePolicy(statement): a Secret's resource policy, made on first use: a
 *  secretsmanager.ResourcePolicy "Policy" under the secret (an AWS::SecretsManager::ResourcePolicy
 *  with the document and SecretId, the secret's ARN). 1 when added (statementAdded); 0 for an import
 *  (aws-cdk-lib's autoCreatePolicy false: it writes no policy) and for NULL arguments (a NULL secret:
 *  an error on the process-wide list). */
int ccdk_secretsmanager_secret_add_to_resource_policy(ccdk_secretsmanager_secret *secret, ccdk_iam_policy_statement *statement);

/** secret.grantRead(grantee): Grant.addToPrincipalOrResource of secretsmanager:GetSecretValue and
 *  DescribeSecret on the secret's ARN for policies (the ARN; "<ARN>-??????" for a partial or
 *  by-name import, and for a Secret read from a stack of another account or region): the grantee's
 *  policy when it has one (a Role, a User), and when it has none (a service, an account, an ARN) or
 *  its account is not the secret's (env.account; an import's is its ARN's), a statement to the
 *  grantee in the secret's resource policy too (ccdk_secretsmanager_secret_add_to_resource_policy;
 *  nothing for an import). When the secret has an encryption key of this App, kms:Decrypt for the
 *  grantee in the key policy, with the condition kms:ViaService secretsmanager.<secret's
 *  region>.amazonaws.com. A Secret without a key granted through its resource policy to another
 *  (known) account is aws-cdk-lib's error on the secret, "KMS Key must be provided for cross account
 *  access to Secret" (a principal without an account counts as another account when the stack's is
 *  known). A NULL secret or grantee is an error on the process-wide list. */
void ccdk_secretsmanager_secret_grant_read(ccdk_secretsmanager_secret *secret, ccdk_iam_principal *grantee);
/** secret.grantRead(grantee, versionStages): as grantRead, the grant's statement (the grantee's
 *  when that was all, else the resource policy's; as aws-cdk-lib, the grantee's statement has no
 *  condition then) with the condition {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": [stages]}}
 *  (CCDK_STRS("AWSCURRENT")). */
void ccdk_secretsmanager_secret_grant_read_version_stages(ccdk_secretsmanager_secret *secret, ccdk_iam_principal *grantee,
                                                          ccdk_strs version_stages);

/** secret.grantWrite(grantee): Grant.addToPrincipalOrResource of secretsmanager:PutSecretValue,
 *  UpdateSecret and UpdateSecretVersionStage on the ARN for policies (as grantRead's), and with an
 *  encryption key kms:Encrypt, ReEncrypt*, GenerateDataKey* for the grantee through Secrets Manager
 *  in the key policy. A Secret without a key whose grant went to its resource policy (a grantee
 *  without a policy, or of another account) is aws-cdk-lib's error on the secret, "KMS Key must be
 *  provided for cross account access to Secret". A NULL secret or grantee is an error on the
 *  process-wide list. */
void ccdk_secretsmanager_secret_grant_write(ccdk_secretsmanager_secret *secret, ccdk_iam_principal *grantee);
/** secret.addReplicaRegion(region, encryptionKey): ReplicaRegions gets {KmsKeyId: the key's ARN (none
 *  for a NULL key), Region}. The stack's own (literal) region is aws-cdk-lib's error on the secret
 *  ("Cannot add the region where this stack is deployed as a replica region."). Nothing for an
 *  import; a NULL secret or region is an error on the process-wide list. */
void ccdk_secretsmanager_secret_add_replica_region(ccdk_secretsmanager_secret *secret, const char *region,
                                                   ccdk_kms_key *encryption_key);

/** AttachmentTargetType: what a SecretTargetAttachment's TargetType names (the deprecated INSTANCE and
 *  CLUSTER are RDS_DB_INSTANCE and RDS_DB_CLUSTER). */
typedef enum {
    CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_UNSET = 0,
    CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_RDS_DB_INSTANCE,   /* "AWS::RDS::DBInstance" */
    CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_RDS_DB_CLUSTER,    /* "AWS::RDS::DBCluster" */
    CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_RDS_DB_PROXY,      /* "AWS::RDS::DBProxy" */
    CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_REDSHIFT_CLUSTER,  /* "AWS::Redshift::Cluster" */
    CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_DOCDB_DB_INSTANCE, /* "AWS::DocDB::DBInstance" */
    CCDK_SECRETSMANAGER_ATTACHMENT_TARGET_TYPE_DOCDB_DB_CLUSTER   /* "AWS::DocDB::DBCluster" */
} ccdk_secretsmanager_attachment_target_type;
/** secret.attach({asSecretAttachmentTarget: () => ({targetId, targetType})}): a
 *  SecretTargetAttachment "Attachment" under the secret (an AWS::SecretsManager::SecretTargetAttachment
 *  of SecretId, TargetId, TargetType), returned as a secret handle: its ARN is the attachment's Ref
 *  (grants and a RotationSchedule use it), its name and key the secret's; its resource policy
 *  statements go to the secret's policy under
 *  @aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments, else to a
 *  ResourcePolicy of its own. aws-cdk-lib's error on the secret: a second attach ("Secret is already
 *  attached to a target."). ccdk's errors, NULL: a secret that is not a Secret, target_type UNSET or
 *  out of the enum, target_id NULL. Owned by the App. */
ccdk_secretsmanager_secret *ccdk_secretsmanager_secret_attach(ccdk_secretsmanager_secret *secret, const char *target_id,
                                                              ccdk_secretsmanager_attachment_target_type target_type);

/* ================================================================== RotationSchedule */

typedef struct ccdk_secretsmanager_rotation_schedule ccdk_secretsmanager_rotation_schedule;

/** HostedRotationType: the rotation functions Secrets Manager deploys itself. */
typedef enum {
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_UNSET = 0,
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_MYSQL_SINGLE_USER,      /* "MySQLSingleUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_MYSQL_MULTI_USER,       /* "MySQLMultiUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_POSTGRESQL_SINGLE_USER, /* "PostgreSQLSingleUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_POSTGRESQL_MULTI_USER,  /* "PostgreSQLMultiUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_ORACLE_SINGLE_USER,     /* "OracleSingleUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_ORACLE_MULTI_USER,      /* "OracleMultiUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_MARIADB_SINGLE_USER,    /* "MariaDBSingleUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_MARIADB_MULTI_USER,     /* "MariaDBMultiUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_SQLSERVER_SINGLE_USER,  /* "SQLServerSingleUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_SQLSERVER_MULTI_USER,   /* "SQLServerMultiUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_REDSHIFT_SINGLE_USER,   /* "RedshiftSingleUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_REDSHIFT_MULTI_USER,    /* "RedshiftMultiUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_MONGODB_SINGLE_USER,    /* "MongoDBSingleUser" */
    CCDK_SECRETSMANAGER_HOSTED_ROTATION_MONGODB_MULTI_USER      /* "MongoDBMultiUser" */
} ccdk_secretsmanager_hosted_rotation_type;

/** HostedRotation.mysqlSingleUser(options) and the others: the type and its
 *  SingleUserHostedRotationOptions / MultiUserHostedRotationOptions. */
typedef struct {
    ccdk_secretsmanager_hosted_rotation_type type;   /* required */
    const char *function_name;                       /* RotationLambdaName */
    ccdk_secretsmanager_secret *master_secret;       /* required for a multi-user type */
    ccdk_ec2_vpc *vpc;                               /* the function's VPC */
    const ccdk_ec2_subnet_selection *vpc_subnets;    /* default: the VPC's default selection */
    ccdk_ec2_security_group_list security_groups;    /* with vpc; default: a new SecurityGroup "SecurityGroup" under the schedule */
    const char *exclude_characters;                  /* default: the secret's generateSecretString's, else aws-cdk-lib's set */
} ccdk_secretsmanager_hosted_rotation;

/** RotationScheduleOptions. */
typedef struct {
    /* default 30 days; zero: no RotationRules (rotation off); else at least 4 hours, at most 1000 days */
    ccdk_duration automatically_after;
    ccdk_tristate rotate_immediately_on_update;
    /** hostedRotation: instead of a rotation function (pass NULL as rotation_lambda; both is
     *  aws-cdk-lib's error). The stack gets the Transform AWS::SecretsManager-2024-09-16, the
     *  schedule HostedRotationLambda {ExcludeCharacters, KmsKeyArn (the secret's key), MasterSecretArn
     *  (the master's full ARN, else "<ARN>-??????") and MasterSecretKmsKeyArn, RotationLambdaName,
     *  RotationType, VpcSecurityGroupIds and VpcSubnetIds ("," joined)}, and the master secret's
     *  resource policy the account root's deny of DeleteSecret. aws-cdk-lib's errors: a multi-user
     *  type without master_secret (without a path: "The `masterSecret` must be specified when using the
     *  multi user scheme."), security_groups without vpc (on the secret: "`vpc` must be specified when
     *  specifying `securityGroups`."). */
    const ccdk_secretsmanager_hosted_rotation *hosted_rotation;
} ccdk_secretsmanager_rotation_schedule_options;

/** new RotationSchedule(scope, id, {secret, rotationLambda or hostedRotation, ...options}): an
 *  AWS::SecretsManager::RotationSchedule of the secret's ARN and the function's ARN, its
 *  RotationRules "rate(...)" (Schedule.rate). For a Function of this App (not an import), first: on
 *  the secret's key (if any) kms:Decrypt, Encrypt, ReEncrypt*, GenerateDataKey* for the function's
 *  role through Secrets Manager (kms:ViaService secretsmanager.<region of scope's stack>); the
 *  function's invoke Permission for secretsmanager.amazonaws.com, which the schedule depends on;
 *  and two statements in the function's role policy (DescribeSecret, GetSecretValue, PutSecretValue,
 *  UpdateSecretVersionStage on the secret's full ARN, or "<ARN>-??????" without one; and
 *  GetRandomPassword on "*"). Then the secret's resource policy denies secretsmanager:DeleteSecret to
 *  the account root (secret.denyAccountRootDelete; nothing for an import). options may be NULL.
 *  Owned by the App. Neither or both of rotation_lambda and options->hosted_rotation ("One of
 *  `rotationLambda` or `hostedRotation` must be specified.") and an automatically_after out of range are aws-cdk-lib's errors on the schedule;
 *  a bad scope goes to the process-wide list; never NULL. */
ccdk_secretsmanager_rotation_schedule *ccdk_secretsmanager_rotation_schedule_new(
    void *scope, const char *id, ccdk_secretsmanager_secret *secret, ccdk_lambda_function *rotation_lambda,
    const ccdk_secretsmanager_rotation_schedule_options *options);
/** secret.addRotationSchedule(id, {rotationLambda, ...options}): the RotationSchedule above, under
 *  the secret. NULL for a NULL secret (an error on the process-wide list). */
ccdk_secretsmanager_rotation_schedule *ccdk_secretsmanager_secret_add_rotation_schedule(
    ccdk_secretsmanager_secret *secret, const char *id, ccdk_lambda_function *rotation_lambda,
    const ccdk_secretsmanager_rotation_schedule_options *options);

/** hostedRotation.connections of the schedule's hosted rotation (its security groups: the given
 *  ones, or the "SecurityGroup" made under the schedule), to open a database's port to it
 *  (ccdk_ec2_connections_allow_default_port_from(db, connections, NULL)). Without a VPC (or without a
 *  hosted rotation) aws-cdk-lib's error without a path, "Cannot use connections for a hosted rotation
 *  that is not deployed in a VPC", and NULL. Owned by the App. */
ccdk_ec2_connections *ccdk_secretsmanager_rotation_schedule_connections(ccdk_secretsmanager_rotation_schedule *schedule);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_secretsmanager_secret_new(scope, ...) ccdk_secretsmanager_secret_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_secretsmanager_secret_from_secret_complete_arn(scope, ...) ccdk_secretsmanager_secret_from_secret_complete_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_secretsmanager_secret_from_secret_partial_arn(scope, ...) ccdk_secretsmanager_secret_from_secret_partial_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_secretsmanager_secret_from_secret_attributes(scope, ...) ccdk_secretsmanager_secret_from_secret_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_secretsmanager_secret_from_secret_name_v2(scope, ...) ccdk_secretsmanager_secret_from_secret_name_v2(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_secretsmanager_secret_from_secret_arn(scope, ...) ccdk_secretsmanager_secret_from_secret_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_secretsmanager_secret_from_secret_name(scope, ...) ccdk_secretsmanager_secret_from_secret_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_secretsmanager_secret_grant_read(secret, grantee) ccdk_secretsmanager_secret_grant_read(secret, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_secretsmanager_secret_grant_read_version_stages(secret, grantee, ...) ccdk_secretsmanager_secret_grant_read_version_stages(secret, CCDK_IAM_GRANTABLE(grantee), __VA_ARGS__)
#define ccdk_secretsmanager_secret_grant_write(secret, grantee) ccdk_secretsmanager_secret_grant_write(secret, CCDK_IAM_GRANTABLE(grantee))
#define ccdk_secretsmanager_rotation_schedule_new(scope, ...) ccdk_secretsmanager_rotation_schedule_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
