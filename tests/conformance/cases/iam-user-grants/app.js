// Conformance case 'iam-user-grants': an iam.User as the grantee of grants on a function (invoke,
// Function URL invoke), a queue, a table, a topic, a bucket and a KMS key: one DefaultPolicy on the
// user with every statement, no resource permissions (same account); an explicit
// user.addToPrincipalPolicy; a second user given a policy with attachToUser; a user of an
// environment-specific stack granted invoke on a function in the same account; imported users
// (fromUserName, fromUserArn of another account, fromUserAttributes with a token ARN).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'UserGrants');
const user = new iam.User(stack, 'Deployer');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
fn.grantInvoke(user);
fn.grantInvokeUrl(user);
const queue = new sqs.Queue(stack, 'Queue');
queue.grantSendMessages(user);
const table = new dynamodb.Table(stack, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
});
table.grantReadData(user);
const topic = new sns.Topic(stack, 'Topic');
topic.grantPublish(user);
const bucket = new s3.Bucket(stack, 'Bucket');
bucket.grantRead(user);
const key = new kms.Key(stack, 'Key');
key.grantDecrypt(user);
user.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] }));
new secretsmanager.Secret(stack, 'Secret').grantRead(user);
new secretsmanager.Secret(stack, 'KeyedSecret', { encryptionKey: key }).grantRead(user);

const auditor = new iam.User(stack, 'Auditor', { userName: 'auditor' });
const policy = new iam.Policy(stack, 'AuditPolicy', {
  statements: [new iam.PolicyStatement({ actions: ['cloudtrail:LookupEvents'], resources: ['*'] })],
});
policy.attachToUser(auditor);
policy.attachToUser(auditor);
queue.grantPurge(auditor);

const envStack = new cdk.Stack(app, 'EnvUserGrants', { env: { account: '123456789012', region: 'us-east-1' } });
const envUser = new iam.User(envStack, 'Invoker');
const envFn = new lambda.Function(envStack, 'Fn', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(e, c): return 1'),
});
envFn.grantInvoke(envUser);
envFn.currentVersion.grantInvoke(envUser);

// imported users: by name (the stack's account), by ARN of another account (a Permission too), by a
// token ARN; a bucket grant to each (the other account's also in the bucket policy)
const byName = iam.User.fromUserName(envStack, 'ByName', 'team/alice');
const byArn = iam.User.fromUserArn(envStack, 'ByArn', 'arn:aws:iam::999999999999:user/ops/bob');
const arnParam = new cdk.CfnParameter(envStack, 'UserArn');
const byToken = iam.User.fromUserAttributes(envStack, 'ByToken', { userArn: arnParam.valueAsString });
const byFormatted = iam.User.fromUserArn(envStack, 'ByFormatted',
  envStack.formatArn({ service: 'iam', region: '', resource: 'user', resourceName: 'team/carol' }));
const envBucket = new s3.Bucket(envStack, 'Bucket');
for (const u of [byName, byArn, byToken, byFormatted]) {
  envFn.grantInvoke(u);
  envBucket.grantRead(u);
}
new secretsmanager.Secret(envStack, 'Secret', { encryptionKey: new kms.Key(envStack, 'Key') }).grantRead(byArn);
new cdk.CfnOutput(envStack, 'ByNameName', { value: byName.userName });
new cdk.CfnOutput(envStack, 'ByNameArn', { value: byName.userArn });
new cdk.CfnOutput(envStack, 'ByTokenName', { value: byToken.userName });
new cdk.CfnOutput(envStack, 'ByFormattedName', { value: byFormatted.userName });
app.synth();
