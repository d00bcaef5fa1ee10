// Conformance case 'cfn-capacity-provider': a lambda.CfnCapacityProvider (ccdk_lambda_cfn_capacity_provider_new) with its required properties and some optional ones, its own tags sorted with Tags.of()'s
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnCapacityProvider(stack, 'Resource1', {
  permissionsConfig: {
    capacityProviderOperatorRoleArn: 'arn:aws:iam::123456789012:role/op',
  },
  vpcConfig: {
    subnetIds: ['subnet-1'],
    securityGroupIds: ['sg-1'],
  },
  capacityProviderName: 'my-provider',
  tags: [
    {
      key: 'team',
      value: 'blue',
    },
    {
      key: 'app',
      value: 'orders',
    },
  ],
});
cdk.Tags.of(r).add('stage', 'prod');
cdk.Tags.of(stack).add('team', 'red');
app.synth();
