// Conformance case 'user-cfn-function-params': a user's CfnFunction whose memory and timeout come from Number parameters, its environment from a queue's Ref and Arn, an event source mapping with filter criteria on it
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'UserStack');
const mem = new cdk.CfnParameter(stack, 'Memory', { type: 'Number', default: 256 });
const q = new cdk.CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue' });
const fn = new lambda.CfnFunction(stack, 'Handler', {
  code: { zipFile: 'exports.handler = async () => 1;' },
  handler: 'index.handler',
  runtime: 'nodejs22.x',
  role: 'arn:aws:iam::123456789012:role/Exec',
  memorySize: mem.valueAsNumber,
  timeout: 30,
  environment: { variables: { QUEUE_URL: q.ref, QUEUE_ARN: q.getAtt('Arn').toString() } },
  tracingConfig: { mode: 'Active' },
});
new lambda.CfnEventSourceMapping(stack, 'Mapping', {
  functionName: fn.ref,
  eventSourceArn: q.getAtt('Arn').toString(),
  batchSize: 5,
  filterCriteria: { filters: [{ pattern: JSON.stringify({ body: { kind: ['a'] } }) }] },
});
new cdk.CfnOutput(stack, 'FnArn', { value: fn.attrArn });
app.synth();
