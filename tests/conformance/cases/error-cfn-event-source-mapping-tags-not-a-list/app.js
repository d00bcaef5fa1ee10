// Conformance case 'error-cfn-event-source-mapping-tags-not-a-list': a CfnEventSourceMapping's tags given as a
// string: its TagManager parses them when the resource renders, so aws-cdk-lib throws during synth
// ("While synthesizing <path>: ...").
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnEventSourceMapping(stack, 'Mapping', {
  functionName: 'my-function',
  eventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:my-queue',
  tags: 'team=blue',
});
app.synth();
