// Conformance case 'error-core-fn-cidr-count': Fn.cidr with a count above 256 is aws-cdk-lib's
// error without a path.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'O', { value: cdk.Fn.select(0, cdk.Fn.cidr('10.0.0.0/16', 257)) });
app.synth();
