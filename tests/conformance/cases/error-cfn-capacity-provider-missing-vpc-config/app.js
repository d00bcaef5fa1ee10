// Conformance case 'error-cfn-capacity-provider-missing-vpc-config': a lambda.CfnCapacityProvider without its required vpcConfig, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnCapacityProvider(stack, 'Resource1', {
  permissionsConfig: {
    capacityProviderOperatorRoleArn: 'arn:aws:iam::123456789012:role/op',
  },
});
app.synth();
