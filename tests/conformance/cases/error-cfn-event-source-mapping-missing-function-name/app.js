// Conformance case 'error-cfn-event-source-mapping-missing-function-name': a lambda.CfnEventSourceMapping without its required functionName, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnEventSourceMapping(stack, 'Resource1', {});
app.synth();
