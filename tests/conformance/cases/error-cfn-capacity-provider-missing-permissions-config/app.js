// Conformance case 'error-cfn-capacity-provider-missing-permissions-config': a lambda.CfnCapacityProvider without its required permissionsConfig, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnCapacityProvider(stack, 'Resource1', {
  vpcConfig: {
    subnetIds: ['subnet-1'],
    securityGroupIds: ['sg-1'],
  },
});
app.synth();
