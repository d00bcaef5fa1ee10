// Conformance case 'error-singleton-edge-compatibility'
// Upstream: aws-lambda/test/singleton-lambda.test.ts 'check edge compatibility' (ccdk runs the check where an edgeArn is resolved)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  code: new lambda.InlineCode('def hello(): pass'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.hello',
  environment: { KEY: 'value' },
});
singleton._checkEdgeCompatibility();
app.synth();
