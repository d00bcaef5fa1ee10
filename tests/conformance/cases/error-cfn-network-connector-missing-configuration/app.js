// Conformance case 'error-cfn-network-connector-missing-configuration': a lambda.CfnNetworkConnector without its required configuration, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnNetworkConnector(stack, 'Resource1', {});
app.synth();
