// Conformance case 'error-cfn-function-missing-code': a CfnFunction without its required code (nor role: code is checked first), in the
// stack `new cdk.Stack()` makes ('Default'): cdk.requireProperty's error, which names the resource's
// path and type.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new lambda.CfnFunction(stack, 'MyLambda', {
  handler: 'index.handler',
  runtime: 'python3.14',
});
app.synth();
