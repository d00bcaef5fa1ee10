// Conformance case 'error-cfn-parameters-code-unbound'
// Upstream: aws-lambda/test/code.test.ts 'does not allow accessing the Parameter properties before being used in a Function'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const code = new lambda.CfnParametersCode();
new cdk.CfnOutput(stack, 'P', { value: code.bucketNameParam });
app.synth();
