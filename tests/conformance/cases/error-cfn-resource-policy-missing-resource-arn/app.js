// Conformance case 'error-cfn-resource-policy-missing-resource-arn': a lambda.CfnResourcePolicy without its required resourceArn, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
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
});
app.synth();
