// Conformance case 'user-l1-escape-hatches': an app as a user writes it when the L2s lack something: an L2
// function with a CfnPermission for an S3 bucket of another account, a CfnUrl on its alias, a
// CfnEventInvokeConfig on $LATEST, a CfnEventSourceMapping from a queue with a filter and tags, and
// stack tags over all of them.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'EscapeStack');
const fn = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
});
const live = fn.addAlias('live');
const queue = new sqs.Queue(stack, 'Jobs');
queue.grantConsumeMessages(fn);
new lambda.CfnPermission(stack, 'FromPartnerBucket', {
  action: 'lambda:InvokeFunction',
  functionName: fn.functionArn,
  principal: 's3.amazonaws.com',
  sourceAccount: '210987654321',
  sourceArn: 'arn:aws:s3:::partner-drop',
});
const url = new lambda.CfnUrl(stack, 'AliasUrl', {
  authType: 'AWS_IAM',
  targetFunctionArn: fn.functionArn,
  qualifier: live.aliasName,
  cors: { allowOrigins: ['https://example.com'], allowMethods: ['GET'], maxAge: 300 },
});
new lambda.CfnEventInvokeConfig(stack, 'Async', {
  functionName: fn.functionName,
  qualifier: '$LATEST',
  maximumRetryAttempts: 0,
  maximumEventAgeInSeconds: 120,
});
const esm = new lambda.CfnEventSourceMapping(stack, 'JobsMapping', {
  functionName: live.functionArn,
  eventSourceArn: queue.queueArn,
  batchSize: 5,
  filterCriteria: { filters: [{ pattern: JSON.stringify({ body: { kind: ['job'] } }) }] },
  tags: [{ key: 'owner', value: 'jobs' }],
});
esm.node.addDependency(fn);
cdk.Tags.of(stack).add('env', 'prod');
new cdk.CfnOutput(stack, 'Url', { value: url.attrFunctionUrl });
new cdk.CfnOutput(stack, 'MappingId', { value: esm.attrEventSourceMappingArn });
app.synth();
