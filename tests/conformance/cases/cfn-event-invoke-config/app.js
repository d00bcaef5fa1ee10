// Conformance case 'cfn-event-invoke-config': a lambda.CfnEventInvokeConfig (ccdk_lambda_cfn_event_invoke_config_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnEventInvokeConfig(stack, 'Resource1', {
  functionName: 'my-function',
  qualifier: '$LATEST',
  maximumRetryAttempts: 1,
  maximumEventAgeInSeconds: 3600,
  destinationConfig: {
    onFailure: {
      destination: 'arn:aws:sqs:us-east-1:123456789012:dlq',
    },
  },
});
app.synth();
