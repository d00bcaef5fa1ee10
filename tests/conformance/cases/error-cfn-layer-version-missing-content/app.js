// Conformance case 'error-cfn-layer-version-missing-content': a lambda.CfnLayerVersion without its required content, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnLayerVersion(stack, 'Resource1', {});
app.synth();
