// Conformance case 'grants-other-account-resources': grants to principals of another account (an
// imported mutable role, an imported user, an AccountPrincipal) on a queue, a topic, a KMS key, an ECR
// repository, a table, an event bus, a log group and a stream: Grant.addToPrincipalOrResource
// writes the grantee's policy (when it has one) and the resource's policy (when it has one).
// An event bus grants PutEvents to a role or user only (grantPutEventsTo is Grant.addToPrincipal): an
// AccountPrincipal has events-grant-put-events-no-policy.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const kms = require('aws-cdk-lib/aws-kms');
const ddb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const logs = require('aws-cdk-lib/aws-logs');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const ecr = require('aws-cdk-lib/aws-ecr');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
const role = iam.Role.fromRoleArn(stack, 'R', 'arn:aws:iam::999999999999:role/other');
const user = iam.User.fromUserArn(stack, 'U', 'arn:aws:iam::999999999999:user/bob');
const acct = new iam.AccountPrincipal('999999999999');
for (const g of [role, user, acct]) {
  const k = g === role ? 'R' : g === user ? 'U' : 'A';
  new sqs.Queue(stack, 'Q' + k).grantSendMessages(g);
  new sns.Topic(stack, 'T' + k).grantPublish(g);
  new kms.Key(stack, 'K' + k).grantDecrypt(g);
  new ecr.Repository(stack, 'E' + k).grantPull(g);
  new ddb.Table(stack, 'D' + k, { partitionKey: { name: 'id', type: ddb.AttributeType.STRING } }).grantReadData(g);
  if (k !== 'A') new events.EventBus(stack, 'B' + k).grantPutEventsTo(g);
  new logs.LogGroup(stack, 'L' + k).grantWrite(g);
  new kinesis.Stream(stack, 'S' + k).grantRead(g);
}
// a log group of another account, imported: a role of this stack gets its policy statement and the
// group a ResourcePolicy (an import's too)
const own = new iam.Role(stack, 'Own', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
logs.LogGroup.fromLogGroupArn(stack, 'LI', 'arn:aws:logs:us-east-1:999999999999:log-group:x:*').grantWrite(own);
app.synth();
