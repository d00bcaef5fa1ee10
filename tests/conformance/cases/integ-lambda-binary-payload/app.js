// Conformance case 'integ-lambda-binary-payload': aws-lambda test/integ.binary-payload.ts.
// Dropped: the IntegTest and its two Lambda invoke awsApiCall assertions (with their payloads).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
const stack = new cdk.Stack(app, 'IntegBinaryPayload');

new lambda.Function(stack, 'fn', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(`
    exports.handler = async (event) => {
      return event;
    };
  `),
});

app.synth();
