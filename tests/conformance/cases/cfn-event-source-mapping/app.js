// Conformance case 'cfn-event-source-mapping': a lambda.CfnEventSourceMapping (ccdk_lambda_cfn_event_source_mapping_new) with its required properties and some optional ones, its own tags sorted with Tags.of()'s
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnEventSourceMapping(stack, 'Resource1', {
  functionName: 'my-function',
  eventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:my-queue',
  batchSize: 10,
  enabled: true,
  maximumBatchingWindowInSeconds: 5,
  functionResponseTypes: ['ReportBatchItemFailures'],
  scalingConfig: {
    maximumConcurrency: 5,
  },
  tags: [
    {
      key: 'team',
      value: 'blue',
    },
    {
      key: 'app',
      value: 'orders',
    },
  ],
});
cdk.Tags.of(r).add('stage', 'prod');
cdk.Tags.of(stack).add('team', 'red');
app.synth();
