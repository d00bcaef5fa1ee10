// Conformance case 'cfn-resource-policy': a lambda.CfnResourcePolicy (ccdk_lambda_cfn_resource_policy_new) with its required properties and some optional ones
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnResourcePolicy(stack, 'Resource1', {
  policyDocument: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          AWS: '123456789012',
        },
        Action: 'lambda:InvokeFunction',
        Resource: '*',
      },
    ],
  },
  resourceArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
});
app.synth();
