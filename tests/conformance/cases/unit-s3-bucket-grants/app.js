// Conformance case 'unit-s3-bucket-grants': the grant tests of aws-cdk's bucket.test.ts, a stack per
// test: grantRead / grantReadWrite / grantWrite / grantPut / grantDelete to iam.Users (a KMS bucket's
// key actions too; grantWrite with allowedActionPatterns), grantRead to an OrganizationPrincipal (the
// bucket policy and the key policy), bucket.grants.actionsOnObjectKeys and actionsOnBucketAndObjectKeys
// (a key pattern, kms: actions to the bucket's key, a service principal: the bucket policy),
// grantPublicAccess's resourceStatement given a condition, and grants across stacks (an export in the
// same account; a role of another account by name, with and without a KMS key).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();

const read = new cdk.Stack(app, 'GrantRead');
new s3.Bucket(read, 'MyBucket').grantRead(new iam.User(read, 'Reader'));

const rw = new cdk.Stack(app, 'GrantReadWrite');
new s3.Bucket(rw, 'MyBucket').grantReadWrite(new iam.User(rw, 'MyUser'));

const org = new cdk.Stack(app, 'Organization');
new s3.Bucket(org, 'MyBucket', { encryption: s3.BucketEncryption.KMS }).grantRead(new iam.OrganizationPrincipal('o-12345abcde'));

const write = new cdk.Stack(app, 'GrantWrite');
new s3.Bucket(write, 'MyBucket', { encryption: s3.BucketEncryption.KMS }).grantWrite(new iam.User(write, 'MyUser'));
new s3.Bucket(write, 'Plain').grantWrite(new iam.User(write, 'PlainUser'));
new s3.Bucket(write, 'Patterns').grantWrite(new iam.User(write, 'PatternUser'), '*', ['s3:PutObject', 's3:DeleteObject*']);
new s3.Bucket(write, 'Put').grantPut(new iam.User(write, 'PutUser'));

const more = new cdk.Stack(app, 'MoreGrants');
const kmsBucket = new s3.Bucket(more, 'MyBucket', { encryption: s3.BucketEncryption.KMS });
kmsBucket.grantPut(new iam.User(more, 'Putter'));
kmsBucket.grantWrite(new iam.User(more, 'Writer'));
kmsBucket.grantDelete(new iam.User(more, 'Deleter'));

const del = new cdk.Stack(app, 'DeleteWithKey');
const delKey = new kms.Key(del, 'MyKey');
const deleter = new iam.User(del, 'Deleter');
new s3.Bucket(del, 'MyBucket', {
  bucketName: 'my-bucket-physical-name', encryptionKey: delKey, encryption: s3.BucketEncryption.KMS,
}).grantDelete(deleter);

const actions = new cdk.Stack(app, 'Actions');
const user = new iam.User(actions, 'User');
const plain = new s3.Bucket(actions, 'MyBucket');
plain.grants.actionsOnObjectKeys(user, '*', 's3:GetObject', 's3:PutObject');
plain.grants.actionsOnObjectKeys(user, 'my/prefix/*', 's3:GetObject');
plain.grants.actionsOnBucketAndObjectKeys(user, '*', 's3:GetObject', 's3:PutObject');
plain.grants.actionsOnBucketAndObjectKeys(user, 'my/prefix/*', 's3:GetObject');
plain.grants.actionsOnObjectKeys(new iam.ServicePrincipal('lambda.amazonaws.com'), '*', 's3:GetObject');
plain.grants.actionsOnBucketAndObjectKeys(new iam.ServicePrincipal('lambda.amazonaws.com'), undefined, 's3:ListBucket');
const keyed = new s3.Bucket(actions, 'Keyed', { encryption: s3.BucketEncryption.KMS });
keyed.grants.actionsOnObjectKeys(user, undefined, 'kms:Decrypt', 's3:GetObject', 'kms:DescribeKey');
keyed.grants.actionsOnBucketAndObjectKeys(new iam.ServicePrincipal('s3.amazonaws.com'), 'in/*', 's3:GetObject*', 'kms:Decrypt');
plain.grants.actionsOnObjectKeys(user, 'keys/*', 'kms:Decrypt', 's3:PutObject');

const pub = new cdk.Stack(app, 'PublicAccess');
const result = new s3.Bucket(pub, 'b').grantPublicAccess();
result.resourceStatement.addCondition('IpAddress', { 'aws:SourceIp': '54.240.143.0/24' });
const other = new s3.Bucket(pub, 'Other').grantPublicAccess('only/*', 's3:GetObject', 's3:PutObject');
other.resourceStatement.addCondition('StringEquals', { 'aws:PrincipalOrgID': 'o-12345abcde' });

const stackA = new cdk.Stack(app, 'stackA');
const bucketFromStackA = new s3.Bucket(stackA, 'MyBucket');
const stackB = new cdk.Stack(app, 'stackB');
bucketFromStackA.grantRead(new iam.User(stackB, 'UserWhoNeedsAccess'));

function crossAccount(suffix, withKey) {
  const a = new cdk.Stack(app, `StackA${suffix}`, { env: { account: '123456789012' } });
  const key = withKey ? new kms.Key(a, 'MyKey') : undefined;
  const b = new s3.Bucket(a, 'MyBucket', {
    bucketName: 'my-bucket-physical-name',
    encryptionKey: key,
    encryption: withKey ? s3.BucketEncryption.KMS : undefined,
  });
  const other = new cdk.Stack(app, `StackB${suffix}`, { env: { account: '234567890123' } });
  const role = new iam.Role(other, 'MyRole', {
    assumedBy: new iam.AccountPrincipal('234567890123'),
    roleName: 'MyRolePhysicalName',
  });
  b.grantRead(role);
}
crossAccount('', false);
crossAccount('Key', true);
app.synth();
