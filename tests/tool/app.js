// The aws-cdk-lib twin of tests/tool/app.c: `ccdk invoke` must run aws-cdk-lib's assembly too.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ToolStack');
const queue = new sqs.Queue(stack, 'Queue');
const layer = new lambda.LayerVersion(stack, 'Greeting', { code: lambda.Code.fromAsset('layer') });
new lambda.Function(stack, 'Node', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('node-handler'),
  timeout: cdk.Duration.seconds(2),
  layers: [layer],
  environment: { QUEUE_URL: queue.queueUrl, STAGE: 'test' },
});
app.synth();
