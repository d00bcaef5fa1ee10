// Conformance case 'user-data-broker-tables': user-data-broker with its 40 tables imported by
// Table.fromTableName (no index names): each grant's statement also names the table's index ARNs,
// Lazy lists that resolve to nothing, and PolicyDocument._splitDocument counts each as a token of
// arnSizeEstimate: the split differs from user-data-broker's. Its secrets are imported by complete
// ARN: fromSecretAttributes' arnForPolicies is the ARN itself, estimated by its length (not
// fromSecretNameV2's Lazy).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'DataBroker', { env: { account: '777788889999', region: 'us-east-2' } });

const role = new iam.Role(stack, 'BrokerRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
});
const code = lambda.Code.fromInline('exports.handler = async () => ({ ok: true });');
const broker = new lambda.Function(stack, 'Broker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code,
  role,
  memorySize: 1024,
});
const auditor = new lambda.Function(stack, 'Auditor', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code,
  role,
});

const pad = (n) => String(n).padStart(3, '0');
for (let i = 1; i <= 40; i++) {
  const table = dynamodb.Table.fromTableName(stack, `Table${pad(i)}`, `tenant-${pad(i)}-records`);
  table.grantReadWriteData(broker);
}
for (let i = 1; i <= 25; i++) {
  s3.Bucket.fromBucketName(stack, `Bucket${pad(i)}`, `acme-tenant-${pad(i)}-files`).grantRead(broker, `shared/${pad(i)}/*`);
}
for (let i = 1; i <= 12; i++) {
  sqs.Queue.fromQueueArn(stack, `Queue${pad(i)}`, `arn:aws:sqs:us-east-2:777788889999:tenant-${pad(i)}-inbox`).grantSendMessages(broker);
}
for (let i = 1; i <= 6; i++) {
  sns.Topic.fromTopicArn(stack, `Topic${pad(i)}`, `arn:aws:sns:us-east-2:777788889999:tenant-events-${i}`).grantPublish(broker);
}
for (let i = 1; i <= 10; i++) {
  secretsmanager.Secret.fromSecretCompleteArn(stack, `Secret${pad(i)}`,
    `arn:aws:secretsmanager:us-east-2:777788889999:secret:tenants/${pad(i)}/api-key-Ab${pad(i)}X`).grantRead(auditor);
}
auditor.addToRolePolicy(new iam.PolicyStatement({
  actions: ['cloudtrail:LookupEvents'],
  resources: ['*'],
}));
app.synth();
