// Conformance case 'cfn-event-source-mapping-attributes': a CfnEventSourceMapping on a CfnFunction's ref; its attrEventSourceMappingArn and attrId in outputs
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.CfnFunction(stack, 'MyLambda', {
  code: {
    zipFile: 'foo',
  },
  handler: 'index.handler',
  runtime: 'python3.14',
  role: 'arn:aws:iam::123456789012:role/SomeRole',
});
const esm = new lambda.CfnEventSourceMapping(stack, 'Mapping1', {
  eventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:q',
  functionName: fn.ref,
});
new cdk.CfnOutput(stack, 'MappingArn', { value: esm.attrEventSourceMappingArn });
new cdk.CfnOutput(stack, 'MappingId', { value: esm.attrId });
new cdk.CfnOutput(stack, 'MappingRef', { value: esm.ref });
app.synth();
